"""The seventy-seventh held-out split of the post-level corpus ("heldout77"): hand-written posts.

Written on 2026-11-25 (seventh session), after post_heldout76.py was scored and before the change
this split measures (the next change to the model or its rules; post_heldout76.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Ten mocking posts in the voices of a smoking cessation service, a vasectomy clinic, a
dermatology clinic, an orthodontist, a rheumatology clinic, an endoscopy unit, an out-of-hours
dentist, a laser clinic, a menopause clinic and an immunology clinic; six kind stories in similar
settings; sarcasm at the system or the author; five quasi-identifier posts; four of each kind of
advice (requests among them that ask in a clipped choice with no "I" or "should"); and hard
negatives (a clinic's move, quit-smoking advice for everyone, the author's own bowel screening
kit, a question about exam fees, a colleague's appointment, a meta-analysis, a careers question).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT77 = [
    # ---- Mocking a patient ----
    ("AD", "Stop smoking clinic: he's 'cut right down' from forty a day to thirty-nine and would like a certificate. Olympic effort."),
    ("AD", "Vasectomy list: bloke wanted to know if he could ride his motorbike home afterwards. Sure, pal, and a wheelie on the way out."),
    ("AD", "Dermatology: she'd treated her mole with toothpaste, garlic and a YouTube tutorial. Shockingly, it's still there."),
    ("AD", "Orthodontics: teenager has binned his retainer in a burger wrapper for the fourth time. The bin men should get a loyalty card."),
    ("AD", "Rheumatology: gent blamed his gout on 'the weather', right before describing his nine-pint Saturday. Mysterious weather, that."),
    ("AD", "Endoscopy: he took the bowel prep with a vindaloo 'to balance it out'. The nurses drew straws for his slot."),
    ("AD", "Out-of-hours dental: woman demanded an emergency slot for a chipped veneer before her hen do. Life or death, clearly."),
    ("AD", "Laser clinic: lad wants his ex's name zapped off his arm. Third name this year. His tattooist must adore him."),
    ("AD", "Menopause clinic: husband came along to explain her symptoms to us and she never got a word in. Real treasure, him."),
    ("AD", "Immunology: mum brought forty printed pages on 'toxins' with an essential oil for each one. We've pinned page twelve in the office."),
    # ---- Kind stories about a patient ----
    ("A", "Stop smoking clinic: a bus driver hit one year smoke-free today and brought us a cake iced with a crossed-out cigarette."),
    ("A", "Haemophilia centre: a seven-year-old did his own infusion for the first time today, then insisted on teaching his dad."),
    ("A", "Dermatology: an old farmer finally let us look at the patch on his ear. Caught early. He shook every hand in the room."),
    ("A", "Endoscopy: a very nervous lady held my hand the whole way through and told me all about her prize roses. Lovely morning."),
    ("A", "Orthodontics: braces off today, and a girl who never smiles in photos asked us to take ten of her grinning."),
    ("A", "Palliative team: our gentleman wanted one last fish supper from his favourite chippy, and the chippy brought it round themselves."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the harbour pilot from Scalpay on Saturday for a broken wrist after the launch slammed into the quay. 57 and already bored."),
    ("AQ", "Stronsay's schoolboy, twelve, the first in Orkney ever found to have stone man syndrome, had his first infusion on our unit on Tuesday."),
    ("AQ", "The retired coastguard from Lochinver we airlifted on Christmas Eve after his fall on the cliff path goes home today. 83 and unstoppable."),
    ("AQ", "Stitched the village butcher from Leyburn after a cleaver slip on Thursday. He's 66 and asked for the stitches in 'a nice neat row'."),
    ("AQ", "The only midwife on Coll, 61, came onto our ward on Monday with appendicitis. Role reversal, she says."),
    # ---- Advice requested ----
    ("R", "Blood sugar 19 after a slice of birthday cake and feeling rough. Extra insulin now or wait and retest?"),
    ("R", "@DrAmyGP mum fell two days ago and now her wrist is purple and puffy. Minor injuries unit or keep strapping it?"),
    ("R", "Toddler's been honking like a seal since teatime and there's a whistle when he breathes in. Hospital tonight or steam and see?"),
    ("R", "Had a coil fitted last week and the cramps are worse today, not better. Normal, or get it checked?"),
    # ---- Advice given ----
    ("G", "@kayleigh_t from the photo that's impetigo. Ring your GP today for the cream and keep her off nursery till it crusts over."),
    ("G", "@pete_runs keep taking the colchicine but drop to twice a day if the runs start."),
    ("G", "@maria_n your dad's sugars of 3 overnight mean his evening insulin is too high. Cut it by 2 units tonight."),
    ("G", "@sam_h a tick bite with no bullseye rash doesn't need antibiotics. Watch the spot for a month and stay home."),
    # ---- None of them ----
    ("", "From Monday 3 March skin clinics run from the new outpatients block on level two. Signs from the main entrance."),
    ("", "Stoptober starts next week: smokers who stay off cigarettes for 28 days are five times more likely to quit for good. Free support at any pharmacy."),
    ("", "Two years of nagging patients about bowel screening and I've only just sent off my own kit. Hypocrite, party of one."),
    ("", "Does anyone know if the college exam fee is tax deductible? Asking for everyone on my rota."),
    ("", "Please welcome Sister Joan Adeyemi, our new endoscopy lead. Thirty years of experience and the best biscuits in the building."),
    ("", "New meta-analysis: weight-loss injections eased knee pain as much as physio in early arthritis. Interesting, not conclusive."),
    ("", "The rota software emailed every one of us at 3am to say it had 'successfully failed'. Reassuring."),
    ("", "What actually separates a dermatologist from a skin specialist nurse? For a careers talk at my kid's school."),
]

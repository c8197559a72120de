"""The sixty-sixth held-out split of the post-level corpus ("heldout66"): hand-written posts.

post_heldout65.py was scored once on 2026-11-24 (fifth session) and reported in README.md. This
split was written before the change it measures (post_heldout65.py moved into training, nothing
else: letting a sure model, 0.7 or more, pass PS4001's health-word rule was measured by
cross-validation and left out, as a kind reply from a spot check scores 0.925) and committed on its
own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of an ENT clinic, a urology clinic, a tropical medicine clinic, a stroke rehab ward, a school
vaccination team, an occupational health nurse, a dermatology clinic, an infant feeding team, a
sports injury clinic and an NHS 111 call handler; six kind stories in similar settings; sarcasm at
the system or the author; five quasi-identifier posts; four of each kind of advice; and hard
negatives (a clinic's new hours, sun advice, the author's own vaccination, a question about a
rota, a colleague's award).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT66 = [
    # ---- Mocking a patient ----
    ("AD", "ENT clinic: gent had a cotton bud stuck in his ear, so he went in after it with a second cotton bud. Now we have two."),
    ("AD", "Urology: chap brought his sample in an energy drink can. Said it was the only thing he had. Still fizzing, somehow."),
    ("AD", "Tropical medicine: man back from a safari wanted to know why the mosquito spray 'didn't work'. He'd left it in the suitcase. At home."),
    ("AD", "Stroke rehab: patient told the physio he'd done his exercises all weekend. The resistance band still had the price tag on."),
    ("AD", "School jabs team: the PE teacher keeled over as we unpacked the cool box. The Year 8s stepped over him and queued."),
    ("AD", "Occupational health: worker wants a note saying he's allergic to Mondays. Came in on a Monday to ask. Tuesday's fine, apparently."),
    ("AD", "Dermatology: lady treated her mole with a nail file and 'some bleach'. The mole survived. The eyebrow didn't."),
    ("AD", "Infant feeding team: dad asked if he could feed the newborn a bit of his kebab 'to build her up'. Three days old, Kevin."),
    ("AD", "Sports injury clinic: weekend warrior tore his calf sprinting for an ice cream van. Didn't catch it. Limped home, no cone."),
    ("AD", "111 line: man demanded paramedics because his curry delivery was forty minutes late and he felt 'weak'. Fridge: full, he admitted."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "ENT clinic: a little girl heard her mum whisper her name for the first time after her grommets. Both of them sobbed."),
    ("A", "Stroke rehab: a retired joiner made a wooden stand for the ward's tablet with his good hand. Best kit on the unit."),
    ("A", "School vaccination team: a nervous boy held his best mate's hand, then swapped and held it again for his jab. Lovely pair."),
    ("A", "Infant feeding team: a young mum who'd been in tears all week sent a photo of her baby feeding happily. Made my month."),
    ("A", "Sports injury clinic: a grandad of 78 back running after his knee op, and he brought us a medal from his first 5k."),
    ("A", "111 line: a lad rang for his elderly neighbour and stayed on the phone with me, calm as anything, until the crew arrived."),
    # ---- Sarcasm at the system or the author ----
    ("", "The new booking system needs three passwords, two of which it forgot itself this morning."),
    ("", "Got an exercise bike for the spare room in January. Excellent coat stand."),
    ("", "Our office plant has had more care plans than some of our patients' GPs. It is also dead."),
    # ---- Quasi-identifiers ----
    ("AQ", "Our ENT team operated on Foula's only fisherman, 64, on Tuesday after a hook went through his eardrum."),
    ("AQ", "The 11-year-old junior snooker champion from Hawick came into our stroke unit on Sunday, the youngest we've seen."),
    ("AQ", "We treated Coll's retired schoolmistress, eighty-eight, for a tropical fever on Wednesday after her first trip to Ghana."),
    ("AQ", "A 92-year-old beekeeper from a Dorset hamlet of 40 was admitted on Saturday after hundreds of stings from her own hive."),
    ("AQ", "Eriskay lifeboat's mechanic (47), hurt when she capsized on Friday, is mending with us and only wants news of the engine."),
    # ---- Advice requested ----
    ("R", "Ear's been blocked and muffled since swimming on Saturday and now it's aching. Drops from the chemist or see someone?"),
    ("R", "@DermDrPatel this mole on my back has gone darker and itchy in a month. How quickly should I get it looked at?"),
    ("R", "Back from Kenya a week and I've got a fever and a headache tonight. Took my malaria tablets. Do I still need a test?"),
    ("R", "My baby (5 weeks) is feeding every hour and screaming after. Is that normal or should I change formula?"),
    # ---- Advice given ----
    ("G", "@ali_m an aching blocked ear after swimming is often a swimmer's ear; see a pharmacist today and your GP if it discharges."),
    ("G", "@jen_k a mole that's darker and itchy in a month needs seeing soon; ask your GP for an urgent skin referral this week."),
    ("G", "@sam_r fever after Kenya needs a malaria test today even with tablets; go to A&E or an urgent care centre tonight."),
    ("G", "@lou_b hourly feeds at 5 weeks can be a growth spurt; don't switch formula yet, ring your health visitor tomorrow."),
    # ---- Hard negatives ----
    ("", "Early skin clinics start next month: doors open half past seven every Tuesday."),
    ("", "Sun reminder: shade at midday, hats for children, and check your skin for new or changing moles."),
    ("", "Rolled up my own sleeve at the staff jab clinic today. Dead arm, good cause."),
    ("", "Does anyone know when the summer rota for the stroke unit goes out?"),
    ("", "Well done to our infant feeding lead, Grace Otieno, on her regional award for breastfeeding support."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT66, "heldout66")

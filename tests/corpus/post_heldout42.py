"""The forty-second held-out split of the post-level corpus ("heldout42"): hand-written posts.

post_heldout41.py was scored once on 2026-11-24 and reported in README.md. After it: cue phrases
that spell "A&E" ("A&E or GP?"), and heldout41 into training. This split was written before the
model trained with them was measured, and committed on its own: ten mocking posts of shapes the
earlier splits had little of (mock nominations, mock diagnoses, mock romance, the worried well),
kind tellings of similar stories, sarcasm at the system or the author, five of each other
category, and hard negatives (a drug warning, a colleague joining from a small town, a closure on
a holiday in a small town, the author's own anticoagulant, an awareness week).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT42 = [
    # ---- Mocking a patient ----
    ("AD", "Bay 5 has been googling his symptoms again. He now has 'lupus, probably'. It's never lupus, Gary."),
    ("AD", "Our worried well champion is back for his fortnightly 'is this a lump' appointment. It's his rib. Again."),
    ("AD", "Pt came in for a 'cardiac emergency'. He'd put his Apple Watch on upside down. Darwin award nominee."),
    ("AD", "The lady in 7 has rung her family 14 times to tell them the food is 'prison standard'. It's lasagne, Margaret."),
    ("AD", "Bed 12 tried to walk to theatre himself 'to save time'. He's had both knees done. Olympic ambitions, clearly."),
    ("AD", "Man in cubicle 3 asked if the defibrillator 'could give him a little buzz for fun'. The gene pool needs a lifeguard."),
    ("AD", "The patient in side room 4 has demanded a 'VIP discharge' with a wheelchair escort to his Tesla. Sir, this is the NHS."),
    ("AD", "Drunk lad in resus kept proposing to the defib. Romance isn't dead, just pickled."),
    ("AD", "Today's special: a man with a 'broken' finger that turned out to be a papercut. Ambulance, lights and sirens."),
    ("AD", "A teenager brought in by her mum for 'not listening'. We checked her ears. They work. The problem is elsewhere."),
    # ---- Kind tellings ----
    ("A", "Patient in bay 5 googled his symptoms and was convinced it was lupus. We talked it through and he went home relieved. The worry was real."),
    ("A", "A man brought in for a papercut apologised five times for wasting our time. Honestly we were glad of the chat on a quiet night."),
    ("A", "The lady in 7 called her family to tell them our lasagne was better than hers. High praise for our kitchen."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our new 'paperless' system requires printing three forms per admission. Visionary stuff."),
    ("", "Nothing says 'valued staff member' like a free pizza slice after a 14-hour shift. Bless management."),
    ("", "My fitness tracker thinks I ran a half marathon on nights. I did not. I walked to the drug cupboard 80 times."),
    # ---- Quasi-identifiers ----
    ("AQ", "Admitted the only chimney sweep in Keswick, 71, on Boxing Day with a fall from a roof. Still wearing his top hat."),
    ("AQ", "A 14-year-old county swimmer with Marfan syndrome from Oban had her heart surgery with us on Thursday."),
    ("AQ", "Our patient, the retired lock keeper at Foxton, is back on our ward this week after his third stroke."),
    ("AQ", "EMT: we got a 67-year-old ranch hand out of a grain bin near Dodge City on Monday. Lucky, lucky man."),
    ("AQ", "Nursed a 102-year-old former line judge from Wimbledon through pneumonia this week."),
    # ---- Advice requested ----
    ("R", "My ferritin came back at 9 and my GP says 'just eat more spinach'. Should I be pushing for iron tablets?"),
    ("R", "@DrOmarGP my 7-year-old's been wetting the bed again after two dry years. Is that something to worry about?"),
    ("R", "Started lamotrigine two weeks ago and now I've got a rash on my chest. Is that the dangerous rash?"),
    ("R", "My husband's sugar was 2.9 this morning and he's shaky. Do I give him juice and wait or call 999?"),
    ("R", "Nosebleed that won't stop after 30 minutes of pinching, I'm on apixaban. Urgent care or A&E?"),
    # ---- Advice given ----
    ("G", "@emma_f a ferritin of 9 is low, you need iron tablets, not spinach. Ask your GP for ferrous sulfate."),
    ("G", "@joe_t bed wetting after two dry years needs a urine test to rule out infection or diabetes, book him in."),
    ("G", "@kat_w a new rash on lamotrigine needs to be seen today, stop it until a doctor has looked."),
    ("G", "@lisa_m give him juice now, recheck in 15 minutes, and call 999 if he doesn't pick up."),
    ("G", "@mo_a on apixaban with a nosebleed that long, go to A&E, don't wait it out."),
    # ---- Hard negatives ----
    ("", "Lamotrigine rash can be serious. If you get a new rash in the first 8 weeks, get it checked the same day."),
    ("", "Welcome to our new ward sister, Jade, who joins us from Oban on Monday. Lucky us!"),
    ("", "Our A&E in Keswick will be closed overnight on Boxing Day; the nearest is Carlisle."),
    ("", "I've been on apixaban for a year for my own AF. The bruises are wild."),
    ("", "Any recommendations for a podcast on sepsis for new HCAs?"),
    ("", "Bedwetting awareness week: it's common, it's not the child's fault, and help exists."),
]

"""The fifty-first held-out split of the post-level corpus ("heldout51"): hand-written posts.

post_heldout49.py and post_heldout50.py were scored once on 2026-11-24 against the same model and
reported in README.md. This split was written before the change it measures (the next change to
the model, which moves those two splits into training) and committed on its own, checked for word
overlap with the corpus before it was scored. Ten mocking posts in the voices of a phlebotomist, an
occupational therapist, a district nurse, an anaesthetist, an orthodontist, a student nurse, a
neonatal nurse, a ward clerk, a fracture clinic and triage; six kind stories in the same voices,
ending in sincere praise (hard negatives for disrespect); sarcasm at the system or the author; five
quasi-identifier posts; four of each kind of advice; and hard negatives (fever advice for parents,
a clinic's new closing time, the author's own cracked rib, nerves before an interview).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT51 = [
    # ---- Mocking a patient ----
    ("AD", "Phlebotomy clinic: man fainted before I'd even opened the needle. Woke up and asked if I'd 'got enough'. I hadn't started."),
    ("AD", "OT home visit: gent is 'fully independent' in the kitchen. The kettle is decorative, the microwave still has its stickers on."),
    ("AD", "District nurse rounds: the lady's dog has eaten more of her dressings than the wound has used. The dog is healing nicely."),
    ("AD", "Pre-op: man swore he'd fasted since midnight. Breath said bacon roll. Crumbs on his gown said bacon roll. Theatre cancelled."),
    ("AD", "Orthodontist: teen swears she wears her retainer every single night. It arrived in a sandwich bag with a crisp stuck to it."),
    ("AD", "Student nurse here. Patient in bay 6 called me 'the work experience girl' all week and asked the cleaner for his results. Sure, Keith."),
    ("AD", "Neonatal unit: dad asked whether the incubator had Bluetooth so he could 'sync with the baby'. Mate."),
    ("AD", "Ward clerk diaries: a son rang nine times to ask if visiting is 2 till 4. It is. It says so on the door he was ringing from."),
    ("AD", "Fracture clinic: man took his own cast off with a bread knife because it itched. Now the wrist itches, and so does the thumb he sliced."),
    ("AD", "Triage: gent brought a sample of his own urine 'to save time'. In a Pringles tube. Lid on. Mostly."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Phlebotomy clinic: a little lad held my hand, counted to three with me and told me I was 'the best needle lady'. Brave boy."),
    ("A", "OT home visit: a gent of ninety cooked me beans on toast to prove he's managing, and he absolutely is. Proper inspiring."),
    ("A", "District nurse rounds: a lady insisted on making me tea in the good china before I dressed her leg. Kindest patient on my list."),
    ("A", "Student nurse here. The man in bay 6 spent his last morning with us teaching me cryptic crossword clues. I'll miss him. Gentle soul."),
    ("A", "Neonatal unit: a dad read to his twins every night for six weeks, the same book, doing all the voices. Wonderful father."),
    ("A", "Fracture clinic: a roofer with a broken wrist asked how my day was going before telling me anything about his. Top bloke."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our trust's new 'wellbeing hub' is a vending machine with one working row. The row is sparkling water."),
    ("", "Spent my break filling in a survey about why nobody gets a break."),
    ("", "Preached sun safety to every patient this week and now I'm the colour of a lobster after one afternoon in the garden."),
    # ---- Quasi-identifiers ----
    ("AQ", "Thursday's air ambulance: a peat cutter near Barvas, 52, pinned when his tractor rolled. Still in HDU."),
    ("AQ", "Llanddewi Brefi's retired church organist, 88, has been on our ward since she broke her hip on Sunday."),
    ("AQ", "Sanday lad, fifteen, CF, choppered over to us midweek. Wednesday's admission list had one name that mattered."),
    ("AQ", "Sheep shearer, 39, from Tongue: admitted Monday night after falling off a trailer."),
    ("AQ", "Applecross postmistress, 63, diagnosed with sarcoidosis in my clinic this Friday."),
    # ---- Advice requested ----
    ("R", "Baby (6 months) hot to touch, 39.2 on the forehead thermometer, only half a bottle since lunch. Tonight or tomorrow?"),
    ("R", "@PharmacistPaul warfarin user with agony in my lower back here. Can I rub ibuprofen gel on it?"),
    ("R", "My son (14) got hit in the eye with a football an hour ago and now sees a dark curtain in one corner. Is that normal?"),
    ("R", "Getting heartburn every night since I started my new iron tablets. Should I take them in the morning instead, or stop them?"),
    # ---- Advice given ----
    ("G", "@rachel_t 39.2 and half a bottle since lunch at six months: she needs seeing tonight, ring 111 now."),
    ("G", "@mike_w even gel ibuprofen can matter on warfarin; use paracetamol for now and check with your anticoagulation clinic first."),
    ("G", "@jo_f a dark curtain in his vision after a blow to the eye needs eye casualty today, go now."),
    ("G", "@sue_a take the iron with food in the morning instead of at night and keep going; tell your GP if the heartburn carries on."),
    # ---- Hard negatives ----
    ("", "Parents: how a baby is behaving matters more than the number on the thermometer. Floppy, not feeding or hard to wake means call 111."),
    ("", "Walk-in blood tests at the Riverside site will close at 4pm from next Monday. Booked appointments are unaffected."),
    ("", "Cracked a rib sneezing last winter and I still bring it up at every team meeting. My colleagues have heard enough."),
    ("", "Anaesthetics interview on Thursday. Nervous. That's the post."),
]

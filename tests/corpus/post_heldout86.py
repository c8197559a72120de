"""The eighty-sixth held-out split of the post-level corpus ("heldout86"): hand-written posts.

Written on 2026-11-25 (ninth session), after post_heldout84.py was scored and before the change
this split measures (the change after the one heldout85 measures; post_heldout85.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Written before that change was designed. Voices from Australia, Nigeria, Canada, India
and the US as well as Britain. Ten mocking posts (an endoscopy suite, a casualty in Ibadan, an
audiologist, a sports physio, an orthopaedic ward, a travel clinic, an urgent care in Houston, a
psychiatric intake, a dialysis unit, occupational health); six kind stories, two of them told in
the shape of a joke; five quasi-identifier posts; four of each kind of advice; and hard negatives
(a clinic's new address, rabies advice for travellers, the author's own colonoscopy, a question
about an on-call allowance, a colleague's retirement, a meta-analysis, sarcasm at the printer, a
request for a training video).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT86 = [
    # ---- Mocking a patient ----
    ("AD", "Endoscopy suite: he drank half the bowel prep, decided the rest was 'optional', and was shocked we could see nothing. The camera isn't a miracle worker, pal."),
    ("AD", "Casualty in Ibadan tonight: oga refused the cannula until his pastor phoned back to approve it. Forty minutes. Blessed be the signal."),
    ("AD", "Audiology: he switched his hearing aids off during the hearing test 'to give them a rest' and failed spectacularly. Top marks for commitment."),
    ("AD", "Sports physio: lad skipped every exercise for six weeks, then asked why his hamstring isn't healing by itself. Sorcery not included."),
    ("AD", "Ortho ward: the gentleman in bed 8 tried to hop to the smoking shelter on a freshly pinned hip. Olympic qualifier in poor decisions."),
    ("AD", "Travel clinic: she wanted every vaccine on the list for a four-night trip to Paris. Rabies for the Louvre, presumably."),
    ("AD", "Urgent care, Houston: guy with a nail through his boot drove himself in and asked if we could 'just yank it and hand him a Tylenol'. Cowboy logic."),
    ("AD", "Psych intake: a man told me he was only here for the sandwiches, then ate four. Most reliable historian of the night."),
    ("AD", "Dialysis unit: one of our regulars brought a family-size bag of crisps to his fluid restriction talk. Salt-lick chic."),
    ("AD", "Occ health: he filled in the back-pain questionnaire after carrying a sofa across the clinic car park. Miraculous recovery, truly."),
    # ---- Kind stories about a patient ----
    ("A", "Endoscopy: a retired headmistress thanked every nurse by name on her way out and left us a bag of home-grown tomatoes."),
    ("A", "Audiology: a toddler heard his mum's voice for the first time at his implant switch-on and burst into giggles. Tissues all round."),
    ("A", "Dialysis unit: our longest-serving patient marked ten years on the machine with a cake shaped like a kidney. Iconic."),
    ("A", "Sports physio: a 70-year-old lady ran her first parkrun after her knee replacement and sent me the finish photo. Absolute legend."),
    ("A", "Ortho ward: the man in bay 1 got his grandson to teach the whole bay poker, jelly babies for chips. Card sharks, the lot of them."),
    ("A", "NICU: a tiny girl born at 24 weeks went home today, four months later, in a car seat bigger than she is. We all cried in the corridor."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The only female tugboat captain in Port Hedland, 52, came into our ED on 9 June with a crush injury to her hand."),
    ("AQ", "Admitted the town vet from Tennant Creek yesterday with Q fever, the first case our unit has had in years."),
    ("AQ", "Monday's new starter on haemodialysis is eleven, flown down from a fly-in Cree reserve of 400 north of Thompson. Youngest we've ever had."),
    ("AQ", "A 42-year-old chess grandmaster from Kolkata had his glioma resected in our theatre on Friday and is already asking for a board."),
    ("AQ", "The sole mechanic in Kalbarri, 66, reached us by Flying Doctor on Saturday with scrub typhus."),
    # ---- Advice requested ----
    ("R", "On rivaroxaban since my DVT and now there's blood in my wee. Wait for Friday's clinic or get seen today?"),
    ("R", "@DrOkaforPaeds little one is 8 months, green nappies since yesterday and a bit floppy this evening. Is that a worry?"),
    ("R", "Does a sugar of 14 two hours after dinner mean I need more gliclazide? Only diagnosed last month."),
    ("R", "Mum's doctor doubled her furosemide and now she's dizzy every time she stands up. Should she go back to the old dose?"),
    # ---- Advice given ----
    ("G", "@tunde_a heavy chest pain with sweating means your uncle needs an ambulance now, not a taxi. Call 112."),
    ("G", "@kiri_h that rash on your daughter's palms and soles sounds like hand, foot and mouth. No antibiotics needed, just fluids and Calpol."),
    ("G", "@megan_b stop the ibuprofen with reflux like that and swap to paracetamol; take omeprazole before breakfast for a fortnight."),
    ("G", "@bhavesh_r those are shingles blisters along one side of your dad's chest. Get him to the GP today for aciclovir, it works best early."),
    # ---- Hard negatives ----
    ("", "From next week the Katherine outreach clinic runs out of the community hall on Third Street, Tuesdays and Thursdays."),
    ("", "Rabies is still around in parts of Asia: if a monkey or dog bites or scratches you abroad, wash it for 15 minutes and get seen that day."),
    ("", "Had my own colonoscopy last week. The prep is every bit as grim as patients say. Apologies to everyone I ever told it wasn't so bad."),
    ("", "Does the new on-call allowance apply to locum registrars or only to substantive posts?"),
    ("", "So proud of Sister Ngozi Eze, who retired today after 38 years on our children's ward."),
    ("", "Big meta-analysis this week: statins in over-75s cut heart attacks without more falls. Thoughtful discussion section too."),
    ("", "Nothing says teamwork like a printer that jams only when the discharge summaries are due."),
    ("", "Can anyone point me to a decent CPR refresher video for a church group? Free would be ideal."),
]

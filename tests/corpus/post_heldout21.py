"""The twenty-first held-out split of the post-level corpus ("heldout21"): hand-written posts.

post_heldout20.py was scored once on 2026-11-23 and reported in README.md. Its false alarms were
questions about work, not health, that PS3001 read as advice requests ("Should I take the night
charge role or stay on days?"), a training room, and the author's own grandmother; its advice
miss named only an ear and pus, which no health-word class held. This split was written before
the changes that answer them, committed on its own: a general mix with questions about careers,
study, money and travel among its hard negatives, and advice that names a body part.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT21 = [
    # ---- Hard negatives: questions about work, study, money, travel ----
    ("", "Should I pick up extra shifts over the holidays or finally take a break? Torn."),
    ("", "Can I transfer my nursing license to Oregon online, or do I need to mail everything?"),
    ("", "Is it normal to feel lost in your first month as a new attending? Asking for a friend (me)."),
    ("", "Should we move our team huddle to 7:15 so night shift can join before they leave?"),
    ("", "Do I need to bring my own laptop to the residency interview day, or will they provide one?"),
    ("", "Is it safe to leave my car in the hospital garage over a two-week vacation?"),
    ("", "What should I ask in my exit interview? Leaving after eight years."),
    ("", "Should I buy the expensive scrubs or are the cheap ones fine for a student?"),
    # ---- Hard negatives: the author's own family and life ----
    ("", "Drove my mum to her cataract check today. She read the whole eye chart and gloated all the way home."),
    ("", "My son lost his first tooth at dinner and the tooth fairy is out of cash. Parenting is hard."),
    ("", "Spent my day off at my dad's physio appointment. Proud of how hard he's working."),
    # ---- Hard negatives: rooms, classes, teaching, news ----
    ("", "Grand rounds this week is in lecture theatre 2: 'Kidney injury in the elderly'. All welcome."),
    ("", "Teaching tip: when you examine an ear, pull the pinna up and back in adults, down and back in kids."),
    ("", "New WHO data show childhood measles deaths fell again last year. Vaccines work."),
    ("", "Reminder that ear drops are not for perforated eardrums. Check with your GP before using them."),
    # ---- Advice given, naming a body part ----
    ("G", "@will_s that's swimmer's ear. Use the drops three times a day and keep it dry for a week."),
    ("G", "@cara_l your toe is probably broken. Tape it to the next one and wear a stiff shoe."),
    ("G", "@mo_h with a swollen calf after that flight you need a scan today to rule out a clot."),
    ("G", "@bex_r that lump in your breast needs to be checked this week, don't wait for your annual."),
    ("G", "@luis_a stop using the steroid cream on your face, it's thinning the skin."),
    ("G", "@gemma_k your daughter's eye is red and crusty: it's conjunctivitis, she can skip the doctor."),
    # ---- Advice requested ----
    ("R", "My throat has had white spots for 3 days and it hurts to swallow. Do I need antibiotics?"),
    ("R", "@DrNadia my left ear has been ringing since the concert on Saturday. Will it go away on its own?"),
    ("R", "Should I be worried that my 2 year old's poop is grey? She seems totally fine."),
    ("R", "Is it ok to take ibuprofen with my lisinopril for a sore knee?"),
    ("R", "My dad fell yesterday and now his hip hurts when he walks. Does he need an X-ray?"),
    # ---- Patient anecdotes ----
    ("A", "Removed a bead from a four-year-old's ear today. She asked if she could keep it. Of course she could."),
    ("A", "My patient this morning was a farmer who hadn't seen a doctor in 30 years. He came in because his wife made him."),
    ("A", "Held the hand of a young mum in recovery while she waited to meet her baby in the NICU."),
    ("A", "Our patient in bed 8 finished his first crossword since the stroke. The whole team cheered."),
    ("A", "Had a teenager in clinic who taught me more about his diabetes app than the rep ever did."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Guy in bed 2 asked me to 'check his ears for brains'. I checked. Results inconclusive."),
    ("AD", "Patient says he's had the 'worst pain of his life' for six years. Eating pizza, sleeping like a baby. Sure, Jan."),
    ("AD", "Mrs. Allergic-To-Everything in 9 is now allergic to water. Medical history in the making."),
    ("AD", "Our favourite frequent flyer has upgraded to business class: he brought his own pillow this time."),
    ("AD", "The lady who diagnoses herself on WebMD is back. Today it's leprosy. Yesterday it was scurvy. Riveting."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The 12-year-old from Moab with Wilson disease came back to us on Halloween."),
    ("AQ", "Saw the only lighthouse keeper left on Sanibel, 77, for a bad ear infection on Tuesday."),
    ("AQ", "Our patient, the 30-year-old rodeo clown from Pendleton, was gored on Saturday and is in the ICU."),
    # ---- Hard negatives: condemning, sarcasm about work ----
    ("", "Stop calling people 'drug seekers' in the notes. Describe what they asked for and why."),
    ("", "The break room microwave has been 'fixed' three times this month. Still doesn't work."),
]

"""The seventeenth held-out split of the post-level corpus ("heldout17"): hand-written posts.

post_heldout16.py was scored once on 2026-11-23 and reported in README.md. Afterwards, with the
post-level detectors on by default, a spot check found PS4001 firing on short social replies
that open with a handle ("@DrChen great talk today"). This split was written before the change
that answers it (training replies of that kind), committed on its own, and is a general mix that
also holds such replies among its hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT17 = [
    # ---- Hard negatives: replies that open with a handle and give no advice ----
    ("", "@nurse_kate congrats on passing your boards!! So proud of you"),
    ("", "@DrOkafor loved your grand rounds talk, can you share the slides?"),
    ("", "@hospital_news thank you for featuring our unit this week"),
    ("", "@mike_ems haha same, night shift coffee is a food group"),
    ("", "@sara_md see you at the conference in Denver next month!"),
    ("", "@drjones_cards totally agree, the new guideline is a big step"),
    ("", "@amy_rn happy birthday!! Have the best day"),
    ("", "@peds_doc_j what a great thread, bookmarking this for my students"),
    ("", "@NurseLife101 this made my day lol"),
    ("", "@jlee_pharm welcome to the team! Lunch is on us Friday"),
    ("", "@TheBMJ interesting paper, but the sample size is small"),
    ("", "@dr_amara thanks for the follow! Love your content on global health"),
    # ---- Advice given, replies with a handle ----
    ("G", "@jamie_r stop the ibuprofen and take omeprazole until your stomach settles."),
    ("G", "@kelly_m your son's fever and stiff neck need the ER tonight, don't wait."),
    ("G", "@dan_p double your lisinopril to 20 mg since your BP is still 160 over 100."),
    ("G", "@rosa_t that rash is shingles. Get valacyclovir from your doctor today."),
    ("G", "@ben_w no need to come in, a sprained ankle just needs rest and ice."),
    ("G", "@lucy_h skip your metformin the morning of the scan and restart after."),
    # ---- Advice requested ----
    ("R", "@DrPatelGP my blood sugar is 14 after dinner every night. Do I need more insulin?"),
    ("R", "My 5 year old has a temperature of 39.8 and a rash on his belly. ER or wait?"),
    ("R", "Can I take my antibiotics with milk? I'm on ciprofloxacin."),
    ("R", "@NurseBeth my mum's ankles are swollen since she started amlodipine. Should she stop it?"),
    ("R", "I've been coughing for 4 weeks and now I'm coughing up green stuff. Do I need antibiotics?"),
    ("R", "Is a resting heart rate of 110 dangerous? I'm 28 and feel fine."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Pt in 9 wanted to know if we had 'gluten free oxygen'. Can't make this up. Idiot."),
    ("AD", "Frequent flyer in bay 3 again with 'chest pain', eating a burger. Some people never learn lol"),
    ("AD", "The lady in 12 screamed at the nurse because the TV remote was 'too complicated'. Pathetic."),
    ("AD", "Guy in room 4 asked if his colonoscopy prep could be 'done with beer'. Genius. 🙄"),
    ("AD", "Our favourite drunk is back, puking in the waiting room. Lovely start to the shift, thanks champ."),
    ("AD", "Patient refused to shower for a week and then complained that he smells. Shocker, buddy."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "My patient in bed 2 asked me to sing him happy birthday. The whole unit joined in."),
    ("A", "Had a patient today who brought her knitting to dialysis and gave me a scarf."),
    ("A", "The little girl in room 5 made a card for every nurse on the floor before she went home."),
    ("A", "Sat with a patient whose family couldn't make it tonight. We watched the ballgame together."),
    ("A", "Our patient in 8 walked out of the hospital on his own today after three months. Tears everywhere."),
    ("A", "A man in clinic thanked me for explaining his diagnosis slowly. He said nobody had before."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the only butcher in Lusk, 63, for a hand laceration on Thursday."),
    ("AQ", "The 15-year-old state hockey champion from Warroad with Marfan syndrome collapsed at practice on Monday."),
    ("AQ", "Our patient, a 92-year-old retired ferry captain from Port Townsend, was admitted on Christmas Eve."),
    ("AQ", "We flew the 40-year-old oil rig diver from Dutch Harbor in on Sunday with decompression sickness."),
    ("AQ", "Had the 8-year-old with Alexander disease from a farm outside Kalona in clinic on Wednesday."),
    ("AQ", "The 27-year-old smokejumper from Grangeville injured in Friday's jump is off the vent."),
    # ---- Hard negatives: teaching, public health, own life, condemning labels ----
    ("", "Fever with a stiff neck in a child needs urgent assessment. Call your doctor or go to the ER."),
    ("", "Ciprofloxacin shouldn't be taken with milk. Ask your own pharmacist about your meds."),
    ("", "Stop calling patients 'frequent flyers'. It follows them into every visit."),
    ("", "Our hospital parking app is a dumpster fire. Three tries to pay for one hour."),
    ("", "Congrats to our night team on a perfect safety audit!"),
    ("", "I had my appendix out last month. Now I know what post-op day 2 really feels like."),
    ("", "Measles cases are up in our county. Check your family's vaccine records."),
    ("", "How do other clinics handle patients who message about symptoms on Twitter? Writing a policy."),
]

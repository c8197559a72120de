"""The thirty-second held-out split of the post-level corpus ("heldout32"): hand-written posts.

post_heldout31.py was scored once on 2026-11-24 and reported in README.md. A spot check of 30
everyday posts from a hospital's and its staff's accounts then found PS2001 on five that tell no
patient's story ("patient volunteers", "the patient experience survey", a family room, the
author's own bed and own lupus). This split was written before the change that answers it, and
committed on its own: weighted to a hospital's communications and clinicians' everyday posts
that use the words of care without a patient's story, with patient stories, mockery, advice and
quasi-identifier posts.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT32 = [
    # ---- A hospital's communications: words of care, no patient's story ----
    ("", "Our patient safety team won a national award for their work on falls prevention."),
    ("", "Join our patient panel: we need people who have used our diabetes service to review new leaflets."),
    ("", "Patient transport is running late this morning because of the snow. Thank you for your patience."),
    ("", "The new patient lounge on level 1 opens on Monday, with free wifi and a water fountain."),
    ("", "Our bed occupancy hit 98% this week. Please help us by collecting relatives promptly when they are discharged."),
    ("", "The family room on the neonatal unit has new sofas, thanks to a grant from the hospital charity."),
    ("", "Please complete the patient feedback card at reception. Every comment is read by the matron."),
    ("", "Open day at the renal unit on Saturday: tours, talks and tea for anyone considering home dialysis."),
    ("", "We are recruiting healthcare assistants for our elderly care wards. No experience needed, full training given."),
    ("", "Our A&E is very busy today. Please use NHS 111 or your pharmacy unless it is an emergency."),
    # ---- Clinicians' everyday posts: their own life, work and health ----
    ("", "Three night shifts down, one to go. Bed, then a walk with the dog, then back in for the last one."),
    ("", "Living with Crohn's as a junior doctor means always knowing where the nearest loo is."),
    ("", "As someone who was a patient on this very ward ten years ago, starting here as a nurse today feels unreal."),
    ("", "Finally passed my prescribing course. Thank you to my mentor for every late-night revision session."),
    ("", "Ward round done by 11 today. A small miracle worth celebrating with a hot coffee."),
    ("", "New rota is out and I have Christmas off for the first time in six years!"),
    ("", "Exhausted, but our team pulled together beautifully today. This is why I love the job."),
    # ---- Patient stories ----
    ("A", "An elderly gentleman on our ward asked for his wedding photo to be put by his bed before his operation. It's there now."),
    ("A", "The patient I looked after last night thanked me for 'keeping her company'. She made my whole week."),
    ("A", "Helped a young dad hold his premature son for the first time today. There wasn't a dry eye in the room."),
    ("A", "Discharged a woman today who had been with us since August. The whole ward lined the corridor to clap her out."),
    ("AQ", "The only sheep farmer on Fair Isle was airlifted to us on Tuesday with a crushed leg and is recovering well."),
    ("AQ", "Our 97-year-old patient, a former Olympic rower from Henley, celebrated her birthday on the ward yesterday."),
    # ---- Mocking a patient ----
    ("AD", "The man in bed 7 asked for a third dinner and then complained the portions were stingy. Feed the beast, I guess."),
    ("AD", "Patient in bay 2 demanded I call him 'Doctor' because he watched a lot of Grey's Anatomy. Sure thing, Doctor."),
    ("AD", "Lady in 14 has pressed her buzzer to ask what time it is six times tonight. Buy a watch, madam."),
    ("AD", "Had a patient today who thinks washing is optional. Our whole corridor now smells like a changing room."),
    ("AD", "Patient with 'chronic back pain' carried his own suitcase up two flights of stairs. Miraculous recovery, as ever."),
    # ---- Advice requested ----
    ("R", "My 8 month old has a temperature of 38.9 and won't take her bottle. Should I take her to A&E tonight?"),
    ("R", "I've had a pain under my right ribs since I ate last night and now I feel sick. Gallbladder? Do I need to be seen?"),
    ("R", "@PharmacistPaul I missed my pill yesterday and had unprotected sex last night. Do I need the morning after pill?"),
    # ---- Advice given ----
    ("G", "@kirsty_m that sounds like shingles. Get to your GP within three days for the antivirals."),
    ("G", "@dan_k88 with your blood pressure that high, stop the ibuprofen and see your GP this week."),
    # ---- Hard negatives ----
    ("", "What's the best way to store insulin on holiday in a hot country? Asking for a patient leaflet we're updating."),
    ("", "Shingles vaccine is now offered to everyone turning 65. Ask your GP surgery if you're eligible."),
    ("", "Can anyone recommend a good book about the history of anaesthesia?"),
    ("", "If you're worried about a mole, your GP can refer you to a skin clinic. Don't wait."),
    ("", "Congratulations to Sister Okafor on 40 years of nursing at our hospital."),
    ("", "Great to hear Professor Singh's lecture on antibiotic resistance at the medical school today."),
    ("", "The patient is always at the centre of what we do. Happy International Nurses Day."),
]

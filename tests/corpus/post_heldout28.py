"""The twenty-eighth held-out split of the post-level corpus ("heldout28"): hand-written posts.

post_heldout27.py was scored once on 2026-11-24 and reported in README.md. A third spot check of
thirty everyday posts (hospital communications, parents, paramedics, pharmacists, moderators)
found PS2001 missing stories that name the patient by age or case alone ("Had to call a time of
death on a 19-year-old tonight", "Just diagnosed my first case of measles") and firing on a
department's numbers ("Our ED saw 312 patients yesterday") and on a parent's own baby. This split
was written before the training data that answers those, and committed on its own: a general
mix with those families in new phrasings, hospital announcements, colleagues named by role, and
the usual advice, mockery and quasi-identifier posts.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT28 = [
    # ---- Stories that name the patient by age, case or call ----
    ("A", "Lost a 23-year-old to an overdose in resus tonight. Naloxone in every pocket, please."),
    ("A", "Picked up my first case of scarlet fever today. The textbook strawberry tongue and everything."),
    ("A", "Crew call at 4am: an elderly man who'd been on his kitchen floor for two days. He kept apologising for the mess."),
    ("A", "Delivered a baby in the back of an ambulance on the ring road. Mum and baby both perfect."),
    ("A", "Told a 40-year-old he had cancer this morning. He asked if he could still coach his son's football team."),
    ("A", "My last patient of the night was a 7-year-old with a marble up his nose. He wants it back."),
    # ---- Hard negatives: a department's numbers, announcements ----
    ("", "Our trauma centre treated 4,100 patients last year, up 12% on the year before."),
    ("", "The ED had 290 attendances on Monday. Please use 111 or your pharmacist for minor illnesses."),
    ("", "St. Catherine's is opening a second MRI scanner in March, cutting waits by a third."),
    ("", "Visiting hours change from next week: 11am to 8pm on all adult wards."),
    ("", "We vaccinated 800 people at the Saturday pop-up clinic. Thank you to every volunteer."),
    # ---- Hard negatives: parents and patients about their own lives ----
    ("", "My twins came home from the NICU after 71 days. Sleeping on the sofa with both of them on me."),
    ("", "One year since my heart attack. Walked 10k today to celebrate."),
    ("", "My daughter finished her last round of chemo today and rang the bell. I can't stop crying."),
    # ---- Colleagues named by role or title ----
    ("", "Shout out to Nurse Ade on ward 7, who sang my grandmother to sleep every night. Thank you."),
    ("", "Our midwife Jo has delivered over 2,000 babies and retires on Friday. Cake in the staff room."),
    # ---- Mocking a patient ----
    ("AD", "Pt asked if the ECG could also charge his phone. Sir, this is a hospital, not an airport."),
    ("AD", "Guy with a stubbed toe demanded to be seen before the cardiac arrest. Priorities, mate."),
    ("AD", "Our favourite regular is back, 'passing out' only when someone's watching. Oscar season again."),
    ("AD", "Lady in bay 5 told me her 'research' says vaccines cause left-handedness. Incredible stuff."),
    # ---- Hard negative: a kind story in the same shape ----
    ("A", "Pt asked if the ECG could tell if his heart was 'still full of love' for his wife of 60 years. Yes, sir."),
    # ---- Advice requested ----
    ("R", "Is it ok to give my 2 year old ibuprofen and paracetamol at the same time? Fever of 39.2."),
    ("R", "@DrAnyaGP my calf has been swollen and warm since my flight yesterday. Should I go to A&E?"),
    ("R", "Been on sertraline 3 weeks and I feel worse. Should I stop it or give it more time?"),
    # ---- Hard negatives: questions that ask for no advice ----
    ("", "@StLukesHealth how do I update my address on my patient account?"),
    ("", "What's everyone's favourite stethoscope under $100? Starting nursing school in January."),
    # ---- Advice given ----
    ("G", "@mark_t with chest pain and sweating, stop reading Twitter and call 999 now."),
    ("G", "@jas_p don't double your inhaler dose, take it as prescribed and see your GP about the night cough."),
    ("G", "@nina_r that's a classic migraine aura. Take your triptan at the first sign and lie down."),
    # ---- Hard negatives: public health, jest, declining ----
    ("", "Winter reminder: if your child is breathing fast or their lips look blue, call 911."),
    ("", "@rob_rn you need to stop drinking hospital coffee. It's a crime against coffee."),
    ("", "@jen_k so sorry you're feeling rough. I can't advise here, but your GP or 111 can help tonight."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Airlifted the only schoolteacher on Eigg, 45, after a fall from her bike on Sunday."),
    ("AQ", "Treated the 96-year-old former mayor of a village of 300 for a hip fracture on Christmas Eve."),
    ("AQ", "The only farrier in Wibaux, 38, came to us last Friday after being kicked by a horse."),
    # ---- Hard negatives: rare diseases in general, news, the system ----
    ("", "Rare Disease Day: about 1 in 17 people will have a rare condition at some point in their lives."),
    ("", "New trial results: the RSV vaccine cut hospital admissions in over-75s by 80%."),
    ("", "The EHR upgrade went live at midnight. Three hours in and it already crashed twice."),
    ("", "Reminder for students: each patient on warfarin needs an INR plan before discharge."),
    ("", "Congratulations to Dr. Felix Mendes, named Surgeon of the Year by the regional college."),
]

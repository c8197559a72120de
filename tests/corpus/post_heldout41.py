"""The forty-first held-out split of the post-level corpus ("heldout41"): hand-written posts.

post_heldout40.py was scored once on 2026-11-24 and reported in README.md (every category 1.000).
This split measures the model trained with it, no rule or feature changed: it leans on the
hardest category, disrespect, with ten mocking posts of new shapes (mock orders, mock expertise,
mock rides), kind jokes with patients in the same shapes, sarcasm aimed at the system or the
author, and the other categories at six each, with hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT41 = [
    # ---- Mocking a patient ----
    ("AD", "The gentleman in 14 has asked for his steak 'medium rare' on a clear liquid diet. Chef's kiss, sir."),
    ("AD", "Patient asked if his scan could be done 'quicker, with less machine'. Let me just call Siemens, mate."),
    ("AD", "Bed 2 wants to know why she can't vape in the oxygen tent. Asking for a friend, presumably the fire brigade."),
    ("AD", "Our resident escape artist made it as far as the vending machine again. In his gown. Backwards. Bless."),
    ("AD", "Woman in majors has self-diagnosed with 'every kind of cancer' via TikTok. Today it's a UTI."),
    ("AD", "Guy swore on his mother's life he hadn't been drinking. His mother would like a word, she drove him in."),
    ("AD", "Mr. Toe Stub is back in cubicle 1 with his annual ambulance ride for a stubbed toe. Uber was right there."),
    ("AD", "Patient told me nurses are 'just waitresses with needles'. Noted. Your jelly will be late."),
    ("AD", "Another 'I know my body' from the man who thought his appendix was in his knee."),
    ("AD", "Today's patient wanted antibiotics for his broken arm. 'It's infected with brokenness.' Sure it is, bud."),
    # ---- Kind jokes with patients: no one is the joke ----
    ("A", "Patient in 14 asked for his steak medium rare on a liquid diet, and we laughed about it together. Promised him the first real meal."),
    ("A", "An old lady on the ward told me I walk 'like a policeman'. She's not wrong. Best feedback all year."),
    ("A", "My patient named his IV pole 'Gerald' and introduced him to every nurse. Gerald has been discharged too."),
    ("A", "The little boy in bed 3 diagnosed me with 'tired eyes' and prescribed a nap. Compliance pending."),
    # ---- Sarcasm aimed at the system or the author ----
    ("", "Our printer has been 'warming up' since 2019. Truly a marvel of modern engineering."),
    ("", "Shoutout to the rota team for scheduling me a 13-hour shift on my birthday. Iconic."),
    ("", "Me at 4am trying to remember if I charted the fluids: a tragedy in three acts."),
    # ---- Quasi-identifiers ----
    ("AQ", "Home visit today to the only cobbler left in Ludlow, 88, who's been housebound since his fall."),
    ("AQ", "Airlifted a 19-year-old apprentice jockey from Middleham to us on Saturday after a fall on the gallops."),
    ("AQ", "Our patient with Pompe disease, a 30-year-old primary teacher from Bude, ran her first 5k on Sunday."),
    ("AQ", "The island's only GP brought himself in on the ferry on Wednesday with chest pain. Doctors make the worst patients."),
    ("AQ", "A 94-year-old former circus acrobat from Brighton is on our frailty ward and still does a headstand every morning."),
    ("AQ", "ER: a 35-year-old rodeo bull rider from Pendleton rolled in Friday with a broken pelvis and a smile."),
    # ---- Advice requested ----
    ("R", "Is a resting heart rate of 115 normal two weeks after covid? I'm 30 and usually around 60."),
    ("R", "@DrAliGP my little boy's glands have been up for a month now, no fever. Is that worth a blood test?"),
    ("R", "Got my thyroid results: TSH 9.8, T4 normal. Do I need medication or just a recheck?"),
    ("R", "My dad's ankles have swollen up badly since they started him on amlodipine. Should he stop taking it?"),
    ("R", "Can I give my 5-year-old Calpol and Nurofen together for a fever of 39.4?"),
    ("R", "Had a bit of chest pain when climbing the stairs today, went away after a minute. 52, smoker. A&E or GP?"),
    # ---- Advice given ----
    ("G", "@becky_l a resting rate of 115 after covid needs an ECG, see your GP this week, and no running till then."),
    ("G", "@sara_h glands up for a month in a little one should have a blood test, ask your GP to arrange it."),
    ("G", "@tom_w a TSH of 9.8 with symptoms usually means starting levothyroxine, ask your GP about 25 micrograms."),
    ("G", "@dan_k ankle swelling is common on amlodipine, he shouldn't just stop it but ask to switch to lercanidipine."),
    ("G", "@meg_p yes you can alternate them for 39.4, but no more than 4 doses of Calpol in 24 hours."),
    ("G", "@steve_b chest pain on exertion at 52 as a smoker is a same-day A&E visit, not a GP one."),
    # ---- Hard negatives ----
    ("", "Chest pain on exertion is never something to sit on. If it happens to you, get seen the same day."),
    ("", "Welcome back to Dr Nia Patel, returning to our team in Bude after maternity leave on Monday."),
    ("", "Is there a good UK resource on thyroid results for patients? Ours is a bit dense."),
    ("", "I've had hypothyroidism since I was 20. Levothyroxine every morning, no drama."),
    ("", "Mock code on ward 7 at 2pm, nobody panic, the mannequin is fine."),
    ("", "Celebrating 10 years of our frailty unit today. Cake in the day room."),
    ("", "What's the best way to teach students to break bad news? Looking for good resources."),
]

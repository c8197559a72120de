"""The thirty-fifth held-out split of the post-level corpus ("heldout35"): hand-written posts.

post_heldout34.py was scored once on 2026-11-24 and reported in README.md. Its PS1100 miss named a
patient by a trade the occupation lists lack ("engineer"); many everyday trades are missing from
them. This split was written before the change that answers it, and committed on its own: a
general mix with quasi-identifier posts that name a patient by an everyday trade, posts that name
staff or the author by a trade, patient stories, mockery, advice and hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT35 = [
    # ---- Quasi-identifiers: a patient named by a trade, with a place, an age or a date ----
    ("AQ", "We admitted the village florist from Chipping Norton on Saturday after she collapsed in her shop."),
    ("AQ", "Our 93-year-old patient, a retired architect who designed half the town hall, went home on Friday."),
    ("AQ", "The local butcher came in on Christmas Eve with a deep cut to his hand from a cleaver."),
    ("AQ", "Treated a journalist from the Skye paper today who fell from a ladder while photographing the harbour."),
    ("AQ", "The only accountant in Tobermory has been on our ward since Tuesday with pneumonia."),
    ("AQ", "A 27-year-old scaffolder fell two storeys in Penzance on Monday and is in our ICU."),
    # ---- A trade that is staff, the author or a public figure: no quasi-identifier ----
    ("", "Our hospital photographer took beautiful portraits of the night team for the new staff wall."),
    ("", "Huge thanks to the gardener who keeps the hospice garden so lovely all year round."),
    ("", "Before nursing I was an accountant. Best career change I ever made."),
    ("", "The architect of our new cancer centre gave the team a tour of the building today."),
    ("", "My dad was a builder and my mum a cleaner; I'm the first doctor in our family."),
    # ---- Patient stories ----
    ("A", "A lady on the ward knitted blankets for every baby in the neonatal unit while she waited for her hip op."),
    ("A", "Our patient in bed 6 asked for his guitar, and the whole bay sang along after visiting hours."),
    ("A", "Discharged a gentleman today who arrived unable to speak after his stroke. His first words to us were 'thank you'."),
    # ---- Mocking a patient ----
    ("AD", "Patient in bay 1 wants to know why he can't smoke on the oxygen. Genius, truly."),
    ("AD", "Lady in 12 has complained that the ward is 'too hospital-y'. Noted, madam."),
    ("AD", "Guess who's back for the third time this month with the same 'mystery' stomach ache after a curry night."),
    # ---- Advice requested ----
    ("R", "I'm 36 weeks pregnant and my baby is moving less today. Should I go in or wait until tomorrow?"),
    ("R", "@DrSamGP my INR came back at 1.4 and I'm on warfarin for a clot. Do I need to change my dose?"),
    # ---- Advice given ----
    ("G", "@anna_p88 with that headache and a stiff neck, go to A&E now, don't wait for the GP."),
    ("G", "@joe_k your mum should stop the naproxen with that stomach pain and see her GP today."),
    # ---- Hard negatives ----
    ("", "Scientists have found a new antibiotic in soil bacteria. Early days, but exciting."),
    ("", "If you work outdoors, wear sunscreen every day. Builders, farmers and gardeners get the most skin cancers."),
    ("", "Our hospital chaplain is available for people of all faiths and none, every day of the week."),
    ("", "Lovely to meet the new medical students today. The future is in good hands."),
    ("", "Reminder: annual leave requests for Christmas close on Friday."),
]

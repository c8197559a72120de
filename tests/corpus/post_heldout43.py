"""The forty-third held-out split of the post-level corpus ("heldout43"): hand-written posts.

post_heldout42.py was scored once on 2026-11-24 and reported in README.md. After it: a nurse's
title is no relative for PS1100, and 31 training posts went in (jokes about a patient with no word
that mocks, kind tellings in the same shapes, sarcasm at the system, local fundraisers). Unlike
the earlier splits, this one was written after those changes were made (its author had read the
training jokes, and wrote its own in other shapes on purpose), but before they were measured, and
committed on its own: ten mocking posts in shapes of their own, kind tellings and sarcasm at the system, five of each other category, and
hard negatives (a drug's side effect in general, a colleague moving from a small town in a month,
the author's own migraines, a newsletter template).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT43 = [
    # ---- Mocking a patient ----
    ("AD", "Patient in bay 8 has asked me to 'hurry up with the healing'. I'll get right on that, let me find my wand."),
    ("AD", "A man came in with his finger stuck in a bottle. It's a wine bottle. It's 9am. Tuesday."),
    ("AD", "Lady in room 3 asked if her colonoscopy prep 'could be done in a smoothie instead'. Yes, a smoothie of regret."),
    ("AD", "Our most frequent visitor now greets triage by first name and asks about their kids. Sir, you were here yesterday."),
    ("AD", "Bloke in cubicle 5 refused a bed bath because he 'showered in 2019'. Cubicle 5 knows."),
    ("AD", "Pt demanded to be seen first because he 'pays taxes'. So does everyone in the waiting room, mate."),
    ("AD", "Man rolled up in a taxi for chest pain, made the taxi wait, then asked us to pay the fare. Bold strategy."),
    ("AD", "Teenager in majors claims his phone 'exploded on its own'. While he was microwaving it. To dry it."),
    ("AD", "The gentleman in 11 is convinced the hospital food is poisoned, so he's ordered a kebab. To the ward. At 2am."),
    ("AD", "Lady asked if we could prescribe her 'the strong paracetamol, the blue ones'. Those are Smarties, madam."),
    # ---- Kind tellings ----
    ("A", "Patient in bay 8 asked me to hurry up with the healing so he could get to his granddaughter's christening. We made sure he did."),
    ("A", "A man came in with his finger stuck in a ring on his wedding anniversary. We saved the finger and the ring. His wife cried."),
    ("A", "The gentleman in 11 told me the hospital food reminded him of his late wife's cooking. He meant it kindly. It made my night."),
    ("A", "A teenager in majors apologised for crying during his stitches. Never apologise for that, mate. You were brave."),
    # ---- Sarcasm at the system or the author ----
    ("", "Day 3 of the IT outage. We've returned to paper and, honestly, the paper is faster. Who knew."),
    ("", "The new hospital app has a 2-star rating from the staff who built it. Inspiring."),
    ("", "My pager went off during my one bite of lunch. Pager 1, lunch 0."),
    # ---- Quasi-identifiers ----
    ("AQ", "Admitted the only female blacksmith in Cumbria, 44, on Friday after a furnace burn."),
    ("AQ", "A 9-year-old from Stromness with cystic fibrosis came down on the ferry for her annual review on Monday."),
    ("AQ", "Treated a retired ship's pilot from Fowey, 83, after his fall on the quay on Thursday."),
    ("AQ", "Our patient, the village butcher in Ambridge, has been with us since Christmas Day with a leg ulcer."),
    ("AQ", "NICU: we said goodbye to our 24-weeker twins from Machynlleth on Sunday after 112 days."),
    # ---- Advice requested ----
    ("R", "My GP stopped my ramipril because of a cough, but now my blood pressure is 165/100 at home. Should I restart it?"),
    ("R", "Baby's had a cold for a week and now she's breathing fast and pulling in under her ribs. A&E tonight or GP tomorrow?"),
    ("R", "@DrSinghGP I've been getting pins and needles in both feet since starting metformin. Is that the tablets?"),
    ("R", "My son ate a whole tube of my vitamin D gummies. Do I need to do anything?"),
    ("R", "Can I take my sumatriptan if I've already had co-codamol today?"),
    # ---- Advice given ----
    ("G", "@tara_j with readings of 165/100 you need something else instead of the ramipril, call your GP tomorrow about amlodipine."),
    ("G", "@nina_k fast breathing with pulling in under the ribs needs A&E tonight, don't wait for the GP."),
    ("G", "@ravi_p metformin doesn't usually do that, ask your GP to check your B12 and sugars."),
    ("G", "@claire_b ring 111 now with how many he ate, they'll tell you whether he needs bloods."),
    ("G", "@fiona_r yes, sumatriptan is fine with co-codamol, just don't take more than two sumatriptan in 24 hours."),
    # ---- Hard negatives ----
    ("", "Pins and needles in the feet can be a sign of B12 deficiency, especially on metformin. Worth a blood test."),
    ("", "Welcome to Dr Ewan Price, our new GP partner, who moves to us from Machynlleth in March."),
    ("", "I've had migraines since I was 12. Sumatriptan changed my life. Grateful for science."),
    ("", "Does anyone have a good template for a ward newsletter? Ours needs a refresh."),
]

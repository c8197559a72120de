"""The twenty-fourth held-out split of the post-level corpus ("heldout24"): hand-written posts.

post_heldout23.py was scored once on 2026-11-24 and reported in README.md. PS4001's health-word
gate dropped two of its four advice posts, which named their case only with words no class held
("that's heat exhaustion", "double up the Miralax"). This split was written before the change
that answers it (over-the-counter brand names and everyday symptom words join the health words),
committed on its own: a general mix with advice in everyday words, and everyday talk of being
exhausted, sweating or aching among its hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT24 = [
    # ---- Advice given in everyday words and brand names ----
    ("G", "@greg_h give him Pepto and plenty of fluids, he'll be right by tomorrow."),
    ("G", "@lia_m put Neosporin on the scrape and cover it, no need for the walk-in."),
    ("G", "@mark_j that's sunburn blistering. Cool showers, aloe, and Advil for the sting."),
    ("G", "@toni_f take two Imodium now and one after each loose stool, max eight a day."),
    ("G", "@sue_k you're sweating and shaky because your sugar is low. Drink juice right now."),
    ("G", "@ben_r skip the Sudafed with your blood pressure, use a saline rinse instead."),
    # ---- Hard negatives: everyday exhaustion, sweat and aches ----
    ("", "@jo_pt you must be exhausted after that double, go home and sleep."),
    ("", "Sweating through my first grand rounds presentation. Survived. Barely."),
    ("", "@kev_rn take the Tylenol challenge: one shift without complaining about the printer."),
    ("", "My feet ache after 14 hours on the ward. Invest in good shoes, students."),
    ("", "@amy_ot you need a nap and a pizza, in that order."),
    ("", "Heatwave on the unit and the AC is broken again. We're all melting."),
    ("", "Reminder: sunscreen at the staff picnic, people. Last year's sunburns were legendary."),
    # ---- Hard negatives: public health and teaching ----
    ("", "Heat exhaustion signs: heavy sweating, dizziness, nausea. Get to shade and drink water."),
    ("", "Loperamide is for short-term diarrhoea in adults. Ask a pharmacist before giving it to children."),
    # ---- Advice requested ----
    ("R", "@PharmDSam can I give my 2 year old Benadryl to help him sleep on a long flight?"),
    ("R", "I've been sweating through my sheets every night for a month. Should I see someone?"),
    ("R", "Is it ok to take Pepto with my ibuprofen? Stomach is a mess."),
    # ---- Patient anecdotes ----
    ("A", "Our patient in 7 showed me photos of every grandchild, all 23 of them. Took most of my break and I loved it."),
    ("A", "Sat with an old farmer tonight who told me how to tell rain is coming from the cows. I believe him."),
    ("A", "A teenager in clinic today finally told me what was really going on at home. We got her help."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Bed 5 is 'too exhausted' to walk to the bathroom but sprinted out for a cigarette. Miracle recovery."),
    ("AD", "Patient in 9 wants Dilaudid for his 'excruciating' hangnail. Brave little soldier."),
    ("AD", "Our regular sweated through three gowns faking a fever with the heat pack again. Oscar-worthy."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Saw the 82-year-old retired blacksmith from Tombstone with a rare amyloidosis on Wednesday."),
    ("AQ", "The only midwife in Ely, 51, came in on Christmas Day after a tractor rolled on her."),
    # ---- Hard negatives: colleagues and news ----
    ("", "Congrats to Dr. Ito on her new grant to study heat illness in farm workers."),
    ("", "Our pharmacy is stocking free naloxone kits at the front desk from Monday."),
]

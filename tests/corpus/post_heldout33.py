"""The thirty-third held-out split of the post-level corpus ("heldout33"): hand-written posts.

post_heldout32.py was scored once on 2026-11-24 and reported in README.md. This split was written
before post_heldout32.py went into training, and committed on its own: a general mix in the
voices of nurses, doctors, paramedics, pharmacists, patients and parents, with mockery of patients
(with and without an insult word), kind stories, advice asked and given, quasi-identifier posts
and hard negatives (the author's own life and illness, public-health advice, staff news).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT33 = [
    # ---- Mocking a patient ----
    ("AD", "Paramedic life: called out at 4am for a man who 'couldn't find the remote'. Emergency of the century."),
    ("AD", "The guy in cubicle 3 wants a sick note for the gym. Poor lamb pulled a muscle doing bicep curls in the mirror."),
    ("AD", "Patient asked if she could keep her acrylic nails on for surgery because she has 'a date after'. Priorities, love."),
    ("AD", "Bed 11 has told every nurse he's a 'personal friend' of the chief exec. Funny, the chief exec has never heard of him."),
    ("AD", "Another one who thinks 'nil by mouth' means 'except for crisps'. Surgery cancelled. Again."),
    ("AD", "That woman who brings her three dogs into the waiting room 'for emotional support' is back. Woof."),
    ("AD", "Pt in resus swore blind he'd had 'two pints'. His blood alcohol said otherwise. Maths isn't his strong point."),
    ("AD", "Our most dramatic patient has declared the hospital jelly 'a human rights violation'. Call Amnesty, I guess."),
    # ---- Kind stories ----
    ("A", "A lady on the ward asked me to paint her nails before her daughter visited. Best ten minutes of my shift."),
    ("A", "The boy in bed 5 made us all promise to watch his football match when he's better. We're going."),
    ("A", "Sat with a gentleman tonight who had no visitors. He told me about building bridges in Malaysia in the sixties."),
    ("A", "Our patient of 12 weeks walked out of the unit today on her own two feet. The physios cried more than she did."),
    # ---- Quasi-identifiers ----
    ("AQ", "Treated the town's only vet today after a horse kicked him in the chest. Small place, everyone knew by lunchtime."),
    ("AQ", "The 19-year-old jockey from Lambourn who came off at Newbury on Saturday is now off the ventilator."),
    # ---- Advice requested ----
    ("R", "I've been on sertraline two weeks and my hands won't stop shaking. Is that the tablets? Should I stop?"),
    ("R", "@DrLiamGP my husband's ankle is swollen and warm after a long flight. Does he need to go to A&E?"),
    ("R", "My son hit his head at football an hour ago, now he's sleepy and has been sick once. Do we wait and see?"),
    # ---- Advice given ----
    ("G", "@jen_runs that's a stress fracture until proven otherwise. Stop running and get an X-ray this week."),
    ("G", "@sam_t87 your dad's confusion with a fever and wee pain sounds like a UTI. Get him to his GP today."),
    # ---- Hard negatives ----
    ("", "My own asthma has been terrible this winter, so I've finally booked my review. Practise what you preach."),
    ("", "If your baby is under 3 months and has a temperature of 38 or above, call your GP or 111 straight away."),
    ("", "Three night shifts, two birthday parties and one very patient husband. What a week."),
    ("", "Congratulations to our pharmacy team, who dispensed 40,000 items this month without a single error reported."),
    ("", "Can anyone recommend a good pair of shoes for 12-hour shifts? My feet are begging."),
    ("", "Our hospice is looking for volunteer drivers to take patients to appointments. Mileage paid."),
    ("", "Reminder that mocking patients online, even without names, breaks our social media policy."),
    ("", "Our new stroke unit opens in Leeds in March with 24 beds and a rehab gym."),
    ("", "Loved teaching the new medical students how to take a blood pressure today. So keen!"),
    ("", "Why does the vending machine on ward 9 only ever have cheese and onion crisps left? Asking for a friend."),
    ("", "Measles cases are rising. Check your children's red books and book any missed MMR jabs."),
]

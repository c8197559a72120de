"""The twenty-second held-out split of the post-level corpus ("heldout22"): hand-written posts.

post_heldout21.py was scored once on 2026-11-24 and reported in README.md. Its PS3001 false alarms
were questions about work that name a clinical setting ("Can I transfer my nursing license to
Oregon online?", "Is it safe to leave my car in the hospital garage?"), which the model alone
read as advice requests. This split was written before the change that answers them (training
questions of that kind), committed on its own: a general mix with questions about work in
hospitals, clinics and nursing among its hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT22 = [
    # ---- Hard negatives: questions about work that name a clinical setting ----
    ("", "Is it normal for a hospital to take three months to credential a new doctor? Still waiting."),
    ("", "Should I do my nursing degree part-time while working as an aide, or save up and go full-time?"),
    ("", "Can I wear my own scrubs on the ICU or do they have to be the hospital ones?"),
    ("", "Do I need malpractice insurance as a nurse practitioner if my clinic already covers me?"),
    ("", "Is it safe to bike to the hospital at night through the park? New to the area."),
    ("", "Should our clinic open on Saturdays? Trying to gauge what other practices do."),
    ("", "What should I bring on my first day as a pharmacy tech at the hospital?"),
    ("", "Is it worth switching from the ED to urgent care for better hours? Thoughts from people who did it?"),
    # ---- Hard negatives: teaching, news, own life ----
    ("", "Hospital parking now costs $18 a day. For staff. Let that sink in."),
    ("", "A reminder from infection control: bare below the elbows on every ward, every shift."),
    ("", "Finished my last chemo cycle today. Ringing the bell was louder than I expected."),
    ("", "New study: nurse staffing ratios linked to lower sepsis mortality across 300 hospitals."),
    # ---- Advice requested ----
    ("R", "@DrHaleGP my period has been 10 days late and the test is negative. Should I worry?"),
    ("R", "My 70 year old mum's ankles are swollen and she's short of breath lying flat. Does she need to go in?"),
    ("R", "Is it ok to fly 4 weeks after a knee replacement? My surgeon is on holiday."),
    ("R", "Pharmacists: can I crush my son's amoxicillin tablet into yoghurt?"),
    ("R", "My blood pressure was 165/100 at the pharmacy machine. Should I go to urgent care today?"),
    # ---- Advice given ----
    ("G", "@ellie_t that cough after starting lisinopril is the drug. Ask your GP to switch you to losartan."),
    ("G", "@josh_m your son's rash with a fever and a headache needs the ER right now, don't wait."),
    ("G", "@ana_p a blood sugar of 3.1 means eat something sweet now, then a proper meal."),
    ("G", "@pat_r no need to see anyone for that bruise, it'll fade in two weeks."),
    ("G", "@ken_w stop the metformin for two days after your CT contrast, then restart."),
    # ---- Patient anecdotes ----
    ("A", "Our patient in room 6 celebrated her 100th birthday with the whole ward singing. Cake for everyone."),
    ("A", "Spent an hour tonight teaching a newly diagnosed diabetic teenager to use his pen. He nailed it."),
    ("A", "A man came into clinic today just to say thank you for a conversation we had two years ago."),
    ("A", "The twins in NICU bay 3 went home today after 94 days. The whole team cried."),
    ("A", "Had a patient who was a retired jazz drummer tap out rhythms on the bed rail all through his echo."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Bed 9 wants to know why his 'pain meds' haven't come. It's been 11 minutes since the last dose, Einstein."),
    ("AD", "Patient in 4 refuses all vegetables but demands to know why she's constipated. Mystery of the century."),
    ("AD", "The gentleman in room 2 told me he doesn't need nurses, he has 'a cousin who watched Grey's Anatomy'. Fantastic."),
    ("AD", "Sir, the call bell is not for asking us to change the TV channel. For the ninth time. Thanks, your highness."),
    ("AD", "Mrs. Sciatica is back in bay 1, hopping from foot to foot while she explains she can't walk. Bravo."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Admitted the 19-year-old Olympic fencer from Lake Placid with a rare Kawasaki relapse on Sunday."),
    ("AQ", "The only vet in Kanab, 66, came to us on Thanksgiving after a horse kicked him."),
    ("AQ", "Our patient, the 45-year-old ferry captain from Port Clyde with Fabry disease, was flown in on Monday."),
    # ---- Hard negatives: colleagues, condemnation, kind humour about work ----
    ("", "Shout out to Dr. Moreno, who stayed three hours after her shift to teach the new interns."),
    ("", "Calling patients 'the appendix in bay 2' in handover makes them a body part. Use their name."),
    ("", "Our charge nurse brought homemade tamales for the night shift. We don't deserve her."),
]

"""The forty-eighth held-out split of the post-level corpus ("heldout48"): hand-written posts.

post_heldout47.py was scored once on 2026-11-24 (second session) and reported in README.md: every
category at or above 0.90 for the second split in a row. This split asks again, with nothing
changed but post_heldout47.py going into training; written before that, committed on its own, and
checked for word overlap with the corpus before it was scored. Ten mocking posts (a patient's looks,
hygiene, intelligence, habits and family, and jokes with no word that mocks) in the voices of a
theatre nurse, a radiographer, a dentist, a care-home worker, a student doctor and a practice
nurse; six kind stories, two of them about the same kinds of moment as the mocking ones (hard
negatives for disrespect); sarcasm at the system or the author; five quasi-identifier posts; four
of each kind of advice; and hard negatives (a screening programme's ages, a village surgery's new
opening hours from a date, the author's own tinnitus, a question about revalidation).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT48 = [
    # ---- Mocking a patient ----
    ("AD", "Theatre list today included a man who shaved his own leg for surgery. The wrong leg. Both times he was asked."),
    ("AD", "X-ray of the day: a gentleman who 'definitely didn't swallow anything'. The remote control begs to differ."),
    ("AD", "Patient in my chair hasn't flossed since the Olympics. London ones. It shows."),
    ("AD", "Care home resident has hidden his teeth in the fruit bowl again. Third set this month. The bananas are nervous."),
    ("AD", "Consultant asked the patient what he does for exercise. 'Walk to the chippy.' Every day, to be fair to him."),
    ("AD", "Practice nurse life: smear test lady brought her own speculum 'for hygiene'. It was a salad server."),
    ("AD", "The family in side room 3 asked if we could 'turn the patient down a bit'. He's snoring. He's also their dad."),
    ("AD", "Man in bay 7 smells like he's been marinating in Lynx since 2004. Eyes watering. Send help."),
    ("AD", "Patient asked if the MRI would pick up his 'aura'. We got his knee. The aura must be shy."),
    ("AD", "Lady at reception demanded to be seen first because she's 'a very important customer'. She's here for a verruca."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Theatre list ran late, and our last patient, a retired joiner, spent the wait teaching me how to read wood grain. Lovely man."),
    ("A", "Resident at the home thinks I'm her sister. Today I just was. We looked at photos of the farm for an hour."),
    ("A", "Patient in my chair was so scared he shook. We went slowly, stopped whenever he lifted his hand. He's coming back next month."),
    ("A", "The family in side room 3 sang to their dad all afternoon. The whole corridor went quiet to listen."),
    ("A", "Man in bay 7 asked if someone could help him shave before his daughter visited. Our HCA did. He looked ten years younger."),
    ("A", "Student doctor here: sat with a patient for an hour today because nobody else had time. She told me all about her wedding. I won't forget her."),
    # ---- Sarcasm at the system or the author ----
    ("", "Mandatory e-learning on reducing screen time. Four hours. On a screen."),
    ("", "Our car park has 200 spaces for 1,400 staff. The maths is 'being reviewed'."),
    ("", "I have a degree, a masters and eleven years' experience, and I still can't work the new fax machine."),
    # ---- Quasi-identifiers ----
    ("AQ", "Treated a 52-year-old puffin warden from the Farne Islands on Thursday after a fall on the cliffs."),
    ("AQ", "The harbourmaster of Aberdaron, 66, came into our ED on Saturday night with a broken hip after slipping on the slipway."),
    ("AQ", "Our 98-year-old patient, the last thatcher in the village of Avebury, went home on Monday after pneumonia."),
    ("AQ", "A 12-year-old from Foula with Wilson's disease was seen in our clinic on Friday."),
    ("AQ", "Airlifted a 45-year-old oil rig medic from the Brent field on Wednesday with a suspected stroke."),
    # ---- Advice requested ----
    ("R", "My gums bleed every time I brush and now one tooth feels loose. I'm 36. Is this gum disease? Will I lose it?"),
    ("R", "@DrAnnaGP my 5-week-old has been vomiting after every feed since yesterday, it shoots right across the room. Is that normal?"),
    ("R", "Dad (72) has been getting up to pee five times a night and the stream is weak. Is that just age or should he get checked?"),
    ("R", "I've been taking 4 co-codamol a day for my back for two months and now I can't stop. What do I do?"),
    # ---- Advice given ----
    ("G", "@rob_d bleeding gums and a loose tooth sounds like periodontitis, see your dentist this week, it can be treated."),
    ("G", "@emma_w projectile vomiting after every feed at 5 weeks needs checking today for pyloric stenosis, take her to your GP or A&E."),
    ("G", "@joy_l at 72 with that many night-time wees and a weak stream, get him a GP appointment for a prostate check and a PSA test."),
    ("G", "@mark_h don't stop the co-codamol suddenly, see your GP and ask for a plan to taper it down."),
    # ---- Hard negatives ----
    ("", "Bowel screening kits are now sent to everyone aged 50 to 74 every two years. Please do yours when it arrives."),
    ("", "From Monday 2 June the village surgery in Avebury will open until 7pm on Tuesdays."),
    ("", "Ten years of ringing tinnitus and I've finally booked my own hearing test. Physician, heal thyself."),
    ("", "How is everyone getting on with revalidation this year? My reflective accounts are a mess."),
]

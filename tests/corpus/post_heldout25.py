"""The twenty-fifth held-out split of the post-level corpus ("heldout25"): hand-written posts.

post_heldout24.py was scored once on 2026-11-24 and reported in README.md. A spot check afterwards
found PS2001 firing on announcements that name a room or bay with no patient in it ("The diabetes
education class meets in room 5 on Tuesdays", "CPR refresher for staff in bay 2 of the sim
centre"). This split was written before the change that answers it, committed on its own: a
general mix with rooms, beds and bays that hold classes, meetings and equipment among its hard
negatives, and patient stories that name a room or bed.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT25 = [
    # ---- Hard negatives: rooms, beds and bays with no patient in them ----
    ("", "Breastfeeding support class every Wednesday at 10, room 14 on the maternity floor."),
    ("", "The new bladder scanner lives in bay 3 now. Please put it back after use!"),
    ("", "Wellness session for staff in room 2 at lunch: free massages and snacks."),
    ("", "Mock code drill in bed 6 at 2pm today. Come watch, it's good practice."),
    ("", "Our stroke awareness stand is in the main lobby, table 4, all week."),
    ("", "Orientation for new residents is in seminar room 1, then lunch in the atrium."),
    ("", "Bay 1 is closed for deep cleaning until Thursday. Use bays 2 to 5."),
    ("", "Flu vaccine clinic for staff, room 8, walk in between 7 and 7."),
    # ---- Patient anecdotes that name a room, bed or bay ----
    ("A", "The lady in room 14 taught me to knit between her antibiotics. Two rows done."),
    ("A", "My patient in bay 3 cried when his dog was allowed to visit. So did I."),
    ("A", "Bed 6 went home today after 40 days. He shook every hand on the way out."),
    ("A", "The boy in room 2 asked if he could keep his cast signed by all the nurses. Of course."),
    # ---- Disrespectful tone ----
    ("AD", "Room 5 wants to know why we can't 'just give her the strong stuff' for a paper cut. Sure, hon."),
    ("AD", "Bay 4's 'seizure' stopped the second I mentioned the catheter. Miraculous healing as always."),
    # ---- Advice requested and given ----
    ("R", "My daughter's fever is 39.5 and she's been sleepy all day. Should we go to the ER tonight?"),
    ("R", "@DrLinGP is it safe to drive 2 days after a colonoscopy with sedation?"),
    ("G", "@nat_b that swollen calf after your flight needs a scan today, go to the ER."),
    ("G", "@ola_k stop the ibuprofen with your stomach bleeding history, use paracetamol instead."),
    # ---- Quasi-identifier combination ----
    ("AQ", "Treated the only tattoo artist in Lusk, 44, for a rare skin infection on Memorial Day."),
    # ---- Hard negatives: news, colleagues ----
    ("", "Proud of our team for opening the new 12-bed stroke unit this week."),
    ("", "Dr. Mensah's talk on sepsis in room 3 was standing room only. Slides on the intranet."),
]

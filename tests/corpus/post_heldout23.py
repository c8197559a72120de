"""The twenty-third held-out split of the post-level corpus ("heldout23"): hand-written posts.

post_heldout22.py was scored once on 2026-11-24 and reported in README.md. Its three PS3001 false
alarms were work questions whose request cue ("do I need", "should I") counted because the post
named a clinical setting or role ("nurse practitioner", "clinic", "hospital"). This split was
written before the change that answers it (a request's cue gated on words of illness and its care
rather than on every clinical word), committed on its own: a general mix with work questions that
name clinical settings and roles among its hard negatives, and requests that name an illness only
by an everyday word.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT23 = [
    # ---- Hard negatives: work questions that name clinical settings and roles ----
    ("", "Do I need a new DBS check if I move from the ward to the outpatient clinic?"),
    ("", "Should I accept the ICU night position or wait for a day job on the surgical ward?"),
    ("", "Is it normal for a new hospital to not pay you for orientation week?"),
    ("", "Can I take my paramedic certification to Canada, or do I have to retrain?"),
    ("", "What should I wear to a physician assistant program interview? Suit or business casual?"),
    ("", "Do I need to tell the nursing board about a speeding ticket when I renew?"),
    ("", "Should our ER get a therapy dog? Asking other departments who have one."),
    ("", "Is it worth joining the hospital's union as a new grad nurse?"),
    # ---- Hard negatives: teaching, own life, announcements ----
    ("", "Quick teaching point: always check the glucose in a confused patient before the CT."),
    ("", "My own doctor retired this year and I miss her. Good GPs are gold."),
    ("", "The hospital choir is performing in the atrium on Friday at noon. Come listen!"),
    # ---- Advice requested ----
    ("R", "My 8 year old has been throwing up since midnight and won't keep water down. Do we need to go in?"),
    ("R", "@NurseKay I've had a headache for 5 days that won't go away with Tylenol. Should I be seen?"),
    ("R", "Should I stop breastfeeding while I'm on this antibiotic? The pharmacist wasn't sure."),
    ("R", "My dad's speech went slurred for ten minutes and then came back. Does he need the ER?"),
    ("R", "Is it normal that my stitches are still oozing a week after my c-section?"),
    # ---- Advice given ----
    ("G", "@dee_m that's heat exhaustion. Get her somewhere cool, give water, and go in if she stops sweating."),
    ("G", "@rich_p your ankle needs an X-ray if you can't put weight on it. Go to urgent care today."),
    ("G", "@sally_v double up the Miralax tonight, your son will be fine by morning."),
    ("G", "@tony_b with chest pain like that you need to call 911 now, not post about it."),
    # ---- Patient anecdotes ----
    ("A", "My patient today asked me to read him the sports pages because his glasses broke. Best 10 minutes of my shift."),
    ("A", "Discharged a lovely woman this morning who has knitted a hat for every nurse on the floor. I got green."),
    ("A", "A 6 year old in the ED told me her plan to become a doctor 'and a unicorn'. Both seem likely."),
    ("A", "Our patient with ALS used his eye-gaze board to tell a joke at rounds today. Perfect timing."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Guy in 12 wants a second opinion on his broken arm. From me. The nurse. Sure, here's my opinion: it's broken, genius."),
    ("AD", "Room 3 has googled her way to stage 4 everything again. WebMD really should charge her rent."),
    ("AD", "Another frequent flyer, another 'allergy' to every pill except the good ones. Shocking."),
    ("AD", "Patient asked if the x-ray could 'skip the bones'. I'll let radiology know, sweetheart."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the only dentist in Alert Bay, 58, for a rare sarcoidosis flare on Good Friday."),
    ("AQ", "The 16-year-old junior rodeo champion from Cody with Marfan syndrome was flown to us on Saturday."),
    # ---- Hard negatives: colleagues, condemnation, sarcasm about the system ----
    ("", "Huge congrats to our nurse manager Dee on 30 years at this hospital!"),
    ("", "Please don't call patients 'frequent flyers' on this unit. It sticks to their chart and to how we treat them."),
    ("", "Our EHR logged me out 14 times today. A new personal best."),
]

"""The thirtieth held-out split of the post-level corpus ("heldout30"): hand-written posts.

post_heldout29.py was scored once on 2026-11-24 and reported in README.md. A seventh spot check
found PS2001 on a post welcoming a colleague back from maternity leave. This split was written
before the training data that answers it, and committed on its own: a general mix weighted to a
hospital's own staff news (welcomes, leave, retirements, birthdays, awards, staff who were
patients themselves) with patient stories, mockery, advice and quasi-identifier posts.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT30 = [
    # ---- Staff news: welcomes, leave, retirements, birthdays, awards ----
    ("", "So happy to have Priya back on the unit after her surgery. We missed you!"),
    ("", "Welcome back to our charge nurse Tom, home from paternity leave with twin girls."),
    ("", "After 38 years in theatre, our scrub nurse Maureen hangs up her clogs on Friday. Cake at 3."),
    ("", "Happy 60th birthday to Dr. Idris, who still runs up the stairs to every cardiac arrest."),
    ("", "Our porter Dave won the trust's kindness award. Every patient on the ward knows his name."),
    ("", "Please join me in welcoming Aisha, our new ward clerk, who starts on Monday."),
    ("", "Congratulations to the night team on a whole year without a pressure ulcer on the ward."),
    # ---- Patient stories ----
    ("A", "A patient's daughter knitted hats for every baby on the unit while her mum was with us."),
    ("A", "Spent the night with a gentleman who wanted to hear the cricket scores before his surgery. England won; so did he."),
    ("A", "The 5-year-old in bed 2 told me his broken arm was 'from fighting a dragon'. The dragon was a trampoline."),
    ("A", "Our patient asked to see the sea one last time, so the palliative team took her bed to the window."),
    # ---- Mocking a patient ----
    ("AD", "Gentleman in cubicle 4 insists he can't walk but sprinted after the tea trolley. A miracle on the ward."),
    ("AD", "Patient asked if the MRI would 'fix his WiFi signal'. Sure, mate, we'll put you on the priority list."),
    # ---- Advice requested ----
    ("R", "My blood pressure at the pharmacy was 178 over 105. Do I go to A&E or wait for my GP on Monday?"),
    ("R", "@DrNadiaGP my son's temperature is 39.8 after his jabs and he won't feed. Is that normal?"),
    # ---- Advice given ----
    ("G", "@holly_r with that much bleeding after your extraction, bite on gauze and call the dentist's emergency line now."),
    ("G", "@sam_b don't take the codeine with your sleeping tablets, and ask your pharmacist tomorrow."),
    # ---- Hard negatives ----
    ("", "@emma_j welcome to the team! Your induction pack is in the staff room."),
    ("", "Our A&E waiting times are the best in the region this month. Thank you, everyone."),
    ("", "Norovirus is going round: wash hands with soap, alcohol gel doesn't kill it."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the only harpist in Tobermory, 58, for a crushed finger on Burns Night."),
    ("AQ", "The 94-year-old former Olympic rower from Henley came in on Boxing Day with a hip fracture."),
]

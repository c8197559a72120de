"""The thirty-sixth held-out split of the post-level corpus ("heldout36"): hand-written posts.

post_heldout35.py was scored once on 2026-11-24 and reported in README.md. Its PS1100 misses were
a patient said to be in a place of care with no patient word ("has been on our ward since
Tuesday", "is in our ICU") and small places outside the lists (Tobermory, Penzance, Skye). This
split was written before the change that answers them, and committed on its own: quasi-identifier
posts with places and phrasings of care the lists lack, patient stories, mockery with and without
insult words, advice asked and given, and hard negatives (a colleague with a start day, the
author's own move and procedure, a market in a small town, a colleague on an island).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT36 = [
    # ---- Quasi-identifiers: places and phrasings of care the lists lack ----
    ("AQ", "Our only patient from Fair Isle this year, a retired lighthouse keeper of 88, went home by ferry on Thursday."),
    ("AQ", "The postmistress from Ballater was admitted to our stroke unit on Sunday morning, still in her uniform."),
    ("AQ", "A 15-year-old jockey is on our trauma ward after a fall at the races in Cheltenham yesterday."),
    ("AQ", "Looked after a 98-year-old retired vicar from Lower Slaughter last night who told the best stories."),
    ("AQ", "The lifeboat coxswain from Wells is still in our ICU after Saturday's rescue off the point."),
    ("AQ", "We had the headteacher of the village school in resus on Tuesday after a bee sting."),
    ("AQ", "Mum of triplets from Portree, 41, delivered in our unit at 3am on New Year's Day."),
    ("AQ", "A sheep shearer from Hawes has been with us since Monday with a broken hip, aged 79."),
    # ---- Patient stories ----
    ("A", "Sat with a gentleman tonight who had no visitors. We talked about his garden for an hour."),
    ("A", "The little boy in bed 3 drew me a picture of a dragon before his surgery. It's on my locker now."),
    ("A", "Our patient finally walked to the window today after six weeks in bed. The whole team cheered."),
    ("A", "Had a lady cry in clinic because it was the first time anyone had explained her diagnosis properly."),
    ("A", "A man in the waiting room gave up his seat for a pregnant woman despite his own broken ankle. Kindness everywhere."),
    # ---- Mocking a patient ----
    ("AD", "Bed 9 has pressed the call bell 40 times tonight to ask what time it is. Every. Single. Time."),
    ("AD", "Today's winner: the guy who googled his symptoms and diagnosed himself with three tropical diseases. Sir, you've never left the county."),
    ("AD", "Patient asked if the drip was 'the WiFi'. I said yes. He's been holding it up to his phone for an hour 😂"),
    ("AD", "Frequent flyer back again in cubicle 4. Same story, different night."),
    ("AD", "The lady in bay 2 is convinced the night nurse is stealing her biscuits. She ate them. We watched."),
    ("AD", "Some people should not be allowed to reproduce. Third kid this year from the same family with the same 'accident'."),
    # ---- Advice requested ----
    ("R", "My son's temperature has been 39.5 for three days and Calpol isn't bringing it down. Do I take him to A&E?"),
    ("R", "Got my smear results back: HPV positive, low grade changes. Is that cancer? Should I be worried?"),
    ("R", "@DrKhanCardio my resting heart rate is 48 and I get dizzy when I stand. Is that normal for me?"),
    # ---- Advice given ----
    ("G", "@sam_r88 that sounds like shingles, get to your GP within 72 hours for antivirals."),
    ("G", "@mira_h with a resting rate of 48 and dizziness you need an ECG, please don't go to the gym until you've had one."),
    ("G", "@tomwalsh your dad should halve his furosemide while his kidneys settle, then recheck bloods Friday."),
    ("G", "@kate_l no, don't give her ibuprofen with chickenpox. Stick to paracetamol."),
    # ---- Hard negatives ----
    ("", "Has anyone got tips for managing fatigue with MS? Looking for what worked for you."),
    ("", "Handwashing is still the best way to stop norovirus spreading. Alcohol gel doesn't kill it."),
    ("", "Our ICU has been shortlisted for a national award for family-centred care. So proud of this team."),
    ("", "Congratulations to Dr Amira Hassan, our new clinical director, who starts on Monday."),
    ("", "Moved to Penrith in 2019 and still can't get over the views on my walk to work."),
    ("", "Had my own colonoscopy on Friday. Prep is the worst part, the procedure itself was fine."),
    ("", "Anyone got a good resource for explaining type 1 diabetes to a newly diagnosed 8-year-old? Leaflets, videos, anything."),
    ("", "The new farmers' market outside the hospital in Kendal opens on Saturday. Support local!"),
    ("", "Flu jabs for staff are in the education centre all week. No appointment needed."),
    ("", "Fascinating talk from a paediatrician in Orkney about running a service across 20 islands."),
]

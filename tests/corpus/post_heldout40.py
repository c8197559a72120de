"""The fortieth held-out split of the post-level corpus ("heldout40"): hand-written posts.

post_heldout39.py was scored once on 2026-11-24 and reported in README.md. After it: a score out
of ten after a word of scoring is no date, and ten training posts of its misses' families went
in. This split was written before those changes were measured, and committed on its own: a general
mix (every category with at least six posts) in American voices (a hospitalist, NICU and ICU
nurses, a pediatrician, EMTs, a CNA, pharmacists, parents and patients), with hard negatives (a
NICU's new machine in a named city, a colleague joining from a small city on a weekday, the
author's own diabetes, a staff barbecue on a holiday, public-health advice).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT40 = [
    # ---- Quasi-identifiers ----
    ("AQ", "Hospitalist life: admitted the only saddle maker in Cody, 77, on Thursday with pneumonia."),
    ("AQ", "NICU nurse: our 23-weeker from a tiny town outside Lubbock went home today. Born on Valentine's Day."),
    ("AQ", "EMT: pulled a 16-year-old varsity quarterback out of a rollover on Route 9 Friday night. Talking by the time we hit the ER."),
    ("AQ", "Peds: saw a 6-year-old with progeria from Walla Walla for her yearly check on Tuesday. She wants to be an astronaut."),
    ("AQ", "Our 99-year-old WWII nurse veteran from Paducah came back to the ICU on Memorial Day, this time as a patient."),
    ("AQ", "ER doc: a beekeeper from Ojai came in Sunday with 200 stings after a hive collapsed on him. Still calm. Still joking."),
    ("AQ", "Treated the mayor of a town of 800 in Nebraska for a broken hip last weekend. He asked us not to tell anyone."),
    ("AQ", "CNA here: the resident in room 12 is the last Navajo code talker in our county and turned 100 on Saturday."),
    # ---- Patient stories ----
    ("A", "Pediatrician here: a 4-year-old gave me a sticker for being 'brave' during HER shots. I'm wearing it all day."),
    ("A", "Night shift hospitalist: an elderly man asked me to stay until his son arrived from the airport. I did. Best 40 minutes of the shift."),
    ("A", "EMT life: we did CPR on a guy at the gym this morning and he walked out of the cath lab waving at us."),
    ("A", "Pharmacist here: a mom cried at my counter because the insulin was $35 instead of $300. The cap worked for her."),
    ("A", "ICU nurse: my patient's wife brought me cookies and a thank-you card a year after he went home. I'm a mess."),
    ("A", "Just finished a 14-hour delivery with a first-time mom who never once stopped smiling. Welcome to the world, little one."),
    ("A", "CNA: a resident with Alzheimer's called me by her sister's name all night and held my hand. I let her."),
    # ---- Mocking a patient ----
    ("AD", "Guy in bed 9 asked if he could get DoorDash delivered to his ICU room. Sure, let me grab the menu, sir. 🙄"),
    ("AD", "Nothing like a 3am visit from a grown man who 'felt weird' after eating gas station sushi. Shocked. Truly shocked."),
    ("AD", "Room 4 has pressed the call light to ask me to pass the remote that is on his chest. Every hour. On the hour."),
    ("AD", "Frequent flier Frank is back. His theme song plays when he walks in at this point."),
    ("AD", "Pt says she's allergic to ibuprofen, Tylenol, aspirin, morphine and 'anything that doesn't work'. Only Dilaudid, apparently."),
    ("AD", "The guy who tried to jump start his car with his own pacemaker is back. Natural selection is undefeated."),
    ("AD", "Patient wanted a work note for the cold he 'might get next week'. Pre-sick leave. Visionary."),
    # ---- Advice requested ----
    ("R", "My A1C went from 6.8 to 8.9 in three months even though I'm taking my metformin. Should I be asking for insulin?"),
    ("R", "@DrKimPeds my son's been limping since Saturday but there was no fall. Does he need an X-ray or can we wait?"),
    ("R", "Is 4 days of diarrhea in a 10-month-old something to go to urgent care for? She's still drinking."),
    ("R", "I accidentally took my blood pressure pill twice this morning. Should I be worried?"),
    ("R", "My mom's INR came back 5.2 and her doctor's office is closed till Monday. Is that dangerous?"),
    ("R", "I'm 28 weeks and my feet and hands swelled up overnight with a headache. Go in or wait for my appointment Tuesday?"),
    # ---- Advice given ----
    ("G", "@jen_t with an A1C of 8.9 on metformin you should ask about adding a GLP-1, and cut the soda."),
    ("G", "@mark_d a limp for 3 days with no injury in a kid needs an X-ray, get him seen tomorrow."),
    ("G", "@ana_r keep her drinking Pedialyte and if she has fewer than 3 wet diapers a day take her in."),
    ("G", "@chris_b one extra dose of amlodipine is usually fine, just skip tomorrow's and check your BP."),
    ("G", "@kelly_s an INR of 5.2 needs a call to the after-hours line tonight, skip her warfarin today."),
    ("G", "@bree_j swelling plus a headache at 28 weeks is a go-in-now situation, don't wait for Tuesday."),
    # ---- Hard negatives ----
    ("", "Reminder: swelling with a headache late in pregnancy can be preeclampsia. Get checked the same day."),
    ("", "Our NICU in Lubbock just got a new cooling machine for babies with HIE. Huge thanks to the donors."),
    ("", "Welcome Dr. Sarah Whitfield, our new pediatric cardiologist, joining us from Walla Walla on Monday."),
    ("", "Insulin pricing in this country is a moral failure. Call your representatives."),
    ("", "Does anyone have a good handout for families about RSV season? Our clinic's is from 2015."),
    ("", "I'm a type 1 diabetic nurse and honestly the night shifts wreck my sugars. Solidarity to everyone else juggling both."),
    ("", "Our hospital's Fourth of July BBQ is Friday at noon on the south lawn. Staff and families welcome."),
    ("", "What made you choose EM over IM? Asking as a confused MS3."),
    ("", "CPR saves lives. Hands-only CPR: push hard and fast in the center of the chest."),
    ("", "Study out today: kids who get the flu shot miss fewer school days. Not surprised."),
]

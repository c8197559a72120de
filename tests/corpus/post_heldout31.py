"""The thirty-first held-out split of the post-level corpus ("heldout31"): hand-written posts.

post_heldout30.py was scored once on 2026-11-24 and reported in README.md. Disrespectful tone is
the one category below the 0.90 bar pooled over the earlier splits, and those splits held only 2
to 9 mocking posts each, too few to measure it. This split was written before the change that it
measures, and committed on its own: weighted to mockery of patients in many shapes (with and
without an insult word, emoji or "lol"), kind and funny stories about patients, and jokes about
the author's own work that mock no patient, with advice and quasi-identifier posts and hard
negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT31 = [
    # ---- Mocking a patient ----
    ("AD", "Nothing like a 3am visit from our regular who 'just needed a sandwich and a warm bed' for the fourth time this week 🙄"),
    ("AD", "Told the patient in 12 his cholesterol was high and he asked if he could just eat more salad with his bacon. Sir."),
    ("AD", "Pt swears she's 'allergic' to every painkiller except the one that starts with D. Shocking, truly."),
    ("AD", "Today's winner: man who put superglue in his own ear to stop the ringing. Natural selection is undefeated."),
    ("AD", "Bed 9 has pressed the call bell 47 times since midnight. I've started counting for sport."),
    ("AD", "When the 400 lb patient asks why the gown doesn't fit 😂 honey, they don't make them in tent size."),
    ("AD", "Today's genius diagnosed himself with 'ebola of the knee' after ten minutes on Google. Sure, pal."),
    ("AD", "Lady in triage brought her whole extended family and a picnic for a hangnail. The audacity."),
    ("AD", "Patient told me he only drinks 'socially'. His social calendar must be packed because his liver is not coping lmao"),
    ("AD", "Ah yes, the annual visit from our favourite anti-vax mum, demanding antibiotics for a virus again."),
    ("AD", "Why do drunk patients always want to fight the smallest nurse on shift? Tonight's contender lost to a wheelchair."),
    ("AD", "Patient in resus kept calling me sweetheart while vomiting on my shoes. Living the dream."),
    ("AD", "The 'I've got a high pain tolerance' guy just fainted at the sight of a cannula. Every. Single. Time."),
    ("AD", "Frequent flyer update: she's back, she's complaining about the Wi-Fi, and she's requested the window bed again."),
    # ---- Kind and funny stories about patients ----
    ("A", "My patient, 4 years old, asked if my stethoscope could hear his dreams. Best question I've had all year 😂"),
    ("A", "Had a lovely chat with a gentleman who fought in Korea. He still salutes every nurse who walks in."),
    ("A", "Handed over a lady who kept the whole night shift laughing with stories from her 1960s nursing school. Legend."),
    ("A", "A patient's little boy drew me as a superhero with a giant syringe. It's on my locker now."),
    ("A", "Discharged a young man today who came in unable to breathe two weeks ago. He held the door open for me on the way out."),
    # ---- Quasi-identifiers ----
    ("AQ", "Our youngest ever transplant patient, a 3-week-old from a village outside Keswick, went home yesterday."),
    ("AQ", "Looked after the lighthouse keeper from the island today, the only person living there, flown in by helicopter after his fall."),
    ("AQ", "The retired headteacher from Little Marlow with Wilson's disease is back on our ward this week."),
    # ---- Jokes about the author's own work: no patient mocked ----
    ("", "Twelve hours on my feet and I just realised I've been wearing odd shoes all shift 😂"),
    ("", "The coffee machine in the doctors' mess has been broken for three days. Morale is at an all-time low lol"),
    ("", "Explaining to my mum for the fifth time that no, I can't look at her neighbour's rash over FaceTime."),
    ("", "The nurses' group chat at 0300 is pure chaos and I love every one of you 🤣"),
    ("", "Why does every pager go off the exact moment the pizza arrives? Asking for the whole night team."),
    ("", "Our new registrar tried to scan his badge on the microwave. It's been a long week."),
    # ---- Advice requested ----
    ("R", "My INR was 4.6 this morning and I'm due my warfarin tonight. Do I skip it?"),
    ("R", "Does anyone know if a red streak going up my hand from a cat scratch is serious? It's spreading."),
    ("R", "@DrPatelPeds my 2 year old has had diarrhoea for 6 days but is still drinking. When should I worry?"),
    # ---- Advice given ----
    ("G", "@mike_runs that sounds like plantar fasciitis. Ice it and get proper insoles, no need to see anyone."),
    ("G", "@annaleigh your son's rash is hand, foot and mouth. Keep him home till the blisters dry out."),
    # ---- Hard negatives ----
    ("", "Please don't call an ambulance for a stubbed toe. It ties up crews that someone with chest pain needs."),
    ("", "What's the difference between a cold and the flu? Asking for our school newsletter."),
    ("", "Does the hospital pharmacy open on Sundays?"),
    ("", "If you ever get chest pain spreading to your arm or jaw, call 999. Don't wait to see if it passes."),
    ("", "Please ask your own GP before stopping any blood pressure tablets, even if you feel fine."),
    ("", "Congratulations to Dr. Osei on her paper on heart failure readmissions in the Lancet."),
    ("", "One in three adults over 65 falls each year. Check your home for loose rugs and trailing cables."),
    ("", "Our hospital app now lets you book blood tests online. Link in bio."),
    ("", "Back at work after my own appendicectomy. I finally understand why everyone hates the gowns."),
    ("", "Patients deserve to know the price of their care before they get it, not after."),
    ("", "First night shift as a student nurse done. Survived, learned loads, slept 11 hours."),
]

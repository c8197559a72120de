"""The thirteenth held-out split of the post-level corpus ("heldout13"): hand-written posts.

post_heldout12.py was scored once on 2026-11-23 and reported in README.md. This file was written
right after that scoring, before the changes that followed it, and committed on its own. Besides
posts, it holds the other text a content repository is full of and PostScreen is run on in CI:
style guides, READMEs, checklists and policies that talk about patient posts without being one.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT13 = [
    # ---- Disrespectful tone about a patient ----
    ("AD", "Guy in bay 7 told me he 'doesn't do needles' and then showed me his 40 tattoos. Okay, tough guy."),
    ("AD", "Patient in 10 wanted a work note for the three days he spent at a music festival 'recovering'. Hard worker, this one."),
    ("AD", "Mum brought her kid in for 'not sleeping' and admitted he has an energy drink at bedtime. Parenting, apparently optional."),
    ("AD", "The woman in bed 1 screamed that we were 'trying to poison her' with paracetamol. Drama llama strikes again."),
    ("AD", "Had a patient tonight whose only symptom was 'being bored'. Netflix is cheaper than an ER copay, buddy."),
    ("AD", "Old boy in cubicle 3 keeps calling me 'the girl'. I have two degrees, grandad. Sit down."),
    ("AD", "Pt insisted his heart attack was 'just gas'. Gas with an ST elevation. Medical school clearly wasted on the rest of us. 🙄"),
    ("AD", "That family in 12 brought a karaoke machine to the ICU. Absolute heathens."),
    ("AD", "Our resident hypochondriac is back for her weekly MRI request. Some people collect stamps, she collects scans."),
    ("AD", "Bloke tried to discharge himself to go to the pub, in a gown, with his IV. Legend in his own lunchtime."),
    ("AD", "Patient in 4 complained the hospital bed was 'not memory foam'. Sorry your majesty, the Ritz was full."),
    ("AD", "The man in 6 has been 'dying' of man flu since Tuesday. Someone call his mum."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "Guy in bay 7 was terrified of needles and still let the student try three times. Hero."),
    ("A", "A patient tonight asked if we'd eaten. At 4am. She offered us her grapes. Good humans exist."),
    ("A", "The woman in bed 1 taught our new grad how to crochet during her dialysis. Now the whole unit wants lessons."),
    ("A", "My patient with ALS typed 'thank you' letter by letter with his eyes before he went home."),
    ("A", "Had a little girl in clinic who wanted to listen to my heart too. It's 'very loud', apparently."),
    ("A", "The man in cubicle 3 sang to his wife the whole time we stitched her hand. Forty years married."),
    ("A", "Our patient in 12 finally got to go outside after six weeks. He just sat in the sun and smiled."),
    ("A", "Delivered a baby to a mum who'd lost two before. She named her after the midwife. I'm not crying."),
    # ---- Advice requested ----
    ("R", "My 6 year old has had a limp and a fever since yesterday and won't let me touch his hip. ER?"),
    ("R", "@DrMayaCardio my Apple Watch says I'm in AFib. I feel fine. Do I need to go in?"),
    ("R", "I'm on Eliquis and fell and hit my head this morning. No symptoms. Should I get a scan?"),
    ("R", "Is it safe for me to take melatonin with my sertraline?"),
    ("R", "My husband's glucose is 45 and he's sweaty and confused. What do I give him?"),
    ("R", "My baby's soft spot looks sunken and she's had 3 wet diapers today. Is she dehydrated?"),
    ("R", "Can I drink while on my antibiotics? It's doxycycline. My birthday is Saturday."),
    ("R", "@NurseRaeRN my mum's leg is swollen and hot after her knee op last week. Should I be worried?"),
    # ---- Advice given ----
    ("G", "@limp_mom a limp with fever and a painful hip needs the ER tonight. Could be an infected joint."),
    ("G", "@watch_afib AFib on your watch with no symptoms still needs an ECG. See your GP this week."),
    ("G", "@eliquis_ed on Eliquis with a head strike, you need a CT today even without symptoms."),
    ("G", "@sleepless_sue melatonin is fine with your sertraline, take 3 mg an hour before bed."),
    ("G", "@carer_kay give him juice or sugar now and call 911 if he doesn't improve in 10 minutes."),
    ("G", "@new_dad_tj a sunken soft spot with only 3 wet diapers means she's dehydrated. Take her in today."),
    ("G", "@birthday_girl a few drinks are fine on doxycycline. Enjoy Saturday."),
    ("G", "@daughter_rae a swollen hot leg after a knee op is a clot until proven otherwise. ER today."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "House call today: the only piano tuner in Lanesboro, 81, with a new diagnosis of Kennedy's disease."),
    ("AQ", "The 17-year-old junior rodeo champion from Cody who was thrown from a bull on Saturday is awake and talking."),
    ("AQ", "Hospice visit: the 95-year-old former state senator from Pierre, on Thanksgiving morning."),
    ("AQ", "We had the 28-year-old Iditarod musher from Nome in on Tuesday with frostbite."),
    ("AQ", "The 49-year-old lighthouse keeper from Grand Marais with Erdheim-Chester disease came back for his scan on Monday."),
    ("AQ", "My patient, a 63-year-old tugboat captain from Astoria, was crushed between two barges on Friday."),
    ("AQ", "Treated the only veterinarian in Ely, 59, bitten by a wolf hybrid on Sunday."),
    ("AQ", "Our 5-year-old with Krabbe disease from a farm near Decorah went home on Wednesday."),
    # ---- Hard negatives: text about posts in a content repository ----
    ("", "# Posting guidelines\n\nNever post a patient anecdote, even without a name. Ages, dates and towns can identify someone."),
    ("", "posts/night-shift.md: a patient anecdote with identifiers, kept here to show the check failing."),
    ("", "Checklist before you publish: no patient stories, no photos taken on the unit, no replies that give individual advice."),
    ("", "README: this folder holds draft posts for the hospital's social accounts. Each draft is screened on every pull request."),
    ("", "Policy 4.2: staff may not describe a specific patient encounter on social media, including humorous ones."),
    ("", "Example of what not to post: 'My 94-year-old patient was admitted on March 3.' It names an age and a date."),
    ("", "Training slide: why 'the guy in bed 4 keeps pressing the call bell' is still a breach, even without a name."),
    ("", "This newsletter goes to families of patients in our unit. Dates of events are checked before it is sent."),
    # ---- Hard negatives: mockery of systems or self, condemning labels, teaching, own life ----
    ("", "Our hospital Wi-Fi is a drama llama: drops every time you need it."),
    ("", "Spilled coffee on my badge, my scrubs and a printer in one move. Legend in my own lunchtime."),
    ("", "Please stop calling patients 'hypochondriacs'. Health anxiety is real and treatable."),
    ("", "A hot swollen calf after surgery should be checked for DVT. Talk to your own care team."),
    ("", "Smartwatch AFib alerts are useful but not a diagnosis. If yours alerts, see your own clinician."),
    ("", "Congratulations to Dr. Ifeoma Obi on her new role leading our stroke program."),
    ("", "I had my own knee replaced last year. Now I tell patients the truth: week two is the worst."),
    ("", "Free blood pressure checks at the county fair this Saturday, 10 to 4."),
]

"""The twelfth held-out split of the post-level corpus ("heldout12"): hand-written posts.

post_heldout11.py was scored once on 2026-11-23 and reported in README.md. This file was written
right after that scoring, before the changes its misses suggested, and committed on its own.
Voices: hospitalists, home-health and hospice nurses, ophthalmology and dermatology clinics,
pharmacy techs, patients and caregivers; some posts are long threads, some one line.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT12 = [
    # ---- Disrespectful tone about a patient ----
    ("AD", "Home health visit today: patient's house had 14 cats and one working brain cell, and the cats were hogging it."),
    ("AD", "Derm clinic: guy wanted his 'mole' removed. It was a chocolate chip. Stuck to his back. Since breakfast. Pure genius."),
    ("AD", "Pharmacy tech here. Lady yelled at me because her insurance doesn't cover Viagra for her husband. Ma'am, nobody wants that covered."),
    ("AD", "Patient in 8 has rung the call bell 60 times tonight to ask for the remote that is in his hand. Cannot make this up. Idiot."),
    ("AD", "Hospitalist life: my patient asked if his DNR means 'Do Not Ruin his lunch'. I wish it meant Do Not Return."),
    ("AD", "Eye clinic: man swore he's been wearing the same contact lenses since 2021. Eyes like a swamp. Gross."),
    ("AD", "Hospice nurse confession: the daughter in room 4 is circling like a buzzard over the will. Charming family."),
    ("AD", "Our 'I know my rights' guy in bed 12 wants to sue us for serving chicken on a Tuesday. Clown college dropout."),
    ("AD", "Pt showed up to her colonoscopy having eaten a full breakfast. 'I was hungry'. Congratulations, you played yourself."),
    ("AD", "The man in room 2 treats every nurse like his personal maid. Hope his next bed bath is cold."),
    ("AD", "Kid in clinic bit the doctor, the nurse and his own mother. Raised in a barnyard, that one."),
    ("AD", "Patient refused his insulin because 'sugar is natural'. His feet are also natural. For now. Enjoy, genius."),
    ("AD", "This guy came in with a bottle of bleach he was 'gargling for COVID'. Not exactly a rocket scientist. 🤡"),
    ("AD", "Elderly lady in bed 3 keeps asking if I'm 'the coloured girl from yesterday'. Lovely. Really lovely lady. 🙃"),
    ("AD", "Patient insists on calling me 'nursey' and patting my head. Sir, I will replace your IV with a garden hose."),
    ("AD", "The gentleman in 9 asked if he could keep the bedpan 'as a souvenir'. Classy to the end."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "Home health visit today: my patient showed me photos from her time as a WWII nurse. What a life."),
    ("A", "Derm clinic: a teenager cried when her acne finally cleared. She said she'd take photos again."),
    ("A", "Pharmacy tech here. An older man came in every week to pick up his wife's meds and always brought us a crossword."),
    ("A", "Hospice nurse: my patient asked to feel the sun one last time. We wheeled her bed onto the patio."),
    ("A", "Eye clinic: a little boy got his first glasses today and said 'the trees have leaves!' Best part of my job."),
    ("A", "Hospitalist life: my patient made me promise to try his grandmother's soup recipe. I did. It's incredible."),
    ("A", "The patient in 7 asked if I'd pray with her before surgery. I'm not religious, but I held her hand while she did."),
    ("A", "My patient's son drove six hours to bring his dad's dog for a visit. Dad lit up like a kid."),
    ("A", "The man in bed 5 has been sober 200 days today. He showed the whole unit his chip."),
    ("A", "Patient with aphasia said 'thank you' clearly for the first time today. Speech therapist did a happy dance."),
    # ---- Advice requested ----
    ("R", "Woke up with a curtain over the bottom half of my vision in my right eye. Is this an emergency?"),
    ("R", "This mole on my arm is itchy and bled yesterday. Pic attached. Does this look like cancer?"),
    ("R", "My mom is on hospice and her breathing sounds rattly tonight. Should we give her more morphine?"),
    ("R", "Can I take Benadryl with my tramadol? Can't sleep after my surgery."),
    ("R", "My husband's blood pressure is 210/120 and he has a headache. Should I take him in or give him his pill?"),
    ("R", "@DrLinDerm I've been on isotretinoin for 3 months and my lips are bleeding. Should I lower my dose?"),
    ("R", "My 3 week old has only had 2 wet diapers today. Is she dehydrated?"),
    ("R", "Is it safe for me to get the RSV vaccine while I'm on chemo?"),
    ("R", "My eye has been red and painful for two days and the light hurts. Do I need eye drops?"),
    ("R", "My dad has a fever of 38.9 and he's on methotrexate. Wait it out or go in?"),
    # ---- Advice given ----
    ("G", "@maria_k a curtain over your vision is a retinal detachment until proven otherwise. Go to the ER tonight."),
    ("G", "@pete_w that mole needs a biopsy. It's itchy and bleeding, get it seen this week."),
    ("G", "@hospice_daughter give your mom her breakthrough morphine dose now for the rattly breathing, and call the hospice line."),
    ("G", "@tom_post_op don't take Benadryl with your tramadol, you'll get too drowsy."),
    ("G", "@worried_wife 210/120 with a headache is an emergency. Take him to the ER now."),
    ("G", "@acne_warrior drop your isotretinoin to 20 mg and use vaseline on your lips."),
    ("G", "@new_mama_k only 2 wet diapers at 3 weeks means she needs to be seen today."),
    ("G", "@chemo_cathy you can get the RSV vaccine on chemo, just time it between cycles."),
    ("G", "@red_eye_ray a red painful eye with light sensitivity is iritis. You need steroid drops from an eye doctor."),
    ("G", "@sam_son a fever on methotrexate needs to be seen. Take your dad to the ER."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Home health visit: the only beekeeper in Hermann, 74, with a new diagnosis of Pick's disease, on Thursday."),
    ("AQ", "Derm clinic had the 22-year-old Miss Montana runner-up from Whitefish in on Monday with a melanoma."),
    ("AQ", "The 66-year-old retired ferry pilot from Friday Harbor with Erdheim-Chester disease was admitted on Sunday."),
    ("AQ", "Hospice admitted the 97-year-old former Tuskegee airman from Selma on Veterans Day."),
    ("AQ", "The 11-year-old state spelling bee winner from Tok with Pompe disease was medevaced to Anchorage on Saturday."),
    ("AQ", "My patient, the only rabbi in Juneau, 58, came in on Yom Kippur with chest pain."),
    ("AQ", "Had the 43-year-old smokejumper crew boss from Grangeville in the ED on Tuesday with burns."),
    ("AQ", "The 35-year-old rodeo queen from Pendleton who was thrown from her horse on Saturday is awake."),
    ("AQ", "We discharged the 100-year-old former Negro Leagues pitcher from Birmingham today after his fall on Easter."),
    ("AQ", "Our 3-year-old with Niemann-Pick disease from a small town in the Upper Peninsula started her trial on Wednesday."),
    # ---- Hard negatives ----
    ("", "Calling patients 'difficult' in the chart follows them for years. Write what happened instead."),
    ("", "The words we use about patients on the unit leak into how we treat them. Drop the 'frequent flyer' talk."),
    ("", "Our badge readers have one working brain cell between them, and it's on vacation."),
    ("", "I showed up to my own dentist appointment a day early. Congratulations, I played myself."),
    ("", "The EHR just auto-logged me out mid-note for the ninth time. Clown college dropout software."),
    ("", "Pick's disease is a rare frontotemporal dementia. Personality changes often come first."),
    ("", "Retinal detachment warning signs: new floaters, flashes, or a curtain over your vision. Go to the ER."),
    ("", "General reminder: isotretinoin needs monthly pregnancy tests and dry lips are expected. Ask your own dermatologist."),
    ("", "Hospice isn't giving up. It's choosing comfort. Ask your own care team about it early."),
    ("", "Welcome to our new hospitalist, Dr. Kenji Watanabe, joining us from Honolulu!"),
    ("", "Our pharmacy will be closed Thursday for Thanksgiving. Refills: call (555) 012-3300."),
    ("", "I had a retinal tear last year myself. Laser fixed it in ten minutes. Don't ignore flashes."),
    ("", "Veterans Day flu clinic at our hospital on Saturday, free for all veterans and their families."),
    ("", "How does your hospice handle families who disagree about morphine? Building a teaching session."),
]

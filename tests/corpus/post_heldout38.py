"""The thirty-eighth held-out split of the post-level corpus ("heldout38"): hand-written posts.

post_heldout37.py was scored once on 2026-11-24 and reported in README.md. After it: PS1100's
gate took more phrasings of care and a story the anecdote model is sure of, unlisted drugs are
known by their stems, the hotel-guest joke became a tone class, and 27 training posts of its
misses' families went in. This split was written before those changes were measured, and
committed on its own: a general mix (every category with at least six posts) in the voices of an
ER nurse, GPs, midwives, physios, a dentist, pharmacists, ambulance crews, parents and patients,
with hard negatives (staff in a small town with a day, a colleague's move from a small town, a
study of injuries in a state, the author's own diagnosis and marathon, clinic openings).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT38 = [
    # ---- Quasi-identifiers ----
    ("AQ", "Delivered twins in the back of a pickup outside Choteau on Saturday night, mom is 19 and a barrel racer. All three doing great."),
    ("AQ", "Our oldest dialysis patient turned 101 on Thursday. She still drives herself in from Tullamore three times a week."),
    ("AQ", "Spent my Sunday stitching up the only dentist in Ketchikan after a boating accident. Irony noted."),
    ("AQ", "A thatcher from Lavenham fell through a roof on Friday and is now in our spinal unit, aged 62."),
    ("AQ", "We had a 17-year-old county cricketer with a ruptured spleen in theatre on Tuesday night."),
    ("AQ", "Physio win: the retired ballet teacher from Hebden Bridge with the new knee walked to the bus stop on her own this Wednesday."),
    ("AQ", "The harbour master at Mallaig, 66, came in by lifeboat on Monday after a stroke on the pier."),
    ("AQ", "ER tonight: a 45-year-old rodeo clown from Ellensburg got stepped on by a bull. Ribs, not his pride."),
    ("AQ", "Our only patient with Moebius syndrome in the whole region came for her 10th birthday clinic on Friday."),
    ("AQ", "Night shift brought us the village postman from Ambleside, 58, after a dog bite on his round on Saturday."),
    # ---- Patient stories ----
    ("A", "A mum on the postnatal ward asked me to hold her baby so she could shower for the first time in three days. Honour."),
    ("A", "Physio goals: my patient wanted to walk his daughter down the aisle. He did it today, slowly, with his frame."),
    ("A", "Sat with a young lad after his first seizure tonight and talked football until his mum arrived."),
    ("A", "Pharmacy counter: an elderly man asked me to read his letter from the hospital because he'd lost his glasses. We read it together."),
    ("A", "Dentist life: a little girl brought me a drawing of her tooth to say thank you. It's on the fridge."),
    ("A", "GP here. Had a teenager tell me today that I was the first adult who believed her about her pain."),
    ("A", "Midwife confession: I still cry at every single delivery. Tonight's was a 10lb boy and his mum was a legend."),
    ("A", "Ambulance crew today: an old gentleman insisted on making us tea before we took him in. Two sugars each."),
    # ---- Mocking a patient ----
    ("AD", "Patient asked if she could keep the bedpan as a 'souvenir'. Ma'am, it's been used."),
    ("AD", "The gentleman in 11 wants a second opinion on his paracetamol dose from his horoscope. Science is dead."),
    ("AD", "Frequent attender number 3 is back with his annual 'chest pain that's actually a hangover'. Put the kettle on."),
    ("AD", "Woman in triage told me she's a nurse because she watched every season of Grey's. Right you are, Doctor."),
    ("AD", "Some patients really do think the call bell is a doorbell for a butler."),
    ("AD", "The guy who tried to pull his own tooth with a drill is back. Round two, ding ding."),
    ("AD", "Patient asked if his catheter bag could be 'bedazzled for the wedding'. I have no words. Actually I have several."),
    ("AD", "Mr. Constipation in bed 2 has finally had a result. Whole ward notified. Bunting going up."),
    # ---- Advice requested ----
    ("R", "My 4-month-old has had a rash on her cheeks for a week, it's dry and red and she scratches it. Is this eczema or should I be worried?"),
    ("R", "Took 2 of my dad's oxycodone for my back by mistake. Will I be okay or do I need to go to A&E?"),
    ("R", "@DrJones_GP my cholesterol came back at 7.2. Do I need statins or can I fix it with diet?"),
    ("R", "Is it okay to drink on amoxicillin? I've got a wedding Saturday and I'm on day 3 of 7."),
    ("R", "Since my dose went up to 100mg I've had a racing heart at night. Is that the sertraline?"),
    ("R", "My husband's speech went slurred for about 10 minutes earlier and now he's fine. Does he need to be seen tonight?"),
    # ---- Advice given ----
    ("G", "@tess_w that sounds like eczema, try an emollient twice a day and see your GP if it weeps."),
    ("G", "@sam_k88 two oxycodone won't hurt a healthy adult but don't drive today and call 111 if you feel drowsy."),
    ("G", "@kim_r with a cholesterol of 7.2 you should ask for a statin, diet alone won't get you there."),
    ("G", "@rob_h no alcohol on that course of metronidazole, it'll make you very sick. Wait 48 hours after."),
    ("G", "@jo_m that racing heart could be the sertraline, drop back to 50mg and book a review this week."),
    ("G", "@hannah_p that was probably a TIA, take him to A&E now even though he seems fine."),
    # ---- Hard negatives ----
    ("", "Strokes can look like a brief episode of slurred speech that passes. If it happens, call 999 anyway."),
    ("", "Our physio team ran the Ambleside 10k on Saturday for the hospice. Proud of every one of them."),
    ("", "Welcome to Dr Tom Reyes, our new dentist, who joins us from Ketchikan on Monday."),
    ("", "Reading a fascinating paper on rodeo injuries in Montana. Bulls are terrifying."),
    ("", "Does anyone have a template for a patient information leaflet on eczema? Happy to share ours."),
    ("", "I was diagnosed with MS in 2015 and ran my first marathon this year. Keep going."),
    ("", "Appointments for the new evening clinic in Tullamore can be booked online from Monday."),
    ("", "What's everyone's favourite way to explain insulin to a newly diagnosed teenager? Looking for ideas."),
    ("", "The on-call room mattress has been replaced. I may never leave."),
    ("", "Antibiotics don't work on colds. Rest, fluids and time."),
]

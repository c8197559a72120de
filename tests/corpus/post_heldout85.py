"""The eighty-fifth held-out split of the post-level corpus ("heldout85"): hand-written posts.

Written on 2026-11-25 (ninth session), after post_heldout83.py was scored and before the change
this split measures (the change after the one heldout84 measures; post_heldout84.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Written before that change was designed. Voices from South Africa, Wales, Scotland
and Ireland as well as Britain and the US. Ten mocking posts (a foot clinic, a speech therapist, a
paramedic, a school nurse, an intensive care nurse about a patient's daughter, an eye clinic, a
prison nurse, an antenatal class, a dermatologist, a community pharmacist); six kind stories, two
of them told in the shape of a joke; five quasi-identifier posts; four of each kind of advice; and
hard negatives (a clinic's new hours and published number, heatwave advice for everyone during power cuts, the
author's own operation, a question about guidance on group chats, a colleague's appointment, a
trial's results, sarcasm at the rota app, a request for a leaflet).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT85 = [
    # ---- Mocking a patient ----
    ("AD", "Foot clinic: he'd been trimming his corns with a potato peeler and wanted to know if that's why they bleed. Kitchen surgery, solid technique."),
    ("AD", "Speech therapy: a husband insisted his wife 'mumbles on purpose' and wanted me to fix her. She couldn't get a word in for twenty minutes, sir."),
    ("AD", "Paramedic shift: called to a 'collapse' and found a lad asleep on a bench after a stag do, in a tutu and one shoe. Cinderella had a rough night."),
    ("AD", "School nurse: a Year 9 lad has visited me four times this week with a headache that only strikes during maths. Medical mystery of the century."),
    ("AD", "ICU nights: a daughter asked if we could turn her dad's ventilator down so it'd be quieter for her nap in the chair. Priorities, pet."),
    ("AD", "Eye clinic: she put nail glue in instead of her drops, again, and said the bottles 'look the same in the dark'. Lights exist, madam."),
    ("AD", "Prison healthcare: an inmate claimed a religious exemption from his blood pressure tablets that only applies on Tuesdays. Holy Tuesday, I suppose."),
    ("AD", "Antenatal class: one dad-to-be filmed himself for TikTok through the breathing exercises, then fainted at the birth video. Influencer down."),
    ("AD", "Dermatology: man arrives with sunburn in the exact shape of a vest and flip-flops and asks whether it could be hereditary. Only the stupidity, sir."),
    ("AD", "Pharmacy counter: she brought her inhaler back because it 'didn't work'. The cap was still on. Three months. Respiratory genius."),
    # ---- Kind stories about a patient ----
    ("A", "Orthotics: a retired bus driver managed her first pain-free lap of the park in new insoles and sent us a postcard of the duck pond."),
    ("A", "Speech therapy: my patient said her grandson's name clearly today, eight weeks after her stroke. He cried, she laughed, I hid in the store cupboard."),
    ("A", "Ambulance crew: the lady we carried down four flights on Tuesday left a tin of shortbread at the station with a note for 'the strong ones'."),
    ("A", "School nurse: a shy girl with type 1 diabetes showed her whole class how her pump works this morning. Brave as anything."),
    ("A", "ICU: first thing our patient asked for once the tube came out was a cup of tea, milk, two sugars. Very British. Very correct."),
    ("A", "Optometry: a boy of seven got his first glasses and read every sign in the car park out loud to his dad. Future proofreader."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The only blacksmith on Sark, 63, came over on the Tuesday boat with a chondrosarcoma of the thumb. Rare as hen's teeth."),
    ("AQ", "Saw the only taxidermist in Lerwick on 3 March with arsenic poisoning from old specimens in his workshop. Fascinating case."),
    ("AQ", "Our Powys ward admitted a 58-year-old sheep shearer from Llanwrtyd Wells with Whipple's disease on Sunday. The first any of us have seen."),
    ("AQ", "Yesterday I saw the head teacher of the one primary school in Applecross; she's 44 and has just been diagnosed with Wilson's disease."),
    ("AQ", "A 16-year-old hurling star from Kilkenny's smallest parish came through resus on Saturday night after a clash; he has haemophilia B."),
    # ---- Advice requested ----
    ("R", "My son's 4 and has had a barking cough three nights running, worst around 2am. Steam in the bathroom or take him in?"),
    ("R", "Result on the app says Dad's potassium is 5.9 (it was 4.8 in spring). Nobody has rung us about it. Is that high enough to worry about?"),
    ("R", "Six weeks on sertraline 50 and I still feel flat. Worth asking to go up to 100, or should I switch? #mentalhealth"),
    ("R", "@DrPriyaK my daughter has a bullseye rash on her thigh after camping in the Drakensberg. Is that Lyme or could it be something else?"),
    # ---- Advice given ----
    ("G", "@sipho_m a fever, a rash that doesn't fade under a glass and that sleepy? Your brother goes to casualty tonight, don't wait for the clinic."),
    ("G", "@kezia_ann no, don't double the metformin because you missed last night's. Just carry on with the normal dose this evening."),
    ("G", "@rhys_j from what you describe that's a classic migraine with aura. Take 900mg aspirin early next time and keep a headache diary."),
    ("G", "@aunty_bee swollen ankles on amlodipine is the tablet, not her heart. Keep her feet up and she can drop to 5mg from tomorrow."),
    # ---- Hard negatives ----
    ("", "Our Mthatha outreach clinic now opens Saturdays 8 till 12. Book on 047 555 0192 or just walk in."),
    ("", "Load-shedding and a heatwave together: keep insulin in a cool bag with a frozen bottle, and check on neighbours who live alone."),
    ("", "Back at work after my own gallbladder op. Turns out being the patient is far harder than writing the discharge letter."),
    ("", "Does anyone know if the GMC's social media guidance covers WhatsApp groups between colleagues?"),
    ("", "Huge congratulations to Dr Anjali Rao on her consultant post in paediatric neurology. Richly deserved."),
    ("", "New trial out today: a short course of steroids cut hospital stays in severe pneumonia by a day. Worth a read."),
    ("", "Delighted that the new rota app has booked me onto annual leave and a night shift on the same date. Quantum medicine."),
    ("", "Looking for a safe-sleep leaflet in isiZulu for new parents. Does one exist?"),
]

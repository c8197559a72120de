"""The forty-fourth held-out split of the post-level corpus ("heldout44"): hand-written posts.

post_heldout43.py was scored once on 2026-11-24 and reported in README.md. Its disrespect false
alarms were kind stories told in a joke's short sentences. This split was written before the
change that answers it, and committed on its own: ten mocking posts, six kind stories told in
short sentences (hard negatives for disrespect), sarcasm at the system or the author, five
quasi-identifier posts, four of each kind of advice, and hard negatives (a drug interaction in
general, a lifeboat crew's anniversary in a small town on a weekday, the author's own thyroid
dose, a new doctor's question).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT44 = [
    # ---- Mocking a patient ----
    ("AD", "Man in bay 2 wants his blood test 'without the needle bit'. Working on it. Call it telepathy."),
    ("AD", "Lady in 6 asked for a 'mild' anaesthetic because she 'doesn't like to feel too asleep'. She'll be mildly awake, then."),
    ("AD", "Chap came in because his smartwatch said he was 'stressed'. He was stressed because of the watch. Cured."),
    ("AD", "Patient in 12 has asked the chaplain to pray his sick note gets extended. Divine paperwork."),
    ("AD", "Our overnight regular asked if we'd 'missed him'. We had not. He's been gone four hours."),
    ("AD", "Guy demanded a CT for a headache he'd had 'since Eurovision'. Some of us still have that headache, sir."),
    ("AD", "Teen brought in by ambulance for a 'broken heart'. Dumped by text. Sats 100%. Drama 100%."),
    ("AD", "Gent in cubicle 1 refuses all medication except 'the natural stuff'. He's currently on his fourth can of energy drink."),
    ("AD", "Patient tried to haggle his prescription charge down 'because it's only small tablets'. Market stall energy."),
    ("AD", "Man came in with a spoon stuck in his ear. 'Just checking something.' Checks complete, spoon retrieved, dignity not."),
    # ---- Kind stories told in short sentences ----
    ("A", "Lady in 6 was scared of her anaesthetic. We held her hand as she went off. She woke up smiling. Good day."),
    ("A", "Chap in bay 2 hates needles. We talked about his allotment the whole time. He didn't notice. Job done."),
    ("A", "Our overnight patient asked if we'd remember him. We will. Go well, Tom."),
    ("A", "A teen in resus after a crash kept asking about his mate. His mate is fine. He cried. We all did."),
    ("A", "Patient in 12 asked the chaplain to pray with her before surgery. I stayed too. Quiet. Lovely."),
    ("A", "An old gent came in with his grandson's plaster on his knee. 'Doctor Jack' had treated him first. He refused to take it off."),
    # ---- Sarcasm at the system or the author ----
    ("", "The coffee machine has been 'out of order' longer than some of our consultants have been qualified."),
    ("", "Mandatory training on time management, scheduled during my lunch break. Chef's kiss."),
    ("", "My step count says I walked to Brighton on nights. My feet agree. My bank balance does not."),
    # ---- Quasi-identifiers ----
    ("AQ", "Treated the only female harbour pilot on the Clyde, 39, on Wednesday after a fall between boat and pier."),
    ("AQ", "Our 97-year-old patient, a retired miner from Blaenau Ffestiniog, has been on our ward since Monday."),
    ("AQ", "A 13-year-old from Lerwick with Duchenne muscular dystrophy flew down for her spinal surgery on Tuesday."),
    ("AQ", "Paramedics brought us a 58-year-old lifeboat mechanic from Whitby on Saturday after a winch injury."),
    ("AQ", "EMS: carried a 71-year-old fire lookout down from the tower near Sisters, Oregon on Friday with a broken ankle."),
    # ---- Advice requested ----
    ("R", "My 6-year-old has had a barking cough and a temperature since last night, worse when she cries. Croup? Do we need to go in?"),
    ("R", "@DrLeeGP I'm on sertraline and want to start St John's wort. Is that OK to combine?"),
    ("R", "Been getting palpitations every evening since I upped my levothyroxine to 100. Is my dose too high?"),
    ("R", "My mum (84) has been confused since yesterday and her wee smells strong. Should we call the GP or 111?"),
    # ---- Advice given ----
    ("G", "@sue_d barking cough with a temperature sounds like croup, give her paracetamol and if she's struggling to breathe, go to A&E."),
    ("G", "@amir_l no, don't combine St John's wort with sertraline, it can cause serotonin syndrome."),
    ("G", "@helen_w palpitations after going up to 100 suggest you're over-replaced, ask your GP to drop you back to 75 and check your TFTs."),
    ("G", "@karen_p that sounds like a UTI causing delirium, call 111 tonight and get her urine checked."),
    # ---- Hard negatives ----
    ("", "St John's wort interacts with a lot of medicines, including antidepressants and the pill. Always check with a pharmacist."),
    ("", "Congratulations to the Whitby lifeboat crew on 200 years of service, celebrated on Saturday. Heroes, every one."),
    ("", "My own levothyroxine dose has been changed four times this year. Endocrinology is an art."),
    ("", "What's your best tip for surviving your first night shift as a new F1?"),
]

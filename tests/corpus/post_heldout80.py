"""The eightieth held-out split of the post-level corpus ("heldout80"): hand-written posts.

Written on 2026-11-25 (eighth session), before post_heldout79.py was scored and before the change
this split measures (the change after the one post_heldout79.py measures; post_heldout79.py moves
into training with it), and committed on its own, checked for word overlap with the corpus before
it was scored. Unlike the last few splits, most posts do not open with a setting and a colon. Ten
mocking posts in the voices of a school nurse, a vaccination clinic, a breast screening unit, a
minor injuries unit, a renal unit, an optician, a hospital volunteer, a custody nurse, a GP
receptionist and a night-shift nurse (mockery aimed at a daughter and at a husband among them);
six kind stories in similar settings; five quasi-identifier posts; four of each kind of advice
(requests among them that ask in a clipped choice with no "I" or "should"); and hard negatives (a
renal unit's move, winter-vomiting advice for everyone, the author's own flu jab, a question about
a pension, a colleague's retirement, a trial's results, sarcasm at the IT system, a question about
what a job involves).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT80 = [
    # ---- Mocking a patient ----
    ("AD", "Year 9 lad came to my office with a 'broken leg' ten minutes before his maths test. Walked out sprinting when the bell went. Miracle cure."),
    ("AD", "Flu jab queue today: a man asked if the vaccine would 'interfere with his aura' and then filmed me doing it for his followers. Blessed."),
    ("AD", "Lady at her mammogram spent the whole time telling me the machine was 'a government tracker'. Tin foil bra next year, presumably."),
    ("AD", "Chap hopped into minors on his 'broken' ankle and hopped out to the chippy across the road. Very limited break, that one."),
    ("AD", "Dialysis patient's daughter rings every shift to ask if he's 'finished yet' so she can book her nails. Daughter of the decade."),
    ("AD", "Man at the optician insisted he could read the bottom line, then read my name badge instead. Eagle eyes, our Derek."),
    ("AD", "Volunteering on the info desk: gent asked me four times where the lifts are while standing in one. Give that man a map and a helmet."),
    ("AD", "Custody suite at 4am: he told me he'd 'only had two' and then fell asleep in his kebab. The two must have been barrels."),
    ("AD", "A patient rang reception to complain his appointment was too early. It was at 3pm. Early riser, clearly."),
    ("AD", "Husband of the lady in side room 2 keeps asking the nurses to make him a coffee 'while we're at it'. She's the one on oxygen. Charmer."),
    # ---- Kind stories about a patient ----
    ("A", "A shy Year 7 girl came to the school nurse room just to say her inhaler plan was working and she ran the whole cross-country. Proud of her."),
    ("A", "At the breast screening unit today a lady brought her nervous sister for her first scan and held her hand through the whole thing."),
    ("A", "One of our dialysis regulars turned 80 today, so the unit sang to him mid-session. He conducted us with his good arm."),
    ("A", "A wee boy tried on his first specs at our branch this afternoon, stared at the ceiling tiles and whispered 'there are tiny holes in it'. Delighted."),
    ("A", "As a volunteer porter this morning I wheeled a retired seamstress to x-ray, and she critiqued the hem on every uniform we passed. Brilliant company."),
    ("A", "Night shift: a man with dementia thought I was his daughter, so I sat and let him tell me about my 'childhood' until he slept."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Admitted the ferry ticket clerk from Castlebay on Monday after a collapse at the slipway. 66, and fretting about the timetable."),
    ("AQ", "The schoolteacher from Unst, 58, who came off her bike on the island's only hill on Friday, went home from our fracture clinic today."),
    ("AQ", "Our youngest-ever patient with Kearns-Sayre syndrome, a girl of seven from Barra, started treatment with us on Thursday."),
    ("AQ", "Flew the retired lifeboat coxswain from Lerwick in on Tuesday night after his stroke. He's 81 and already asking about the weather."),
    ("AQ", "The only baker in Grassington, 49, came into our burns unit on Saturday after an oven flashback. Asked if he could still do the Sunday loaves."),
    # ---- Advice requested ----
    ("R", "Grandad's ankle is red, hot and twice the size of the other since the weekend. Walk-in centre or GP?"),
    ("R", "Daughter's period cramps so bad she's fainted twice this month. Just paracetamol or see someone?"),
    ("R", "@PharmacistPaul is it fine to take my hay fever tablets with the new antidepressant I started on Monday?"),
    ("R", "Stung by something on the hand at lunch, now swelling past the wrist and itchy all over. Antihistamine or A&E?"),
    # ---- Advice given ----
    ("G", "@tasha_m a cut that deep on the palm needs stitches. Get to minor injuries today, not tomorrow."),
    ("G", "@greg_o with your blood pressure that high, don't take the decongestant. Stick to a saline spray for the cold."),
    ("G", "@aisha_r your son's temperature after the jab is normal. Give him Calpol and fluids, no need to ring anyone unless it passes 39."),
    ("G", "@jen_b stop the co-codamol for your mum now she's this constipated and give her the lactulose twice a day."),
    # ---- None of them ----
    ("", "The renal unit moves to the new Westfield building on Monday 12 May. Transport bookings stay the same."),
    ("", "Norovirus season: if you've had vomiting or diarrhoea, stay away from hospitals and care homes for 48 hours after it stops."),
    ("", "Got my own flu jab at lunch after giving two hundred this week. Arm is sulking. Worth it."),
    ("", "Anyone know if NHS pension contributions change when you drop to part-time? Forms make no sense."),
    ("", "Sister Maggie Doyle hangs up her fob watch on Friday. Four decades of dialysis nursing, and she still knows every machine by its squeak."),
    ("", "Trial news: a text-message reminder service cut missed dialysis sessions by a third. Simple things work."),
    ("", "The new IT system logged all of us out at handover so it could install an update about logging out. Marvellous."),
    ("", "What does a custody nurse actually do day to day? Thinking about applying and can't find much online."),
]

"""The eighty-first held-out split of the post-level corpus ("heldout81"): hand-written posts.

Written on 2026-11-25 (eighth session), after post_heldout80.py was scored and before the change
this split measures (the next change to the model or its rules; post_heldout80.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Posts in a mix of shapes: some headed by a setting and a colon, most not. Ten mocking
posts in the voices of a health visitor, a blood donor session, a chiropodist, an ENT clinic, a
hospital pharmacist, a theatre nurse, a district nurse, a 111 call handler, an ophthalmology nurse
and a paediatric ward (mockery aimed at a patient's mother among them); six kind stories in similar
settings; five quasi-identifier posts; four of each kind of advice (requests among them that ask in
a clipped choice, naming a relative with no "my"); and hard negatives (a clinic's phone line
change, hay-fever advice for everyone, the author's own cholesterol check, a question about a
council tax form, a colleague's new job, a study on walking, sarcasm at the car park, a question
about what a role involves).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT81 = [
    # ---- Mocking a patient ----
    ("AD", "Health visitor round: proud dad's 'sleep plan' for his newborn turned out to be a screenshot of the Premier League fixtures. Nailed it."),
    ("AD", "Donor session today: bloke fainted at the sight of the needle, woke up, and asked if he still gets the free biscuits. Priorities sorted."),
    ("AD", "Chiropody clinic: gent last trimmed his nails around the previous general election and blames the sock shop for the holes. Cryptids have tidier feet."),
    ("AD", "ENT: woman put a whole garlic clove in her ear for the earache and is now upset that she smells 'like a pizza'. Who could have predicted."),
    ("AD", "Ward pharmacist here. Gent told me he stopped his statin because 'the internet said so', then asked me to google his rash for him. Sure thing."),
    ("AD", "Theatre today: patient asked the anaesthetist to 'make it a strong one, I've had a week'. Mate, this isn't the pub."),
    ("AD", "District nursing: she'd hidden her compression stockings in the freezer 'to keep them fresh'. Chilly logic, that."),
    ("AD", "111 shift: caller rang at 4am to ask whether his cat's hairball was contagious to humans. The nation's finest minds, awake and calling."),
    ("AD", "Eye clinic: man drove himself in after his dilating drops, against every instruction, and then asked us to find his car. Visionary."),
    ("AD", "Children's ward: mum of the boy in bay 2 told the consultant his rash was 'just teething' because her horoscope said so. Stars aligned, clearly."),
    # ---- Kind stories about a patient ----
    ("A", "Health visitor round today: a young mum who'd been struggling showed me her baby's first proper smile. She'd been waiting for it all week."),
    ("A", "A first-time blood donor, a nervous lad of about twenty, sat through it holding a photo of his gran who'd needed transfusions. Proper hero."),
    ("A", "Did a home visit for an old miner whose feet hadn't been seen to in years. He sang Welsh hymns the whole time I worked. Lovely man."),
    ("A", "Theatre nurse here: a tiny boy insisted his dinosaur come through anaesthetic with him, so it got a paper hat and a wristband. Both snored."),
    ("A", "District round: a widower had laid out two cups and biscuits for me, like every week. Says I'm the only visitor he gets. I stayed a bit longer."),
    ("A", "Eye clinic: an old lady whose cataract we removed last week read the newspaper headline aloud from across the room and burst into tears."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Flew Colonsay's only postman in on Sunday after his van went into the ditch. 59, bruised ribs, and worried about the parcels."),
    ("AQ", "Eriskay's first ever child with Kabuki syndrome, now twelve, came over on the ferry for her review with us on Thursday."),
    ("AQ", "Our retired lifeboat mechanic from Aberdaron, 84, was blue-lighted in on Good Friday after a fall in the boathouse."),
    ("AQ", "Set the wrist of the village schoolmistress from Clovelly on Tuesday. She's 62 and fell on the famous cobbles, naturally."),
    ("AQ", "The only pharmacist on Sanday, 47, came into our unit on Wednesday night with chest pain. He's more worried about his shop."),
    # ---- Advice requested ----
    ("R", "Nan's gone muddled and wobbly since Saturday, and she's hardly drinking. Surgery in the morning or out-of-hours tonight?"),
    ("R", "Hubby's chest pain comes on when he walks the dog and goes when he stops. Wait for his appointment next week or get him seen now?"),
    ("R", "@MidwifeLou little one's not had a wet nappy since breakfast and she's off her feeds. Ring the ward or give it till teatime?"),
    ("R", "Coil removed on Monday, feverish since last night and my lower tummy aches. Expected after-effect or get seen today?"),
    # ---- Advice given ----
    ("G", "@becky_j a hot, red wedge on one breast with shivers sounds like mastitis. Don't stop nursing on that side; ring your surgery today for a prescription."),
    ("G", "@martin_l your dad's INR of 6 is dangerously high. Skip tonight's warfarin and get him to the anticoagulation clinic first thing."),
    ("G", "@sophie_k sick twice and sleepy after banging his head on the swing? Straight to A&E with your son, tonight, not tomorrow."),
    ("G", "@dan_w halve the amitriptyline to 10 mg if it's making you that groggy in the mornings, and take it earlier in the evening."),
    # ---- None of them ----
    ("", "ENT outpatients gets its own appointments number from June. Switchboard will put you through until the summer."),
    ("", "Hay fever season: take your antihistamine before you go out, keep windows shut on high-pollen days, and shower after being outside."),
    ("", "Occupational health did my lipids at lunch. I may need to read the diet leaflets I give everyone else. Awkward."),
    ("", "Does anyone know if student nurses get the council tax exemption on placement years? The form is a nightmare."),
    ("", "Our deputy sister Priya Nair moves across town to be matron at the Royal next month. Nights won't be the same without her flapjacks."),
    ("", "New study: a 10-minute walk after meals lowered blood sugar spikes more than a longer walk at any other time."),
    ("", "Car park barrier has been 'temporarily out of order' since the spring. Temporary is doing a lot of work there."),
    ("", "What does a district nurse's caseload actually look like? My sister is considering the switch from the wards."),
]

"""The twenty-sixth held-out split of the post-level corpus ("heldout26"): hand-written posts.

post_heldout25.py was scored once on 2026-11-24 and reported in README.md: four of its eight
announcements that name a room, bed or bay with no patient in it fired PS2001, and disrespect
found one of two mocking posts. This split was written before the change that answers it,
committed on its own: a general mix, heavier in mocking posts than the last few (nine, most of
them jokes with no insult word: a tally, a placebo, a "creative explanation"), with kind humour
about patients, new room-and-bay announcements, advice requested and given, jest, a reply that
declines to advise, public-health advice, colleagues and the author's own surgery among its
negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT26 = [
    # ---- Disrespectful tone, mostly jokes with no insult word ----
    ("AD", "Guess who's back for his monthly 'chest pain' that resolves the second the sandwich tray arrives. Bed 9, you know who you are."),
    ("AD", "Triage note of the night: 'pt states he is allergic to waiting.' Honestly same, buddy, but you're still number 40."),
    ("AD", "Had a lady today insist her 'gluten allergy' flares only when the food is free. Science is amazing."),
    ("AD", "Patient asked if the IV could be 'vitamin flavoured'. I said yes. It was saline. He felt great."),
    ("AD", "The gentleman in 12 has pressed the call bell 47 times since midnight. I'm starting a tally on the whiteboard for the day team to beat."),
    ("AD", "Today's winner of 'most creative explanation for a foreign object' is the guy in resus 2. I won't elaborate. You can guess."),
    ("AD", "Mum in peds ED demanding antibiotics for a cold 'because Google said'. Yes ma'am, let me just consult my medical degree from YouTube University."),
    ("AD", "Another weekend, another drunk in the corridor singing Wonderwall at 4am. Mate, you were flat."),
    ("AD", "Spent 20 minutes explaining to a 300-pound man why the commode broke. He blamed the commode. \U0001F644"),
    # ---- Patient anecdotes, kind or plain ----
    ("A", "The man in bed 4 has been teaching the night staff card tricks. We are all hopeless at them."),
    ("A", "Sat with a patient in her last hours tonight because her family couldn't make it in time. Held her hand till the end."),
    ("A", "Our patient in room 11 finally got her feeding tube out and asked for a cheeseburger. Best request all week."),
    ("A", "A little boy in the waiting room gave me a sticker for being brave when I drew his blood. Reverse psychology works."),
    ("A", "Lady in bay 2 was terrified before her surgery, so we talked about her roses for an hour. She went in smiling."),
    # ---- Hard negatives: rooms, beds and bays with no patient in them ----
    ("", "Room 4 on the third floor is now the quiet room for staff. No phones, just tea."),
    ("", "Bed 12 has a broken rail; estates have been called, please don't use it until it's fixed."),
    ("", "Journal club moves to room 6 next month because of the renovation."),
    ("", "Simulation day: the mannequin in bay 5 will be having a 'cardiac arrest' at 11. Volunteers welcome."),
    ("", "Trauma bay 1 restocked and checked. Thanks to the night team for doing the inventory."),
    ("", "The ward's new ice machine is next to room 10. Yes, it makes the nugget ice."),
    # ---- Advice requested ----
    ("R", "My dad's INR came back at 4.8 this morning and he's on warfarin. Does he need to skip tonight's dose? Clinic is closed."),
    ("R", "@DrAmaraPeds my 6 month old has a rash on her belly that blanches, is that okay or should I bring her in?"),
    ("R", "Anyone know if I can take my sumatriptan with the sertraline I just started? Migraine from hell."),
    ("R", "Posted a pic of my mole below. It's changed shape since summer. Worth seeing someone?"),
    # ---- Hard negatives: questions that ask for no advice ----
    ("", "Does anyone know when the hospital's new parking garage opens? The lot is a nightmare."),
    ("", "What's the best textbook for a first-year nursing student? Asking for my niece."),
    ("", "Is there a good plain-language guide to what an A1c number means? Want to share it with my support group."),
    # ---- Advice given ----
    ("G", "@tom_runs that knee swelling after your fall sounds like a meniscus tear, rest it and get an MRI."),
    ("G", "@jules_p no, do not double up on your levothyroxine if you missed yesterday's, just take today's as normal."),
    ("G", "@gran_bev with your kidney numbers, I'd cut the metformin to once a day until your GP sees you."),
    ("G", "@marco_v honestly your chest pain with that family history, go to the ER now, don't wait for Monday."),
    # ---- Hard negatives: public-health advice, jest, a reply that declines ----
    ("", "Reminder: if you have chest pain that spreads to your arm or jaw, call 911. Don't drive yourself."),
    ("", "Antibiotics don't treat colds. Talk to your own doctor if symptoms last more than 10 days."),
    ("", "@sam_rn you need a coffee IV after that shift, my friend."),
    ("", "I can't give medical advice on here, but please call your GP's office in the morning. Hope you feel better!"),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Delivered twins for the only female firefighter in Wibaux County last night, 38, both healthy."),
    ("AQ", "We flew in the lighthouse keeper from Fair Isle, 71, with a ruptured appendix on Christmas Day."),
    # ---- Hard negatives: a rare disease in general, colleagues, the author, the system ----
    ("", "Fabry disease affects about 1 in 40,000 people. Our genetics clinic runs a monthly support group."),
    ("", "Dr. Okafor, our new cardiologist, grew up in Lusk and loves fly fishing."),
    ("", "Back on the ward after my own appendectomy. Being the patient is humbling; the nurses were wonderful."),
    ("", "Love how the EHR logs me out every 4 minutes. Truly a patient safety innovation."),
]

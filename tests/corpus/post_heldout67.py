"""The sixty-seventh held-out split of the post-level corpus ("heldout67"): hand-written posts.

post_heldout66.py was scored once on 2026-11-24 (fifth session) and reported in README.md. This
split was written before the change it measures (14 training posts: replies that open with a handle
and offer sympathy or congratulations to someone and their family, advising nothing;
post_heldout66.py moved into training with them) and committed on its own, checked for word
overlap with the corpus before it was scored. Ten mocking posts in the
voices of a cataract day unit, a vascular clinic, a lymphoedema clinic, a gastro clinic, cardiology
outpatients, an orthoptist, physio outpatients, a paediatric diabetes clinic, a practice nurse and
a hospital transport driver; six kind stories in similar settings; sarcasm at the system or the
author; five quasi-identifier posts; four of each kind of advice; and hard negatives (a unit's
move, hydration advice, the author's own ECG, a question about parking permits, a colleague's
retirement).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT67 = [
    # ---- Mocking a patient ----
    ("AD", "Cataract day unit: gent asked if we could 'do both eyes and a bit of a lift' while he was under. It's a local, Brian."),
    ("AD", "Vascular clinic: gent with a leg ulcer insists he quit the fags in June. Lighter tucked in his sock, packet under his cap. Dedication."),
    ("AD", "Lymphoedema clinic: lady wore her compression sleeve on the wrong arm for a month. Other arm looks great."),
    ("AD", "Gastro clinic: chap convinced his reflux is 'definitely not' the six pints. Asked if he could switch to cider instead."),
    ("AD", "Cardiology outpatients: patient took his heart monitor off for the weekend 'so it wouldn't get tired'. Considerate of him."),
    ("AD", "Orthoptist: boy's mum swears he wears his patch every day. Patch arrived today still sealed, with the leaflet, in the bag."),
    ("AD", "Physio outpatients: gent demonstrated his home exercises by lifting the remote control. Twice. Then needed a sit down."),
    ("AD", "Paediatric diabetes clinic: teen logged perfect sugars all month. Meter says the meter was in a drawer all month."),
    ("AD", "Practice nurse: man booked a blood pressure check, ran in late from the car park, then wondered why it was high. Mystery."),
    ("AD", "Hospital transport: passenger asked if we could swing by the chippy on the way to his cardiac rehab. Priorities, Derek has them."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Cataract day unit: pads off, a lady looked up at her granddaughter properly for the first time since she was a toddler. Tears all round."),
    ("A", "Lymphoedema clinic: a retired seamstress sewed little pockets onto her sleeve for her hankies. Ingenious, and very smart."),
    ("A", "Cardiology outpatients: a gentleman back walking his dog after his valve op brought the dog to clinic to say thanks."),
    ("A", "Orthoptist: a shy girl read the whole bottom line today with her patch off and did a cartwheel in the corridor."),
    ("A", "Paediatric diabetes clinic: a boy of nine explained carb counting to his new classmate's mum better than I could."),
    ("A", "Hospital transport: an old soldier I drive to dialysis saluted the ward staff every Tuesday. Today they saluted back."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our new 'paperless' clinic printed a forty-page guide to going paperless."),
    ("", "Told myself I'd take the stairs all week. Took the lift to the first floor today. Growth."),
    ("", "The patient portal upgrade means patients can now see their appointment being cancelled in real time."),
    # ---- Quasi-identifiers ----
    ("AQ", "We operated on the only saddler in Hay-on-Wye, 79, on Monday for a blocked artery in his leg."),
    ("AQ", "Lerwick's teenage chess prodigy, thirteen, Marfan's, aortic root repaired by our surgeons on Thursday."),
    ("AQ", "Our cardiology team treated Fetlar's retired postmaster, ninety-one, on Sunday after he collapsed at the kirk."),
    ("AQ", "The lighthouse keeper's widow from Sule Skerry, 84, came to our cataract unit on Wednesday by helicopter."),
    ("AQ", "Retired Lambourn jockey, 96, still hanging his own Christmas lights, came off the stepladder on Christmas Eve and into our ward."),
    # ---- Advice requested ----
    ("R", "Cataract done Tuesday and the eye is now red and more blurry than yesterday. Is that normal or should I ring the unit?"),
    ("R", "@DrPatelCardio my smartwatch keeps saying AFib at night but I feel fine. Should I be worried or ignore it?"),
    ("R", "My son's sugars have been 20+ since lunch and he's got a tummy ache. Do we need to go to A&E?"),
    ("R", "Swollen ankles every evening since starting amlodipine last month. Ask to change it or just put my feet up?"),
    # ---- Advice given ----
    ("G", "@val_t a redder, blurrier eye after cataract surgery needs checking today; ring the eye unit's emergency line now."),
    ("G", "@ken_d repeated AFib alerts need a proper ECG; book your GP this week, and go to A&E if you get chest pain or faint."),
    ("G", "@mum_of_3 high sugars with a tummy ache can be DKA; check ketones now and go to A&E if they're raised."),
    ("G", "@jo_h puffy ankles are common on amlodipine and not dangerous in themselves; carry on and ask your GP about an alternative."),
    # ---- Hard negatives ----
    ("", "Cardiology outpatients moves to the ground floor of the east wing from Monday."),
    ("", "Hot weather tip: sip water through the day, and check on older neighbours who live alone."),
    ("", "Had my own ECG at the staff health check. Heart present and correct, apparently."),
    ("", "Does anyone know how to renew a staff parking permit online?"),
    ("", "After 35 years of hospital transport, our driver Bill Mackie parks up for good on Friday. Thank you, Bill."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT67, "heldout67")

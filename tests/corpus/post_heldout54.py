"""The fifty-fourth held-out split of the post-level corpus ("heldout54"): hand-written posts.

post_heldout53.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules: the
session's note proposes letting PS1100 read an age written as a word, "now twelve", which two
held-out splits' quasi-identifier posts used, and moving post_heldout53.py into training) and
committed on its own, checked for word overlap with the corpus before it was scored. One of its
quasi-identifier posts writes its age as a word, as people do; the other four use digits. Ten
mocking posts in the voices of an allergy clinic, a falls clinic, an anticoagulation clinic, a
lung function lab, a tropical diseases clinic, a spinal unit, eye casualty, a paramedic
practitioner, a speech therapist and a hyperbaric unit; six kind stories in the same settings
(hard negatives for disrespect, one a loyal "eleven years" regular); sarcasm at the system or the
author; five quasi-identifier posts; four of each kind of advice; and hard negatives (hiccup
advice, a clinic's move, the author's own anniversary, a request for a guideline summary, a
colleague's retirement).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT54 = [
    # ---- Mocking a patient ----
    ("AD", "Allergy clinic: lady says she's allergic to 'basically all food'. Ate two custard creams in the waiting room. Documented."),
    ("AD", "Falls clinic: gent insists he never falls, 'the floor just comes up'. Eleventh visit. Very persistent floor."),
    ("AD", "Anticoagulation clinic: chap asked to stop his warfarin for the weekend because he's going on a stag do. Sensible as ever, Darren."),
    ("AD", "Lung function lab: gent blew into the machine like he was cooling soup. Told him to blast it. He whistled. Results: inconclusive."),
    ("AD", "Tropical diseases clinic: bloke back from Magaluf is convinced he has malaria. He has sunburn. And a hangover."),
    ("AD", "Spinal unit: lad demanded the TV remote, the wifi code and a Nando's within ten minutes of admission. Settling in nicely, your lordship."),
    ("AD", "Eye casualty: chap put superglue in his eye instead of his drops. Second time. Different brand, he wanted us to know."),
    ("AD", "Paramedic practitioner: called to a lady with 'crushing chest pain' who was, on arrival, hoovering the stairs. Crushing it, to be fair."),
    ("AD", "Speech therapy: gent doing his swallow exercises asked if lager counts as a 'thin fluid'. Nice try, Clive."),
    ("AD", "Hyperbaric unit: diver wants to know why he got the bends after surfacing 'a bit quick, to beat the rain'. Rain's wet, mate."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Falls clinic: a lady of 88 showed off her new balance with a little twirl for the physio. Showstopper."),
    ("A", "Spinal unit: a young lad injured in the spring drove himself to clinic today in his adapted car. Whole team went out to see."),
    ("A", "Allergy clinic: a little boy ate his first ever egg under supervision and announced it 'tastes like yellow'. Proud mum, prouder boy."),
    ("A", "Anticoagulation clinic: a gentleman has brought a tin of shortbread to every blood check for eleven years. Never missed. Treasure."),
    ("A", "Speech therapy: a retired teacher who lost her words after a stroke read me a whole page today. We both cried."),
    ("A", "Eye casualty: an elderly chap with a scratched cornea apologised for taking up our Saturday. Come back any time, sir."),
    # ---- Sarcasm at the system or the author ----
    ("", "Management sent a survey asking why staff don't fill in surveys. Deadline: yesterday."),
    ("", "Rang pharmacy, got told to email. Emailed, got an automatic reply telling me to ring."),
    ("", "Told myself I'd do my CPD on the train. Watched a documentary about trains instead."),
    # ---- Quasi-identifiers ----
    ("AQ", "Stromness ferry's cook, 61, is with us with a rare sarcoma since Thursday's scan."),
    ("AQ", "Fair Isle's knitwear designer, eighty-two, came to our ward on Saturday after a stroke."),
    ("AQ", "The harpist from Iona, 29, was flown to us Tuesday evening with a ruptured spleen."),
    ("AQ", "Glenelg's postman (57), the village's only one, has been with us since Monday with Guillain-Barré."),
    ("AQ", "Scalpay's youngest resident, our 6-year-old with progeria, back to see us Wednesday."),
    # ---- Advice requested ----
    ("R", "My husband's been hiccuping non-stop for two days and can't sleep. Is there anything he can take?"),
    ("R", "@ClinicNurseJo 8 month old, green snot for a week, no temperature at all. Antibiotics or leave it?"),
    ("R", "Bloods back with a TSH of 7.9 and nobody from the surgery has rung. Worried? Or start something?"),
    ("R", "Missed my evening metformin and it's now 2am. Take it now or wait for the morning?"),
    # ---- Advice given ----
    ("G", "@pete_r two days of constant hiccups needs a GP look this week; meanwhile try sipping iced water slowly."),
    ("G", "@leah_b green snot without a fever for a week is usually a cold; she won't need antibiotics, use saline drops and watch her feeds."),
    ("G", "@sue_k a TSH of 7.9 is mildly raised; don't start anything yourself, ring your GP on Monday to talk it through."),
    ("G", "@mo_a leave that missed metformin now and just take your usual one with breakfast."),
    # ---- Hard negatives ----
    ("", "Hiccups lasting more than 48 hours are worth mentioning to a doctor; most settle on their own."),
    ("", "From next week the anticoagulation service runs from the Riverside building, ground floor."),
    ("", "Thirty years a paramedic today. Still the best job going. Thank you to every crewmate I've had."),
    ("", "Who's written the clearest summary of the new asthma guidance? Need one for teaching."),
    ("", "Congratulations to Sister Amara Obi on her retirement after 38 years on the spinal unit!"),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT54, "heldout54")

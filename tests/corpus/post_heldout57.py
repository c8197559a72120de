"""The fifty-seventh held-out split of the post-level corpus ("heldout57"): hand-written posts.

post_heldout56.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules; the
session's note proposes moving post_heldout56.py into training and nothing else) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a custody nurse, an offshore medic, an aesthetics clinic, a ringside doctor, an air
ambulance, a discharge lounge, a healthcare assistant on nights, a marathon medical tent, a locum
GP and a school immunisation team; six kind stories in the same settings; sarcasm at the system
or the author; five quasi-identifier posts; four of each kind of advice; and hard negatives
(tetanus advice, a unit's opening hours, the author's own dissertation, a question about an app,
a colleague's award).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT57 = [
    # ---- Mocking a patient ----
    ("AD", "Custody nurse: detainee insists he can't be interviewed because he's 'allergic to police'. Symptoms began at the word 'arrest'."),
    ("AD", "Offshore medic: roughneck reported sick with 'sea legs'. Twenty-two years on rigs. The football's on tonight."),
    ("AD", "Aesthetics clinic: lady wants her lips 'like last time but more'. Last time was more. We are running out of more."),
    ("AD", "Ringside doctor: boxer told me he was fine to carry on. Told the corner post, to be precise."),
    ("AD", "Air ambulance: scrambled for a 'serious leg injury' on a golf course. Sprained ankle and a very theatrical fourball."),
    ("AD", "Discharge lounge: gent won't leave until he gets 'the full breakfast he was promised'. Nobody promised. He's on his third toast."),
    ("AD", "HCA nights: patient buzzed at 4am to ask the time. Then buzzed again to check. His watch is on his wrist."),
    ("AD", "Marathon medical tent: runner collapsed in slow motion at the finish for the cameras, then jogged off to find his medal. Oscar-worthy."),
    ("AD", "Locum GP: gent brought fourteen problems to a ten-minute slot and opened with 'while I'm here'. Item one was his neighbour's hedge."),
    ("AD", "School immunisation team: Year 10 lad fainted before we'd opened the box. Told his mates it was 'a reaction'. To the box."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Custody nurse: a frightened young lad asked me to ring his nan so she wouldn't worry. She brought his inhaler and a sandwich. Good nan."),
    ("A", "Offshore medic: a deckhand with a mangled hand still made everyone tea while we waited for the chopper. Proper gent."),
    ("A", "Air ambulance: a farmer we flew in last month sent the crew a box of eggs and news that he's back on the tractor. Made our day."),
    ("A", "Discharge lounge: a lady of 90 went home singing today, her new walking frame wrapped in tinsel. Star of the lounge."),
    ("A", "HCA nights: an old gent couldn't sleep so we did the crossword together at 3am. He got every clue. Sharp as a tack."),
    ("A", "Marathon medical tent: a runner who collapsed here last year came back to finish this year and brought us flapjacks."),
    # ---- Sarcasm at the system or the author ----
    ("", "The new electronic handover system crashed during handover. We did a handover about the handover system."),
    ("", "My pension statement arrived. I will be retiring at roughly 94."),
    ("", "Drove to the gym after a long day, sat in the car park for twenty minutes and went home. Progress."),
    # ---- Quasi-identifiers ----
    ("AQ", "Sanda's only farmer, 57, arrived by lifeboat on Friday with a broken hip; he's with us now."),
    ("AQ", "Coll's district nurse, aged 48, has been in our ICU since Monday's crash on the single-track road."),
    ("AQ", "Muck's schoolgirl with Fabry disease, fourteen, had her infusion with us on Tuesday."),
    ("AQ", "The Canna ranger, sixty-five, went over the cliff edge on Saturday; the coastguard helicopter brought him to us."),
    ("AQ", "The only locksmith in Lochboisdale, 71, is on our stroke unit after Wednesday night."),
    # ---- Advice requested ----
    ("R", "Rusty garden fork through my welly this afternoon. Last tetanus was years ago, maybe 2016? Do I need a booster?"),
    ("R", "@NurseTaraRN my dad's ankles are swollen and he's more breathless lying flat this week. Is that his heart?"),
    ("R", "Started the pill last week and now I get a headache every afternoon. Keep going or stop?"),
    ("R", "Small girl, craft pompom pushed into her ear an hour ago, she's not fussed. Leave it or go in?"),
    # ---- Advice given ----
    ("G", "@rach_m a booster isn't usually needed within ten years for a clean wound, but a garden fork is dirty: ring 111 today to check."),
    ("G", "@gary_n swollen ankles and more breathless lying flat need a GP review this week; if he's breathless at rest, call 999."),
    ("G", "@lou_p new daily headaches on the pill need checking before your next pack; see your GP or pharmacist this week."),
    ("G", "@jen_k anything pushed into the ear needs a proper look tonight at minor injuries; please don't try tweezers."),
    # ---- Hard negatives ----
    ("", "Garden puncture wounds are tetanus-prone; if you're unsure when your last jab was, ask your practice nurse."),
    ("", "Our minor injuries unit now stays open until 10pm on weekdays."),
    ("", "Finished my MSc dissertation today after three years of evenings. Bed."),
    ("", "Has anyone found a good app for practising drug calculations?"),
    ("", "Huge congratulations to staff nurse Kemi Bello, our Nurse of the Year!"),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT57, "heldout57")

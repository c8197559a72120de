"""The sixty-first held-out split of the post-level corpus ("heldout61"): hand-written posts.

post_heldout60.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout60.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a hypertension clinic, a heart failure nurse, a COPD nurse, a dental hygienist, an
orthopaedic clinic, a mole clinic, a gout clinic, an asthma nurse, a minor operations list and a
cast room; six kind stories in similar settings; sarcasm at the system or the author; five
quasi-identifier posts; four of each kind of advice; and hard negatives (burns first aid, a
clinic's loan monitors, the author's own anniversary, a question about revision, thanks to a
colleague).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT61 = [
    # ---- Mocking a patient ----
    ("AD", "Hypertension clinic: the salt-free diet is going 'really well', he says, between handfuls of ready salted."),
    ("AD", "Heart failure nurse: chap told to keep to a litre and a half a day. He measures it in pints. Of bitter."),
    ("AD", "COPD nurse: gent insists his inhaler 'doesn't work'. The cap is still on. Eighteen months."),
    ("AD", "Dental hygienist: lady told me she flosses 'religiously'. Christmas and Easter, it turns out."),
    ("AD", "Orthopaedic clinic: chap wants his new hip 'upgraded' before the golf season. It isn't a phone, Roger."),
    ("AD", "Mole clinic: gent asked us to check a mole on his arm. It was a raisin. From his lunch. He ate it."),
    ("AD", "Gout clinic: man blames his gout on 'genetics'. His genetics come with a steak and a bottle of port every night."),
    ("AD", "Asthma nurse: teenager takes his brown inhaler 'only on days he feels like it'. Today he felt like it. Lucky us."),
    ("AD", "Minor ops list: chap told us he's 'absolutely fine with needles'. Fainted when I picked up the consent form."),
    ("AD", "Cast room: lad wants his cast 'waterproofed' so he can keep surfing. With a bin bag. And hope."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Hypertension clinic: a retired teacher brought a spreadsheet of home readings with a gold star on every normal one. Lovely man."),
    ("A", "Heart failure nurse: a gent of 89 walks to the end of his road and back every day and texts me his step count. Proud of him."),
    ("A", "COPD nurse: a lady on home oxygen made it to her granddaughter's wedding and danced one slow song. Made my year."),
    ("A", "Dental hygienist: a teenager who'd dodged us for five years let me scale every tooth today. Mum cried more than he did."),
    ("A", "Orthopaedic clinic: a farmer with a new knee brought the team a box of fresh eggs. Looked after us better than we did him."),
    ("A", "Cast room: a little boy chose a purple cast so he'd match his sister's wheelchair. Sweetest thing all week."),
    # ---- Sarcasm at the system or the author ----
    ("", "The hospital's new signs all point to the old café. The old café closed in 2019."),
    ("", "Tried meal prepping for my night shifts. Ate all five portions on Sunday."),
    ("", "Mandatory fire training done online. The fire alarm went off halfway through. Real-world learning."),
    # ---- Quasi-identifiers ----
    ("AQ", "Eday lobsterman (83): slipped off the pier Tuesday, ours since."),
    ("AQ", "Canna's only schoolchild, ten, has Batten disease and came onto our ward at the weekend."),
    ("AQ", "Lochaline lost its one chemist to the coast road on Monday: 56, intubated, in our unit."),
    ("AQ", "Berneray's postmistress, seventy, stroke on Thursday; the helicopter had her with us by lunch."),
    ("AQ", "Brought in the Isle of Muck's dairy farmer, 38, on Sunday night, crushed by a bull."),
    # ---- Advice requested ----
    ("R", "Burned my hand on the oven an hour ago and it's blistered the size of a 50p. Do I pop it?"),
    ("R", "@DrOsei daughter's been hot (38.5) since Friday and now she's tugging her ear and crying. Keep on with the Calpol?"),
    ("R", "Amitriptyline for my back, week one, and mornings are a fog until eleven. Push on or pack it in?"),
    ("R", "Dad's up every two hours overnight for the loo and says it dribbles. Worth getting looked at?"),
    # ---- Advice given ----
    ("G", "@ellie_p don't pop it; cool it under running water for 20 minutes, cover it loosely, and see a pharmacist tomorrow."),
    ("G", "@maya_r three days of fever with earache needs a GP look today; keep giving Calpol at the right dose meanwhile."),
    ("G", "@ben_t morning drowsiness is common early on amitriptyline; take it earlier in the evening and tell your GP if it lasts."),
    ("G", "@gwen_h up every two hours and dribbling is worth a GP visit with a blood test; get him booked this month."),
    # ---- Hard negatives ----
    ("", "Burns first aid: cool under running water for twenty minutes, never ice, and cover with cling film."),
    ("", "Our hypertension clinic now lends home blood pressure monitors."),
    ("", "Fifteen years since I qualified today. Still learning something every shift."),
    ("", "Anyone got a good revision guide for the nurse prescribing exam?"),
    ("", "Dr. Imogen Clarke stepped in for my whole list when my car died. Legend. Coffee's on me."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT61, "heldout61")

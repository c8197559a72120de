"""The fifty-eighth held-out split of the post-level corpus ("heldout58"): hand-written posts.

post_heldout57.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules; the
session's note proposes moving post_heldout57.py into training and trying features for the last
sentence of a post, where a joke's punchline or a story's praise stands) and committed on its own,
checked for word overlap with the corpus before it was scored. Ten mocking posts in the voices of a
smoking cessation clinic, a research nurse, a genetics clinic, emergency department reception, a
falls response team, an advanced nurse practitioner, a ward pharmacist, alcohol liaison, a
physician associate and a rapid response team; six kind stories in the same settings; sarcasm at
the system or the author; five quasi-identifier posts; four of each kind of advice; and hard
negatives (advice for walkers on ticks, a service's drop-ins, the author's own course, a question about a podcast,
a colleague's return).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT58 = [
    # ---- Mocking a patient ----
    ("AD", "Smoking cessation clinic: gent swears he's quit completely. His carbon monoxide reading says he's a barbecue."),
    ("AD", "Research nurse: trial participant asked to double up on the study drug 'to finish the trial faster'. Science thanks you, Trevor."),
    ("AD", "Genetics clinic: lady wants testing to prove she's descended from royalty. The family tree she brought is a Pinterest board."),
    ("AD", "A&E reception: chap checked in, asked for the wifi, and left a one-star review before triage. 'Slow service.' Four minutes he'd been here."),
    ("AD", "Falls response team: called to a gent 'stuck on the floor'. He was lying down to watch the racing. Didn't want to miss the 3:40."),
    ("AD", "Advanced nurse practitioner: lady demands antibiotics for her cold because 'they always work'. Three colds this year. Three courses."),
    ("AD", "Ward pharmacist: patient brought his own meds in a sandwich bag labelled 'morning-ish'. Pharmacological precision."),
    ("AD", "Alcohol liaison: gent insists he only has 'a couple'. Of bottles, it turns out. Of vodka. A day."),
    ("AD", "Physician associate: patient printed his worst search result in size 40 font and highlighted 'death'. It's a verruca."),
    ("AD", "Rapid response: called to a 'collapse' at a wedding. Groom fainted during the speeches. His own. Before he'd started."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Smoking cessation clinic: a lady who'd smoked for fifty years hit six months smoke-free today and spent the savings on a cruise. Brilliant."),
    ("A", "Research nurse: a trial participant drove four hours every month for two years and never missed a visit. Real hero of the study."),
    ("A", "Genetics clinic: a young couple took the hardest news calmly and asked how they could help other families. Humbling."),
    ("A", "Falls response team: a gent of 93 insisted on making us a cuppa once we'd got him up. Best tea of the shift."),
    ("A", "Ward pharmacist: a lady learnt every one of her new tablets by colour and purpose before discharge. Sharpest patient I've met."),
    ("A", "Rapid response: a groom who fainted at his wedding came back to the ward in his suit to say thank you. Lovely lad."),
    # ---- Sarcasm at the system or the author ----
    ("", "The new patient flow dashboard is green. The corridor is full. Both things are true."),
    ("", "Still waiting for the 'quick coffee' I planned at the start of this shift. Shift ended an hour ago."),
    ("", "Set three alarms to get up for my early. Slept through all three and the cat."),
    # ---- Quasi-identifiers ----
    ("AQ", "Stronsay's retired ferryman, seventy-nine, came to us on Thursday with a broken hip."),
    ("AQ", "Barra's first ever case of Danon disease, a little lad of five, has been ours since Tuesday."),
    ("AQ", "Harris's only organ builder, 64, fell from a church loft on Sunday; intensive care since."),
    ("AQ", "Shapinsay's postwoman (51) pinned under her quad bike on Friday; the air ambulance brought her here."),
    ("AQ", "Kirkwall's oldest resident, 101, is with us since Wednesday with pneumonia."),
    # ---- Advice requested ----
    ("R", "Caught my thumb in a car door this morning and the nail's gone black and throbbing. Does it need draining?"),
    ("R", "@DrLeeGP my mum's on warfarin and has been bruising all over since Sunday. Should she get her blood checked?"),
    ("R", "Walking in the Peaks last weekend, found a tick on my calf, now a widening pink bullseye round the spot. Antibiotics?"),
    ("R", "Toddler got hold of the hand sanitiser and had a good swig before I noticed. Anything we need to do?"),
    # ---- Advice given ----
    ("G", "@kris_d a black throbbing nail after a crush can be drained; see your GP or minor injuries today while it's fresh."),
    ("G", "@pam_r new bruising on warfarin needs an INR check today; ring her surgery or the anticoagulation clinic this morning."),
    ("G", "@tom_h a widening bullseye after a tick is treated with a course of tablets; book your GP this week and tell them about the walk."),
    ("G", "@nina_p a mouthful of hand gel can make a toddler drowsy; ring 111 now for advice and watch her closely."),
    # ---- Hard negatives ----
    ("", "Walkers: check legs for ticks after a day out and lift them off with fine tweezers, close to the skin."),
    ("", "Our smoking cessation service now runs drop-ins on Tuesday evenings at the library."),
    ("", "Passed my prescribing course today after a year of evenings. Very tired, very happy."),
    ("", "Recommendations please: a podcast that makes research methods bearable?"),
    ("", "Welcome back to ward sister Grace Mensah after her maternity leave!"),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT58, "heldout58")

"""The sixtieth held-out split of the post-level corpus ("heldout60"): hand-written posts.

post_heldout59.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout59.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of an EEG lab, a vascular clinic, an endocrine clinic, an osteopath, orthotics, a liver
clinic, a gastroenterology clinic, a bariatric clinic, a colorectal clinic and a student nurse;
six kind stories in similar settings; sarcasm at the system or the author; five quasi-identifier
posts; four of each kind of advice; and hard negatives (jellyfish first aid, a department's move,
the author's own half marathon, a question about teaching, a new matron).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT60 = [
    # ---- Mocking a patient ----
    ("AD", "EEG lab: gent was told to stay awake the night before his test. Fell asleep in the waiting room. Snored through the consent form."),
    ("AD", "Vascular clinic: man with leg ulcers swears he 'never smokes'. A lighter, a pouch of tobacco and papers fell out of his sock."),
    ("AD", "Endocrine clinic: lady blames her thyroid for everything. Today it was her parking ticket. Impressive gland."),
    ("AD", "Osteopath: client cracked his own neck in the waiting room 'to save us time'. Booked in for his neck. Funny, that."),
    ("AD", "Orthotics: gent returned his new insoles because they 'didn't match his trainers'. He is wearing odd trainers."),
    ("AD", "Liver clinic: chap says he's cut down to 'social drinking only'. Very social man. Six nights a week."),
    ("AD", "Gastro clinic: lady wonders if her bloating could be from 'the one vegetable I ate in March'."),
    ("AD", "Bariatric clinic: gent arrived for his weigh-in with a family bucket of fried chicken 'for after'. Bold strategy."),
    ("AD", "Colorectal clinic: chap insists it all started 'after the curry in 2014'. Detailed history. Chronological. Spicy."),
    ("AD", "Student nurse diaries: patient asked me to 'get the real nurse' three times, then asked the cleaner to do his obs."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "EEG lab: a little girl with wires in her hair announced she was 'a robot princess' and did the whole test without a wobble. Star."),
    ("A", "Vascular clinic: a gent who gave up smoking to save his leg brought me his last cigarette in a frame. Proud of him."),
    ("A", "Endocrine clinic: a teenager who hated her diagnosis now runs a group for newly diagnosed kids. Incredible young woman."),
    ("A", "Osteopath: a retired builder touched his toes for the first time in ten years and did a little dance. Delightful man."),
    ("A", "Liver clinic: a gentleman eighteen months sober brought his daughter to meet the team that helped him. Tears all round."),
    ("A", "Student nurse diaries: an elderly lady taught me to plait her hair so I could do it every morning of her stay. Sweetest patient."),
    # ---- Sarcasm at the system or the author ----
    ("", "The trust's new app for reporting IT faults needs IT support to install it."),
    ("", "Wellbeing lunch today: one tray of sandwiches for ninety staff. Very well, very being."),
    ("", "Took a week of annual leave and spent it catching up on mandatory training. Rested."),
    # ---- Quasi-identifiers ----
    ("AQ", "Hoy's vet (48) pinned by a bull at Tuesday's calving; open tibial fracture, in our theatre by teatime."),
    ("AQ", "Gigha's four-year-old with Alexander disease came onto the children's ward Friday night."),
    ("AQ", "Colonsay's retired boatbuilder, eighty-six, is on our ward since Wednesday's fall."),
    ("AQ", "Lismore ferryman, 62, arrested at the slipway Sunday morning; cath lab, then our CCU."),
    ("AQ", "We admitted the Jura distillery's night watchman, 71, on Monday with a fractured hip."),
    # ---- Advice requested ----
    ("R", "Got stung by a jellyfish on holiday yesterday and the welts are blistering now. Vinegar or cream?"),
    ("R", "@DrPatelGP my husband's snoring has turned into stopping breathing at night, I've timed 20 seconds. Does he need a referral?"),
    ("R", "My daughter's 9 and her knees hurt every evening after football. Growing pains or should she be checked?"),
    ("R", "Two years of omeprazole and the heartburn has settled. Safe to just come off it?"),
    # ---- Advice given ----
    ("G", "@anna_p blistering jellyfish welts need a pharmacist's look today; rinse with seawater, not fresh, and don't burst them."),
    ("G", "@lynn_c pauses in breathing like that need a sleep referral; book his GP this week and he shouldn't drive while sleepy."),
    ("G", "@mark_s evening knee pain after football at 9 is usually growing pains; rest and ice, and see the GP if it swells or she limps."),
    ("G", "@ray_d don't stop omeprazole suddenly after two years; step it down over a few weeks with your GP's plan."),
    # ---- Hard negatives ----
    ("", "Jellyfish stings: rinse with seawater, lift off tentacles with tweezers, and get help at once for any breathing trouble."),
    ("", "Our EEG department moves to the new neuroscience wing from January."),
    ("", "Ran my first half marathon today, ten years after my knee surgery. Wobbly legs, huge grin."),
    ("", "Inhaler technique teaching for a room of thirty students: demo devices or videos?"),
    ("", "A warm welcome to our new matron, Patricia Owusu, starting on the surgical floors."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT60, "heldout60")

"""The fifty-ninth held-out split of the post-level corpus ("heldout59"): hand-written posts.

post_heldout58.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules; the
session's note proposes moving post_heldout58.py into training) and committed on its own, checked
for word overlap with the corpus before it was scored. Ten mocking posts in the voices of a video
consultation, a virtual ward, a tissue viability nurse, a contraception clinic, a medical student,
a hair transplant clinic, a continence nurse, hospital at home, a laser clinic and a pharmacy
technician; six kind stories in the same settings; sarcasm at the system or the author; five
quasi-identifier posts; four of each kind of advice; and hard negatives (stroke or Bell's palsy,
a team's referrals, the author's own birthday, a question about video consultations, a colleague's
appointment).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT59 = [
    # ---- Mocking a patient ----
    ("AD", "Video consultation: gent joined the call from his bath. Camera on. 'It's fine, it's bubbles.' It was not enough bubbles."),
    ("AD", "Virtual ward: patient's oxygen monitor kept alarming at night. He'd clipped it to the dog. The dog's sats were excellent."),
    ("AD", "Tissue viability nurse: gent dressed his pressure sore with a slice of ham 'to keep it moist'. Pork-based wound care. Novel."),
    ("AD", "Contraception clinic: lad asked if two condoms are 'twice as safe'. Not quite how maths works, pal."),
    ("AD", "Medical student on placement: patient gave his whole history in a pirate voice. 'Arr, me knee.' Fourteen minutes of it."),
    ("AD", "Hair transplant clinic: gent booked his follow-up for the day of a charity head shave. Raising awareness, he says. Of what, he couldn't say."),
    ("AD", "Continence nurse: lady insists she has never once needed the loo urgently. Three spare pairs of knickers in her handbag. Just in case, apparently."),
    ("AD", "Hospital at home: gent met the nurse in a dressing gown and a cowboy hat and refused his obs until she said the password. Howdy, apparently."),
    ("AD", "Laser clinic: lady wanted her sun damage zapped before her sunbed session at four. Committed to the cause."),
    ("AD", "Pharmacy technician: customer asked for 'the blue ones, not the other blue ones'. We gave him the other blue ones. Wrong again."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Video consultation: an elderly lady set up her camera by herself for the first time and held up her new grandson for me to see. Gorgeous."),
    ("A", "Virtual ward: a gent with heart failure kept a perfect daily weight chart in his best handwriting. Made my round easy."),
    ("A", "Tissue viability nurse: a lady's leg wound finally closed after eighteen months and she brought in a cake shaped like a plaster."),
    ("A", "Hospital at home: a retired miner made the nurse a bacon sandwich every visit and told her about the pit. She's learnt so much."),
    ("A", "Contraception clinic: a nervous teenager came with her mum, who waited outside and said 'ask her, not me'. Lovely parenting."),
    ("A", "Continence nurse: a gentleman who'd stopped going out came back to tell me he'd been to the pub quiz. His team won."),
    # ---- Sarcasm at the system or the author ----
    ("", "IT rolled out single sign-on. I now have four passwords instead of three."),
    ("", "Finally booked a holiday. Nine minutes later, an email asking me to cover that week."),
    ("", "Started a wellbeing journal. Day one entry: 'no time for wellbeing journal'."),
    # ---- Quasi-identifiers ----
    ("AQ", "Egilsay's only fisherman, 70, came to us by boat on Monday with a hook through his eyelid."),
    ("AQ", "Eigg's one child with cystinosis, twelve this year, had her Thursday review with us."),
    ("AQ", "Raasay distillery's master blender (59): stroke ward, ours, since Saturday."),
    ("AQ", "A retired shepherd from Rousay, aged ninety-one, was flown to us on Friday after a fall."),
    ("AQ", "Brought in North Ronaldsay's postman, 44, on Tuesday after his quad overturned."),
    # ---- Advice requested ----
    ("R", "Left side of my mouth won't lift when I smile since this morning and my eye waters. Bell's? Wait for my GP?"),
    ("R", "@NurseAmyGP my son's started wetting the bed again since his baby sister came. He's 7. Should I bring him in?"),
    ("R", "Taking ibuprofen for my knee for a month and now there's a burning in my stomach. Carry on or switch?"),
    ("R", "Dad's gone yellow in the eyes this week and is itching all over. Can it wait for his appointment next month?"),
    # ---- Advice given ----
    ("G", "@beth_a a face that won't lift needs stroke ruled out first: 999 now if there's arm weakness or slurred speech, otherwise a same-day GP."),
    ("G", "@jo_w bedwetting after a new baby is common at 7; no tests needed yet, see the school nurse if it carries on past a few months."),
    ("G", "@sam_k that burning is the anti-inflammatory irritating your stomach: pause it, book your GP this week, paracetamol meanwhile."),
    ("G", "@dee_l yellow eyes and itching need seeing this week, not next month; ring his GP tomorrow for a blood test."),
    # ---- Hard negatives ----
    ("", "Bell's palsy or stroke? If the forehead is spared, think stroke and call 999. Never guess."),
    ("", "Our tissue viability team now takes self-referrals from district nurses."),
    ("", "Forty today and celebrating with a night shift. Cake in the staff room, help yourselves."),
    ("", "Any tips on reading body language over a video call? Asking for my own consultations."),
    ("", "Dr. Ravi Menon takes over as head of paediatrics next month. Well deserved!"),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT59, "heldout59")

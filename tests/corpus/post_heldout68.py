"""The sixty-eighth held-out split of the post-level corpus ("heldout68"): hand-written posts.

post_heldout67.py was scored once on 2026-11-24 (fifth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout67.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of an antenatal clinic, a falls clinic, a haemophilia centre, a stop-smoking service, an
urgent treatment centre, a plaster room, an audiology booth, a podiatry clinic, a hospital play
specialist and a practice pharmacist; six kind stories in similar settings; sarcasm at the system
or the author; five quasi-identifier posts; four of each kind of advice; and hard negatives (a
service's new number, cold-weather advice, the author's own cast, a question about mandatory
training, a colleague's new role).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT68 = [
    # ---- Mocking a patient ----
    ("AD", "Antenatal clinic: dad-to-be asked if the scan could 'skip to the good bit'. It's a baby, not a box set, Jordan."),
    ("AD", "Falls clinic: gent insists his rug 'never moves'. Third fall on the rug. The rug is undefeated."),
    ("AD", "Haemophilia centre: lad took up knife juggling over lockdown 'for the focus'. We have had words. Several."),
    ("AD", "Stop-smoking service: man proudly down to five a day. Five cigars. Progress, technically."),
    ("AD", "Urgent treatment centre: bloke waited four hours with a splinter, then took it out himself in the car park. Time well spent."),
    ("AD", "Plaster room: teen back for his third cast this month. Skateboard one, Callum nil."),
    ("AD", "Audiology: gent says he hears perfectly. Answered 'Tuesday' when asked his name. Loudly."),
    ("AD", "Podiatry clinic: lady cut her own corns with the garden secateurs. Efficient, she said. Bleeding, I said."),
    ("AD", "Play specialist: dad was more scared of the blood test than his five-year-old. She held HIS hand. Bless."),
    ("AD", "Practice pharmacist: chap wanted to know if his statins 'cancel out' the fry-up. He'd already had the fry-up. Twice."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Antenatal clinic: a couple heard their twins' heartbeats together today and the dad started laughing and couldn't stop."),
    ("A", "Falls clinic: our nonagenarian star demonstrated the heel-to-toe walk she now leads for her neighbours every Thursday morning."),
    ("A", "Haemophilia centre: a boy learned to do his own infusion today, then taught his little brother how to count it down."),
    ("A", "Plaster room: a girl asked us to sign her cast, then made us each draw a cat. Twelve cats. Best cast of the year."),
    ("A", "Audiology: a gentleman heard his great-grandson say 'grandad' for the first time and had to sit down."),
    ("A", "Play specialist: a shy little boy finally let us take bloods after he'd 'done' them on his teddy first. Brave lad."),
    # ---- Sarcasm at the system or the author ----
    ("", "The trust has a new values statement. It took eleven months and a consultancy to write 'be kind'."),
    ("", "Meal-prepped for the whole week on Sunday. Ate the whole week on Monday."),
    ("", "Our department printer now needs a badge, a PIN and a blessing. Still jams."),
    # ---- Quasi-identifiers ----
    ("AQ", "Our falls team saw Rousay's only ferryman, eighty-three, on Tuesday after he slipped on his own slipway."),
    ("AQ", "Mull's only boy with haemophilia, fifteen now, managed his first infusion at home on Saturday with our nurse beside him."),
    ("AQ", "Scalloway's old coxswain, 89, tumbled on the harbour steps on Friday and is mending on our orthopaedic ward."),
    ("AQ", "Treated Barra's postwoman on Monday morning, 52, bitten by a dog on her round; she finished the round first."),
    ("AQ", "Wensleydale's seven-year-old show-jumping champion had her arm plastered by us on Sunday: pony stopped, she didn't."),
    # ---- Advice requested ----
    ("R", "32 weeks pregnant and the baby's moving less since yesterday. Wait till my appointment on Friday or ring now?"),
    ("R", "@AudiologyDrB my hearing in one ear went muffled overnight, no cold. Is that urgent or can it wait for the GP?"),
    ("R", "Slipped on the frost outside the bakery, now my wrist's fat and I can't hold my coffee. Get it checked or give it a day?"),
    ("R", "Day 4 off cigarettes and I can't sleep and I'm so irritable. Should I up my patch or is this normal?"),
    # ---- Advice given ----
    ("G", "@ria_b reduced movements need checking today, not Friday; ring your maternity unit now, they'd rather see you."),
    ("G", "@col_m sudden muffled hearing in one ear needs seeing within 24 hours; go to your GP or urgent care today."),
    ("G", "@kat_w a fat, weak wrist after landing on it should be x-rayed; head to the minor injuries unit this afternoon."),
    ("G", "@dom_f that's normal withdrawal in week one; keep the patch as it is and speak to your stop-smoking adviser."),
    # ---- Hard negatives ----
    ("", "The falls service has a new direct number from Monday; referrals by email as before."),
    ("", "Frosty week ahead: grippy soles, a night light on the landing, and a knock on the door of anyone living alone."),
    ("", "Broke my own wrist ice skating. Now I know what our plaster room patients go through. Itchy."),
    ("", "Quick one for the nurses: do the new e-learning modules go towards our NMC hours?"),
    ("", "Sam Whyte steps up to lead our play team from January. Well deserved."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT68, "heldout68")

"""The fiftieth held-out split of the post-level corpus ("heldout50"): hand-written posts.

post_heldout49.py was scored once on 2026-11-24 (second session) and reported in README.md. This
split measures no new model: the third session of 2026-11-24 changed only the speed of screening
(every output byte-identical, the shipped model rebuilt bit-for-bit), so it is a second fresh
measurement of the model post_heldout49.py measured. It was written and committed on its own and
checked for word overlap with the corpus before it was scored, with
`python3 tests/corpus/post_heldout50.py > heldout50.jsonl` and
`dotnet run --project src/PostScreen.Cli -c Release -- eval heldout50.jsonl --split heldout`
(it prints its own JSONL). It then went into training with post_heldout49.py, the change
post_heldout51.py measures.

Ten mocking posts in the voices of a radiographer, a dietitian, a podiatrist, a sonographer, a
paramedic, a pharmacist, a ward nurse, an audiologist, a midwife and a triage nurse;
six kind stories in the same voices and shapes, ending in sincere praise (hard negatives for
disrespect); sarcasm at the system or the author; five quasi-identifier posts; four of each kind of
advice; and hard negatives (a warning about dishwasher products, a department's move, the author's
own fall, a question about a course).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT50 = [
    # ---- Mocking a patient ----
    ("AD", "Radiographer life: asked a man to hold his breath for his chest film. He held it, then narrated the whole exposure. 'Still holding!'"),
    ("AD", "Dietitian here. Lady swears she eats 'basically nothing' and her food diary lists four puddings. Basically nothing, with custard."),
    ("AD", "Podiatry clinic: gent hasn't cut his toenails since the last general election. Brought them in like trophies. I needed bigger clippers."),
    ("AD", "Sonographer's lament: patient told me to 'just find the baby quickly'. Very full bladder, very big lunch, no baby."),
    ("AD", "3am call for a man who 'can't find the remote'. He was sitting on it. Ambulance well used, as always."),
    ("AD", "Pharmacy counter: customer insists the tablets 'don't work' and hands me the box. Unopened. Still sealed in the bag."),
    ("AD", "Mr in room 11 wants his tea 'not too hot, not too cold, not too wet'. Third cup rejected. Goldilocks lives, and he's on my ward."),
    ("AD", "Audiology: man insisted his hearing is perfect, then answered 'Tuesday' when I asked which ear to test first. \U0001F644"),
    ("AD", "Midwife diaries: dad fainted at the sight of the birth plan. Not the birth. The plan. Laminated, too."),
    ("AD", "Patient in cubicle 4 told triage his pain was 'eleven out of ten' while eating crisps and filming himself. Eleven is crunchy, apparently."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Radiographer life: a man with awful arthritis held perfectly still for every film today, wincing and apologising to me. What a gentleman."),
    ("A", "Dietitian here. A lady who lost her husband last spring brought her food diary filled in beautifully, every single meal. So proud of her."),
    ("A", "Podiatry clinic: a gent came in suited and booted for his foot check this morning, hat, tie and all. Made my whole day."),
    ("A", "The lady we took in at 3am kept asking whether we'd eaten and gave us a biscuit each from her handbag. Absolute legend."),
    ("A", "Pharmacy counter: a young carer collected his mum's prescriptions and asked careful questions about every one. Lovely lad."),
    ("A", "The lady in room 11 sang to the night staff at 2am, every verse, every word. We sat down and listened. Wonderful woman."),
    # ---- Sarcasm at the system or the author ----
    ("", "IT locked my account for 'unusual activity'. The unusual activity was logging in at 7am for my shift. Cybersecurity triumphs again."),
    ("", "Forty minutes on hold to book an interpreter, and the hold music was only in English. Truly inclusive."),
    ("", "Ran a hydration workshop for staff and left halfway through because I'd forgotten my own water bottle. Practise what you preach, me."),
    # ---- Quasi-identifiers ----
    ("AQ", "Our retrieval team brought in a 61-year-old cockle picker from Morecambe Bay on Sunday night, hypothermic after the tide turned."),
    ("AQ", "The harbourmaster at Portsoy, 66, spent Wednesday night in our resus after slipping off the pier."),
    ("AQ", "Falconer, 47, Aberdaron: septic hand from a hawk's talon, admitted to our ward Friday."),
    ("AQ", "This week's youngest admission: a 6-year-old from Papa Westray with Fanconi anaemia, in since Tuesday."),
    ("AQ", "Treated the lollipop lady from Dunnet, 68, in resus on Monday after a car clipped her at the crossing."),
    # ---- Advice requested ----
    ("R", "My daughter (3) drank some dishwasher rinse aid before I caught her. She's acting normal. Do I need to take her somewhere?"),
    ("R", "@NurseJoanneRN my ankle is purple and twice the size after I rolled it at netball last night. Can I walk on it or should I get an X-ray?"),
    ("R", "Dad (77) has had a swollen, hot calf since his flight home on Friday. Is that worth worrying about or just from sitting?"),
    ("R", "My new brown inhaler makes my voice hoarse by teatime. Am I using it wrong, or should I go back to the old one?"),
    # ---- Advice given ----
    ("G", "@ella_r rinse aid can burn the mouth and throat, ring 111 now and take her to A&E if she drools, vomits or won't drink."),
    ("G", "@hannah_k purple and swollen after a roll needs an X-ray today at a minor injuries unit, don't play on it."),
    ("G", "@ben_h a hot swollen calf after a long flight needs checking for a clot today, take him to A&E or an urgent treatment centre."),
    ("G", "@kirsty_l hoarseness is common with steroid inhalers, rinse your mouth after each puff and book your asthma nurse this week to check your technique."),
    # ---- Hard negatives ----
    ("", "Reminder: dishwasher tablets and rinse aid look like sweets to a toddler; keep them high up and in their boxes."),
    ("", "Our audiology department moves to the Beacon Centre on 3 March. Same phone number, better parking."),
    ("", "Came off my bike on the way in, grazed both knees, then spent the morning telling patients to take care on the ice. Irony noted."),
    ("", "Does anyone know a good course on ultrasound-guided cannulation for nurses? Happy to self-fund."),
]


if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT50, "heldout50")

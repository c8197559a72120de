"""The sixty-second held-out split of the post-level corpus ("heldout62"): hand-written posts.

post_heldout61.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (PS1100 reads an age in brackets after a trade or
a word for a person, "its one" and a place's "only" as a unique role, and "came onto our ward" as
arriving for care; post_heldout61.py moved into training with it) and committed on its own, checked
for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a haematology day unit, a scout camp first aider, a home carer, a dance school physio, a
lifeguard, an infusion suite, a GP surgery, an eye clinic, a sports club physio and a hospital
pharmacy; six kind stories in similar settings; sarcasm at the system or the author; five
quasi-identifier posts; four of each kind of advice; and hard negatives
(head injury advice, a unit's parking, the author's own first year, a question about an app, a
colleague's course).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT62 = [
    # ---- Mocking a patient ----
    ("AD", "Haematology day unit: gent asked if his iron infusion could be 'topped up with a bit of vitamin C, for flavour'. It's a drip, Malcolm."),
    ("AD", "Scout camp first aider: leader carried in a boy with 'a broken leg'. He'd sat on his own foot for an hour. Pins and needles. Drama."),
    ("AD", "Home carer: client hid his tablets in the teapot 'to keep them fresh'. The tea was very medicated."),
    ("AD", "Dance school physio: student sprained her ankle filming a dance for her phone in the corridor. Between lessons. Of dance."),
    ("AD", "Lifeguard: bloke swam out past the flags to 'test the rip'. The rip passed the test."),
    ("AD", "Infusion suite: lady brought a folding chair from home because ours are 'too hospital'. It's a hospital, Pamela."),
    ("AD", "GP surgery: patient booked an urgent slot to ask if his horoscope was right about 'a health scare this month'. It wasn't. Yet."),
    ("AD", "Eye clinic: gent rubbed chilli into his eye 'to clear it'. It cleared his afternoon."),
    ("AD", "Sports club physio: striker limped off clutching a hamstring, then jogged to the bar. Miracle cure, the bar."),
    ("AD", "Hospital pharmacy: patient asked for his prescription 'in a nicer colour'. Tablets come in the colours they come in, Dennis."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Haematology day unit: a gentleman on his last transfusion brought us a card signed by all nine grandchildren. Lovely family."),
    ("A", "Scout camp first aider: a young scout with a burnt finger insisted on finishing his badge first. Tough little lad."),
    ("A", "Home carer: a client of 92 taught me to make proper Yorkshire puddings while I did her meds. Best visit of the week."),
    ("A", "Lifeguard: a dad we pulled from a rip last summer came back this year to take his own lifesaving course. Inspiring."),
    ("A", "Infusion suite: a young woman knits a hat for the next patient in her chair at every session. Kindness in wool."),
    ("A", "Eye clinic: a retired pilot, new lens in, read our smallest letters without a squint and gave the whole room a salute."),
    # ---- Sarcasm at the system or the author ----
    ("", "New policy: staff may only use the lift when carrying something. I am now carrying a pen."),
    ("", "Booked a massage for work stress. Spent the whole hour thinking about work."),
    ("", "Our ward printer jams on every third page. Management's fix: print fewer pages."),
    # ---- Quasi-identifiers ----
    ("AQ", "Coll's only mechanic, 58, was admitted on Tuesday after a fall from his ramp."),
    ("AQ", "Scalpay's thirteen-year-old with Fabry disease began enzyme infusions with us on Monday."),
    ("AQ", "Stromness lost its harbourmaster to retirement and, on Friday, to a stroke: 77, admitted to our ward."),
    ("AQ", "We treated the only pharmacist on Tiree, sixty-one, who collapsed on Thursday and was flown to us."),
    ("AQ", "Stornoway lifeboat volunteer, 29, injured in Sunday's shout and still in intensive care with us."),
    # ---- Advice requested ----
    ("R", "Banged my head on a cupboard this morning and now I've got a headache and feel sick. A&E or sleep it off?"),
    ("R", "@DrNunesGP my baby's been off her feeds for a day and has a rash on her tummy. Is that worth bringing in?"),
    ("R", "Everything tastes like coins since I started my stomach tablets last week. Side effect? Swap them?"),
    ("R", "Mum (80) went over on the kitchen step yesterday; wrist is puffy and purple but she says it's fine. X-ray?"),
    # ---- Advice given ----
    ("G", "@luke_t a bump with headache and sickness needs checking today; go to A&E or minor injuries, don't sleep it off alone."),
    ("G", "@ana_b a baby off feeds with a new rash needs seeing today; ring the surgery this morning, and 999 if the rash doesn't fade."),
    ("G", "@kim_j a coin taste is a known side effect of acid tablets; keep going for now and ask your GP for a different one."),
    ("G", "@sue_w at her age a puffy, purple wrist after a fall is a fracture until proven otherwise; minor injuries today."),
    # ---- Hard negatives ----
    ("", "Head injury advice: vomiting, drowsiness or confusion after a bump means A&E, not bed."),
    ("", "Our haematology day unit now has free parking for patients on long infusions."),
    ("", "Finished my first year as a staff nurse today. Survived, mostly smiling."),
    ("", "What app do people use to track their CPD reflections?"),
    ("", "Congratulations to staff nurse Tom Pryce on passing his advanced life support course!"),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT62, "heldout62")

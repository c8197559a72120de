"""The fifty-second held-out split of the post-level corpus ("heldout52"): hand-written posts.

post_heldout51.py was scored once on 2026-11-24 (third session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules:
the session's note proposes letting a temperature reading, sight words and urgent dispositions
count as health context for PS4001's health-word rule, and moving post_heldout51.py into training)
and committed on its own, checked for word overlap with the corpus before it was scored. Ten
mocking posts in the voices of a health visitor, a sexual health nurse, a cruise ship medic, a
prison nurse, a stroke nurse, a minor injuries nurse, a fertility clinic, a children's emergency
department, a dermatologist and an optician; six kind stories (hard negatives for disrespect);
sarcasm at the system or the author; five quasi-identifier posts; four of each kind of advice;
and hard negatives (wasp-sting advice, a clinic's new evening hours, the author's own bad morning,
a request for a portfolio template).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT52 = [
    # ---- Mocking a patient ----
    ("AD", "Health visitor life: dad proudly showed me the baby's 'routine'. It's a colour-coded spreadsheet. The baby has not read it."),
    ("AD", "Sexual health clinic: gent swore he'd 'never been anywhere'. His swab results have been to three continents."),
    ("AD", "Cruise ship medic: passenger came down to the clinic with seasickness. We were docked. In port. Tied up."),
    ("AD", "Prison healthcare: inmate has lodged a formal complaint that his paracetamol is 'the wrong shape'. Seventh complaint this month."),
    ("AD", "Stroke unit: daughter wants her dad's physio 'fast-tracked like on Strictly'. Dad would like a biscuit first, Brenda."),
    ("AD", "Minor injuries: lad hurt his ankle 'just walking past a trampoline'. Sure. The trampoline jumped him."),
    ("AD", "Fertility clinic: chap asked whether he could produce the sample at home and post it. Second class, presumably."),
    ("AD", "Paeds ED: dad diagnosed his daughter with 'the same thing the neighbour's dog had'. Vet school, clearly."),
    ("AD", "Dermatology: lady brought a photo of a worrying mole. It was a crumb on her phone screen. The crumb is benign."),
    ("AD", "Optician: gent complains his new glasses are blurry. He's wearing his wife's. She's in the waiting room, squinting at hers."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Hospice at night: a gentleman has named every nurse after a Bond villain. I'm Oddjob, for the shoes. He laughed all shift. Lovely man."),
    ("A", "Health visitor life: a young dad had written down every feed for a fortnight so he wouldn't miss a thing. Brilliant father."),
    ("A", "Stroke unit: a wife came in every day to read her husband the football scores. He squeezed her hand at every goal. Beautiful."),
    ("A", "Sexual health clinic: a nervous lad came back to tell me he'd spoken to his partner and it went well. Brave lad, proud of him."),
    ("A", "Cruise ship medic: a lady I'd patched up made me dance with her at the captain's dinner. Queen of the ship, truly."),
    ("A", "Paeds ED: a little girl gave her teddy a matching plaster and insisted the bear was discharged with her. Sweetest patient."),
    # ---- Sarcasm at the system or the author ----
    ("", "The staff car park is now 'permit only'. The permits are sold out. Until 2028."),
    ("", "Mandatory time management training overran by three hours."),
    ("", "Nagged everyone about breakfast all week and had a flapjack at 3pm as my first food today."),
    # ---- Quasi-identifiers ----
    ("AQ", "Fetlar crab fisherman, 44: hook straight through the palm, our A&E, early hours of Saturday."),
    ("AQ", "She delivered half of Llanfihangel in her day; at 91 the village midwife is now our patient, after Tuesday's fall."),
    ("AQ", "Rum has thirty residents and one of them, aged seven, has Batten disease; she came to us midweek."),
    ("AQ", "Mountain guide, 58, from Torridon: winched off Liathach on Sunday with a broken femur, now in our theatre."),
    ("AQ", "Westray's baker (47) got his Addison's result from me this Friday."),
    # ---- Advice requested ----
    ("R", "My toddler's had a fever for four days and now his eyes are red and his lips are cracked. Is this just a virus?"),
    ("R", "@DrPatelGP my periods have come every two weeks for three months now. Is that something to book in for?"),
    ("R", "Stung by a wasp on the neck 20 minutes ago and my voice sounds croaky. Do I need to go anywhere?"),
    ("R", "Mum's new water tablets make her dizzy every time she stands up. Can she skip a day?"),
    # ---- Advice given ----
    ("G", "@becky_l four days of fever with red eyes and cracked lips needs seeing today, take him to A&E and say it's been four days."),
    ("G", "@amy_s periods every two weeks for three months is worth a GP appointment, book one this week."),
    ("G", "@dan_o a croaky voice after a sting on the neck: call 999 now, don't wait to see if it settles."),
    ("G", "@chris_w don't let her skip the water tablets without checking; ring her GP today and have her stand up slowly meanwhile."),
    # ---- Hard negatives ----
    ("", "Wasp season: most stings need only a cold compress, but swelling of the face or throat is a 999 call."),
    ("", "Our sexual health clinic now offers evening appointments on Wednesdays from 1 July."),
    ("", "Slept through my alarm, ran for the bus, forgot my lanyard. Stellar start to the week."),
    ("", "Would anyone share their portfolio template for the nursing associate apprenticeship?"),
]

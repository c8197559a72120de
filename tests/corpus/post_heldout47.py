"""The forty-seventh held-out split of the post-level corpus ("heldout47"): hand-written posts.

post_heldout46.py was scored once on 2026-11-24 (second session) and reported in README.md; on it
every category reached 0.90, disrespect for the first time since post_heldout40.py. This split asks
whether that holds: written before the change it measures (only post_heldout46.py goes into
training; no rule, feature or setting changes) and committed on its own, with a word-overlap check
against the corpus before it was scored. Ten mocking posts (labels, weight and bodily functions,
sarcasm addressed to a patient, jokes with no word that mocks) in the voices of a midwife, a
pharmacist, a psychiatric nurse, a paramedic, an American ER nurse and a GP; six kind stories,
several with humour in them (hard negatives for disrespect); sarcasm at the system or the author;
five quasi-identifier posts; four of each kind of advice; and hard negatives (a drug recall, a
small town's blood drive on a date, the author's own migraine, a question about a conference).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT47 = [
    # ---- Mocking a patient ----
    ("AD", "Birth plan from the mum in room 2 requests 'no pain, no tearing and no mess'. Good luck with that, love."),
    ("AD", "Lady has now asked me three times if her antibiotics are 'the strong ones'. They are the same ones, madam. They were strong the first time."),
    ("AD", "Psych admission tonight introduced himself as the Minister for Biscuits. Honestly, better qualified than the real ones."),
    ("AD", "Called out to a man 'trapped' in his recliner. The lever was on the other side. Heroic rescue complete."),
    ("AD", "400 lb guy in room 9 wants to know why the bed alarm keeps going off. Sir, the bed has questions too."),
    ("AD", "My patient swears the stool sample 'got lost in the post'. It was a Jiffy bag, Gerald. We found it."),
    ("AD", "Lady wanted her baby's tongue tie 'done on the NHS but quickly, like private'. Sure, and I'll throw in a pony."),
    ("AD", "Bloke in bay 1 is on his fourth 'last ever' cigarette of the shift, drip stand and all. Commitment to the bit."),
    ("AD", "Man rang the surgery to complain his statins aren't working because he still likes cheese. Science has failed him."),
    ("AD", "Our resident hypochondriac has found a new rare disease on YouTube. This one comes with merch."),
    # ---- Kind stories, several with humour (hard negatives for disrespect) ----
    ("A", "Mum in room 2 laughed through her whole labour. Told the worst jokes I've ever heard. Baby girl, 3.2kg, perfect."),
    ("A", "A lady asked me at the counter whether her antibiotics were the strong ones. We went through them together. She left much calmer."),
    ("A", "Patient on our unit showed me his drawings today. They're beautiful. He's letting us put one up in the day room."),
    ("A", "Helped a man out of his recliner at 2am. He made us tea after. Insisted. Best cuppa of the week."),
    ("A", "Gentleman in room 9 apologised for his size before we'd said a word. We told him he never needs to. He cried. So did I, later."),
    ("A", "Our oldest patient this week asked me to dance when the radio played Glenn Miller. I did. Two steps. Magic."),
    # ---- Sarcasm at the system or the author ----
    ("", "Day 4 of the new 'paperless' system: we have printed more paper than last year."),
    ("", "My smart watch just congratulated me for 'a restful night'. I was on call. It thinks the pager is a lullaby."),
    ("", "Congratulations to me on 100 days without a proper lunch break. Nobody asked. I'm still proud."),
    # ---- Quasi-identifiers ----
    ("AQ", "Delivered twins at home on Skye on Sunday for a 41-year-old crofter. Mum and babies doing well."),
    ("AQ", "Our 95-year-old patient, the last lock keeper on the canal at Foxton, has been with us since Thursday after a fall."),
    ("AQ", "A 7-year-old from Tristan da Cunha with a rare heart defect was flown to Cape Town on Monday for surgery."),
    ("AQ", "Treated the only female blacksmith in Kendal, 44, for a burn to her hand on Wednesday afternoon."),
    ("AQ", "Paramedics brought us a 37-year-old deep-sea diver from Ullapool on Saturday with the bends."),
    # ---- Advice requested ----
    ("R", "Took my first amoxicillin an hour ago and my lips feel tingly and a bit swollen. Is that an allergy? What do I do?"),
    ("R", "@DrOkoyeGP can I take ibuprofen with my naproxen for a bad back? The naproxen isn't touching it."),
    ("R", "My son (14) has been hearing voices for a week and won't leave his room. Where do we start, do we go to A&E?"),
    ("R", "My mum (88) has stopped eating and drinking since Friday and is sleeping most of the day. Is this just old age or does she need a doctor?"),
    # ---- Advice given ----
    ("G", "@laura_t tingly swollen lips after amoxicillin can be an allergic reaction, don't take another dose and call 111 now, 999 if your breathing changes."),
    ("G", "@gary_s no, don't take ibuprofen with naproxen, they're the same kind of drug. Try paracetamol on top instead."),
    ("G", "@nina_p with voices for a week and withdrawal, take him to your GP tomorrow or A&E tonight if he's at risk."),
    ("G", "@kim_j not eating or drinking for three days at 88 needs a doctor today, ring her GP this morning or call 111."),
    # ---- Hard negatives ----
    ("", "Batch recall: some lots of a common blood pressure tablet are being recalled. Check the notice and keep taking yours until you speak to your pharmacist."),
    ("", "Blood drive at the Kendal town hall on Saturday 12 April, 10 to 4. Every donation saves up to three lives."),
    ("", "Third migraine this week. I tell patients to keep a headache diary, so here I am, keeping one."),
    ("", "Anyone going to the RCN congress in May? Looking for someone to share a room with."),
]

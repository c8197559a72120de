"""The sixty-fifth held-out split of the post-level corpus ("heldout65"): hand-written posts.

post_heldout64.py was scored once on 2026-11-24 (fifth session) and reported in README.md. This
split was written before the change it measures (post_heldout64.py moved into training, nothing
else; the same session moved the explanation of a finding to when it is read, which changes no
output) and committed on its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a radiotherapy unit, an aesthetics clinic, a genetics clinic, an orthodontist, an army
medic, a GP receptionist, eye casualty, a hydrotherapy pool, a men's health clinic and a paediatric
emergency department; six kind stories in similar settings; sarcasm at the system or the author;
five quasi-identifier posts; four of each kind of advice; and hard negatives (a clinic's move,
eye-safety advice, the author's own braces, a question about study leave, a colleague's new
post).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT65 = [
    # ---- Mocking a patient ----
    ("AD", "Radiotherapy: gent asked if he could 'save up' his sessions and have them all on Friday. Efficient, our Malcolm. Wrong, but efficient."),
    ("AD", "Aesthetics clinic: client brought a reference picture for her new lips. Filtered. Heavily. Cartoon duck, roughly."),
    ("AD", "Genetics clinic: man asked if his test could also find out who ate his yoghurt at work. Science has limits."),
    ("AD", "Orthodontist: teen swore he wears his aligners twenty-two hours a day. They were still in the box, with the receipt."),
    ("AD", "Army medic: squaddie went sick with 'total exhaustion' at dawn on the ten-miler. Full recovery by noon. Curry day, coincidentally."),
    ("AD", "GP reception: caller demanded an urgent appointment for 'a sore thumb from texting'. Typed the complaint with the thumb."),
    ("AD", "Eye casualty: bloke used superglue instead of eye drops because the bottles 'look the same'. They do not, Gary. They really do not."),
    ("AD", "Hydrotherapy: woman declined her session as she'd been to the salon that morning. Wet is, sadly, the whole point of the pool."),
    ("AD", "Men's health clinic: chap asked for a prescription 'same as my mate's'. Didn't know what it was. Nor did the mate."),
    ("AD", "Paediatric ED: dad brought his son in for a cough, then coughed on everyone for an hour. Son fine. Dad, less so, but won't be seen."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Radiotherapy: a gentleman rang the bell after his last session so hard the clapper flew off. We're keeping it."),
    ("A", "Genetics clinic: two sisters came together for their results and held hands under the table the whole time. Both clear."),
    ("A", "Orthodontist: a shy girl smiled properly at the mirror today, braces off, and then at everyone in the waiting room."),
    ("A", "Army medic: the private I patched up on exercise sent me a card from his passing-out parade. Proud of him."),
    ("A", "Hydrotherapy: a man who hasn't walked unaided since his stroke took six steps across the pool today. We all cried."),
    ("A", "Paediatric ED: a four-year-old gave me one of her stickers 'for being brave' while I cleaned her knee. Kept it on all shift."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our clinic's new phone system plays Vivaldi for forty minutes, then hangs up. The Four Seasons, experienced in real time."),
    ("", "Signed up for the hospital step challenge. Walked to the car park. Lost the challenge."),
    ("", "Management has formed a working group to look at why we have so many working groups."),
    # ---- Quasi-identifiers ----
    ("AQ", "Fair Isle's last lighthouse keeper got her new hearing aids from us on Tuesday; 81, thrilled, heard the gulls again."),
    ("AQ", "Our radiotherapy unit is treating Mingulay's last crofter, 73, for a rare sarcoma; he came by boat on Monday."),
    ("AQ", "A three-year-old from Tristan da Cunha, the island's youngest, needed our orthopaedic team on Thursday: a badly broken arm."),
    ("AQ", "Portsoy ballerina, retired, 96, danced at her granddaughter's wedding on Saturday, fell, and ended the night in our resus."),
    ("AQ", "Sanday has one vet, and on Wednesday a heifer slammed a gate into his face; he spent the afternoon in our eye casualty."),
    # ---- Advice requested ----
    ("R", "Got a splash of bleach in my eye cleaning the bathroom ten minutes ago. Rinsed it, still stinging. A&E?"),
    ("R", "@OrthoDrLee my son's brace wire has come loose and is cutting his cheek. Can I snip it or does he need to come in?"),
    ("R", "Third week of radiotherapy, chest skin now raw and flaking under my bra. What should I put on it?"),
    ("R", "My dad (79) has started seeing flashing lights in one eye since this morning. Emergency or wait for the optician?"),
    # ---- Advice given ----
    ("G", "@jo_w keep rinsing with clean water for another 20 minutes, then go to eye casualty today; bleach needs checking."),
    ("G", "@pat_r push the wire flat with a pencil rubber or cover it with wax, and ring us in the morning; don't cut it yourself."),
    ("G", "@sue_k that's common in week 3; use the plain moisturiser the unit gave you and tell your radiographer at your next session."),
    ("G", "@tom_b new flashes in one eye need seeing today, not next week; eye casualty or an urgent optician this morning."),
    # ---- Hard negatives ----
    ("", "From Monday, genetics outpatients will be seen in the new block beside the multistorey; phone lines unchanged."),
    ("", "Eye safety reminder: goggles for DIY, and rinse any chemical splash for at least 15 minutes before anything else."),
    ("", "Got my own braces tightened today. I will be eating soup and regretting my life choices until Thursday."),
    ("", "How far in advance do people book study leave for the spring courses?"),
    ("", "Delighted to announce Dr Ama Owusu as the children's emergency department's new clinical lead."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT65, "heldout65")

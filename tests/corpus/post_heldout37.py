"""The thirty-seventh held-out split of the post-level corpus ("heldout37"): hand-written posts.

post_heldout36.py was scored once on 2026-11-24 and reported in README.md: every category at 0.909
or above; its three anecdote misses were posts PS1100 flagged with no patient word, and since then
a post whose details single out a patient is an anecdote. This split was written before those
changes were measured, and committed on its own: a larger general mix (every category with at
least six posts) in the voices of nurses, paramedics, pharmacists, students, patients and
parents, with hard negatives (a colleague's anniversary with a weekday and a year, a job advert in
a small town, the author's own jabs, public-health facts, a published case report).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT37 = [
    # ---- Quasi-identifiers ----
    ("AQ", "Paramedic life: we carried the only midwife in Barra down from her croft at 4am on Sunday. She was back delivering babies by Friday."),
    ("AQ", "Our 96-year-old from the care home on Elm Street finally got her wish and went home to Dungarvan on Tuesday."),
    ("AQ", "Treated a zookeeper from Whipsnade this morning who'd been bitten by a lemur."),
    ("AQ", "A 71-year-old church organist from a village outside Ludlow is recovering on our cardiac ward after collapsing mid-hymn on Sunday."),
    ("AQ", "The twins' mum, a firefighter from Kalgoorlie, brought them in with croup two nights before Christmas."),
    ("AQ", "Had the town's only locksmith in A&E last night, 58, with a nail through his thumb."),
    ("AQ", "Our NICU's tiniest ever baby, born at 22 weeks in Wagga on Boxing Day, went home today."),
    ("AQ", "A retired Olympic rower with Pompe disease was admitted under us on Wednesday from Henley."),
    ("AQ", "Mrs K, the lollipop lady from outside St Joseph's primary, is on our ward after a fall on the ice on Monday."),
    ("AQ", "Flew a 9-year-old from Stornoway to Glasgow overnight after a quad bike crash on the family croft."),
    # ---- Patient stories ----
    ("A", "A patient told me today that I was the first nurse who'd ever sat down to talk to her. I'm still thinking about it."),
    ("A", "Held a hand for the last hour of someone's life tonight. No family made it in time. I hope he knew he wasn't alone."),
    ("A", "Just had a toddler high-five me after her stitches. Best patient of the week."),
    ("A", "Pharmacist here: a gentleman came in today confused about his six different inhalers. We sat down and sorted it together."),
    ("A", "The lad I looked after on nights rang the ward to say he passed his driving test. Made my whole week."),
    ("A", "Patient in resus asked me to call his wife and tell her he loves her. Then he asked me to say it twice."),
    ("A", "My patient this morning apologised for being 'a bother' four times. You're never a bother."),
    ("A", "Student nurse here. Watched my first birth today and cried more than the dad."),
    # ---- Mocking a patient ----
    ("AD", "Patient asked if we could turn the heart monitor down because the beeping was 'bad for his nerves'. Sure, we'll just turn off the heart."),
    ("AD", "Room 14 has rung the bell to ask for a sandwich at 3am for the fourth night running. Hotel St Mary's, room service, how may we help."),
    ("AD", "Lady in cubicle 2 informed me she's allergic to 'all the tablets'. Except the Valium, apparently."),
    ("AD", "Drunk guy in majors tried to fight the vending machine and lost. Twice. Proudest moment of my career."),
    ("AD", "Another genius who put his own shoulder back in with a YouTube video. Shockingly, it's not back in."),
    ("AD", "Patient's mum googled 'fever' and has now diagnosed him with Ebola, dengue and 'a tropical something'. He has a cold."),
    ("AD", "Today in 'why are you in the ED': a man whose toenail 'looked at him funny'."),
    ("AD", "Bed 7 asked if the hospital does a loyalty card. Tenth admission this year. Honestly, he's earned it."),
    # ---- Advice requested ----
    ("R", "My dad's potassium came back at 6.1 on his bloods today and the GP just said 'we'll repeat it'. Should we be going to A&E?"),
    ("R", "I've had a lump in my armpit for three weeks now, it's not sore but it's not going away. Is this something I need to worry about?"),
    ("R", "@NHSPharmacist can I take my co-codamol with the amitriptyline I was prescribed last week? Don't want to mix them wrong."),
    ("R", "Toddler swallowed a button battery maybe 20 mins ago, she seems fine. Do we really need to go in?"),
    ("R", "Post-op day 5 after my appendix, the wound is red and warm around the edges. Is that normal healing or infection?"),
    ("R", "Anyone know if I can still breastfeed on the antibiotics I was just given? It's flucloxacillin."),
    # ---- Advice given ----
    ("G", "@laura_m88 a button battery is an emergency even if she seems fine. Go to A&E now, don't wait."),
    ("G", "@dad_of3 at 6.1 he needs that potassium repeated today, not next week. Ring 111 tonight."),
    ("G", "@sophie_tw flucloxacillin is fine with breastfeeding, carry on as normal and finish the course."),
    ("G", "@mike_r take two of the 200mg ibuprofen with food for that knee and stop if your stomach hurts."),
    ("G", "@jenny_k that redness at day 5 sounds like a wound infection, get it seen by your GP tomorrow for antibiotics."),
    ("G", "@paulbrown don't restart the bisoprolol until you've spoken to your cardiologist about that slow pulse."),
    # ---- Hard negatives ----
    ("", "Public health reminder: button batteries can burn through a child's oesophagus in two hours. Store them out of reach."),
    ("", "Congratulations to Sister Rachel Obi on 30 years with the trust. She started on our ward on a Monday in 1995 and never left."),
    ("", "We're recruiting! Band 5 nurses wanted for our stroke unit in Kendal. Flexible shifts, great team."),
    ("", "New NICE guidance on hypertension in pregnancy is out today. Worth a read for anyone in maternity."),
    ("", "Had my flu jab and my Covid booster on Saturday. Sore arm, no regrets."),
    ("", "Our hospital radio volunteers play requests every Sunday evening. Ask your nurse for the number!"),
    ("", "The retired headteacher who chairs our patient panel has written a brilliant guide to discharge letters."),
    ("", "What's the evidence for early mobilisation after hip fracture surgery? Looking for good reviews."),
    ("", "Does anyone know how to get hold of my late mum's medical records? The GP surgery keeps sending me in circles."),
    ("", "Night shift done. Three coffees, two sandwiches, one sunrise over the car park. Bed."),
    ("", "Sepsis kills more people than breast, bowel and prostate cancer combined. Know the signs."),
    ("", "Fascinated by this case report of a Whipple procedure in a 92-year-old. Would love to hear if anyone's seen similar."),
]

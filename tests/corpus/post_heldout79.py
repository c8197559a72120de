"""The seventy-ninth held-out split of the post-level corpus ("heldout79"): hand-written posts.

Written on 2026-11-25 (eighth session), after post_heldout77.py was scored and while the change
post_heldout78.py measures was being made (before post_heldout78.py was read or scored), and
committed on its own, checked for word overlap with the corpus before it was scored. It measures
the change after that one (post_heldout78.py moves into training with it). Ten mocking posts in
the voices of a sleep clinic, a podiatry clinic, an audiology clinic, a travel clinic, a pain
clinic, eye casualty, a community pharmacy, an ambulance crew, a paediatric A&E (mockery aimed at
a parent) and a care home (aimed at a visiting son); six kind stories in similar settings; five
quasi-identifier posts; four of each kind of advice (requests among them that ask in a clipped
choice with no "I" or "should"); and hard negatives (a clinic's new hours, sun-safety advice for
everyone, the author's own hearing test, a question about a parking permit, a colleague's award,
a trial's results, sarcasm at the rota, a question about the difference between two jobs).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT79 = [
    # ---- Mocking a patient ----
    ("AD", "Sleep clinic: he can't work out why he's awake all night. Six energy drinks after tea, apparently unrelated. A true mystery of science."),
    ("AD", "Podiatry: she's been cutting her toenails with garden shears 'because they're sharper'. Nature documentary material, those feet."),
    ("AD", "Audiology: gent insists his hearing is perfect and everyone else mumbles. Repeated the question three times. Very convincing."),
    ("AD", "Travel clinic: lad off to the jungle for a month tomorrow, wants every jab today and thinks malaria tablets are 'optional extras'. Good luck, Indiana."),
    ("AD", "Pain clinic: his back is 'agony, doc, a ten' while he jogs up two flights to beat the lift. Medical miracle, that man."),
    ("AD", "Eye casualty at 3am: she rinsed the chilli out of her eye with vinegar. Genius move. Sunglasses are on us."),
    ("AD", "Pharmacy counter: bloke asked for 'the strong stuff, the one celebrities use' for his hangover and sulked at paracetamol. Poor lamb."),
    ("AD", "Ambulance: called at 2am by a man whose remote control had fallen behind the sofa and who 'couldn't reach'. We're basically a butler service now."),
    ("AD", "Paeds A&E: dad asked if we could 'hurry up' with his daughter's stitches so he wouldn't miss kick-off. Father of the year, that one."),
    ("AD", "Care home: son visits once a year, reads the chart, and lectures us on his mum's fluids for an hour. Thanks for the inspection, sir."),
    # ---- Kind stories about a patient ----
    ("A", "Sleep clinic: a trucker who'd nodded off at the wheel came back after a month on his mask. First full night in years, he said, and teared up."),
    ("A", "Podiatry: the ulcer's finally healed and an old gardener strolled out to his allotment from our clinic, stick under his arm. Did a little jig."),
    ("A", "Audiology: switch-on day for a toddler's cochlear implant, and he turned towards the sound of the kettle. Grandma dropped her handbag."),
    ("A", "Eye casualty: a grandad whose retina we lasered last week brought a drawing his grandson did of us all in lab coats."),
    ("A", "Ambulance: picked up a lady after a fall who insisted on giving us her last two chocolate biscuits for the journey. Absolute gem."),
    ("A", "Paeds A&E: a brave five-year-old kept perfectly still while we glued her chin, then insisted her rabbit's ear be 'fixed' as well. Done."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The lighthouse keeper's widow from Fair Isle, 88, came in by air ambulance on Sunday with a broken hip. Feisty as anything."),
    ("AQ", "Treated Barra's only vet on Wednesday after a Highland cow trod on his foot. He's 54 and worried about the lambing."),
    ("AQ", "Tobermory's first ever case of Alström syndrome, a lad of nine, joined our genetics list on Friday with his proud wee sister."),
    ("AQ", "The retired ferryman from Lismore, 79, who we flew in on New Year's Day after his stroke, spoke his first words to us today."),
    ("AQ", "Set the arm of the church organist from Hawes, 71, on Thursday after she slipped on the vestry steps. Wants to be back for Easter."),
    # ---- Advice requested ----
    ("R", "Husband's speech went slurry for ten minutes and now he's fine again. Ring 999 or see the GP in the morning?"),
    ("R", "Baby has a bulging soft spot and has been sick twice since lunch. Go in now or ring the health visitor?"),
    ("R", "Started the new blood pressure tablets Monday and my face and lips are a bit puffy today. Keep going or stop them?"),
    ("R", "@NurseKatieR son's burn from the oven door has blistered up the size of a coin. Pop it or leave it and cover it?"),
    # ---- Advice given ----
    ("G", "@jodie_w that's a sty from your photo. Warm compresses four times a day and don't squeeze it, see the optician if it's not better in a week."),
    ("G", "@raj_k given your kidney numbers, stop the ibuprofen and swap to paracetamol for the knee."),
    ("G", "@lou_m grandad's hot, fat calf since Tuesday's long-haul trip is a clot until proven otherwise. Take him to A&E now, no waiting till Monday."),
    ("G", "@ben_s halve the melatonin to 1 mg for your son and give it an hour before bed, not at lights out."),
    # ---- None of them ----
    ("", "From 6 January the travel clinic opens on Saturday mornings too, 9 till 1, bookings through the practice website."),
    ("", "Heading outdoors this weekend? Slip on a shirt, slop on SPF 30 and seek shade between 11 and 3. Check moles monthly."),
    ("", "Finally had my own hearing tested after twenty years of testing everyone else's. Turns out I've been ignoring people on purpose."),
    ("", "Anyone know if the staff parking permit covers the Woodside car park after the rebuild? Asking before I get a ticket."),
    ("", "Our podiatry lead Grace Okafor picked up a national prize last night for her diabetic foot pathway. Drinks on Friday!"),
    ("", "New trial: a single dose of HPV vaccine protected girls as well as two doses over five years. Big news for global programmes."),
    ("", "The rota for Christmas came out at 11pm on a Friday, which is definitely when everyone checks their email. Festive."),
    ("", "Audiologist versus ENT surgeon: how do the training routes compare? My nephew is weighing up university courses."),
]

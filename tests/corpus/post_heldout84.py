"""The eighty-fourth held-out split of the post-level corpus ("heldout84"): hand-written posts.

Written on 2026-11-25 (eighth session), after post_heldout83.py was scored and before the change
this split measures (the next change; post_heldout83.py moves into training with it), and
committed on its own, checked for word overlap with the corpus before it was scored. It was written
after PS3001's cue for a clipped choice of care was added, by people who know that cue's shape, so
its two clipped requests are no fair test of that cue. Voices from
Canada, New Zealand and Ireland as well as Britain and the US. Ten mocking posts (a hockey rink
medic, a rural NZ nurse, an Irish GP receptionist, a sleep lab tech, a dental hygienist, a
geriatric day hospital, a poison control line, a student health centre, a wound clinic and a
maternity ward, mockery aimed at a patient's brother among them); six kind stories, two of them
told in the shape of a joke; five quasi-identifier posts; four of each kind of advice (requests
among them clipped choices); and hard negatives (a clinic's new address, frostbite advice for
everyone, the author's own blood donation, a question about a pension transfer, a colleague's
award, a trial's results told with a wink, sarcasm at the pager, a question about a course).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT84 = [
    # ---- Mocking a patient ----
    ("AD", "Rink medic tonight: beer league defenceman took a puck to the shin, refused ice, then asked if we had 'something stronger, like a Molson'. Elite athlete."),
    ("AD", "Rural clinic, Northland: bloke drove two hours with a fish hook through his thumb because he 'didn't want to waste the bait'. Priorities, mate."),
    ("AD", "Surgery reception, Cork: a man rang to book a same-day appointment for a cold he's 'had since Easter'. The urgency is overwhelming."),
    ("AD", "Sleep lab: he peeled off every electrode at 2am because they 'tickled', then complained the study didn't find anything. Science is hard."),
    ("AD", "Hygienist here. She told me she flosses daily. Her gums told me a different story. Fiction writer in the chair today."),
    ("AD", "Day hospital: gent's brother turned up to 'supervise', corrected the physio for an hour and left with a free cup of tea. Expert in everything."),
    ("AD", "Poison line at midnight: caller's teenager ate a tide pod 'as a joke' and the parent wanted to know if it 'counts as a vegetable'. Clean inside, anyway."),
    ("AD", "Campus clinic: second-year wanted a medical certificate excusing him from his finals, citing 'a rare reaction to tequila'. Groundbreaking."),
    ("AD", "Wound clinic: he swapped his dressing for duct tape because it was 'more durable'. Gaffer tape surgery, coming soon."),
    ("AD", "Maternity ward: new dad asked the midwife to wake him 'when something interesting happens'. Peak support."),
    # ---- Kind stories about a patient ----
    ("A", "Rink medic: a ten-year-old goalie took a stick to the chin, got three stitches and asked if he could finish the period. His mum said no. He sulked magnificently."),
    ("A", "Rural clinic: an old farmer brought us a sack of feijoas because we 'looked peaky'. Best prescription we've had all week."),
    ("A", "Sleep lab: a young mum who'd been struggling for years finally got her diagnosis this morning and hugged the whole team on her way out."),
    ("A", "Day hospital: our oldest attendee, 97, beat the physio at skittles again and demanded a rematch for Thursday. Nobody wins against her."),
    ("A", "Wound clinic: eight months of dressings and a retired joiner's shin has knitted shut. He marched his wife in purely to admire it."),
    ("A", "Maternity ward: a big tattooed biker cried like a baby when his daughter was born and then sang her a lullaby. Not a dry eye."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Airlifted the only mechanic in Dawson City, 61, to us on Tuesday after a hoist failed in his garage. He's asking about the snowplough."),
    ("AQ", "The postmistress of Inishbofin, 72, came over on the ferry with a broken wrist on Saturday. First time she's left the island this year."),
    ("AQ", "Stewart Island's first teenager known to have Ehlers-Danlos, fourteen, flew across Foveaux Strait for her review with us midweek."),
    ("AQ", "Treated the fire chief of Tofino, 54, on Sunday for smoke inhalation after the motel blaze. Back on shift Friday, he insists."),
    ("AQ", "Valentia's old lighthouse man, 89, came in chesty on Christmas Eve and recited every shipwreck off the Kerry coast for the night staff."),
    # ---- Advice requested ----
    ("R", "Partner's been vomiting since midnight and now can't keep sips down, lips dry as paper. After-hours clinic or ED?"),
    ("R", "Wee one's fontanelle has dipped in and she's barely fed since lunch. Plunket line or straight to hospital?"),
    ("R", "@GPNurseAoife forgot my apixaban twice this week with the kids off school. Take extra today or carry on as normal?"),
    ("R", "Whining noise in both ears since Saturday's gig and the right one feels stuffed with cotton wool. Wait it out or get checked?"),
    # ---- Advice given ----
    ("G", "@ciara_m that hot, spreading redness round your cut is cellulitis. Get to your GP today for antibiotics."),
    ("G", "@noah_t your boy's barky cough and stridor at rest needs ED tonight, not the morning."),
    ("G", "@hemi_w keep taking the iron but take it with orange juice and not with your tea, and recheck bloods in six weeks."),
    ("G", "@lisa_c stop the amoxicillin now that the hives have appeared, and take an antihistamine till you see your doctor."),
    # ---- None of them ----
    ("", "The sexual health clinic moves to 14 Harbour Road from Monday 3 February. Same hours, same phone number."),
    ("", "Cold snap this week: cover ears and fingers, keep moving, and if skin goes white and numb, warm it gently and get it checked."),
    ("", "Gave blood for the 50th time today. The nurse gave me a pin and an extra biscuit. Worth every drop."),
    ("", "Anyone know if an NHS pension can be transferred when you move to a hospital in Ireland? Paperwork is doing my head in."),
    ("", "Our wound care nurse Aroha Tane took home the national excellence prize on Friday. Kai and cake in the tearoom."),
    ("", "Trial news, and yes, it's real: dogs trained to sniff out malaria picked up 70% of infections in children's socks."),
    ("", "My pager went off during the fire drill to tell me about the fire drill. Very reassuring technology."),
    ("", "New grad here: does a tissue viability qualification help your CV this early, or wait a couple of years?"),
]

"""The thirty-fourth held-out split of the post-level corpus ("heldout34"): hand-written posts.

post_heldout33.py was scored once on 2026-11-24 and reported in README.md. This split was written
before the training data that answers it (jokes about patients with no insult word, and kind
stories in the same shapes), and committed on its own: weighted to mockery of patients in the
voices of ward nurses, ED doctors, paramedics, GPs and care workers, with kind and funny stories,
jokes about the author's own work, advice and quasi-identifier posts and hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT34 = [
    # ---- Mocking a patient ----
    ("AD", "Man in bay 4 is convinced his chest pain is from 'bad wifi'. Sir, it's the forty cigarettes a day."),
    ("AD", "Lady in 9 refused the hospital food, then ordered a kebab to the ward at midnight. Dietary requirements, apparently."),
    ("AD", "Our regular is back with his annual 'I've been poisoned' visit. Same takeaway, same story, same negative tox screen."),
    ("AD", "GP life: patient booked a double appointment to discuss 47 symptoms he found on a forum. I got through three."),
    ("AD", "Care home resident told me I'm 'too fat to be a nurse' and then asked me to help her up. Bless her. Not."),
    ("AD", "The bloke who called 999 because his girlfriend 'looked at him funny' has rung again. Tonight she's breathing loudly."),
    ("AD", "Pt wanted to know if the MRI could tell him who keyed his car. Sadly not, sir, we only do brains, and yours is pending."),
    ("AD", "Kid in A&E stuck a crayon up his nose 'to see what happens'. Dad did the same at his age, going by the notes."),
    ("AD", "Ah, the lady who wants antibiotics for everything. Today it's a paper cut. Tomorrow, who knows."),
    ("AD", "Patient told me he'd 'cut down' to two bottles of wine a night. Gold medal for effort, I suppose."),
    ("AD", "Woman in triage insisted she was 'allergic to waiting'. Funnily enough, so is everyone else in the room."),
    ("AD", "Another Saturday, another man who thought he could jump the garden fence after ten pints. The fence won."),
    # ---- Kind and funny stories about patients ----
    ("A", "The old gentleman in bed 2 asked me if I was courting. When I said no, he offered to set me up with his grandson."),
    ("A", "A little girl in clinic today gave her teddy a 'jab' before she'd let me do hers. Teddy was very brave."),
    ("A", "Patient told me the hospital tea was the best he'd had since the war. I'm choosing to believe him."),
    ("A", "Had a lady on the ward who sang hymns to the whole bay every morning. The night staff now hum them on handover."),
    # ---- Jokes about the author's own work ----
    ("", "I've now written the wrong year on three drug charts. It's November. I have no excuse."),
    ("", "Tried to scan my Tesco clubcard at the staff entrance this morning. Night shifts are winning."),
    ("", "Our new trainee asked where the 'blood gas station' was. We've all been there."),
    ("", "Why is the one pen that works on this ward always in the pocket of the person who just went home?"),
    # ---- Quasi-identifiers ----
    ("AQ", "Last night we looked after the island's only postman, who came off his bike on the cliff road near Lerwick."),
    ("AQ", "The 102-year-old former Spitfire engineer we treated in October has written to thank the whole ward."),
    # ---- Advice requested ----
    ("R", "Since starting amlodipine my ankles have swollen up like balloons. Should I stop it until I see my GP?"),
    ("R", "@NurseKateOnline my baby has had green poo for three days but is feeding fine. Is that something to worry about?"),
    # ---- Advice given ----
    ("G", "@rob_p with a calf that's hot and swollen after surgery, you need to go to A&E today, it could be a clot."),
    ("G", "@lucy_b88 that rash sounds like your son is reacting to the amoxicillin. Stop it and ring the GP this morning."),
    # ---- Hard negatives ----
    ("", "Stop calling patients 'bed blockers'. They're people waiting for care packages that don't exist."),
    ("", "Flu season is here. If you're over 65, pregnant or have a long-term condition, book your jab."),
    ("", "Proud of our ED team, who saw more than 400 people yesterday and still made time to smile."),
    ("", "Our ward has a new therapy dog called Biscuit. Visits every Tuesday afternoon."),
    ("", "What's the difference between a heart attack and a cardiac arrest? A short thread for our community page."),
    ("", "Off to Manchester for the emergency medicine conference. Say hi if you see me at the sepsis session."),
]

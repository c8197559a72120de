"""The twenty-ninth held-out split of the post-level corpus ("heldout29"): hand-written posts.

post_heldout28.py was scored once on 2026-11-24 and reported in README.md. Two more spot checks
followed (hospital and patient-community posts, advice replies) and found PS3001 firing on
questions members of a patient community ask each other about experience and preparation ("What
questions should I ask my surgeon before my hip replacement?"), and PS4001 missing a reply that
diagnoses and instructs in soft words ("honestly just rest and drink fluids, it's probably a
cold"). This split was written before the training data that answers those, and committed on its
own: a general mix weighted to patient communities (members' questions, moderators, replies
between members), with clinicians' stories, mockery and quasi-identifier posts.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT29 = [
    # ---- Members' questions about experience, preparation and resources: no individual advice asked ----
    ("", "For those who've had a knee replacement: what did you wish you'd bought before surgery?"),
    ("", "What's the best way to explain my Crohn's to a new boss? Looking for wording that worked for you."),
    ("", "Does anyone have a good template for a seizure action plan to give my son's school?"),
    ("", "How do you all keep track of appointments when you see six different specialists?"),
    ("", "Which questions did you ask at your first oncology appointment? Mine is next week and my mind goes blank."),
    # ---- Members asking about their own case ----
    ("R", "My INR has been all over the place since I started the new antibiotic. Should I skip a warfarin dose?"),
    ("R", "Is it normal to still have this much pain 10 days after a gallbladder removal? Incision looks fine."),
    ("R", "My 4 year old's eczema is bleeding and the steroid cream isn't helping. Do we need to go back to the GP?"),
    ("R", "Can I take my Adderall on the morning of my colonoscopy? The prep sheet doesn't say."),
    # ---- Replies between members ----
    ("G", "@lou_b honestly that sounds like a UTI, drink loads of cranberry juice and take the leftover antibiotics."),
    ("G", "@ken_w just double up your metformin on the days you eat a big dinner, that's what I do."),
    ("", "@amy_t sending hugs, I remember how scary the first infusion was. You've got this."),
    ("", "@pete_r my rheumatologist said the same thing, but yours knows your history best, ask them."),
    ("", "@jas_k congrats on six months seizure free!"),
    # ---- Moderators and public health ----
    ("", "Mod note: we've removed posts recommending stopping medication. Please talk to your own care team."),
    ("", "Reminder: this group is for support, not diagnosis. If you're unwell, call your doctor or 111."),
    ("", "Flu season tip: wash hands often, stay home when sick, and get your jab if you're eligible."),
    # ---- Clinicians' stories ----
    ("A", "Took out a 6 cm kidney stone this morning. The patient named it 'Kevin' and wants it in a jar."),
    ("A", "A little girl in clinic today asked if my stethoscope could hear her thoughts. I said only the happy ones."),
    ("A", "Sat with a man overnight whose wife of 50 years was in the ICU. He brought her a crossword every day."),
    ("A", "Our patient on the rehab ward walked 50 metres today, three weeks after they told him he never would."),
    # ---- Mocking a patient ----
    ("AD", "Patient in 4 asked for a second opinion from 'a real doctor'. I'm the consultant. Lovely start to the shift."),
    ("AD", "Bay 8 has decided his 'allergy' to hospital food doesn't extend to the vending machine. Fascinating condition."),
    ("AD", "Another Google graduate in the ED tonight, diagnosing himself with three cancers and a stroke. It was wind."),
    # ---- Hard negatives: the same jokes aimed at the system or the author ----
    ("", "The new rota software has a 'seizure' every time I try to swap a shift. Fascinating condition."),
    ("", "Me, a doctor, googling my own symptoms at 2am and diagnosing myself with three cancers. It was wind."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "We treated the only vet on Orkney's North Ronaldsay, 61, after a ram broke his leg on Tuesday."),
    ("AQ", "The 99-year-old former lighthouse keeper from Hatteras came in on Thanksgiving with a broken wrist."),
    # ---- Hard negatives: news, colleagues, announcements ----
    ("", "Our new paediatric wing at St. Anne's opens in May, with 40 beds and a rooftop garden."),
    ("", "Congratulations to Sister Mary Doyle, 40 years on the maternity ward this week!"),
    ("", "Huntington's disease affects about 1 in 10,000 people. Our clinic runs family support evenings."),
    ("", "Big thanks to Jamal in pharmacy for tracking down the last vial of antivenom in the state."),
]

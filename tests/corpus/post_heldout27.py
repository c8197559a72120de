"""The twenty-seventh held-out split of the post-level corpus ("heldout27"): hand-written posts.

post_heldout26.py was scored once on 2026-11-24 and reported in README.md. Two spot checks of
everyday posts with the defaults followed it and found PS2001 on teaching about "any patient" and
on "our patient advisory council", PS1020 on a rule about patients' photos, PS1100 on stories under
a "Monday thoughts:" opener, PS3001 on billing questions to a hospital, and no finding on a post
that mocks a patient without an encounter ("That frequent flyer is back again"). This split was
written after the rules and data that answer those, and before the model it measures was scored on
anything but the training and dev splits, and committed on its own: a general mix in those
families' new phrasings and others (patient-community posts, moderators' notes, parents, nurses),
with mocking posts, advice requested and given, and quasi-identifier stories.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT27 = [
    # ---- Patients in general: teaching, policy, checklists ----
    ("", "Clinical pearl: every patient on a PPI for more than a year deserves a deprescribing conversation."),
    ("", "Rule of thumb on nights: any patient who looks grey gets a full set of obs and a senior review."),
    ("", "New policy from Monday: no patient images on personal phones, even for teaching."),
    ("", "Our patient experience team is looking for volunteers to read discharge letters for clarity."),
    ("", "Sign up for the patient portal to see your lab results and message your care team."),
    # ---- Patient stories ----
    ("A", "Our patient with the tracheostomy wrote 'thank you' on his whiteboard for every nurse who came in today."),
    ("A", "Discharged a lady this afternoon who had been with us since August. She left us a tin of shortbread."),
    ("A", "Told a young dad his baby's heart murmur was innocent. Watching his shoulders drop was the best part of my week."),
    ("A", "Friday vibes: the boy in cubicle 2 has named his cast 'Steve' and insists we all say hello to it."),
    ("A", "Spent my break with a patient who was scared of her MRI. We practised the breathing together and she did it."),
    # ---- Mocking a patient ----
    ("AD", "That frequent visitor is back with the 'worst migraine of her life' for the fifth time this month. Lights on, phone at full brightness."),
    ("AD", "Man in bay 2 insists he's allergic to paracetamol but fine with the entire bar menu. Sure, mate."),
    ("AD", "Today's patient informed me that germs aren't real. Then asked for antibiotics. Can't make it up."),
    ("AD", "Triage tip: if the 'unbearable pain' pauses for a selfie, it's not that unbearable. Love our regulars."),
    ("AD", "Gentleman in 7 wants his wife to stop 'fussing' over his stroke symptoms. She's the only one with any sense in that room."),
    ("AD", "Some patients think the call bell is a room service button. Bed 3 ordered a latte tonight. With oat milk."),
    # ---- Hard negatives: jokes about the system and the author ----
    ("", "My pager went off 22 times in an hour. It's the real frequent flyer on this ward."),
    ("", "Me explaining to my own GP that I'm 'fine' while visibly coughing. Physician, heal thyself."),
    # ---- Advice requested ----
    ("R", "My dad's blood sugar was 38 this morning and he was confused. He's ok now. Should he still go in?"),
    ("R", "@DrKemi_GP my period has been 3 weeks late and the tests are negative. Is that something to worry about?"),
    ("R", "Anyone know if I should worry about a tick bite from two weeks ago? There's a red ring around it now."),
    ("R", "Just got my thyroid results: TSH 8.9. Do I need medication or can I wait?"),
    # ---- Hard negatives: questions that ask for no advice ----
    ("", "@RiverValeHospital I've been on hold for 40 minutes trying to pay my bill. Is there an online option?"),
    ("", "@NorthPointClinic do you have appointments after 5pm on weekdays? I work days."),
    ("", "Which podcast do you recommend for nursing students preparing for their first placement?"),
    # ---- Advice given ----
    ("G", "@gemma_k with that fever and stiff neck, don't wait for the GP, go to A&E now."),
    ("G", "@raj_patel at your dose you can take it with food, and skip the grapefruit juice with it."),
    ("G", "@lucy_runs that sounds like a stress fracture. Stop running for six weeks and get an x-ray."),
    # ---- Hard negatives: public health, declining to advise, jest ----
    ("", "Heat warning this weekend: drink water, check on elderly neighbours, and know the signs of heatstroke."),
    ("", "@ben_h I'm sorry you're going through this. I can't advise on your case here; your GP is the right person."),
    ("", "@tasha_icu you need a holiday more than anyone I know. Go book it!"),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Monday thoughts: we treated the only lighthouse keeper on Rathlin, 59, after a fall from the tower on Saturday."),
    ("AQ", "Had the 19-year-old state rodeo champion from Cody in the trauma bay last night with a crushed pelvis."),
    ("AQ", "The town's only pharmacist, 72, came to us by air ambulance on Boxing Day after a stroke."),
    # ---- Hard negatives: greetings, colleagues, news, the author's own health ----
    ("", "Happy Friday to the night team! Pizza is in the staff room."),
    ("", "Welcome Dr. Amara Okafor, our new paediatric cardiologist, who joins us from Leeds."),
    ("", "Our hospital was named one of the top 50 for stroke care this year. Proud of this team."),
    ("", "Two years since my kidney transplant today. Grateful to my donor's family every single day."),
    ("", "Moderator note: please don't post photos of your scans or lab reports with your name on them."),
    ("", "Patient safety week starts Monday. Come to the atrium for the falls-prevention stand."),
]

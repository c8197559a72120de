"""The fourteenth held-out split of the post-level corpus ("heldout14"): hand-written posts.

post_heldout13.py was scored once on 2026-11-23 and reported in README.md. This file was written
right after that scoring and committed on its own, before any change that followed it. It is a
general mix rather than a probe of one weakness: nurses, doctors, students, therapists, patients
and parents, on every platform, about as often funny as serious.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT14 = [
    # ---- Disrespectful tone about a patient ----
    ("AD", "Patient in 3 asked if the hospital has room service. Sure, and a masseuse. Get over yourself."),
    ("AD", "PT student here: my patient 'forgot' how to walk the second his wife left the room. Miracle recovery when she came back. What a faker."),
    ("AD", "That guy who comes in every week drunk and puking on our shoes? He's back. Lucky us. 🤮"),
    ("AD", "Lady in bay 2 wants a second opinion from 'a real doctor'. The real doctor is a 5 foot woman, Karen. Deal with it."),
    ("AD", "Guy called 911 because his toenail 'looked weird'. Our tax dollars at work, folks."),
    ("AD", "The 300 lb patient in 6 complained the chair was 'too small'. Maybe it's not the chair, sweetheart."),
    ("AD", "OT here: patient refused every activity because 'therapy is for crazy people'. Okay, keep rotting in bed then."),
    ("AD", "Pt in 9 has asked for more morphine 14 times. Zero pain behaviours, full hotdog in hand. Junkie gonna junk."),
    ("AD", "Family in 5 asked if grandma could be 'put on a timer'. Their inheritance is showing. Vultures."),
    ("AD", "Patient told me her migraine was from 'negative vibes in the waiting room'. Hon, the only negative vibe here is you."),
    ("AD", "My patient wanted a doctor's note to get out of jury duty because he 'doesn't like people'. Same, pal, same."),
    ("AD", "This clown pulled his own chest tube because it was 'itchy'. Enjoy round two, genius."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "PT student here: my patient took her first steps with the new prosthesis today and then asked me to dance."),
    ("A", "OT here: my patient cooked scrambled eggs for the first time since his stroke. He made me eat them. Delicious."),
    ("A", "The lady in bay 2 brought photos of her grandchildren to show every nurse. We know all their names now."),
    ("A", "My patient asked me to call her daughter and tell her she loves her, just in case. Surgery went perfectly."),
    ("A", "A man came into clinic today just to thank us for catching his cancer early. Five years clear."),
    ("A", "Our patient in 6 has a tiny dog that visits every afternoon. The whole unit waits by the window."),
    ("A", "Had a patient who kept apologizing for crying. Crying is allowed here. It's practically in the job description."),
    ("A", "The boy in bed 4 asked if his heart was 'fixed now'. It is, buddy. It really is."),
    ("A", "Student nurse here: my patient taught me more about diabetes than my textbook did. She's had it 40 years."),
    ("A", "My patient in 12 celebrated his 50th wedding anniversary on the ward. His wife wore her wedding veil."),
    # ---- Advice requested ----
    ("R", "My son was stung by a bee and his lips are swelling. He's never been allergic. What do I do?"),
    ("R", "@DrPriyaOB I'm 12 weeks pregnant and have been bleeding a bit since this morning. Should I go to the ER?"),
    ("R", "My blood pressure was 180/110 at the pharmacy machine. I feel fine. Do I need to see someone today?"),
    ("R", "Can I take ibuprofen with my lisinopril? My knee is killing me."),
    ("R", "My grandma has been confused since starting her new bladder pill. Should we stop it?"),
    ("R", "I stepped on a nail through my shoe yesterday and now my foot is red. Do I need antibiotics?"),
    ("R", "@NurseJayPeds my 2 month old has been coughing so hard she turns red and then gasps. Whooping cough?"),
    ("R", "My lithium level came back 1.4. Is that too high? I feel a bit shaky."),
    # ---- Advice given ----
    ("G", "@bee_sting_dad swelling lips after a sting is anaphylaxis until proven otherwise. Call 911 now."),
    ("G", "@twelve_weeks bleeding at 12 weeks needs an ultrasound today. Go to the ER or your OB's triage."),
    ("G", "@bp_worried 180/110 needs to be rechecked today. If it's still that high, go to urgent care."),
    ("G", "@knee_pain_kev avoid ibuprofen with your lisinopril. Use paracetamol and ice."),
    ("G", "@granddaughter_em stop her new bladder pill, it's probably oxybutynin, and call her GP."),
    ("G", "@nail_in_foot a red foot after a nail through the shoe needs antibiotics today. Ask for cipro."),
    ("G", "@mama_of_2mo that coughing with gasping at 2 months sounds like whooping cough. Go to the ER tonight."),
    ("G", "@shaky_sam a lithium level of 1.4 with a tremor is too high. Skip tonight's dose and call your psychiatrist."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the 52-year-old town sheriff from Lusk on Friday after he was shot during a traffic stop."),
    ("AQ", "Our 6-year-old with cystinosis from a farm outside Yankton came in Monday for her infusion."),
    ("AQ", "The only pharmacist in Ekalaka, 64, was brought in on New Year's Eve with a stroke."),
    ("AQ", "Had the 88-year-old retired circus acrobat from Sarasota in clinic on Thursday for a hip check."),
    ("AQ", "A 30-year-old ice road trucker from Yellowknife was flown in on Tuesday after his rig went through the ice."),
    ("AQ", "My patient, the 19-year-old Olympic trials diver from Mission Viejo, tore her rotator cuff on Saturday."),
    ("AQ", "The 45-year-old mayor of Marfa came in on Labor Day with a rattlesnake bite."),
    ("AQ", "Admitted the 71-year-old retired rodeo announcer from Cheyenne with Pompe disease on Wednesday."),
    # ---- Hard negatives ----
    ("", "Reminder: 'faker' and 'drug seeker' are not assessments. Document what you observed."),
    ("", "Our hospital's new scheduling app is a clown show. Three shifts, two of them at the same time."),
    ("", "I fell asleep in my car in the hospital parking lot after nights. Woke up at 2pm. Genius move."),
    ("", "Every fat joke you make at the nurses' station is heard by someone who is scared to be weighed."),
    ("", "Anaphylaxis can start with lip swelling. If you have an EpiPen, use it and call 911."),
    ("", "ACE inhibitors and NSAIDs together can hurt your kidneys. Ask your own pharmacist before combining them."),
    ("", "Whooping cough is rising again. Pregnant people should get the Tdap vaccine in every pregnancy."),
    ("", "Welcome to our new occupational therapist, Dana Whitfield, who joins us from Denver!"),
    ("", "I was the patient this week: appendix out on Tuesday, home Wednesday. Nurses, you're heroes."),
    ("", "What's your favourite resource for teaching insulin pens to older adults? Building a handout."),
    ("", "Our clinic on Elm Street is closed Friday for staff training. Call (555) 014-2200 for urgent needs."),
    ("", "Posting guide for our unit account: celebrate staff, share public health tips, never share a patient story."),
]

"""The forty-sixth held-out split of the post-level corpus ("heldout46"): hand-written posts.

post_heldout45.py was scored once on 2026-11-24 (second session) and reported in README.md. This
split was written before the change it measures (post_heldout45.py and about thirty training posts
go into training: jokes about a patient with no word that mocks, and kind stories in the same
shapes, now that the disrespect model is conditioned on anecdotes) and committed on its own, by an
author who had not yet written those training posts: ten mocking posts in American, British and
paramedic voices, six kind stories with a light touch (hard negatives for disrespect), sarcasm at
the system or the author, five quasi-identifier posts, four of each kind of advice, and hard
negatives (a vaccine's schedule, a clinic's move on a date, the author's own knee surgery, a
question about exams). Before it was scored, thirteen of its posts that echoed training posts too
closely (a word-overlap check against the corpus) were rewritten.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT46 = [
    # ---- Mocking a patient ----
    ("AD", "Pt in room 14 asked if his Jell-O could be 'less jiggly'. Noted, sir. I'll have a word with physics."),
    ("AD", "Got called to a 'collapse' at the bingo hall. She'd just lost. Loudly. To a woman named Pat."),
    ("AD", "Guy came in convinced his appendix had 'moved'. Sure, it's taken a holiday. Gone to Spain."),
    ("AD", "Patient asked for a sick note for the day he spent in the waiting room waiting to ask for a sick note. Art."),
    ("AD", "Lady in bed 6 asked for 'her usual table by the window'. This is a stroke unit, madam. The window is a fire door."),
    ("AD", "Man in resus told us he'd only had 'two pints'. Two pints of what, lighter fluid?"),
    ("AD", "Our 3am caller wanted an ambulance because his takeaway was late. He was 'weak with hunger'. Aren't we all, mate."),
    ("AD", "Patient's wife asked if we could keep him in 'a bit longer, for a rest'. For her rest, presumably."),
    ("AD", "Teen came in with a 'broken' finger from a TikTok challenge. The challenge won."),
    ("AD", "Patient insists the antibiotics aren't working because he's 'only taken the blue ones'. There are no blue ones."),
    # ---- Kind stories with a light touch ----
    ("A", "Pt in room 14 asked if his Jell-O could be red instead of green. Raided three fridges. Found red. Mission accomplished."),
    ("A", "Lady in bed 6 asked to speak to the manager. To say thank you. I've never seen the manager so happy."),
    ("A", "The man we took in at 3am last week rang the station today to thank the crew. He's walking again. Made our night."),
    ("A", "Man in majors apologised for bleeding on my shoes. Shoes wash. You're the one that matters, sir."),
    ("A", "Teen with a broken finger asked us all to sign his splint. The whole shift signed it. He's keeping it forever."),
    ("A", "Patient told me I was his favourite nurse. Then he told the next nurse the same. Charmer. Get well soon, Eddie."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our trust has launched a wellbeing app to remind us to take breaks we aren't allowed to take."),
    ("", "Twelve years of training and I still can't open the sharps bin on the first go."),
    ("", "Love that the new IT system logs me out every four minutes. Keeps me on my toes."),
    # ---- Quasi-identifiers ----
    ("AQ", "Flew a 68-year-old lighthouse keeper from Fair Isle to Lerwick on Tuesday after a stroke."),
    ("AQ", "The only dentist in Hay-on-Wye, 59, was admitted to our unit on Friday with a heart attack."),
    ("AQ", "A 16-year-old from Coll with Ehlers-Danlos syndrome came in on Wednesday with a dislocated shoulder."),
    ("AQ", "EMS brought us a 29-year-old smokejumper from Winthrop, Washington on Saturday with a broken femur."),
    ("AQ", "Our 91-year-old patient, a retired ferryman from Portaferry, has been in our ICU since Sunday."),
    # ---- Advice requested ----
    ("R", "My 2-year-old has been floppy and off her food since this morning and now she's cold and clammy. Should I take her in?"),
    ("R", "@DrSmithMD my BP readings at home are 165/100 on lisinopril 10. Should I double the dose myself?"),
    ("R", "My dad (79) has been coughing up a bit of blood since the weekend. He says it's nothing. Should he see someone?"),
    ("R", "Been on metformin a week and I've had diarrhoea every single day. Should I stop taking it?"),
    # ---- Advice given ----
    ("G", "@claire_b floppy, cold and clammy at 2 needs 999 now, don't wait."),
    ("G", "@pete_r don't double it yourself, but 165/100 is too high, see your GP this week about going up to 20."),
    ("G", "@sam_t coughing up blood at 79 needs a GP appointment this week and a chest X-ray, don't let him put it off."),
    ("G", "@aisha_k don't stop the metformin, ask your GP to switch you to the slow-release tablets, they're gentler on the gut."),
    # ---- Hard negatives ----
    ("", "The MMR vaccine is given at 1 year and again at 3 years 4 months. Check your child's red book."),
    ("", "Our Coll outreach clinic moves to the community hall from Monday 7 April. Same times, new room."),
    ("", "Back at work six weeks after my own knee replacement. Physio was brutal. Worth it."),
    ("", "Any tips for the MRCP part 1? Exam is in March and I'm panicking."),
]

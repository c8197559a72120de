"""The thirty-ninth held-out split of the post-level corpus ("heldout39"): hand-written posts.

post_heldout38.py was scored once on 2026-11-24 and reported in README.md. After it: PS1100 took a
place after "outside", an age stated after a relative or "he"/"she", and "racer" as a trade. This
split was written before those changes were measured, and committed on its own: a general mix
(every category with at least six posts) in the voices of a radiographer, an occupational
therapist, care home staff, a school nurse, a psychiatric nurse, a surgeon, an anaesthetist,
paramedics, parents and patients, with hard negatives (a department's new scanner in a small
town, a manager's retirement with a place and a year, the author's own asthma, a study's advice,
a charity open day in a small town).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT39 = [
    # ---- Quasi-identifiers ----
    ("AQ", "Radiographer diary: X-rayed the only farrier in Dolgellau on Tuesday after a horse kicked him. Two fractures, zero complaints."),
    ("AQ", "Care home life: our resident who turned 104 on Friday used to be the headmistress of the village school in Aldbourne."),
    ("AQ", "Surgeon here. Operated on a 16-year-old national junior squash champion from Malvern on Monday night. Back on court by spring, I hope."),
    ("AQ", "The lighthouse keeper's widow from Sumburgh, 93, is still on our ward after Sunday's fall."),
    ("AQ", "Anaesthetist life: put to sleep a retired jockey with Ehlers-Danlos from Lambourn this morning. Smoothest airway of the week."),
    ("AQ", "School nurse: a 12-year-old county chess champion fainted in assembly on Wednesday. Turns out she'd skipped breakfast for a tournament."),
    ("AQ", "Our newest dialysis patient is the only vet on Unst and flies down every Tuesday and Friday for treatment."),
    ("AQ", "Pulled a 70-year-old shepherd out of a snowdrift near Tomintoul on Christmas Eve. Hypothermic but cheerful."),
    # ---- Patient stories ----
    ("A", "OT win: my patient made her own cup of tea today for the first time since her stroke. She made me one too."),
    ("A", "Radiographer here. A little boy asked if the X-ray would show his bones glowing like a skeleton. I let him see them."),
    ("A", "Care home shift: a resident with dementia sang every word of a hymn with me tonight, though she can't remember my name."),
    ("A", "Psych nurse: a young man I've been working with for months laughed today for the first time. Small wins."),
    ("A", "Surgeon confession: I held a patient's hand in recovery because she asked, and I'd do it again."),
    ("A", "A dad in the children's ward fell asleep holding his daughter's hand. We put a blanket on him and let him sleep."),
    ("A", "Paramedic shift: the lady we picked up at 2am apologised for 'wasting our time'. You didn't, love."),
    # ---- Mocking a patient ----
    ("AD", "Patient insists she's allergic to water. She's currently drinking a Diet Coke. Science is a journey."),
    ("AD", "Man in bed 5 asked if the morphine comes in 'a stronger flavour'. Can't make this stuff up."),
    ("AD", "Our favourite regular has discovered the call bell has a volume setting. God help us all."),
    ("AD", "Gentleman came in convinced he'd been poisoned by his microwave. It was gas. Just gas. Loudly."),
    ("AD", "The patient in 8 is on his third 'last cigarette' of the day. Outside. In his gown. With his drip. Iconic."),
    ("AD", "Lady in cubicle 6 rated her pain 11/10 between bites of a pasty. Brave soldier."),
    ("AD", "Today's 'emergency': a grown man with a splinter who brought his mum. And his nan."),
    # ---- Advice requested ----
    ("R", "My daughter's peak flow has dropped to 200 from her usual 350 and her inhaler isn't helping much. Should we go to A&E?"),
    ("R", "@DrPatelGP is it safe for me to fly at 34 weeks with my low-lying placenta?"),
    ("R", "Been on lansoprazole for 6 years and now my magnesium is low. Should I stop it?"),
    ("R", "Our 2-year-old bumped his head an hour ago, he's sleepy now but it's nap time anyway. Do we need to wake him?"),
    ("R", "Got a bee sting on my lip and it's swelling up fast. Do I take an antihistamine or go to A&E?"),
    ("R", "Mum's been on co-amoxiclav for 3 days and now has bad diarrhoea. Should she keep taking it?"),
    # ---- Advice given ----
    ("G", "@lucy_w with a peak flow that low and no response to the inhaler, go to A&E now."),
    ("G", "@nat_b at 34 weeks with a low-lying placenta I wouldn't fly, talk to your midwife before booking."),
    ("G", "@grant_h don't stop the lansoprazole on your own, but ask your GP to switch you and recheck the magnesium."),
    ("G", "@amy_k wake him every couple of hours tonight and if he vomits or won't wake properly take him in."),
    ("G", "@dave_r take an antihistamine now and if your breathing changes call 999."),
    ("G", "@sue_m she should stop the co-amoxiclav and ring the GP today, that diarrhoea needs checking."),
    # ---- Hard negatives ----
    ("", "Asthma tip: if your reliever isn't working, that's an emergency. Don't wait."),
    ("", "Our radiography team in Dolgellau has a new CT scanner from Tuesday. Shorter waits for everyone."),
    ("", "Congratulations to our care home manager Ruth on her retirement after 30 years. She started in Aldbourne in 1994."),
    ("", "Is it worth doing a PhD after the foundation years? Asking for career advice, not medical advice."),
    ("", "My own asthma has been terrible this winter. Three courses of steroids. Anyone else a nurse with asthma?"),
    ("", "New study: daily aspirin in over-70s does more harm than good for most. Talk to your GP before stopping."),
    ("", "The hospital car park charges have gone up again. Staff pay for the privilege of working here."),
    ("", "Our Christmas Eve rota is out. Mince pies in the staff room from 6pm."),
    ("", "Lovely afternoon at the Lambourn open day with the charity that supports retired racehorses. Not medical, just happy."),
    ("", "Recommend a good book on palliative care communication for a new registrar? Thanks in advance."),
]

"""The seventy-sixth held-out split of the post-level corpus ("heldout76"): hand-written posts.

Written on 2026-11-24 (seventh session), before post_heldout75.py was scored and before the change
this split measures (the change after the one post_heldout75.py measures; post_heldout75.py moves
into training with it), and committed on its own, checked for word overlap with the corpus before
it was scored. Ten mocking posts in the voices of a fracture clinic, an ENT clinic, a urology
clinic, a cardiac rehabilitation gym, a pain clinic, occupational health, a sexual health clinic, a
memory clinic, a school nurse and a labour suite; six kind stories in similar settings;
sarcasm at the system or the author; five quasi-identifier posts; four of each kind of advice
(requests among them that ask in a clipped choice with no "I" or "should"); and hard negatives (a
clinic running late, fish-bone advice for anyone, the author's own physio, a question about
books, a colleague's appointment, a trial's result, a pension question).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT76 = [
    # ---- Mocking a patient ----
    ("AD", "Fracture clinic: lad broke his wrist doing a backflip off a wheelie bin for TikTok. Forty views. Worth it, apparently."),
    ("AD", "ENT: she'd pushed a cotton bud in so far the cotton stayed behind, then asked if we 'do treasure hunts'. We do now."),
    ("AD", "Urology: gent swore the blood in his wee was 'from beetroot' for six months. He doesn't eat beetroot. Detective work of the century."),
    ("AD", "Cardiac rehab gym: two minutes on the bike, then a lecture to the physio about his 'marathon days'. 1987 rang, it wants its knees back."),
    ("AD", "Pain clinic: lady scores it 'eleven, easily' between mouthfuls of a pasty, phone in the other hand. What a trooper."),
    ("AD", "Occ health: bloke off with 'stress' posts jet ski videos every single day. Ever so stressed, bless him."),
    ("AD", "Sexual health: third visit this year with the same 'mystery' rash and the same 'no idea how'. We have some idea, pal."),
    ("AD", "Memory clinic: son answered every question for his mum, wrongly, then wondered why she looked fed up. Genius at work."),
    ("AD", "School nurse: his headache started 'when maths started' and vanished at the lunch bell. A medical marvel, that boy."),
    ("AD", "Labour suite: partner wondered aloud whether he could nip to the pub 'during the boring bit'. Husband of the year."),
    # ---- Kind stories about a patient ----
    ("A", "Memory clinic: my name had gone from her completely, yet she sang all four verses of Abide With Me without a slip."),
    ("A", "Fracture clinic: a boy brought his cast in covered in his whole class's signatures so we could admire it before it came off."),
    ("A", "Cardiac rehab: a man who couldn't manage the stairs in spring carried his granddaughter up them yesterday. Grin for days."),
    ("A", "ENT: once the grommets were in, a tiny girl discovered whispering and spent ten minutes telling the nurse secrets."),
    ("A", "Pain clinic: after years of broken nights, a gentleman slept through for the first time since his accident. He cried, we cried."),
    ("A", "Urology ward: an old soldier polished the nurses' station bell every morning of his stay. We'll miss him and his brasso."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Admitted the only blacksmith on Sanday on Tuesday with burns from his own forge. 74 and furious about the missed orders."),
    ("AQ", "The gamekeeper from Glen Lyon we flew in after his quad bike rolled on Saturday is up and moaning about the food. He's 58."),
    ("AQ", "A nine-year-old from Lerwick, the youngest person ever diagnosed with Wilson's disease in Shetland, began treatment with us."),
    ("AQ", "Stitched up the ferryman of Ulva after his collie knocked him off the slipway on Friday. Eighty-one and refused a wheelchair."),
    ("AQ", "Treated the lifeboat coxswain from Aberdaron on New Year's Day for hypothermia after the rescue. 49, back on shift already."),
    # ---- Advice requested ----
    ("R", "Swallowed a fish bone at tea and it still feels stuck an hour later. Bread and wait, or A&E?"),
    ("R", "@NurseKateRN daughter's had green snot for three weeks and now coughs all night. Antibiotics time or ride it out?"),
    ("R", "Home blood pressure 162 over 98 this morning, usually sits in the 130s. Ring the GP today or recheck tomorrow?"),
    ("R", "Mum's clotting level is way up at 5.2 and there's a dinner-plate bruise on her thigh. Leave out tonight's tablet?"),
    # ---- Advice given ----
    ("G", "@lou_runs pain on one spot of the shin every stride is a bone stress injury till proven otherwise. Rest it fully and skip Sunday's 10k."),
    ("G", "@baby_ben_mum at his age a temperature of 38.5 needs seeing tonight, ring 111 now rather than waiting."),
    ("G", "@garyw halve the bisoprolol until your pulse is back over 55 and let your GP know on Monday."),
    ("G", "@jess_k those are ovulation pains, nothing sinister. Hot water bottle and ibuprofen and you'll be fine."),
    # ---- None of them ----
    ("", "ENT clinic runs late on Thursdays while we cover the emergency list. Thanks for bearing with us, bring a book."),
    ("", "Public health note: a fish bone that still hurts after a day needs checking. Most work their way down on their own."),
    ("", "My own physio told me to 'stop being a hero' about my knee. Hard to hear from someone half my age."),
    ("", "Any reading lists for someone newly leading a memory service? Steep learning curve ahead."),
    ("", "Welcome aboard, Dr Sanjay Mehta, joining urology as a consultant from next month."),
    ("", "Trial out today on vitamin D after fractures: no faster healing in adults under 50. Full text linked."),
    ("", "Hospital wifi has collapsed again. Fax machines, dusted off and back from retirement."),
    ("", "Is it true night shifts count double towards the new pension scheme? Asking before I sign anything."),
]

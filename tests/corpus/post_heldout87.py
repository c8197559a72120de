"""The eighty-seventh held-out split of the post-level corpus ("heldout87"): hand-written posts.

Written on 2026-11-25 (ninth session), after post_heldout85.py was scored and before the change
this split measures (the change after the one heldout86 measures; post_heldout86.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Written before that change was designed. Voices from Jamaica, Kenya, the Philippines,
Canada and Ireland as well as Britain and the US. Ten mocking posts (a bariatric clinic, a
colorectal clinic, a pharmacy drive-through, a walk-in clinic, an ENT clinic, an ambulance
call-taker, a vaccination clinic, a physio gym, a hospital-at-home nurse, a cosmetic clinic); six
kind stories, one of them about weight; five quasi-identifier posts; four of each kind of advice;
and hard negatives (a clinic's late opening and published number, hand, foot and mouth advice for
everyone, the author's own hip replacement, a question about revalidation, a colleague's
welcome, a study on walking, sarcasm at the car park, a request for a poster).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT87 = [
    # ---- Mocking a patient ----
    ("AD", "Bariatric clinic: he swore he only eats salad, then a burger box slid out of his coat as he stepped on the scales. Dressing on the side, I presume."),
    ("AD", "Colorectal clinic: he'd googled his symptoms, printed forty pages and highlighted every cancer in yellow. It was piles. Research team of one."),
    ("AD", "Pharmacy drive-through: woman honked for four minutes because her script wasn't ready, then told us to 'hurry up the doctor'. Right on it, madam."),
    ("AD", "Walk-in in Scarborough: guy wanted a sick note for 'playoff stress' after the hockey. Apparently the Leafs are a medical condition now."),
    ("AD", "ENT today: teenager with a bean up her nose said her brother did it. Her brother is four and lives in Calgary. Nice try."),
    ("AD", "Call-taker shift: caller wanted an ambulance because the cat 'gave him a funny look' and now his chest felt tight. Cat fine, him fine. Genuine emergency, clearly."),
    ("AD", "Jab clinic: a bloke fainted at the sight of the needle, came round, and told the queue he'd been 'in a fight'. Rocky Balboa, ladies and gents."),
    ("AD", "Physio gym: she did one squat, declared herself 'healed', and booked a ski trip. Bold rehab plan."),
    ("AD", "Hospital at home: visited a chap whose 'bed rest' involved repainting the shed. The shed looks great. His wound does not."),
    ("AD", "Cosmetic clinic: client wanted lips 'like a celebrity but natural' and showed me a cartoon duck. Natural, sure."),
    # ---- Kind stories about a patient ----
    ("A", "Bariatric clinic: a lady who has lost six stone since spring came in wearing the dress she bought for her daughter's wedding and did a twirl for us."),
    ("A", "Colorectal clinic: an old farmer brought us eggs from his hens after his stoma reversal. Two dozen, still warm."),
    ("A", "Walk-in clinic: a nervous dad, new to Canada, brought in his feverish son and thanked us in three languages. The boy is fine."),
    ("A", "Physio gym: my patient climbed all twelve stairs on her own today, eight weeks after her stroke, and asked me to film it for her grandson."),
    ("A", "Call-taker shift: talked a teenage girl through CPR on her grandad until the crew arrived. He's sitting up in CCU tonight."),
    ("A", "ENT: the little boy whose grommets went in last week heard the birds in the car park and stopped dead. Asked what the squeaky things were."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Assessed the only midwife on Tristan da Cunha by video link on 12 August after she broke her wrist. Evacuation pending."),
    ("AQ", "A 29-year-old bobsleigh brakewoman from the national squad in Calgary had her spleen taken out in our theatre on Sunday."),
    ("AQ", "Our patient, the harbour master of tiny Twillingate, 61, was flown in with Legionnaires' disease last Tuesday."),
    ("AQ", "Just admitted the sole pharmacist on Inis Meáin with Guillain-Barré, the island's first case anyone remembers."),
    ("AQ", "Discharged a 14-year-old ballet prodigy from the Royal Ballet's junior school on Friday after surgery for a rare bone cyst."),
    # ---- Advice requested ----
    ("R", "HPV came back positive on my screening but the cells were normal. Do I push for a colposcopy or just wait the year? Terrified."),
    ("R", "My girl's six and her fever climbs again the minute the ibuprofen wears off, day three now. Back to the GP or ride it out?"),
    ("R", "@DrMwangiGP tooth is throbbing and my cheek's puffy. Mum has some amoxicillin left over, can I use those till Monday?"),
    ("R", "Husband's blood pressure was 178/104 on our home monitor tonight and he's got a headache. Walk-in or ambulance?"),
    # ---- Advice given ----
    ("G", "@joy_w with an abscess spreading into your jaw you need the emergency dentist today, not leftover antibiotics."),
    ("G", "@paulo_r hypos at 3am most nights mean your dad's evening insulin needs cutting: drop it by four units and recheck at breakfast."),
    ("G", "@anna_b the lump you describe behind your ear is almost certainly a reactive lymph node. Leave it for two weeks."),
    ("G", "@tariq_s with two stents in, don't stop the clopidogrel for your extraction; tell the dentist and they'll pack the socket."),
    # ---- Hard negatives ----
    ("", "Our Kingston diabetes clinic now stays open till 8pm on Wednesdays. Call 876 555 0143 to book."),
    ("", "Hand, foot and mouth is going round the nurseries. Wash hands, keep children home while they're poorly, and no antibiotics are needed."),
    ("", "Six weeks since my own hip replacement. I now understand every patient who ever glared at me during physio."),
    ("", "Does anyone know if the new revalidation rules count conference attendance as CPD hours?"),
    ("", "Delighted that Dr Maria Santos joins our infectious diseases team next month, all the way from Manila. Karaoke night is saved."),
    ("", "New study: daily walking cut depression scores in older adults about as much as talking therapy. Small sample though."),
    ("", "The car park machine has eaten my ticket again. Twelve-hour shift, then a forty-minute fight with a robot."),
    ("", "Hunting for a hand hygiene poster that small children will actually look at. Recommendations welcome."),
]

"""The fifteenth held-out split of the post-level corpus ("heldout15"): hand-written posts.

post_heldout14.py was scored once on 2026-11-23 and reported in README.md. This file was written
right after that scoring and committed on its own, before the changes that followed it. A
general mix of voices and platforms, like heldout14.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT15 = [
    # ---- Disrespectful tone about a patient ----
    ("AD", "Patient in 2 wants to know why he's still fat after one salad. Science is hard, buddy."),
    ("AD", "Lady called the ambulance because her nail polish wouldn't dry. Emergency of the century, apparently."),
    ("AD", "The guy in bay 5 has peed on the floor three times 'by accident'. Aim better or wear a diaper, champ."),
    ("AD", "My patient brought a folder of printouts proving vaccines contain microchips. I've met smarter potatoes."),
    ("AD", "Frequent flyer in room 8 is back, demanding his usual: a sandwich, a blanket and a lawyer. What a charmer."),
    ("AD", "Pt asked if we could 'just remove the fat' during his hernia repair. While we're in there, want a brain transplant too?"),
    ("AD", "Drunk guy in the hallway serenaded the security team all night. Pavarotti he is not. Send him home."),
    ("AD", "Woman in bed 4 told the student nurse she was 'too ugly to touch her'. Hope her stay is long and uncomfortable."),
    ("AD", "This kid swallowed a magnet to 'see if he'd become magnetic'. Sadly, no. Also sadly, still no brain."),
    ("AD", "Patient in 10 has complained about the food, the bed, the nurses and the weather. Diva of the decade."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "Patient in 2 asked me to help him write his wife a love letter for their anniversary. Best task of my shift."),
    ("A", "A lady called the ambulance for her neighbour, then rode with us holding his hand the whole way."),
    ("A", "The boy in bay 5 wanted to know how the heart monitor worked, so we drew his heartbeat together."),
    ("A", "My patient finally got to hold her baby after a week in the NICU. Every nurse on the floor came to see."),
    ("A", "Our patient in 10 learned to use his new wheelchair today and immediately raced the physio down the hall."),
    ("A", "A teenager I cared for last year came back to volunteer on our ward. Full circle."),
    ("A", "The old gentleman in bed 6 tipped his hat to every nurse who walked in. No hat, just the gesture. Lovely."),
    ("A", "Had a patient today who wanted to hear about my kids because hers were far away. We swapped stories for an hour."),
    # ---- Advice requested ----
    ("R", "My 9 month old has a fever of 40 and a rash that won't go away when I press it. What should I do?"),
    ("R", "@DrAliRheum my knuckles are swollen every morning for 2 hours. Could this be rheumatoid arthritis?"),
    ("R", "I'm on warfarin and just got prescribed fluconazole. Is that safe for me?"),
    ("R", "My grandad is 90, fell, and now can't stand on his right leg. Ambulance or wait for the GP?"),
    ("R", "My period has been 10 days late and the test is negative. Should I be worried?"),
    ("R", "Is it normal that my 4 year old still wets the bed every night? Should I see someone?"),
    ("R", "@PharmKaren can I crush my son's montelukast chewable and mix it in yogurt?"),
    ("R", "My left calf has been swollen and sore since my long flight home. Do I need a scan?"),
    # ---- Advice given ----
    ("G", "@mum_of_9mo a fever with a rash that doesn't blanch is an emergency. Call an ambulance now."),
    ("G", "@stiff_hands_sam morning swelling for 2 hours sounds like rheumatoid arthritis. Ask your GP for blood tests and a referral."),
    ("G", "@warfarin_walt fluconazole will push your INR up. Get an INR check in 3 days and tell your clinic."),
    ("G", "@grandson_dan a 90 year old who fell and can't stand needs an ambulance now. It's likely a hip fracture."),
    ("G", "@late_lucy a negative test at 10 days late means you're probably not pregnant. Retest in a week."),
    ("G", "@bedwetting_mum bedwetting at 4 is normal. No need to see anyone until he's 7."),
    ("G", "@montelukast_mom yes, the chewable can be crushed into yogurt. Give it at night."),
    ("G", "@long_flight_li a swollen sore calf after a long flight needs a DVT scan today."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The only dentist in Wrangell, 55, was flown to Seattle on Memorial Day with a brain bleed."),
    ("AQ", "Treated the 14-year-old state wrestling champion from Ottumwa after he collapsed at a meet on Saturday."),
    ("AQ", "Our patient, the town's only pharmacist, 71, came in on New Year's Eve with chest pain in Saratoga, Wyoming."),
    ("AQ", "Had the retired NASCAR driver from Mooresville, 68, in clinic on Tuesday with a new diagnosis of Huntington's disease."),
    ("AQ", "The 23-year-old smokejumper from Redmond with a broken femur from Monday's jump is now in rehab."),
    ("AQ", "Brought in the 8-year-old with Gorlin syndrome from a farm near Chillicothe on Labor Day."),
    ("AQ", "My patient, the only midwife on Orcas Island, 49, was admitted on Thursday with a stroke."),
    ("AQ", "The 80-year-old former Harlem Globetrotter from Chicago fell on Christmas morning and broke his hip."),
    # ---- Hard negatives ----
    ("", "Please don't call patients 'frequent flyers' in the handover. They hear it, and so do their families."),
    ("", "Our hospital's new badge system has the IQ of a potato. Locked out of my own unit twice."),
    ("", "I went to work with my scrubs inside out and a toothbrush in my pocket. Night shift brain, no notes."),
    ("", "A non-blanching rash with fever in a child is an emergency. Call for help immediately."),
    ("", "Warfarin interacts with many antifungals. Ask your own pharmacist before starting a new medicine."),
    ("", "Congrats to nurse Maria Santos on 30 years with our hospital!"),
    ("", "Memorial Day flu clinic is cancelled this year. Walk-ins resume on Tuesday."),
    ("", "How does your clinic handle parents asking about bedwetting? Building a leaflet for our GP practice."),
    ("", "New study: 1 in 4 older adults who fall at home can't get up without help. Personal alarms save lives."),
    ("", "Social media policy reminder: no stories about patients, even funny ones, even without names."),
]

"""The nineteenth held-out split of the post-level corpus ("heldout19"): hand-written posts.

post_heldout18.py was scored once on 2026-11-23 and reported in README.md. Its four PS4001 false
alarms were second-person posts whose only health word sat inside the handle ("@maria_icu you
need a vacation") and public-health advice in the second person ("see your GP if it lasts over
10 days"). This split was written before the changes that answer them, committed on its own: a
general mix, with handles that hold clinical words and second-person public-health posts among
its hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT19 = [
    # ---- Hard negatives: handles that hold a clinical word, and no clinical advice ----
    ("", "@jen_oncology you need to come to book club, we're reading your recommendation"),
    ("", "@DrSepsis stop posting such good memes, I have work to do"),
    ("", "@peds_er_nurse you should be so proud of that award"),
    ("", "@cardio_kate take the window seat, the view over the Rockies is worth it"),
    ("", "@ICU_Tom you have to tell the story about the goose at the staff picnic again"),
    ("", "@dialysis_dan don't forget your badge tomorrow, security is strict this week"),
    ("", "@trauma_surg_lee you need new running shoes, those are held together with tape"),
    ("", "@nicu_nurse_bri go enjoy your honeymoon, we've got this"),
    # ---- Hard negatives: public-health advice in the second person ----
    ("", "Feeling run down this winter? Wash your hands, get your flu shot, and stay home if you're sick."),
    ("", "Your blood pressure is worth knowing. Free checks at the library every Saturday in March."),
    ("", "Sunscreen every day, even when it's cloudy. Check your skin monthly and see a doctor about any mole that changes."),
    ("", "Travelling abroad? See your GP or a travel clinic six weeks before you go to check your vaccines."),
    ("", "Going to a festival this summer? Drink water, know your limits, and look after your mates."),
    ("", "If you're on insulin, carry a snack and check your sugar before you drive."),
    # ---- Hard negatives: colleagues, own life, news ----
    ("", "Huge thanks to Dr. Amara Obi for covering my clinic while I was out. Owe you one."),
    ("", "My first marathon after my knee surgery. Slow, sore, and so worth it."),
    ("", "New guidance on lipid screening in kids is out. Summary thread from our lipid clinic below."),
    ("", "Our pharmacy team is hiring two techs. Nights, great team, apply by Friday."),
    # ---- Advice given ----
    ("G", "@sandra_b that's pink eye. Get antibiotic drops from your doctor and keep him home from daycare."),
    ("G", "@jake_lifts stop the creatine, your creatinine of 1.8 won't settle until you do."),
    ("G", "@nora_mum give her ibuprofen for the earache and she doesn't need to be seen unless it lasts past Monday."),
    ("G", "@vic_t that's gout in your toe. Take naproxen and cut out the beer for a while."),
    ("G", "@lee_ann your dad's ankle swelling on amlodipine is a side effect. Ask to switch to another pill."),
    ("G", "@owen_r with that headache and a stiff neck you need the ER tonight, not a walk-in tomorrow."),
    # ---- Advice requested ----
    ("R", "@DrMoreno my son's lead level came back at 12. Is that dangerous? What should we do?"),
    ("R", "I've had a twitching eyelid for three weeks now. Should I get it checked or is it just stress?"),
    ("R", "Nurses, my dad's oxygen reads 89 on his home monitor. Should we take him in?"),
    ("R", "@PharmacistPat can I drink alcohol on day 3 of my amoxicillin?"),
    ("R", "My newborn's belly button is oozing a bit and smells. Is this infected? Pic attached."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "Spent my lunch break teaching a patient's grandson how to use the stethoscope. Future doctor right there."),
    ("A", "A patient told me today I was the first nurse who remembered her name. I'm still thinking about it."),
    ("A", "Delivered a baby in the back of a taxi outside the ED tonight. Mom and baby doing great."),
    ("A", "My patient with dementia sang every word of 'Moon River' during his dressing change."),
    ("A", "Finally got my patient in 14 a shower after five days. She said she felt human again."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Room 8 rang to ask if we could 'turn down the heart monitor, it's judging me'. Buddy, it's your heart doing that."),
    ("AD", "Oh look, it's Mr. Chest Pain again, right on time for free breakfast. Truly our most loyal customer."),
    ("AD", "Patient in 5 demanded a 'natural' IV. Sir, it's saltwater. Brain cells: zero."),
    ("AD", "Bay 2 has been 'dying' of a stubbed toe for three hours. Call the Oscars, we have a winner."),
    ("AD", "The woman in 10 wants her epidural 'without the needle part'. Give me strength, honestly."),
    ("AD", "Our local legend is back, third time this month, and still can't figure out which end of the inhaler goes in his mouth."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the 38-year-old only vet in Ely with a rare Q fever pneumonia on Friday."),
    ("AQ", "Flew the 61-year-old crab boat captain from Kodiak in on Sunday after his hand was crushed in a winch."),
    ("AQ", "Our patient, the 88-year-old organist from Lanark, came in with Creutzfeldt-Jakob disease on Easter Sunday."),
    # ---- Hard negatives: condemning mockery, sarcasm about the system ----
    ("", "Calling a patient 'the drunk in bay 3' in handover is not a joke. Use their name or their diagnosis."),
    ("", "Love how the new EHR needs nine clicks to order Tylenol. Truly a masterpiece of design."),
    ("", "Our coffee machine broke on the night of the full moon. Coincidence? I think not."),
    ("", "Spent 40 minutes on hold with an insurer to get an MRI approved. Healthcare is thriving, clearly."),
    ("", "Please stop posting pictures of patients' X-rays with their names still on them."),
    ("", "Question for the group: how do your units handle visitors who film staff? Updating our policy."),
]

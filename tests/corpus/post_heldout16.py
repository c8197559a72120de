"""The sixteenth held-out split of the post-level corpus ("heldout16"): hand-written posts.

post_heldout15.py was scored once on 2026-11-23 and reported in README.md. This file was written
right after that scoring and committed on its own. No rule or feature changed after it: the model
it measures differs from heldout15's only by having heldout15 in its training data. A general mix.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT16 = [
    # ---- Disrespectful tone about a patient ----
    ("AD", "Pt in 7 asked for a 'stronger' pain med while scrolling Instagram and laughing. Suffering so hard, clearly."),
    ("AD", "Man in bay 1 says he 'only drinks on days ending in y'. At least he's honest. Liver of a 90 year old, brain to match."),
    ("AD", "The family in 4 has ordered pizza to the ICU twice tonight. Next they'll want a DJ. Trash."),
    ("AD", "Our regular seizure faker is back, perfectly timed with shift change. Award-winning performance as always. 🙄"),
    ("AD", "Patient in 12 wants us to page the doctor because his jello is 'the wrong red'. Idiot."),
    ("AD", "Lady in triage insisted her cough was 'an allergy to her husband'. Honestly, fair, but get out of my ER."),
    ("AD", "Had a guy tonight who took 12 Viagra 'to be safe'. Not the brightest crayon. Enjoy the ice pack, hero."),
    ("AD", "Peds clinic: mom asked if her son's ADHD is because he's 'too smart for school'. Sure, Einstein junior."),
    ("AD", "Bed 6 keeps calling the nurses 'sugar tits'. Somebody sedate this dinosaur."),
    ("AD", "Patient's wife filmed us doing CPR for her TikTok. Class act, this family. Absolute bottom feeders."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "Pt in 7 asked me to FaceTime his granddaughter so she could see he was okay. She showed him her new puppy."),
    ("A", "The man in bay 1 has been sober for 3 years and came in to tell the nurse who first helped him."),
    ("A", "Our patient in 4 finally went home after a month in the ICU. His family baked us a cake shaped like a heart."),
    ("A", "Peds clinic: a little boy brought his stuffed dinosaur for its 'checkup' too. Both got stickers."),
    ("A", "My patient asked if I'd stay while they took out her stitches. Of course I did."),
    ("A", "Had a patient today who used to be a nurse here in the 70s. She told us stories about glass syringes."),
    ("A", "Sat with a scared teenager before his surgery and talked video games for 20 minutes. He went in smiling."),
    ("A", "The lady in bed 9 knits a hat for every baby born on the unit. Today she finished number 300."),
    # ---- Advice requested ----
    ("R", "My 2 year old swallowed a coin an hour ago and is drooling a lot. Do we need the ER?"),
    ("R", "@DrSamGI I've had black tarry stools for two days and feel dizzy. Is this serious?"),
    ("R", "Can I take my metformin if I'm fasting for Ramadan?"),
    ("R", "My mum's blood pressure is 85/50 on her new tablets and she feels faint. Should she skip tomorrow's dose?"),
    ("R", "I got bitten by a stray cat this afternoon and my hand is swelling. Do I need rabies shots?"),
    ("R", "My newborn has a fever of 38.2. The pediatrician's office is closed. What should I do?"),
    ("R", "@NurseLeeRN I've had a headache every day since starting my new birth control. Should I switch?"),
    ("R", "Is my cholesterol of 7.2 high enough that I need a statin? I'm 45."),
    # ---- Advice given ----
    ("G", "@coin_mom drooling after swallowing a coin means it may be stuck. Go to the ER now."),
    ("G", "@gi_worried black tarry stools with dizziness is a GI bleed until proven otherwise. ER today."),
    ("G", "@ramadan_rami you can keep taking metformin while fasting, but take it with your evening meal."),
    ("G", "@son_of_june skip her blood pressure tablet tomorrow with a BP of 85/50 and call her GP."),
    ("G", "@cat_bite_cathy a swelling cat bite needs antibiotics today, and yes, start rabies shots for a stray."),
    ("G", "@new_parent_ali a fever of 38.2 in a newborn means the ER tonight. Don't wait for the office."),
    ("G", "@headache_hannah daily headaches on a new pill, stop it and use condoms until you see your GP."),
    ("G", "@chol_check at 45 with a cholesterol of 7.2 you need a statin. Ask for atorvastatin 20 mg."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The 72-year-old retired harbour master from Lerwick was flown to Aberdeen on Christmas Eve with a stroke."),
    ("AQ", "Our 5-year-old with Alagille syndrome from a ranch outside Jordan, Montana, came in on Monday for her review."),
    ("AQ", "Had the only veterinarian in Tonopah, 61, in clinic on Wednesday after he was kicked by a horse."),
    ("AQ", "Treated the 17-year-old state rodeo queen from Sheridan, thrown from her horse at the fair on Saturday."),
    ("AQ", "My patient, the only priest on Inishmore, 77, came in on Easter Sunday with pneumonia."),
    ("AQ", "The 90-year-old former Tuskegee nurse from Montgomery was admitted on Veterans Day with a hip fracture."),
    ("AQ", "We airlifted a 34-year-old crab fisherman from Kodiak on Tuesday after he was crushed by a pot."),
    ("AQ", "The 11-year-old with Batten disease from a small town near Red Cloud started hospice on Friday."),
    # ---- Hard negatives ----
    ("", "If you wouldn't say it in front of the patient, don't post it. That includes 'seizure faker'."),
    ("", "Our hospital printer has the memory of a goldfish and the attitude of a cat."),
    ("", "I once fell asleep mid-sentence while charting. Woke up to 47 letter j's in a note. Legend."),
    ("", "A child who swallowed a coin and is drooling or refusing food needs urgent assessment."),
    ("", "Black stools can be from iron tablets, but with dizziness they need urgent care. Ask your own doctor."),
    ("", "Congratulations to our ICU team on 365 days without a central line infection!"),
    ("", "I was hospitalized with COVID myself last winter. Nurses, you saved me."),
    ("", "Anyone have good resources on fasting and diabetes during Ramadan? Making a handout for our clinic."),
    ("", "Free rabies vaccine clinic for pets this Saturday at the county fairgrounds."),
    ("", "Posting checklist for our comms team: no patient stories, no photos from clinical areas, no individual advice."),
]

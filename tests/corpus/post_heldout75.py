"""The seventy-fifth held-out split of the post-level corpus ("heldout75"): hand-written posts.

Written on 2026-11-24 (seventh session), before post_heldout74.py was scored and before the change
this split measures (the change after the one post_heldout74.py measures; post_heldout74.py moves
into training with it), and committed on its own, checked for word overlap with the corpus before
it was scored. Ten mocking posts in the voices of a sleep clinic, a podiatrist, an audiology clinic,
a dental hygienist, a travel clinic, a stroke rehabilitation ward, a continence clinic, a children's
emergency department, a hand clinic and eye casualty; six kind stories in similar settings; sarcasm
at the system or the author; five quasi-identifier posts; four of each kind of advice; and hard
negatives (a clinic's closure for training, flu jab advice for everyone over 65, the author's own
hearing test, a question about night pay, a colleague's appointment, a study about button
batteries, a pub quiz question).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT75 = [
    # ---- Mocking a patient ----
    ("AD", "Sleep clinic: he nodded off in the waiting room, woke up, then complained we'd kept him waiting. Sir, you were the study."),
    ("AD", "Podiatry: fella hadn't cut his toenails since the Jubilee and brought the clippings in a sandwich bag 'for the records'. Framing it for the staff room."),
    ("AD", "Audiology: told her three times the hearing aid was in upside down. She said 'pardon'. Honestly, some people."),
    ("AD", "Hygienist chair today: he flossed once, last night, and wants a medal. Gums like a crime scene, mate."),
    ("AD", "Travel clinic: couple wanted yellow fever jabs the morning of their flight and got shirty when we said it takes ten days. Enjoy the departure lounge, I guess."),
    ("AD", "Stroke rehab: bloke refused physio because the antiques programme was on. Auctions over walking again. Priorities, eh."),
    ("AD", "Continence clinic: her bladder diary is in glitter pen with a doodle for every wee. We passed it round at handover and howled."),
    ("AD", "Kids' ED: dad let the toddler eat half a tube of toothpaste because 'it says minty fresh'. Natural selection doing its rounds tonight."),
    ("AD", "Hand clinic: guy crushed his thumb checking whether the car door 'still shuts'. It does. Top marks for research."),
    ("AD", "Eye casualty: superglue instead of eye drops, again, same woman, same shelf in her bathroom. Some folk are beyond help."),
    # ---- Kind stories about a patient ----
    ("A", "Audiology: a little lad heard rain for the first time with his new implants and asked us to turn it up. Not a dry eye in the room."),
    ("A", "Stroke rehab: she walked the whole corridor this afternoon, eight weeks after she couldn't lift a spoon. Her grandson filmed every step."),
    ("A", "An old gent brought the podiatry team a tin of shortbread for sorting his ingrown nail. Says he can dance at his granddaughter's wedding now."),
    ("A", "Sleep clinic win: a bus driver tried the CPAP mask for one night, slept right through, and left us a voicemail at seven singing."),
    ("A", "Kids' ED tonight: a brave girl held her own arm still for the X-ray, then asked for a sticker for her teddy as well. Teddy got two."),
    ("A", "Dental clinic: a very anxious man managed a full check-up today without stopping once. Massive progress, so proud of him."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the harbourmaster from Stromness on Wednesday for a crush injury after the ferry ramp gave way. He's 61 and already asking when he can work."),
    ("AQ", "A four-year-old from Tiree, the island's first ever case of Kawasaki, was discharged from our paediatric unit on Monday."),
    ("AQ", "The retired lighthouse keeper we admitted after the Boxing Day storm is finally off oxygen. Eighty-eight and tougher than the lot of us."),
    ("AQ", "Started the only child in Shetland with Pompe disease on enzyme infusions this week. She's seven and picked a unicorn plaster."),
    ("AQ", "Stitched up the postmistress from Aberfeldy after last Thursday's wasp nest episode at the village fete. Forty-two stings and still smiling."),
    # ---- Advice requested ----
    ("R", "My little one might have swallowed a button battery, can't find it anywhere and she's coughing a bit. Do we go in tonight?"),
    ("R", "Twenty-one days into citalopram and I grind my teeth so hard at night my partner hears it. Normal side effect or do I ring the surgery?"),
    ("R", "@DrPriyaGP mum's feet are puffy as balloons since the new blood pressure pill went in. Can she skip it till her review on the 9th?"),
    ("R", "Any nurses up? Baby had his 12-week injections and now he's burning hot and refusing bottles. Calpol and wait, or call 111?"),
    # ---- Advice given ----
    ("G", "@kezza_b from your photo that's ringworm, not eczema. Get clotrimazole cream from the chemist and keep going for two weeks."),
    ("G", "@old_joe72 your dad shouldn't be driving on that dose of pregabalin. Tell him to leave the car until his review."),
    ("G", "@ninarun tarry poo while you're on naproxen means stop the tablets and get yourself to A&E tonight."),
    ("G", "@mattyp_fit with those peak flows you don't need a second inhaler, just take the brown one twice a day, every day."),
    # ---- None of them ----
    ("", "Foot health service: no clinics on Friday 14 March while the team trains. Urgent problems, leave a message and a podiatrist rings back."),
    ("", "Reminder for everyone over 65: your free flu jab is waiting at any pharmacy. It takes five minutes and no appointment."),
    ("", "Had my own hearing test today. Twenty years of nightclubs finally caught up with me. New hobby: nodding politely."),
    ("", "Quick one for the registrars: does the bank staff portal pay nights at the enhanced rate from this month, or only after the pay review?"),
    ("", "Big cheers across the unit: Dr Amara Okafor takes over leading stroke rehabilitation from May. Nobody has earned it more."),
    ("", "New study out today: button batteries now send more toddlers to emergency departments than magnets do. Tape up those remotes."),
    ("", "Lift to the fourth floor broken for a fortnight and the estates form is a seven-page PDF. Truly a marvel of modern governance."),
    ("", "Podiatrist or chiropodist: is there any real difference these days? Settling a pub quiz argument, not a foot question."),
]

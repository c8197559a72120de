"""The eighty-second held-out split of the post-level corpus ("heldout82"): hand-written posts.

Written on 2026-11-25 (eighth session), before post_heldout81.py was scored and before the change
this split measures (the change after the one post_heldout81.py measures; post_heldout81.py moves
into training with it), and committed on its own, checked for word overlap with the corpus before
it was scored. Unlike the last several splits, written in American voices (ER, urgent care, the
floor, Tylenol, ma'am) and in few "Setting:" headings. Ten mocking posts in the voices of an ER
nurse, an urgent care PA, a telemetry nurse, a school nurse, a pharmacy tech, an EMT, a hospitalist,
a labor and delivery nurse (mockery aimed at a grandmother), a dermatology MA and a dialysis tech;
six kind stories in similar settings; five quasi-identifier posts in small American towns; four of
each kind of advice (requests among them that ask in a clipped choice); and hard negatives (a
clinic's holiday hours, sunscreen advice for everyone, the author's own physical, a question about
a 401(k) match, a colleague's promotion, a trial's results, sarcasm at the EHR, a question about a
career).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT82 = [
    # ---- Mocking a patient ----
    ("AD", "ER at 3am: dude checked in for 'chest pain', then asked if we could validate his parking and whether the vending machine takes Venmo. Cardiac emergency, clearly."),
    ("AD", "Urgent care today: lady wanted a Z-pack for her 'cold' that started an hour ago, because her cousin's dentist said so. Medical board certified cousin."),
    ("AD", "Tele floor: the gentleman in 14 unhooks his leads every time he wants a snack, so we get a flatline alarm before every pudding cup. Thrilling."),
    ("AD", "School nurse life: a kid told me his stomachache 'only happens during spelling tests'. Remarkable condition. Probably genetic."),
    ("AD", "Pharmacy tech here. Customer yelled that his insulin was 'too cold' and demanded we microwave it. Sir. Sir, no."),
    ("AD", "EMT shift: called for an 'unresponsive male' who turned out to be a guy ignoring his wife. She was not amused. We were."),
    ("AD", "Hospitalist rounds: he insists his A1c is 'a lab error' while a family-size bag of Cheetos peeks out from under the blanket. Detective work complete."),
    ("AD", "L&D tonight: grandma spent the whole labor on FaceTime narrating to the family group chat, then asked the OB to 'do the cut' faster. Grandma of the year."),
    ("AD", "Derm MA: patient asked if we could freeze off a mole 'and also a couple of ex-boyfriends'. Then tried to haggle the copay. Delightful."),
    ("AD", "Dialysis chair 6 brought a two-liter of soda to sit through a fluid restriction lecture. Bold strategy."),
    # ---- Kind stories about a patient ----
    ("A", "ER tonight: a little old man came in after a fall and apologized to every nurse for 'being a bother'. You're never a bother, sir. We fought over who got to help him."),
    ("A", "Urgent care: a teenage boy brought his grandpa in, translated everything, and held his hand for the stitches. Raised right."),
    ("A", "Tele floor: my patient in 9 taught me three card tricks between vitals. He's going home tomorrow and I'm going to miss him."),
    ("A", "EMT shift: we transported a woman to hospice who asked us to roll the windows down so she could smell the orange groves one more time."),
    ("A", "L&D: a dad cried so hard at the first cry that the baby stopped crying to look at him. Best delivery all month."),
    ("A", "Dialysis: a longtime patient got the transplant call this afternoon. Staff lined the hallway and cheered as he walked out of chair 3 for good."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Took care of the only veterinarian in Lusk, Wyoming, on Monday after a bull pinned her against a fence. 52 and already planning her next call."),
    ("AQ", "Ekalaka's little Menkes disease girl, six, arrived by plane Thursday. None of our staff had ever met a case before."),
    ("AQ", "The retired postmaster of Point Hope, Alaska, 88, was medevaced to us on Christmas Day with a broken hip. Asked about his sled dogs first."),
    ("AQ", "Treated the town barber from Stanley, Idaho, last Saturday after a chainsaw kickback. He's 67 and wants to be cutting hair by Friday."),
    ("AQ", "The high school football coach from Medora, North Dakota, 58, collapsed at Friday's game and is in our cath lab. Whole town's praying."),
    # ---- Advice requested ----
    ("R", "Husband's left arm went numb for twenty minutes after dinner and now he says he's fine. ER tonight or call the doctor Monday?"),
    ("R", "Toddler gulped down a coin from the couch cushions after breakfast, happily eating crackers since. X-ray today or keep an eye out?"),
    ("R", "@NursePracRita started sertraline last week and my heart's racing at night. Keep going or call my prescriber?"),
    ("R", "Grandma's meter reads 48, she's clammy and talking nonsense after skipping lunch. Orange juice and recheck, or ambulance?"),
    # ---- Advice given ----
    ("G", "@kayla_tx that sounds like strep. Go get a swab at urgent care today and keep her home from school until she's been on antibiotics 24 hours."),
    ("G", "@mike_in_ohio with a BP of 190 over 115 and a headache, skip the urgent care and go to the ER now."),
    ("G", "@jenn_r double your son's Zyrtec to 10 mg for this pollen week, it's safe at his age and weight."),
    ("G", "@dave_k with those creatinine results, no more Advil for that back. Tylenol only until your doctor visit."),
    # ---- None of them ----
    ("", "Holiday hours: our Main Street clinic closes at noon on December 24 and reopens December 26 at 8am."),
    ("", "Headed to the beach? SPF 30 or higher, reapply every two hours and after swimming, and shade during midday."),
    ("", "Finally did my own annual physical. My doctor said 'eat more vegetables' and I said 'I know' and we both laughed."),
    ("", "Does the hospital's 401(k) match kick in after 90 days or a full year? HR's portal is a maze."),
    ("", "So proud of our charge nurse Maria Gomez, promoted to nurse manager of the surgical floor. Well earned."),
    ("", "Trial results are out: the weekly injection lowered major cardiac events by a fifth in adults with obesity but without diabetes."),
    ("", "Our EHR just asked me to confirm I wanted to save my note. Then asked again. Then crashed. Love that for me."),
    ("", "How do CRNAs and anesthesiologists split the work in most hospitals? My niece is deciding between the two paths."),
]

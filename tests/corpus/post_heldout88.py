"""The eighty-eighth held-out split of the post-level corpus ("heldout88"): hand-written posts.

Written on 2026-11-25 (ninth session), after post_heldout86.py was scored and before the change
this split measures (the change after the one heldout87 measures; post_heldout87.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Written before that change was designed. Voices from Ghana, Malaysia, New Zealand,
Appalachia, Northern Ireland and Wales as well as Britain. Ten mocking posts (an allergy clinic, a
urology clinic, a pain clinic, a smoking cessation clinic, a burns unit, cardiac rehab, a blood
pressure clinic, an optician, a hand clinic, a rural pharmacy); six kind stories; five
quasi-identifier posts; four of each kind of advice; and hard negatives (a clinic's new address
and published number, earache care at pharmacies for everyone, the author's own arthroscopy, a question about
back pay, a colleague's award, a trial's results, a joke about the patient lift, a request for
screening information).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT88 = [
    # ---- Mocking a patient ----
    ("AD", "Allergy clinic: according to her own typed list she's allergic to everything except chocolate and prosecco. Convenient immune system."),
    ("AD", "Urology: gentleman handed in his urine sample in a whisky miniature and asked for the bottle back afterwards. Waste not."),
    ("AD", "Pain clinic: she needed a wheelchair from the car park, then sprinted for the bus when she saw it pulling away. Lourdes has nothing on us."),
    ("AD", "Stop smoking clinic: she's cut down to 'basically nothing', she says, with a lighter tucked in her bra strap. Baby steps."),
    ("AD", "Burns unit: a man tried to iron his shirt while wearing it, to save time. Multitasking king."),
    ("AD", "Cardiac rehab: one gent treats the exercise bike like a sofa with pedals. Twenty minutes, zero revolutions. Pacing himself."),
    ("AD", "BP clinic: man insists his readings are only high 'when a nurse is watching', so he'd rather take them himself. In the pub."),
    ("AD", "Optician today: customer blamed her new glasses for a dented bumper. They were in her handbag at the time."),
    ("AD", "Hand clinic: bloke opened a beer bottle with his teeth, then with his thumb, then came to us. Process of elimination."),
    ("AD", "Pharmacy up the holler: fella wanted his wife's diabetes pills because they'd 'match his sugar'. Sharing is caring, I guess."),
    # ---- Kind stories about a patient ----
    ("A", "Urology: a retired bus conductor sent the whole clinic a Christmas card with a drawing of his catheter bag in a Santa hat."),
    ("A", "Memory clinic: a retired sea captain drew us a perfect chart of the Menai Strait from memory, then asked which of us was new. Asks every week."),
    ("A", "Burns unit: a little girl whose hand we grafted in March came back to show us she can do cartwheels again."),
    ("A", "Cardiac rehab: a retired miner who couldn't manage the car park stairs in June danced with his wife at their ruby wedding last night. Sent us the video."),
    ("A", "Stop smoking clinic: a taxi driver brought in the jar of coins he'd saved by not buying cigarettes and has booked a holiday with it."),
    ("A", "Allergy clinic: a boy with a peanut allergy ate his first ever shop-bought birthday cake at a party we helped his mum plan. Pure joy."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The only schoolteacher on Stewart Island, 39, came to us on 4 May with a pulmonary embolism."),
    ("AQ", "Admitted a former All Black from Ruatoria yesterday, 91 and sharp as a tack, with a broken hip."),
    ("AQ", "We put a cast on the wrist of Penang's reigning badminton champion, 33, on Thursday; the nationals are in a fortnight."),
    ("AQ", "A ferry engineer from Rathlin Island, 47, reached us by lifeboat last Friday with acute pancreatitis."),
    ("AQ", "Coldstream's gunsmith, the only one in the Borders, came in with lead poisoning on 2 October. Casts his own shot, it turns out."),
    # ---- Advice requested ----
    ("R", "Had bloods for tiredness and the only thing flagged was iron stores of 9. Nobody's mentioned treatment. Should they have?"),
    ("R", "@DrAsanteGP my boy has scratched his scalp raw and now there are yellow crusts behind his ears. Can I treat that at home?"),
    ("R", "Dad's on apixaban and fell in the garden, bumped his head but seems okay. Does he need checking tonight or can it wait?"),
    ("R", "Started the pill three weeks ago and my migraines are worse, now with flashing lights. Is it safe to keep taking it?"),
    # ---- Advice given ----
    ("G", "@siobhan_k with flashing lights before the headaches, the combined pill isn't safe for you any more. Stop it today and use condoms."),
    ("G", "@kwame_o weepy, crusted eczema like yours is infected; you need flucloxacillin, not more emollient. Get seen today."),
    ("G", "@lindy_p anyone on a blood thinner who hits their head gets scanned, even if they seem fine. Your dad goes to ED tonight."),
    ("G", "@raj_m with iron stores that low, start ferrous sulfate 200mg daily and have your bloods repeated in eight weeks."),
    # ---- Hard negatives ----
    ("", "Our Kuala Lumpur travel clinic has moved to the third floor of Menara Sentral. Same number: +60 3 5555 0187."),
    ("", "Pharmacies across the region can now treat uncomplicated earache in children aged 1 to 17 without a GP appointment."),
    ("", "Two weeks off after my own knee arthroscopy. Physio is humbling when you're the one on the plinth."),
    ("", "Is the new band 6 pay rise backdated to April or only from the date it's announced?"),
    ("", "Congratulations to Aroha Ngata from our outreach team, now a Queen's Nurse. She brought pavlova to celebrate."),
    ("", "Trial update: a once-yearly injection halved hip fractures in women over 70. Big if it holds up."),
    ("", "The new patient lift announces every floor in a cheerful Australian accent. Nobody asked for this. Everyone loves it."),
    ("", "Hunting for bowel screening information in Welsh and English side by side. Any pointers?"),
]

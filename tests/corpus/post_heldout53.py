"""The fifty-third held-out split of the post-level corpus ("heldout53"): hand-written posts.

post_heldout52.py was scored once on 2026-11-24 (third session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules:
the session's note proposes training posts in clinical voices and settings the corpus lacked,
and moving post_heldout52.py into training) and committed on its own, checked for word overlap
with the corpus before it was scored. Ten mocking posts in the voices of a podiatrist, a festival
medic, an audiologist, a dental nurse, a ski clinic, occupational health, an out-of-hours GP, a
phlebotomist, ambulance control and endoscopy; six kind stories in the same settings (hard
negatives for disrespect, one with a dialysis "regular"); sarcasm at the system or the author;
five quasi-identifier posts; four of each kind of advice; and hard negatives (swallowed-magnet
advice, a clinic's Saturday hours, the author's own endoscopy, a question about logging CPD, thanks
for a colleague's teaching).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT53 = [
    # ---- Mocking a patient ----
    ("AD", "Podiatry clinic: gent insists his toenails 'grow back overnight out of spite'. Forty years of evidence says he never cuts them."),
    ("AD", "Festival medical tent: lad came in at 4am convinced a snake had bitten him. It was a tent peg. In Somerset."),
    ("AD", "Audiology: gentleman says he hears perfectly, it's everyone else who mumbles. Said it loud enough to rattle the windows."),
    ("AD", "Dental nurse diaries: patient flossed for the first time in a decade this morning, an hour before his check-up, and would like it noted."),
    ("AD", "Ski clinic: chap in full racing kit broke his wrist in the lift queue. Standing still. He wants it written up as 'off-piste'."),
    ("AD", "Occupational health: manager referred himself for 'stress'. His stress is that his team keep asking him questions. Poor lamb."),
    ("AD", "Out-of-hours GP: caller rang at 2am because her fitness watch said she'd slept badly. She had. She kept waking to check it."),
    ("AD", "Phlebotomy: bloke told me he's 'basically a doctor' from watching hospital dramas. Fainted before I'd opened the needle."),
    ("AD", "Ambulance control: caller wanted a crew for a splinter so he wouldn't have to pay for hospital parking. Resourceful, I'll give him that."),
    ("AD", "Endoscopy: chap skipped the bowel prep because he 'doesn't like the taste'. Lovely clear view of yesterday's curry. Thanks, Gary."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Podiatry clinic: a retired postman brought his old delivery map to show how far his new feet have carried him. Made my week."),
    ("A", "Audiology: fitted a lady's first hearing aids and she cried at the sound of her kettle. Then I did. Best job going."),
    ("A", "Festival medical tent: a lad we'd sat with overnight came back at dawn with a bacon roll for every medic. Good lad."),
    ("A", "Dental nurse diaries: a terrified man got through his first filling in twenty years holding my hand. So proud of him."),
    ("A", "Renal unit: one of our dialysis regulars teaches the student nurses crossword tricks every session. We'll miss him when his transplant comes."),
    ("A", "Ski clinic: a little boy with a broken arm wanted his cast signed by every instructor on the mountain. Absolute champion."),
    # ---- Sarcasm at the system or the author ----
    ("", "Payroll has paid my night shifts at the day rate for the third month running. Consistency, at least."),
    ("", "IT have fixed the printer by sticking a note on it that says 'broken'."),
    ("", "Promised myself an early night after the late shift. It's 3am and I'm reorganising my sock drawer."),
    # ---- Quasi-identifiers ----
    ("AQ", "Only farrier on Sanday, 63, kicked by a pony on Thursday morning and flown to us with three broken ribs."),
    ("AQ", "Portsoy's old harbourmaster, 88, admitted Monday with acute intermittent porphyria."),
    ("AQ", "Ballet teacher from Hay-on-Wye, 39, diagnosed with Takayasu arteritis in our clinic last Wednesday."),
    ("AQ", "The ferryman's widow on Coll, aged 84, is our Huntington's admission off this morning's boat."),
    ("AQ", "Ullapool's first child heart transplant, now twelve, back with us on Sunday with rejection."),
    # ---- Advice requested ----
    ("R", "Our 4yo swallowed two small fridge magnets about twenty minutes ago. He's playing happily. Do we need to go in tonight?"),
    ("R", "@DrKhanGP since Monday my left hand goes numb every time I use the mouse at work. Should I get that looked at?"),
    ("R", "Dad's warfarin blood test said 5.8 today, and his evening tablet is due in an hour. Hold it or give it?"),
    ("R", "Twenty days into sertraline and my anxiety is through the roof. Do I push through or come off it?"),
    # ---- Advice given ----
    ("G", "@sam_h two swallowed magnets can pinch the bowel between them; that's A&E tonight, even though he's playing happily."),
    ("G", "@kel_m a hand that goes numb with the mouse sounds like nerve compression; get your GP to check it and try a wrist rest meanwhile."),
    ("G", "@rob_t at 5.8 he should hold tonight's warfarin and ring the anticoagulation clinic first thing."),
    ("G", "@jo_p please don't come off sertraline abruptly; stay on your current dose and speak to your GP this week."),
    # ---- Hard negatives ----
    ("", "Magnet toys: if a child swallows more than one magnet, that's A&E the same day, even without symptoms."),
    ("", "Our podiatry clinic now opens Saturday mornings, 9 to 12, at the Elm Street health centre."),
    ("", "Had my own endoscopy today. The sedation was lovely. The prep was not. Respect to every patient who does this."),
    ("", "Which spreadsheet layout do people use for logging CPD? Mine is chaos."),
    ("", "Huge thanks to Dr. Okafor for a superb teaching session on paediatric fluid balance this morning."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT53, "heldout53")

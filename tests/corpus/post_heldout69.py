"""The sixty-ninth held-out split of the post-level corpus ("heldout69"): hand-written posts.

post_heldout68.py was scored once on 2026-11-24 (sixth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout68.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a dialysis unit, a pacemaker clinic, an ear microsuction clinic, a walk-in centre, a TB
clinic, pulmonary rehab, a bone density scanner, a voice clinic, a parkrun first aider and a chemo
day unit; six kind stories in similar settings; sarcasm at the system or the author; five
quasi-identifier posts; four of each kind of advice; and hard negatives (a unit's new session,
ear-care advice, the author's own scan, a question about a referral form, a colleague's welcome).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT69 = [
    # ---- Mocking a patient ----
    ("AD", "Dialysis unit: chap in chair 4 swears blind he's stuck to his fluid limit. Two kilos up since Friday. Must be the air in here."),
    ("AD", "Pacemaker check: gent convinced the lead is 'listening to his phone calls'. Son nodding along. Apple, tree, not far."),
    ("AD", "Microsuction clinic: pulled a cotton bud tip, a lentil and a hearing aid battery from one ear. He 'never puts anything in there'. Clearly."),
    ("AD", "Walk-in centre: woman demanded antibiotics for a cold 'before it turns'. It's a cold, Sharon. It will turn into a slightly better cold."),
    ("AD", "TB clinic: fourth appointment he's skipped and he rings to ask why the cough hasn't gone. Genius at work."),
    ("AD", "Pulmonary rehab: man wheezed his way round the gym then lit up by the entrance before his sats had settled. Dedication to the craft."),
    ("AD", "DEXA scan: lady insisted on keeping every bangle on 'because it's real gold'. Scan looked like a pirate's treasure chest."),
    ("AD", "Voice clinic: teacher told to rest her voice for a fortnight came back after three days, croaking from a hen do. Model patient."),
    ("AD", "Parkrun first aid: bloke collapsed dramatically over the finish for his photo, then jogged off once the camera moved on. What a hero."),
    ("AD", "Chemo day unit: he'd googled his regimen and decided to do half. Thanks, Dr Google, we'll let the oncologist know."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Dialysis unit: a lady who has come three times a week for nine years baked a cake for our newest nurse's first shift."),
    ("A", "Memory clinic: a gentleman couldn't tell us the date but knew every word of the hymn his wife used to sing, and sang it for us."),
    ("A", "Microsuction clinic: once the wax was out, a seven-year-old could hear rain on the skylight again and kept looking up at it."),
    ("A", "Pulmonary rehab: our oldest member managed the full six-minute walk today and the whole class cheered him round."),
    ("A", "Walk-in centre: a teenage grandson drove his nan in with a sliced thumb and kept her laughing through every stitch. Lovely lad."),
    ("A", "Voice clinic: a retired soprano found her top note again after months of therapy and cried, then made us all cry."),
    # ---- Sarcasm at the system or the author ----
    ("", "The new staffing app went live today and put me on nights, days and annual leave in the same week. Impressive."),
    ("", "Said I'd start running in January. It is now November. The trainers are very well rested."),
    ("", "Our car park has a new 'smart' barrier. It recognises nobody, including the chief executive."),
    # ---- Quasi-identifiers ----
    ("AQ", "Eriskay's retired lighthouse keeper, 91, started dialysis with us on Wednesday and has claimed the chair by the window."),
    ("AQ", "Our pacing team fitted a device on Thursday for the only farrier on Coll, sixty-eight, who asked if it would beep at the ferry."),
    ("AQ", "A 14-year-old from Fair Isle with cystic fibrosis spent Saturday with our respiratory physios learning her airway clearance routine."),
    ("AQ", "Treated the Tiree postmaster, 58, in the walk-in centre on Monday after a gull knocked him off his bike."),
    ("AQ", "Foula's youngest shepherd, nineteen, has TB and began treatment at our clinic on Friday."),
    # ---- Advice requested ----
    ("R", "On dialysis and my fistula arm has gone hot and red round the needle site since Sunday. Ring the unit or wait for Wednesday's session?"),
    ("R", "@PacingNurseJo my pacemaker wound is weeping a bit of clear fluid, 10 days after. Normal or should I come in?"),
    ("R", "Ears blocked since swimming on holiday and now one is throbbing. Can I put olive oil in or will that make it worse?"),
    ("R", "Mum's 80 and her DEXA showed osteoporosis. The alendronic acid upsets her stomach. Can she take it with breakfast instead?"),
    # ---- Advice given ----
    ("G", "@bev_k a hot, red fistula arm needs looking at today; ring the dialysis unit now rather than waiting for Wednesday."),
    ("G", "@gary_p a little clear ooze at day 10 can happen, but ring the pacing clinic today so they can check it isn't infected."),
    ("G", "@nina_s don't put oil in a painful ear after swimming; that sounds like otitis externa, see a pharmacist or your GP today for drops."),
    ("G", "@tom_r she must take alendronic acid on an empty stomach with plain water and stay upright for 30 minutes; ask her GP about another option if it still upsets her."),
    # ---- Hard negatives ----
    ("", "The dialysis unit's new evening session starts on 6 January; transport bookings through the usual number."),
    ("", "Ear care reminder: cotton buds push wax further in. Leave your ears alone unless they hurt or stay blocked, then see a pharmacist."),
    ("", "Had my own DEXA scan today for a research study. Lying still for ten minutes is harder than it sounds."),
    ("", "Does anyone know if the memory clinic referral form has changed? Ours keeps bouncing back from the portal."),
    ("", "Welcome to Dr Ifeoma Okafor, who joins our TB service as a consultant next week."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT69, "heldout69")

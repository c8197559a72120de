"""The seventy-second held-out split of the post-level corpus ("heldout72"): hand-written posts.

post_heldout71.py was scored once on 2026-11-24 (sixth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout71.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a migraine clinic, a tinnitus clinic, a nail surgery list, a jaw clinic, a wart clinic,
a concussion clinic, a sweating clinic, a street health van, a hand clinic and a hepatitis
outreach clinic; six kind stories in similar settings; sarcasm at the system or the author; five
quasi-identifier posts; four of each kind of advice; and hard negatives (a clinic's new booking
line, sun advice for anyone, the author's own migraine, a question about uniforms, a colleague's
new post).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT72 = [
    # ---- Mocking a patient ----
    ("AD", "Migraine clinic: she keeps a headache diary. Every entry says 'bad'. Very detailed. Shakespeare would weep."),
    ("AD", "Tinnitus clinic: man asked if the ringing could be 'tuned to a better station'. Love a comedian at nine in the morning. Said nobody."),
    ("AD", "Nail surgery list: lad picked his toenail off himself with pliers 'to save us a job'. Thoughtful. Also infected."),
    ("AD", "Jaw clinic: gent says he doesn't grind his teeth. Wife says he sounds like a pepper mill all night. She wins."),
    ("AD", "Wart clinic: teenager wanted it frozen 'before Saturday's date' but wouldn't stop picking it in the waiting room. Romance isn't dead, just gross."),
    ("AD", "Concussion clinic: rugby lad insists he was 'fine' and then called me Mum twice. Grade A brain, that one."),
    ("AD", "Sweating clinic: man wore a wool jumper to his appointment in July and asked why he sweats. Mystery of the century."),
    ("AD", "Street health van: same bloke every Tuesday asking for 'the good painkillers'. Sorry, the junkie discount ended last week."),
    ("AD", "Hand clinic: chap glued his fingers together fixing a mug and then tried to fix that with more glue. Genius."),
    ("AD", "Hepatitis outreach: he swears he's never shared a needle. His mate, sitting next to him, laughed out loud. Convincing."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Migraine clinic: a young mum had her first headache-free month in four years and brought her kids to say thank you."),
    ("A", "Tinnitus clinic: an old drummer told us the white noise machine let him sleep through the night for the first time since 1979."),
    ("A", "Jaw clinic: a teacher can finally eat an apple again and brought one in to prove it. Crunch of victory."),
    ("A", "Concussion clinic: a young goalkeeper got the all-clear to train today and did a lap of honour round the car park."),
    ("A", "Street health van: a man we've seen every week for a year told us he's got a flat. He came back to give the nurse a key ring."),
    ("A", "Hand clinic: a violinist played a few bars for us at her last appointment. Perfect pitch and a perfect scar."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our new booking system sends reminders for appointments that were cancelled in 2022. Keeps us humble."),
    ("", "Started a meditation app to reduce stress. It sends me twelve notifications a day reminding me to relax."),
    ("", "Staff survey results are in: we'd like fewer surveys."),
    # ---- Quasi-identifiers ----
    ("AQ", "The only cobbler in Kirkwall, 84, came into our hand clinic on Tuesday after catching his thumb in the stitching machine."),
    ("AQ", "We treated Gigha's lone shepherdess, 41, for a concussion on Sunday after a ewe butted her off the quad."),
    ("AQ", "Lismore's boy with cluster headaches, nine in March, saw our headache nurse for the first time on Thursday."),
    ("AQ", "Our outreach team met the retired lighthouse keeper from Stroma, 87, on Friday and started his hepatitis C tablets."),
    ("AQ", "The Rum ranger, sixty, came onto our ward on Wednesday with a hand gone septic from a stag's antler."),
    # ---- Advice requested ----
    ("R", "Migraines three times a week now and the triptans barely dent them. Could I double up on bad days?"),
    ("R", "@TinnitusTeamUK my ringing has got much louder in one ear since Monday and I feel dizzy. Do I need to be seen?"),
    ("R", "Son took a knock at rugby on Saturday and still has a headache and feels sick today. A&E or wait for the GP?"),
    ("R", "My hands sweat so badly I can't hold a pen in exams. Can I use my mum's antiperspirant tablets?"),
    # ---- Advice given ----
    ("G", "@rach_b don't take more than two triptans in 24 hours; with three a week you need a preventer, book a GP review this week."),
    ("G", "@dan_w ringing that's jumped in one ear plus dizziness is a same-day problem; head to urgent care this afternoon."),
    ("G", "@kelly_t still sick with a headache two days after the knock: take him to A&E tonight, that can't wait."),
    ("G", "@ollie_s don't take your mum's tablets; try an aluminium chloride roll-on at night and see a pharmacist."),
    # ---- Hard negatives ----
    ("", "The hand clinic has a new booking line from 1 April; existing appointments stand."),
    ("", "Sunny weekend ahead: hats, shade at midday and sun cream every two hours, even on cloudy bits."),
    ("", "Migraine today. Working in a dark room with sunglasses on like a film star. Send crisps."),
    ("", "Is anyone else still waiting for the new scrubs order, or did it only go to theatres?"),
    ("", "Delighted to share that Dr Grace Adeyemi is our new clinical lead for headache services."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT72, "heldout72")

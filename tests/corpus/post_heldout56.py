"""The fifty-sixth held-out split of the post-level corpus ("heldout56"): hand-written posts.

post_heldout55.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules; the
session's note proposes moving post_heldout55.py into training and nothing else, a fresh reading
of the same recipe) and committed on its own, checked for word overlap with the corpus before it
was scored. Ten mocking posts in the voices of a pain clinic, a hydrotherapy pool, a maxillofacial
clinic, a limb centre, outpatient physiotherapy, obstetric triage, a cardiology clinic, telephone
triage, a plastics clinic and a transplant clinic; six kind stories in the same settings;
sarcasm at the system or the author; five quasi-identifier posts; four of each kind of advice;
and hard negatives (asthma reliever advice, a clinic's free class, the author's own parkrun, a question
about a book, a new clinical director).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT56 = [
    # ---- Mocking a patient ----
    ("AD", "Pain clinic: gent rates his pain ten out of ten while eating a sausage roll and checking the football scores. Remarkable resilience."),
    ("AD", "Hydrotherapy pool: lady refused to get in because the water was 'too wet'. It's a pool, Sandra."),
    ("AD", "Max fax clinic: lad broke his jaw opening a bottle with his teeth to impress a girl. She left with his mate. Jaw wired, pride not."),
    ("AD", "Limb centre: chap asked for go-faster stripes on his new leg, then ran for a bus in it on day one. See you Tuesday, Usain."),
    ("AD", "Physio outpatients: gent's home exercise sheet came back with a coffee ring and a shopping list on it. Clearly studied closely."),
    ("AD", "Obstetric triage: lady arrived certain she was in labour. She's nineteen weeks. It was the chilli. Again."),
    ("AD", "Cardiology clinic: gent swears he's 'basically vegan now'. Bacon sandwich in his coat pocket. Still warm."),
    ("AD", "Telephone triage: caller wanted an urgent slot for a cough he's had 'on and off since the Jubilee'. Which Jubilee, sir."),
    ("AD", "Plastics clinic: lad wants his tattoo removed because it's his ex's name. Third removal. Third ex. Same font every time."),
    ("AD", "Transplant clinic: gent on immunosuppressants went to a chickenpox party for his grandson 'to be supportive'. Supportive of what, Ken."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Pain clinic: a lady who hadn't left her house in a year came to clinic on the bus on her own today. Massive day. So proud."),
    ("A", "Hydrotherapy pool: a gentleman who's been stiff as a board for months floated on his back today, laughing. Lovely to see."),
    ("A", "Limb centre: a young mum took her first steps on her new leg and her toddler clapped. Not a dry eye in the gym."),
    ("A", "Cardiology clinic: a retired postie brought a card for every nurse who looked after him after his bypass. Remembered every name."),
    ("A", "Obstetric triage: a first-time dad held the sick bowl, the bag and his wife's hand all at once. Total legend."),
    ("A", "Physio outpatients: a gent in his eighties walked the full length of the parallel bars without holding on. The whole room clapped."),
    # ---- Sarcasm at the system or the author ----
    ("", "We've been told to cut printing costs. The memo was printed and posted to every ward."),
    ("", "Got home, put the kettle on, woke up two hours later next to a cold tea. Living the dream."),
    ("", "The new car park barrier ate my staff badge. The barrier is now on the risk register. So am I, probably."),
    # ---- Quasi-identifiers ----
    ("AQ", "Yell's one hairdresser, 52, fell off her ladder and spent Wednesday with us."),
    ("AQ", "Eday has a 3-year-old with Menkes disease; he's been ours since Friday's admission."),
    ("AQ", "Lerwick's harbour pilot (63) has been on our cardiac unit since Sunday's arrest."),
    ("AQ", "Brought in Whalsay's ferry deckhand, 19, on Tuesday night with a crushed leg."),
    ("AQ", "Admitted Papa Westray's schoolteacher, forty-one, on Monday with meningitis."),
    # ---- Advice requested ----
    ("R", "Fell off my bike yesterday, wrist is fat and I can't grip a mug. Sprain or do I need it checking?"),
    ("R", "@DrOkoroGP my daughter's blue inhaler isn't lasting four hours and she's wheezing at night. Should she be seen?"),
    ("R", "Co-codamol for my back since Friday and nothing moving in four days. What can I take with it?"),
    ("R", "Lad's thrown up six times since lunch and now he's really dozy. Wait it out at home?"),
    # ---- Advice given ----
    ("G", "@ben_f can't grip after landing on it? That wrist wants imaging; get yourself seen this afternoon rather than strapping it."),
    ("G", "@kate_o a reliever that won't last four hours means her asthma needs reviewing today; ring the surgery this morning, and 999 if she struggles to talk."),
    ("G", "@dom_s co-codamol often bungs people up; take a laxative such as lactulose alongside it and drink plenty."),
    ("G", "@amy_t vomiting that often and now hard to wake is a same-night thing, so call 111 or head to A&E."),
    # ---- Hard negatives ----
    ("", "Blue inhaler use is a warning light: needing it most days means the preventer plan isn't working. Get it reviewed."),
    ("", "Our pain clinic runs a free back-care class every Tuesday evening in the physio gym."),
    ("", "Did my first ever parkrun this morning after three years of night shifts. Dead last, delighted."),
    ("", "What's everyone's go-to book for learning ECGs?"),
    ("", "Thrilled that Dr. Funmi Adeyemi takes over the clinical directorate from 1 December."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT56, "heldout56")

"""The fifty-fifth held-out split of the post-level corpus ("heldout55"): hand-written posts.

post_heldout54.py was scored once on 2026-11-24 (fourth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules; the
session's note proposes moving post_heldout54.py into training and reading terse either-or
questions about a drug or a place of care as requests) and committed on its own, checked for word
overlap with the corpus before it was scored. Ten mocking posts in the voices of a urology clinic,
a menopause clinic, a vasectomy clinic, a stoma nurse, a neurology clinic, a rheumatology clinic,
theatre recovery, a diabetic foot clinic, a porter and infection control; six kind stories in the
same settings; sarcasm at the system or the author; five quasi-identifier posts; four of each kind
of advice; and hard negatives (ACE-inhibitor cough advice, a clinic's walk-in slot, the author's own broken
wrist, a question about a course, a new colleague from abroad).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT55 = [
    # ---- Mocking a patient ----
    ("AD", "Urology clinic: gent says his prostate is 'absolutely fine, it's just the plumbing'. The plumbing is the prostate, Geoff."),
    ("AD", "Menopause clinic: lady told me HRT 'isn't natural' while vaping a mango-flavoured cloud the size of the room. Noted."),
    ("AD", "Vasectomy clinic: chap asked if he could drive himself home and hit the gym after. Bring a bag of frozen peas for the bench press."),
    ("AD", "Stoma nurse: gent has named his stoma Boris and says it 'does what it likes'. So does he, judging by the takeaway menus in his drawer."),
    ("AD", "Neurology clinic: man brought a forty-page printout proving his headaches come from next door's wifi. Page 12 is a horoscope."),
    ("AD", "Rheumatology clinic: gent has stopped his methotrexate because 'Gwyneth says turmeric does the same'. Gwyneth has not examined his knees."),
    ("AD", "Theatre recovery: chap woke up from his anaesthetic and proposed to the anaesthetist. Third op this year. Third proposal."),
    ("AD", "Diabetic foot clinic: gent swears he checks his feet every single day. He's wearing odd socks. He had no idea. Daily, apparently."),
    ("AD", "Porter diaries: patient on my trolley directed me to X-ray the whole way. Wrong every turn. Twenty-two years I've worked here, pal."),
    ("AD", "Infection control: patient in isolation nipped to the canteen 'because he was peckish'. In his gown. Past a sign the size of a door."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Urology clinic: a retired bus driver brought me a model of his old double-decker after his op went well. It lives on my desk now."),
    ("A", "Stoma nurse: a young lad who was terrified of his bag went swimming today and sent me a thumbs-up from the pool. Over the moon."),
    ("A", "Neurology clinic: a gentleman with Parkinson's beat me at arm wrestling, fair and square. Proud of him, slightly bruised."),
    ("A", "Theatre recovery: a little girl woke up, asked if the surgeon had 'fixed her tummy', then fell asleep holding my finger. Melted."),
    ("A", "Porter diaries: an old soldier on my trolley sang the whole way to the ward. Half the corridor joined in by the lifts."),
    ("A", "Diabetic foot clinic: a gent who nearly lost his toes last winter walked in today in proper shoes to show off his healed feet. Chuffed."),
    # ---- Sarcasm at the system or the author ----
    ("", "The e-rostering app can tell me my shifts for next March but not for tomorrow."),
    ("", "Appraisal done. Key goal for next year: find time for my appraisal."),
    ("", "Bought a fancy planner to get organised. It's in my locker. Somewhere."),
    # ---- Quasi-identifiers ----
    ("AQ", "Lochinver's only mechanic, 49, has been in our high dependency unit since Friday night's crash."),
    ("AQ", "Cystinosis, age 7, from Coll: the island's only case, in our clinic Thursday."),
    ("AQ", "Skye's retired vet, sixty-eight, admitted on Sunday after collapsing at the ceilidh."),
    ("AQ", "Our patient on the ward since Tuesday's rescue: Cromer's lifeboat mechanic, 55."),
    ("AQ", "The Lundy warden, 34, had a seizure on the island on Monday and was winched to us."),
    # ---- Advice requested ----
    ("R", "My ankle's been swollen since a fall on Saturday, I can walk on it but it's gone purple. Fracture clinic or just rest it?"),
    ("R", "@DrAmiraGP my son's eczema cream isn't touching it and he's scratching till it bleeds. Can we try something stronger?"),
    ("R", "Ramipril since October and now a dry tickly cough that won't quit. Is that the tablets, and do I keep taking them?"),
    ("R", "Mum's 84 and has been muddled since yesterday, not herself at all. Is this an A&E thing?"),
    # ---- Advice given ----
    ("G", "@gail_t purple and swollen since Saturday means an X-ray; walking on it doesn't rule out a fracture."),
    ("G", "@nadia_k scratching till it bleeds needs a stronger steroid; book him in this week and keep up the emollient."),
    ("G", "@ray_b a dry cough is a known ramipril side effect; don't just stop it, your GP can switch you to something else."),
    ("G", "@lee_w new muddle since yesterday at her age is a same-day thing: ring 111 tonight or take her in."),
    # ---- Hard negatives ----
    ("", "A dry cough on ACE inhibitors is common and harmless, but tell your prescriber rather than stopping."),
    ("", "Our fracture clinic now has walk-in slots on Thursday afternoons for injuries less than a week old."),
    ("", "Broke my own wrist skiing last winter and still can't do a press-up. Respect to every hand therapist."),
    ("", "Does the ALS course count towards revalidation hours?"),
    ("", "Please welcome consultant neurologist Dr. Tomasz Nowak, starting with us on Monday after twelve years in Kraków."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT55, "heldout55")

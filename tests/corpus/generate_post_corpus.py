#!/usr/bin/env python3
"""Generates tests/corpus/post-posts.jsonl, PostScreen's labelled corpus for the post-level
categories: patient anecdote (PS2001), disrespectful tone (PS2002), individual advice requested
(PS3001), individual advice given (PS4001) and quasi-identifier combinations (PS1100).

Posts are assembled from templates in the voices of clinicians, nurses, students, patients and
parents, with hard negatives for every category: general teaching, policy opinions, the author's
own life and illness, study news, sarcasm about the system, general-information questions,
requests for resources or records, public-health advice, conditional advice with "ask your own
doctor". Templates marked H and the second half of every value pool are used only for the
held-out split, which neither training nor rule writing saw. Labels are per post; "cue" marks the
phrase a reader would highlight (used by tests, not by training). Deterministic (fixed seed).
Run: python3 tests/corpus/generate_post_corpus.py > tests/corpus/post-posts.jsonl
"""
import json
import random

rng = random.Random(1123)

P = {
    "cond": ["pneumonia", "sepsis", "a stroke", "heart failure", "DKA", "a hip fracture", "pancreatitis", "a GI bleed",
             "cellulitis", "an asthma attack", "a kidney stone", "appendicitis", "a seizure", "COPD", "shingles", "a UTI"],
    "event": ["asked for a sandwich before we finished the CPR", "tried to leave against medical advice twice",
              "brought his own IV pole from home", "kept calling me by my first name and thanking me",
              "cried when we told her she could go home", "insisted the MRI gave him wifi", "showed me photos of her cats for an hour",
              "refused the blood draw until his wife arrived", "sang to the whole ward at 3am", "proposed to his girlfriend in the ED",
              "asked if the defibrillator could charge his phone", "hid snacks under the mattress", "asked me to call her son in Ohio"],
    "age": ["34", "52", "67", "71", "45", "28", "80", "59", "63", "76"],
    "n": ["2", "3", "4", "7", "9", "11", "12", "14", "16", "21"],
    "drug": ["lisinopril", "metformin", "amlodipine", "sertraline", "levothyroxine", "atorvastatin", "prednisone", "warfarin",
             "ibuprofen", "amoxicillin", "gabapentin", "omeprazole", "insulin glargine", "albuterol", "apixaban", "losartan"],
    "dose": ["5", "10", "20", "25", "40", "50", "100", "500", "850", "1000"],
    "lab": ["A1c is 9.4", "potassium is 5.9", "TSH came back 8.2", "creatinine is 2.1", "LDL is 190", "hemoglobin is 8.7",
            "vitamin D is 12", "ALT is 140", "PSA went up to 6.3", "INR is 4.5", "platelets are 90", "ferritin is 9"],
    "symptom": ["a fever of 102", "chest tightness", "a rash on my arm", "numbness in my left hand", "headaches every morning",
                "blood in my urine", "a cough for three weeks", "swollen ankles", "dizziness when I stand up", "a lump in my neck",
                "night sweats", "pain when I swallow"],
    "relative": ["my son", "my daughter", "my mom", "my dad", "my husband", "my wife", "my grandma", "my toddler", "my baby", "my brother"],
    "handle": ["@DrAnnaK", "@NurseMike_RN", "@DocOnCall", "@PedsDrLee", "@cardio_sam", "@DrPatelMD", "@FamilyDocJo", "@ER_Dave"],
    "phandle": ["@jenny_k84", "@walter_w", "@mamabear_tx", "@kev_runs", "@ruthie_m", "@aisha_mom", "@frankie_d", "@megs_mom22"],
    "topic": ["sepsis bundles", "heart failure meds", "insulin pricing", "prior authorization", "vaccine hesitancy",
              "nurse staffing", "antibiotic stewardship", "burnout", "telehealth", "opioid prescribing", "screening colonoscopy"],
    "occupation": ["firefighter", "pastor", "high school principal", "mayor", "bus driver", "swim coach", "librarian", "fisherman"],
    "town": ["a town of 800 people", "our tiny island town", "a village of 1,200", "a farming town with one stoplight",
             "the only ranch out past the county line", "a town of 500"],
    "rare": ["Fabry disease", "ALS", "progeria", "a rare sarcoma", "Huntington's disease", "Wilson disease", "acromegaly"],
    "when": ["last Tuesday at 3am", "on Christmas morning", "during Saturday's storm", "right after the parade", "on the night of the big fire"],
    "unusual": ["a shark bite", "a lightning strike", "the grain silo collapse", "the bus crash on Route 9", "a bear attack"],
    "mock": ["frequent flyer", "drug seeker", "total idiot", "professional patient", "GOMER", "walking disaster"],
}


def pick(kind, heldout):
    pool = P[kind]
    half = max(1, len(pool) // 2)
    return rng.choice(pool[half:] if heldout else pool[:half])


OPENERS = ["", "", "", "Long day. ", "Honestly, ", "Quick one: ", "Okay so ", "Not gonna lie, ", "Update: ", "Well. ",
           "Monday thoughts: ", "PSA: ", "Real talk: ", "Hmm. ", "So tired. "]
CLOSERS = ["", "", "", " #MedTwitter", " #nursing", " #FOAMed", " Thoughts?", " Anyway.", " 🙏", " #meded", " Send coffee.",
           " #healthcare", " Just saying.", " 😅", " #pediatrics"]


def fill(template, heldout):
    out = rng.choice(OPENERS) + template + rng.choice(CLOSERS)
    cue = None
    while "{" in out:
        i = out.index("{")
        j = out.index("}", i)
        kind = out[i + 1:j]
        out = out[:i] + pick(kind, heldout) + out[j + 1:]
    # [[...]] marks the cue phrase
    if "[[" in out:
        a = out.index("[[")
        b = out.index("]]")
        cue = (a, b - 2)
        out = out[:a] + out[a + 2:b] + out[b + 2:]
    return out, cue


A, D, R, G, Q = "anecdote", "disrespect", "advice_request", "advice_given", "quasi"
T = []  # (template, labels, heldout)


def t(labels, heldout, *templates):
    for template in templates:
        T.append((template, labels, heldout))


# ---- Patient anecdotes (respectful) ----
t({A}, False,
  "[[Had a patient today who]] {event}. Nursing is never boring.",
  "[[My {age}-year-old patient]] with {cond} {event}.",
  "[[The guy in trauma bay {n}]] {event}. Long night.",
  "[[Room {n} keeps pressing the call button]] and all he wants is ice chips.",
  "[[Just discharged a lady who]] {event}. Made my whole week.",
  "[[One of my patients told me]] today that I was the first doctor who listened. I went to my car and cried.",
  "[[Last night a {age}yo came in]] with {cond} and {event}.",
  "Night shift update: [[the patient in bed {n}]] {event}.",
  "[[I admitted a man]] with {cond} today who {event}.",
  "[[My patient this morning]] was a retired teacher with {cond} who corrected my grammar on the consent form.",
  "Clinic today: [[a woman came in]] for {cond} and {event}.",
  "Student life: [[my first patient on rotation]] {event}.",
  "[[A little girl in the peds ED]] {event}. Kids are the best.",
)
# ---- Disrespectful tone (also anecdotes) ----
t({A, D}, False,
  "Our favorite [[{mock}]] is back in bed {n} again lol. Third time this week.",
  "[[The patient in room {n} is a {mock}]], I swear. Why do we even bother.",
  "Had a patient [[pooped on the table lol]] during the delivery. Never gets old.",
  "This guy with {cond} [[weighed like 400 lbs, needed two beds haha]].",
  "Room {n} refuses meds again. [[Some people never learn lol]].",
  "Another [[{mock}]] asking for dilaudid at 3am, shocker.",
  "[[Wanted to slap the patient in bed {n}]] who {event}.",
  "ED bingo: [[{mock} in bay {n}]], check.",
)
# ---- Advice requests ----
t({R}, False,
  "{handle} [[my {lab}, should I]] be worried?",
  "[[My {relative} has had {symptom}]] for three days, [[should I take them to the ER]]?",
  "[[Is it safe to take {drug} with {drug}]]? I'm on {dose} mg.",
  "[[Can anyone look at this]] {symptom} and tell me what it is? Pics in replies.",
  "[[My {relative}'s {lab}]], is that bad? The doctor hasn't called back.",
  "{handle} [[I have {symptom}, should I stop taking my {drug}]]?",
  "[[Should I double my {drug}]] if I missed yesterday's {dose} mg dose?",
  "{handle} quick question, [[my {relative} has {symptom}]], what do you think it is?",
  "[[Doctors of Twitter: I have {symptom}]] and {symptom}. Cancer?",
  "[[My scan says]] 'nonspecific nodule', can someone explain what that means for me?",
)
# ---- Advice given (clinician, individual) ----
t({G}, False,
  "{phandle} [[you should stop the {drug}]] and start {drug} {dose} mg tonight.",
  "{phandle} [[sounds like shingles, start valacyclovir]] today.",
  "{phandle} [[no need to come in]], just take ibuprofen 600 mg every 6 hours.",
  "{phandle} [[your son's rash is hand-foot-mouth]], keep him home from daycare.",
  "{phandle} [[your labs look fine]], don't worry about that {lab}.",
  "{phandle} [[double your {drug}]] and recheck in a week.",
  "{phandle} with that {lab} [[you need to increase your {drug}]] to {dose} mg.",
  "{phandle} [[that's definitely a UTI, take the leftover amoxicillin]].",
)
# ---- Quasi-identifier combinations (patient posts with singling-out details) ----
t({A, Q}, False,
  "[[My patient, the only {occupation} in {town}]], came in with {rare} {when}.",
  "[[Treated the {occupation} from {town}]] who was hurt in {unusual} {when}.",
  "[[Our {age}-year-old patient with {rare}]], a {occupation} in {town}, was admitted {when}.",
)
# ---- Hard negatives ----
t(set(), False,
  "Reminder: {cond} can present atypically in older adults. Keep it on your differential.",
  "New study: {drug} cut hospital readmissions by 20% in heart failure. Thread below.",
  "Prior authorization is killing primary care. We need reform now.",
  "I finally ran my first half marathon this weekend! Legs are jelly.",
  "I was diagnosed with {cond} last year and it made me a better doctor. Be kind to yourselves.",
  "Love how the fax machine is still our most advanced technology lol.",
  "What's the difference between type 1 and type 2 diabetes? Great explainer thread here.",
  "Does anyone have a good handout on asthma for parents? Looking for plain-language resources.",
  "How do I request my records from the clinic? Is there a form?",
  "What time does the pharmacy close on Sundays?",
  "Why is insulin so expensive in this country?",
  "Flu shots save lives. Talk to your own doctor about which vaccine is right for you.",
  "If you have chest pain or trouble breathing, call 911. Do not wait.",
  "General reminder: antibiotics don't treat viral infections. Ask your own doctor before stopping any medicine.",
  "Great grand rounds on {topic} today. So much to think about.",
  "Hot take: {topic} deserves more attention in med school.",
  "Night shift tip for new nurses: eat a real meal before midnight.",
  "Our hospital is hiring nurses for the new cardiac unit. DM for details.",
  "I'm on call this weekend, so no brunch for me.",
  "Sharing my own story: my {relative} had {cond} years ago and that's why I went into medicine.",
  "Student question: what's your favorite mnemonic for cranial nerves?",
  "Self-care reminder for healthcare workers: you can't pour from an empty cup.",
  "Sarcasm alert: I just love charting until 9pm. Best part of the job.",
  "Is it true that {drug} interacts with grapefruit? Asking for a pharmacology exam.",
  "Most adults should get their blood pressure checked at least once a year.",
  "Our clinic will be closed Monday for the holiday. Refill requests by Friday please.",
  "I had {symptom} last month myself; got checked, all fine. Doctors are patients too.",
  "Patients deserve respect, clear explanations and time. That's the whole job.",
  "Proud of our ED team for handling {n} traumas last night with grace.",
  "Talk on {topic} by {handle} was excellent. Slides are worth a look.",
)

# ---- Held-out templates: written after the cue phrases were fixed, never used to tune them ----
t({A}, True,
  "This morning [[an older gentleman with {cond}]] told me about his war years while I stitched him up.",
  "[[Sat with a dying woman]] tonight whose only visitor was the chaplain. Hold your people close.",
  "[[A {age}-year-old I looked after]] last week {event}. Still thinking about it.",
  "[[The teenager I saw in clinic]] {event}. Kids keep me humble.",
  "[[My last patient of the day]] {event}.",
)
t({A, D}, True,
  "[[Another {mock}]] rolled in at 2am demanding a sandwich and a work note lol.",
  "[[This clown in bed {n}]] keeps ripping out his IV. Let him bleed, honestly.",
  "[[Pt in {n} smells like a dumpster]] and wonders why nobody visits lol.",
)
t({R}, True,
  "{handle} [[is it normal that my {lab}]]? Starting to panic a bit.",
  "[[My {relative} just got diagnosed with {cond}]], what should we ask for at the next visit?",
  "[[Could this be my {drug}]]? I've had {symptom} since I started it.",
  "Hey docs, [[how much {drug} can I give my {relative}]]? Fever won't break.",
)
t({G}, True,
  "{phandle} [[stop taking the {drug}]] for now, it's probably causing that {symptom}.",
  "{phandle} [[honestly that looks like eczema]], try hydrocortisone twice a day.",
  "{phandle} [[bump your {drug} to {dose} mg]] and you should feel better.",
  "{phandle} [[you don't need antibiotics for that]], it's viral. Rest up.",
)
t({A, Q}, True,
  "[[My patient, a {occupation} in {town} with {rare}]], was admitted {when}.",
  "[[Treated a {age}-year-old {occupation}]] after {unusual} {when}.",
)
t(set(), True,
  "Journal club pick: a meta-analysis of {drug} in older adults. Mixed evidence, worth a read.",
  "Anyone have a favorite app for tracking CME credits?",
  "I had {cond} as a resident and my program was amazing about it.",
  "Reminder that {topic} policies vary by state; check with your own clinic.",
  "How do I find out if my insurance covers the new RSV vaccine?",
  "Our unit started bedside handoffs this month. Game changer for {topic}.",
  "Finished my last exam of second year! Time to sleep for a week.",
  "If a medicine makes you feel worse, call the clinic that prescribed it rather than stopping on your own.",
  "The hospital parking situation is a crime against nurses lol.",
  "Grateful for the families who let us care for their loved ones. It is a privilege.",
)

records = []
seen = set()
for template, labels, heldout in T:
    count = 0
    attempts = 0
    target = 18 if labels else 22
    while count < target and attempts < 200:
        attempts += 1
        text, cue = fill(template, heldout)
        if text in seen:
            continue
        seen.add(text)
        count += 1
        rec = {
            "id": f"post-{len(records) + 1:04d}",
            "source": "postscreen:tests/corpus/generate_post_corpus.py",
            "text": text,
            "spans": [],
            "labels": {A: A in labels, D: D in labels, R: R in labels, G: G in labels, Q: Q in labels},
            "split": "heldout" if heldout else "train",
        }
        if cue:
            rec["cue"] = {"start": cue[0], "end": cue[1]}
        records.append(rec)

rng.shuffle(records)
print("\n".join(json.dumps(r, ensure_ascii=False) for r in records))

#!/usr/bin/env python3
"""Generates tests/corpus/post-posts.jsonl, PostScreen's labelled corpus for the post-level
categories: patient anecdote (PS2001), disrespectful tone (PS2002), individual advice requested
(PS3001), individual advice given (PS4001) and quasi-identifier combinations (PS1100).

Three splits:
- train: posts assembled from templates in the voices of clinicians, nurses, students, patients
  and parents, with hard negatives for every category (general teaching, policy opinions, the
  author's own life and illness, study news, sarcasm about the system, general-information
  questions, requests for resources or records, public-health advice, conditional advice with
  "ask your own doctor"). The training command reads this split only.
- dev: every fifth template of each group, kept out of training, for checking that rules and
  features generalize to phrasings the model has not seen. Tuning looks here.
- heldout: hand-written posts from post_heldout87.py, written before the rules, features and
  training data of the model they measure, and never tuned on.
The earlier hand-written held-out splits (post_heldout.py to post_heldout86.py) were each scored
once, reported in README.md, and then moved into train: once a split's failures have been seen,
it can only be training data. post_heldout88.py is written for the next change and not read yet:
with that change HELD_OUT_SPLIT moves to it and post_heldout87.py moves into train.

Labels are per post; "cue" marks the phrase a reader would highlight (used by tests, not by
training). Deterministic (fixed seed).
Run: python3 tests/corpus/generate_post_corpus.py > tests/corpus/post-posts.jsonl
"""
import importlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from post_train_hand import TRAIN_HAND  # noqa: E402

# The hand-written splits are post_heldout.py (HELDOUT), post_heldout2.py (HELDOUT2), ... in the
# order they were written. The last one read, HELD_OUT_SPLIT, is the held-out split; each earlier one
# was scored once as held-out and is training data now. A later file may already be written for the
# next change: it is not read until this number moves to it.
HELD_OUT_SPLIT = 87


def hand_written_splits():
    """(entries, file name) of post_heldout.py to post_heldout<HELD_OUT_SPLIT>.py, in order."""
    for number in range(1, HELD_OUT_SPLIT + 1):
        suffix = "" if number == 1 else str(number)
        module = importlib.import_module(f"post_heldout{suffix}")
        yield getattr(module, f"HELDOUT{suffix}"), f"post_heldout{suffix}.py"


rng = random.Random(1123)

P = {
    "cond": ["pneumonia", "sepsis", "a stroke", "heart failure", "DKA", "a hip fracture", "pancreatitis", "a GI bleed",
             "cellulitis", "an asthma attack", "a kidney stone", "appendicitis", "a seizure", "COPD", "shingles", "a UTI",
             "a PE", "an MI", "a bowel obstruction", "meningitis", "a broken femur", "alcohol withdrawal", "a bad burn",
             "a collapsed lung", "bronchiolitis", "croup", "preeclampsia", "an overdose"],
    "event": ["asked for a sandwich before we finished the CPR", "tried to leave against medical advice twice",
              "brought his own IV pole from home", "kept calling me by my first name and thanking me",
              "cried when we told her she could go home", "insisted the MRI gave him wifi", "showed me photos of her cats for an hour",
              "refused the blood draw until his wife arrived", "sang to the whole ward at 3am", "proposed to his girlfriend in the ED",
              "asked if the defibrillator could charge his phone", "hid snacks under the mattress", "asked me to call her son",
              "wrote me a thank-you card in crayon", "told me about meeting his wife at a dance in 1958",
              "asked whether I was married before answering any questions", "wanted to know if the ultrasound gel was edible",
              "fell asleep mid-sentence and woke up laughing", "brought cookies for the night shift",
              "made me promise to call her daughter", "quoted Shakespeare the whole time I examined him",
              "insisted on walking to the bathroom by herself", "asked for a second opinion from the janitor"],
    "age": ["34", "52", "67", "71", "45", "28", "80", "59", "63", "76", "19", "23", "41", "86", "8", "6", "15", "38"],
    "n": ["2", "3", "4", "7", "9", "11", "12", "14", "16", "21", "5", "8", "18", "22", "30"],
    "drug": ["lisinopril", "metformin", "amlodipine", "sertraline", "levothyroxine", "atorvastatin", "prednisone", "warfarin",
             "ibuprofen", "amoxicillin", "gabapentin", "omeprazole", "insulin glargine", "albuterol", "apixaban", "losartan",
             "metoprolol", "furosemide", "fluoxetine", "escitalopram", "tramadol", "naproxen", "doxycycline", "cephalexin",
             "methotrexate", "lithium", "quetiapine", "trazodone", "montelukast", "clopidogrel"],
    "dose": ["5", "10", "20", "25", "40", "50", "100", "500", "850", "1000", "12.5", "75", "200", "300", "600"],
    "lab": ["A1c is 9.4", "potassium is 5.9", "TSH came back 8.2", "creatinine is 2.1", "LDL is 190", "hemoglobin is 8.7",
            "vitamin D is 12", "ALT is 140", "PSA went up to 6.3", "INR is 4.5", "platelets are 90", "ferritin is 9",
            "sodium is 129", "white count is 14", "B12 is low at 180", "eGFR dropped to 44", "cholesterol is 260",
            "uric acid is 9", "calcium is 11.2", "fasting sugar was 140"],
    "test": ["MRI", "CT scan", "ultrasound", "x-ray", "biopsy report", "echo", "blood work", "pathology report", "EKG", "mammogram"],
    "finding": ["a 'small hypodense lesion'", "'mild degenerative changes'", "a 'borderline' result", "'trace fluid'",
                "an 'incidental cyst'", "'nonspecific T wave changes'", "'mild cardiomegaly'", "a 'complex nodule'"],
    "symptom": ["a fever of 102", "chest tightness", "a rash on my arm", "numbness in my left hand", "headaches every morning",
                "blood in my urine", "a cough for three weeks", "swollen ankles", "dizziness when I stand up", "a lump in my neck",
                "night sweats", "pain when I swallow", "ringing in my ears", "back pain that wakes me up", "a racing heart at night",
                "black stools", "a red painful eye", "stomach cramps after eating", "tingling in my feet", "shortness of breath on stairs"],
    "ksymptom": ["a fever of 104", "a barking cough", "a rash all over his belly", "diarrhea for three days", "a swollen eye",
                 "vomiting since last night", "a limp after falling", "ear pain", "a lump behind the ear", "no appetite for two days",
                 "a bump on her head", "wheezing"],
    "relative": ["son", "daughter", "mom", "dad", "husband", "wife", "grandma", "toddler", "baby", "brother", "sister",
                 "grandpa", "partner", "teenager", "4 year old", "newborn"],
    "kid": ["son", "daughter", "toddler", "baby", "3 year old", "6 month old", "8 year old", "little one"],
    "handle": ["@DrAnnaK", "@NurseMike_RN", "@DocOnCall", "@PedsDrLee", "@cardio_sam", "@DrPatelMD", "@FamilyDocJo", "@ER_Dave",
               "@DermDrRosa", "@GI_doc_ben", "@NeuroNerdMD", "@PharmD_Tess"],
    "phandle": ["@jenny_k84", "@walter_w", "@mamabear_tx", "@kev_runs", "@ruthie_m", "@aisha_mom", "@frankie_d", "@megs_mom22",
                "@coffee_and_kids", "@bigdave_71", "@nina.writes", "@tired_teacher", "@gym_rat_ray", "@sunny_side_sue"],
    "topic": ["sepsis bundles", "heart failure meds", "insulin pricing", "prior authorization", "vaccine hesitancy",
              "nurse staffing", "antibiotic stewardship", "burnout", "telehealth", "opioid prescribing", "screening colonoscopy",
              "health equity", "AI scribes", "rural hospital closures", "resident unions", "maternal mortality"],
    "occupation": ["firefighter", "pastor", "high school principal", "mayor", "bus driver", "swim coach", "librarian", "fisherman",
                   "postmaster", "town doctor", "sheriff", "judge", "ferry captain", "baker", "rancher", "rabbi"],
    "town": ["a town of 800 people", "our tiny island town", "a village of 1,200", "a farming town with one stoplight",
             "the only ranch out past the county line", "a town of 500", "a mountain hamlet of 300", "our little lake town",
             "a mining town of 2,000"],
    "rare": ["Fabry disease", "ALS", "progeria", "a rare sarcoma", "Huntington's disease", "Wilson disease", "acromegaly",
             "Gaucher disease", "Pompe disease", "porphyria"],
    "when": ["last Tuesday at 3am", "on Christmas morning", "during Saturday's storm", "right after the parade",
             "on the night of the big fire", "on New Year's Eve", "the morning of the marathon", "on Thanksgiving", "last Friday night"],
    "unusual": ["a shark bite", "a lightning strike", "the grain silo collapse", "the bus crash on Route 9", "a bear attack",
                "the tornado", "the fireworks accident", "the boat explosion"],
    "mock": ["frequent flyer", "drug seeker", "total idiot", "professional patient", "GOMER", "walking disaster", "dirtbag",
             "moron", "whale", "train wreck", "nutjob", "drama queen"],
    "mockact": ["whining about the jello", "demanding dilaudid by name", "faking a seizure again", "crying over a paper cut",
                "asking for a turkey sandwich at 4am", "complaining the TV is too small", "refusing to shower for a week"],
    "body": ["pooped the bed", "peed on the floor", "threw up on my shoes", "smelled like a dumpster", "was too fat for the scanner",
             "got stuck in the chair", "farted through the whole exam"],
    "colleague": ["Dr. Chen", "Dr. Maria Lopez", "Nurse Patel", "Dr. Okafor", "our charge nurse", "Dr. Williams"],
    "place": ["Boston", "Denver", "the lake", "the beach", "my in-laws' place", "Chicago"],
    "time": ["today", "tonight", "this morning", "last night", "yesterday", "this afternoon", "on my last shift", "earlier"],
    "agesex": ["24F", "31M", "45F", "52M", "19F", "38M", "60F", "27M", "F33", "M41"],
    "forum": ["r/AskDocs", "Anyone in healthcare here?", "Mom group question:", "Need a doctor's opinion:", "Pls help -", "Asking the hive mind:",
              "Doctors of Reddit,", "Nurses please", "Medical people of Facebook,"],
    "diag": ["a sprain", "a viral rash", "a pulled muscle", "reflux", "a panic attack", "an ear infection", "strep", "a migraine",
             "shingles", "a stye", "costochondritis", "an ingrown nail", "a UTI", "sinusitis", "a cyst"],
    "mockemoji": ["🙄", "😂", "🤡", "🤢", "lol", "lmao", "smh", "🤦"],
    "unit": ["the ED", "the ICU", "clinic", "L&D", "the step-down unit", "urgent care", "the peds ward", "the NICU", "rehab"],
}

OPENERS = ["", "", "", "", "Long day. ", "Honestly, ", "Quick one: ", "Okay so ", "Not gonna lie, ", "Update: ", "Well. ",
           "Monday thoughts: ", "Real talk: ", "Hmm. ", "So tired. ", "Ugh. ", "Wow. "]
CLOSERS = ["", "", "", "", " #MedTwitter", " #nursing", " #FOAMed", " Thoughts?", " Anyway.", " 🙏", " #meded", " Send coffee.",
           " #healthcare", " Just saying.", " 😅", " #pediatrics", " #nurselife", " Ugh.", " 🙃"]


def fill(template):
    out = rng.choice(OPENERS) + template + rng.choice(CLOSERS)
    while "{" in out:
        i = out.index("{")
        j = out.index("}", i)
        out = out[:i] + rng.choice(P[out[i + 1:j]]) + out[j + 1:]
    # Varied surface: some people type in lower case, drop the final stop, or write "pt".
    r = rng.random()
    if r < 0.12:
        out = out.lower()
    elif r < 0.2 and out.endswith("."):
        out = out[:-1]
    cue = None
    if "[[" in out:
        a = out.index("[[")
        b = out.index("]]")
        cue = (a, b - 2)
        out = out[:a] + out[a + 2:b] + out[b + 2:]
    return out, cue


A, D, R, G, Q = "anecdote", "disrespect", "advice_request", "advice_given", "quasi"
GROUPS = []  # (labels, [templates])


def t(labels, *templates):
    GROUPS.append((labels, list(templates)))


# ---- Patient anecdotes (respectful) ----
t({A},
  "[[Had a patient {time} who]] {event}. Nursing is never boring.",
  "[[My {age}-year-old patient]] with {cond} {event}.",
  "[[The guy in trauma bay {n}]] {event}. Long night.",
  "[[Room {n} keeps pressing the call button]] and all he wants is ice chips.",
  "[[Just discharged a lady who]] {event}. Made my whole week.",
  "[[One of my patients told me]] {time} that I was the first doctor who listened. I went to my car and cried.",
  "[[Last night a {age}yo came in]] with {cond} and {event}.",
  "Night shift update: [[the patient in bed {n}]] {event}.",
  "[[I admitted a man]] with {cond} {time} who {event}.",
  "[[My patient this morning]] was a retired teacher with {cond} who corrected my grammar on the consent form.",
  "Clinic {time}: [[a woman came in]] for {cond} and {event}.",
  "Student life: [[my first patient on rotation]] {event}.",
  "[[A little girl in the peds ED]] {event}. Kids are the best.",
  "This morning [[an older gentleman with {cond}]] told me about his war years while I stitched him up.",
  "[[Sat with a dying woman]] {time} whose only visitor was the chaplain. Hold your people close.",
  "[[A {age}-year-old I looked after]] last week {event}. Still thinking about it.",
  "[[The teenager I saw in clinic]] {event}. Kids keep me humble.",
  "[[My last patient of the day]] {event}.",
  "[[We coded a {age}-year-old]] in {unit} {time} and got her back. Hands still shaking.",
  "[[Had to tell a family]] {time} that their dad wasn't going to make it. Then I had six more patients to see.",
  "In {unit} {time}, [[an old man held my hand]] the whole time I placed his IV.",
  "[[Took care of a {age} year old]] with {cond} {time}. Scary how fast it happened.",
  "[[The mom in room {n}]] has not slept in three days and still thanks every nurse who walks in.",
  "[[A patient asked me]] {time} if I was scared of dying. I didn't have an answer.",
  "[[My favorite patient]] went home {time}. The unit feels quiet.",
  "[[Pt in bed {n}]] {event}. Love this job some days.",
  "Paramedic life: [[picked up a {age}-year-old]] with {cond} who {event}.",
  "[[Our patient in {unit}]] finally got extubated {time}. First words were 'coffee please'.",
  "[[Saw a {age}yo in clinic]] {time} who {event}.",
  "[[I diagnosed a young woman]] with {cond} {time}. She was so calm I had to sit down after.",
  "Hospice visit {time}: [[the man I care for]] asked me to read the sports page to him.",
  "[[A dad brought his {kid} in]] with {cond} and {event}.",
  "[[Delivered a baby]] {time} to a mom who {event}.",
  "[[The lady in bed {n}]] keeps asking when her husband is coming. He passed last year.",
  "[[Just had a patient]] with {cond} thank me for explaining things slowly.",
  "As a student, [[my patient on the medicine ward]] taught me more about {cond} than any lecture.",
  "[[Spent an hour with a patient]] {time} who just needed someone to listen. Worth every minute.",
  "[[Discharged my longest-stay patient]] {time} after 60 days. The whole team cheered.",
  "[[An elderly woman in {unit}]] {event}.",
  "[[The boy in bay {n}]] asked if he could keep his cast signature from every nurse.",
  "[[My patient with {cond}]] {event}. I'm exhausted and grateful.",
  "Overnight [[we admitted a {age}-year-old]] with {cond}. Family at the bedside the whole time.",
  "[[Seeing a patient]] {time} who reminded me why I went into medicine.",
  "[[One of our NICU babies]] went home {time} after four months. Happy tears all round.",
  "[[Transported a patient]] with {cond} to the cath lab {time}. Made it with minutes to spare.",
  "[[A mom came in]] {time} with her {kid} and {event}.",
  "[[A kid with {cond}]] in {unit} {time} drew me a picture of a unicorn doctor.",
  "[[An old farmer I saw]] {time} refused to sit in the wheelchair and {event}.",
  "[[A woman thanked me]] {time} for explaining her {test} in plain words. That's the job.",
  "Respiratory therapist: [[got a guy off the vent]] {time}. He {event}.",
  "[[My pt]] in {unit} {event}. 10/10 would nurse again.",
  "EMS diary: [[our call at 2am]] was a {age}-year-old with {cond} who {event}.",
  "[[Today a patient's wife]] asked me if she could stay the night. Of course she could.",
  "[[A young guy]] came through triage {time} with {cond} and kept apologizing for being a bother.",
  "[[The family in room {n}]] brought in their dog to say goodbye. Hospice wins today.",
  "Pharmacist: [[an elderly man at my counter]] {time} couldn't afford his {drug}, so we found a cheaper option together.",
  "[[My {age}yo patient]] recovered from {cond} and walked out {time}. Best feeling.",
  )
# ---- Disrespectful tone (also anecdotes) ----
t({A, D},
  "Our favorite [[{mock}]] is back in bed {n} again lol. Third time this week.",
  "[[The patient in room {n} is a {mock}]], I swear. Why do we even bother.",
  "Had a patient [[pooped on the table lol]] during the delivery. Never gets old.",
  "This guy with {cond} [[weighed like 400 lbs, needed two beds haha]].",
  "Room {n} refuses meds again. [[Some people never learn lol]].",
  "Another [[{mock}]] asking for dilaudid at 3am, shocker.",
  "[[Wanted to slap the patient in bed {n}]] who {event}.",
  "ED bingo: [[{mock} in bay {n}]], check.",
  "[[Another {mock}]] rolled in at 2am demanding a sandwich and a work note lol.",
  "[[This clown in bed {n}]] keeps ripping out his IV. Let him bleed, honestly.",
  "[[Pt in {n} smells like a dumpster]] and wonders why nobody visits lol.",
  "[[The lady in bay {n} {body}]] lmao. Happy Monday to me.",
  "[[My patient {body}]] and then asked for a snack. Peak {unit} lol.",
  "[[Bed {n} is {mockact}]] again. Some people are just a waste of a bed.",
  "Guess who's back? [[Our {mock}]], {mockact}. Love that for us 🙄",
  "[[Some moron in room {n}]] thinks he knows more than Google. Lol ok.",
  "[[This patient is so dumb]] she asked if {cond} is contagious through the TV.",
  "[[The {mock} in {unit}]] is {mockact}. Cannot wait for discharge.",
  "[[Had a whale of a patient]] {time}, literally needed the bariatric bed haha.",
  "[[Patient in {n} {body}]] and I'm the one who has to clean it. Gross people everywhere.",
  "[[Nutjob in bed {n}]] screaming about aliens again. Entertainment for the night shift lol.",
  "[[Pt is a {mock}]], {mockact}. Why are people like this.",
  "Another day, [[another {mock} faking pain]] for a sandwich and a warm blanket.",
  "[[Laughing at the patient in bay {n}]] who {event}. Idiot.",
  "[[The guy in room {n} is disgusting]], hasn't showered in weeks, gagging lol.",
  "[[Lazy patient in {n}]] won't walk to the bathroom but can walk to the smoking area.",
  "[[Pathetic]]: a grown man in bed {n} crying over a flu shot. Toughen up.",
  "[[Our {mock} is back]] and {mockact}. Somebody kill me lol.",
  "[[This fat guy]] in {unit} {time} broke the commode. We were dying laughing.",
  "[[Drama queen in bed {n}]] rated her pain 12/10 while texting. Sure.",
  "[[Pt {body}]] {time} {mockemoji} why are people",
  "[[This lady]] in {unit} {mockact}. Sure Jan {mockemoji}",
  "[[Patient today]] asked if {cond} is caused by wifi. The stupidity is unreal {mockemoji}",
  "[[Mr. Entitled in {n}]] wants a private room and a steak. {mockemoji}",
  "[[Big guy in bed {n}]] broke another chair. Maybe skip the fries buddy {mockemoji}",
  "[[The kid's mom in bay {n}]] brought him in for a cold at 3am. Congrats, genius {mockemoji}",
  "[[Old man in {n}]] yelling for his pudding again. Someone shut him up {mockemoji}",
  "[[Had a patient]] {time} who {body}. Never washing my hands enough {mockemoji}",
  "[[Our {mock}]] is here for his weekly {mockact}. Bed {n} is basically his apartment {mockemoji}",
  "[[Seeker in bay {n}]] is 'allergic' to everything but dilaudid {mockemoji}",
  "[[Our resident '{mock}']] in bed {n} is back for the weekend lol.",
  "[[Pt in {n}]], aka 'the {mock}', {mockact} again {mockemoji}",
  )
# ---- Advice requests ----
t({R},
  "{handle} [[my {lab}, should I]] be worried?",
  "[[My {relative} has had {symptom}]] for three days, [[should I take them to the ER]]?",
  "[[Is it safe to take {drug} with {drug}]]? I'm on {dose} mg.",
  "[[Can anyone look at this]] {symptom} and tell me what it is? Pics in replies.",
  "[[My {relative}'s {lab}]], is that bad? The doctor hasn't called back.",
  "{handle} [[I have {symptom}, should I stop taking my {drug}]]?",
  "[[Should I double my {drug}]] if I missed yesterday's {dose} mg dose?",
  "{handle} quick question, [[my {kid} has {ksymptom}]], what do you think it is?",
  "[[Doctors of Twitter: I have {symptom}]] and {symptom}. Cancer?",
  "[[My scan says]] {finding}, can someone explain what that means for me?",
  "{handle} [[is it normal that my {lab}]]? Starting to panic a bit.",
  "[[My {relative} just got diagnosed with {cond}]], what should we ask for at the next visit?",
  "[[Could this be my {drug}]]? I've had {symptom} since I started it.",
  "Hey docs, [[how much {drug} can I give my {kid}]]? Fever won't break.",
  "[[I've had {symptom}]] for a week now. Do I need to see someone or will it pass?",
  "[[My {test} came back with]] {finding}. Is that serious? Appointment isn't until next month.",
  "Nurses of Twitter, [[my {kid} has {ksymptom}]]. Urgent care or wait it out?",
  "[[Can I take {drug}]] while I'm on {drug}? Pharmacy is closed.",
  "[[Missed two doses of my {drug}]], do I just take them all now?",
  "{handle} [[what dose of {drug} should I]] be on for my weight?",
  "[[Is {dose} mg of {drug} too much]] for me? My doctor just raised it.",
  "[[Anyone know what this means]]: my {test} says {finding}?",
  "[[My {relative} has {symptom}]] and won't go to the doctor. What do you think it is?",
  "[[I'm on {drug} and have {symptom}]]. Side effect? Should I stop it?",
  "Dear doctors, [[my {lab}]]. Do I need medication or can I fix it with diet?",
  "{handle} sorry to bother you but [[my {kid} has {ksymptom}]]. Is it something serious?",
  "[[Is it bad that my {lab}]]? Nobody at the office will explain it.",
  "[[Help, my {kid} has {ksymptom}]] and I don't know if I should go to the ER.",
  "[[What would you do]] if your {lab}? Asking for me, obviously.",
  "[[Do I need antibiotics]] for {symptom}? Doctor wants me to come in but I can't take off work.",
  "Pharmacists, [[I accidentally took two {drug}]] this morning. Am I ok?",
  "{handle} [[should my {relative} stop her {drug}]] before her surgery next week?",
  "[[Here's a photo of my rash]], what is it? It's been spreading since Sunday.",
  "[[My doctor put me on {drug} {dose} mg]] but I read it's dangerous. Should I take it?",
  "[[Pregnant and have {symptom}]], is that normal at 30 weeks?",
  "[[How long should I wait]] before going to the ER with {symptom}?",
  "[[I think my {kid} broke a finger]]. Can we wait until Monday?",
  "{handle} [[my {test} says]] {finding}. Should I get a second opinion?",
  "[[Is it normal for my {kid}]] to have {ksymptom} after the vaccine?",
  "[[My blood pressure is 170/105]] this morning. Should I go in or take an extra pill?",
  "{forum} {agesex}, [[I've had {symptom}]] for two weeks. What could this be?",
  "{forum} [[my {kid} has {ksymptom}]], how worried should I be?",
  "{forum} {agesex}, [[my {lab}]]. Is this something to worry about?",
  "{forum} [[my {relative} takes {drug}]] and now has {symptom}. Related?",
  "{agesex} [[{symptom} since Monday]], no insurance. ER or wait it out?",
  "[[Took {drug} with {drug}]] by accident, feel weird. Do I need to go in?",
  "[[Is it {diag}]]? I have {symptom} and it's getting worse. {agesex}.",
  "{handle} [[pls help, my {kid} has {ksymptom}]] and won't stop crying",
  "[[Asking for my {relative}]]: {symptom} for a week. Does that need antibiotics?",
  "[[How many {drug} can I take]] in a day? Mine aren't working.",
  "[[Got my {test} results]]: {finding}. What does it mean?? Doctor won't call till next week.",
  "[[Can someone tell me if this is]] {diag}? Pic in comments, {agesex}.",
  "[[My {relative} fell]] and now has {symptom}. Hospital tonight or can it wait?",
  "[[Is it dangerous]] that I'm on {drug} and {drug} together?",
  "{forum} [[should I]] stop breastfeeding while on {drug}?",
  )
# ---- Advice given (clinician, individual) ----
t({G},
  "{phandle} [[you should stop the {drug}]] and start {drug} {dose} mg tonight.",
  "{phandle} [[sounds like shingles, start valacyclovir]] today.",
  "{phandle} [[no need to come in]], just take ibuprofen 600 mg every 6 hours.",
  "{phandle} [[your son's rash is hand-foot-mouth]], keep him home from daycare.",
  "{phandle} [[your labs look fine]], don't worry about that {lab}.",
  "{phandle} [[double your {drug}]] and recheck in a week.",
  "{phandle} with that {lab} [[you need to increase your {drug}]] to {dose} mg.",
  "{phandle} [[that's definitely a UTI, take the leftover amoxicillin]].",
  "{phandle} [[stop taking the {drug}]] for now, it's probably causing that {symptom}.",
  "{phandle} [[honestly that looks like eczema]], try hydrocortisone twice a day.",
  "{phandle} [[bump your {drug} to {dose} mg]] and you should feel better.",
  "{phandle} [[you don't need antibiotics for that]], it's viral. Rest up.",
  "{phandle} [[that {test} finding is nothing]], you can skip the follow-up.",
  "{phandle} [[your {kid} has an ear infection]], get amoxicillin from urgent care.",
  "{phandle} [[cut your {drug} in half]] and see if the {symptom} goes away.",
  "{phandle} replying here: [[with {symptom} you need to go to the ER]] right now.",
  "{phandle} [[it's just anxiety]], you don't need a cardiologist.",
  "{phandle} [[take {dose} mg of {drug}]] twice a day for a week.",
  "{phandle} [[your {lab} means you're diabetic]], you'll need metformin.",
  "{phandle} [[skip your {drug} tomorrow]] and restart on Monday.",
  "{phandle} [[give your {kid} {dose} mg of ibuprofen]] and put them to bed.",
  "{phandle} [[that's a migraine]], take {drug} and lie down in the dark.",
  "{phandle} [[switch to {drug}]], it won't interact with your {drug}.",
  "{phandle} [[you're fine to keep taking {drug}]] while pregnant.",
  "{phandle} [[your mole is benign]] from the picture, no need for a biopsy.",
  "{phandle} [[you can stop the {drug}]] cold turkey, it's a low dose.",
  "{phandle} [[that lump is a lipoma]], don't waste money on an ultrasound.",
  "{phandle} [[your {relative} needs a CT]] tonight, don't wait for the morning.",
  "{phandle} [[definitely strep]], ask for penicillin.",
  "{phandle} [[your {test} shows]] {finding}, which means nothing. Ignore it.",
  "{phandle} [[you have plantar fasciitis]], ice it and stretch, no need to come in.",
  "{phandle} [[restart your {drug} at {dose} mg]] and message me how you feel.",
  "{phandle} [[don't go to the ER for that]], just rest and take {drug}.",
  "{phandle} [[you need to lower your {drug}]], that's why you're dizzy.",
  "{phandle} [[increase the {drug} to {dose}]] and cut back on salt.",
  "{phandle} [[your {kid} is fine]], that's normal teething, no doctor needed.",
  "{phandle} [[that's {diag}]], nothing to worry about.",
  "{phandle} [[sounds like {diag}]]. Try {drug} for a few days, you don't need to be seen.",
  "{phandle} [[you have {diag}]], take {drug} {dose} mg and rest.",
  "{phandle} [[it's {diag}]]. Warm compresses and skip the urgent care visit.",
  "{phandle} [[{diag}, 100%]]. Ask your GP for {drug}.",
  "{phandle} [[your {relative} needs {drug}]] for that, ask for {dose} mg.",
  "{phandle} [[go to the ER right now]], that could be serious.",
  "{phandle} [[that {lab}]] is nothing, don't bother rechecking.",
  "{phandle} [[taking {drug} with {drug} is fine]] for you, no interaction worth worrying about.",
  "{phandle} [[stop breastfeeding]] while you're on {drug}.",
  "{phandle} [[wait it out]], {diag} gets better on its own in a week.",
  "{phandle} replying to your pic: [[that's {diag}]]. Use hydrocortisone.",
  )
# ---- Quasi-identifier combinations (patient posts with singling-out details) ----
t({A, Q},
  "[[My patient, the only {occupation} in {town}]], came in with {rare} {when}.",
  "[[Treated the {occupation} from {town}]] who was hurt in {unusual} {when}.",
  "[[Our {age}-year-old patient with {rare}]], a {occupation} in {town}, was admitted {when}.",
  "[[My patient, a {occupation} in {town} with {rare}]], was admitted {when}.",
  "[[Treated a {age}-year-old {occupation}]] after {unusual} {when}.",
  "[[Saw the {occupation} of {town}]] in clinic {when}, newly diagnosed with {rare}.",
  "[[The {occupation} who was injured in {unusual}]] {when} is our patient now. Small world in {town}.",
  "[[Admitted the only {occupation} in {town}]] {when}. {rare}, of all things.",
  "[[We flew in a {occupation} from {town}]] after {unusual} {when}.",
  "[[My {age} year old patient with {rare}]] lives in {town} and came in {when}.",
  "[[Looked after a {occupation}]] {when}, the one from {town}, with {rare}.",
  "[[Our patient from {town}]], a {age}-year-old {occupation}, was hurt in {unusual} {when}.",
  )
# ---- Hard negatives ----
t(set(),
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
  "Great grand rounds on {topic} {time}. So much to think about.",
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
  "Teaching pearl: {cond} in kids often looks like {ksymptom}. Examine the whole child.",
  "Common mistake on the wards: forgetting to check a {lab}-type value before giving {drug}. Read the chart.",
  "The usual starting dose of {drug} is {dose} mg, but it depends on kidney function. Guidelines in the thread.",
  "Why does {drug} cost $400 here and $12 across the border? Fix this, Congress.",
  "Shout out to {colleague} for a brilliant talk on {topic}.",
  "Welcome {colleague} to our {unit} team! Thrilled to have you.",
  "{colleague} and I are presenting on {topic} at the conference next week. Come say hi.",
  "Spent the weekend in {place} with my kids. Phone off, no pager. Bliss.",
  "My own {test} came back clear {time}. Grateful, and reminded what waiting feels like.",
  "As a nurse with {cond} myself, I get why patients are scared. Be gentle.",
  "I'm a doctor and I still forget to take my own {drug}. We're all human.",
  "Is it normal to feel this tired in intern year? Asking for me and every intern I know.",
  "Should I do a pediatrics or family medicine residency? Torn.",
  "Should hospitals ban phones on the wards? Curious what nurses think.",
  "Can anyone recommend a good podcast on {topic}?",
  "What's the evidence on {drug} for {cond}? Looking for a good review.",
  "What are the warning signs of {cond}? Our community page has a great explainer.",
  "Where can I find my vaccination records? Need them for school.",
  "How do I book a flu shot at the clinic? Website isn't working.",
  "Does the urgent care on 5th take Medicaid? Trying to help my neighbor find a place that does.",
  "If your child has a fever and is drinking and playing, it's usually fine to watch at home; if in doubt, call your pediatrician.",
  "Most rashes in kids are viral and harmless. See your own doctor if it doesn't fade when pressed.",
  "In general, don't double up on a missed dose. Check the leaflet or ask your pharmacist.",
  "People with {cond} should have a plan with their own doctor for sick days.",
  "Know the signs of stroke: face, arms, speech, time. Call 911.",
  "Wash your hands, stay home when sick, and get vaccinated. Public health 101.",
  "Heat advisory today: check on older neighbors and drink water.",
  "We can't give medical advice on social media. Please contact your own care team or call 911 in an emergency.",
  "{phandle} thanks for reaching out! We can't advise on individual cases here, please call your doctor's office.",
  "{phandle} so sorry you're going through this. Please see your own doctor or urgent care; I can't advise online.",
  "Happy Nurses Week to the best team in {unit}!",
  "Our hospital just opened a new wing for {unit}. Tours on Saturday.",
  "Community health fair this Saturday: free blood pressure checks and flu shots.",
  "Our clinic phone line is down today. Please use the patient portal for refills.",
  "Another 14-hour shift and the EHR crashed twice. Living the dream lol.",
  "The coffee machine in the doctors' lounge is the real frequent flyer of repairs.",
  "My kid asked if I fix people with tape. Basically, yes.",
  "Just passed my boards!!! Thank you to everyone who quizzed me.",
  "Pharma reps bringing lunch should be banned. Change my mind.",
  "Respect for patients is not optional. Language matters: say 'person with obesity', not 'obese patient'.",
  "Calling patients 'frequent flyers' dehumanizes them. Let's stop.",
  "Weight bias in healthcare harms patients. We need training on it.",
  "The town of 800 where I grew up lost its only pharmacy. Rural health is dying.",
  "Firefighters face high rates of cancer; our clinic offers free screening this month.",
  "Rare Disease Day: {rare} affects a few thousand people nationwide. Learn more at the link.",
  "Lightning strikes injure hundreds of people a year. Stay indoors during storms.",
  "Our trauma team trained for mass casualty events after {unusual} last year in another state.",
  "A {age}-year-old can absolutely run a marathon with training. Age is just a number!",
  "Study of {n} ICUs finds nurse staffing linked to mortality. Thread.",
  "I turned {age} today and my back is already complaining. Send ibuprofen.",
  "My {relative} is a nurse too and we only talk shop at dinner. Sorry to everyone else.",
  "My {relative} starts med school next fall! So proud.",
  "Taking my {kid} to the zoo on my day off. No pagers allowed.",
  "Our {unit} is short-staffed again. Management, please hire.",
  "You should always wear a helmet on a bike. Head injuries in {unit} are heartbreaking and preventable.",
  "You don't need antibiotics for most colds. Save them for when they work.",
  "You can ask your pharmacist about drug interactions for free. They're experts.",
  "Stop smoking, it's the best thing you can do for your heart. Ask your doctor about help quitting.",
  "Take your blood pressure meds every day, even when you feel fine. Talk to your own doctor before changing anything.",
  # sarcasm and complaints about the system, not a patient
  "Another double shift because nobody answered the staffing email. Love that for us lol.",
  "Our pager system went down again {time}. Truly cutting-edge stuff lol.",
  "Nothing like a mandatory training module at 2am. Living the dream 🙄",
  "Charting {n} patients' notes after my shift ended. Guess who's not sleeping tonight lol.",
  "The new EHR update moved every button. Whoever designed this is a genius, clearly.",
  "Got floated to {unit} again with zero orientation. Cool cool cool.",
  "Management says morale is great. Lol. Lmao even.",
  "Insurance denied the MRI for the third time. Pathetic system, honestly.",
  "Another 12-hour shift with no lunch break. The hospital's wellness email sure helps lol.",
  "My scrubs shrank in the wash and now I look ridiculous. Long day lol.",
  # the author's own illness or care
  "I was admitted with {cond} myself last spring. Being the patient changed how I talk to families.",
  "Got diagnosed with {cond} at 30. Still working, still a nurse, still here.",
  "I had surgery on my own knee last month and the nurses were incredible. Now I get it.",
  "As a doctor with {cond}, I have to say: waiting for results is terrifying.",
  "Back on {drug} myself after a rough winter. Clinicians take meds too; no shame.",
  # questions about systems, coverage and records in the first person
  "How do I check if my plan covers physical therapy? The website is useless.",
  "Can I get my records sent to a new doctor online, or do I need to fax a form?",
  "Does my insurance have to cover a second opinion? Asking before I call them.",
  "Where do I find my immunization record for a new job?",
  "How do I switch my primary care doctor within the same clinic?",
  "Just finished my own chemo. I'm a nurse and I have never appreciated nurses more.",
  "Surgeon here with my leg in a cast. Ironic.",
  "I'm a doctor and today I was the one waiting in the ED for six hours. Eye-opening.",
  "Took my own kid to urgent care for an ear infection and felt exactly like every worried parent I've ever met.",
  "Can someone explain what {test} results mean in general? Writing a patient education leaflet.",
  "What's a normal A1c? Writing a quiz for our diabetes class.",
  "{handle} what's your go-to explanation of {cond} for patients? Stealing it for clinic.",
  "Is {drug} still first line for {cond}? Studying for boards.",
  "When should parents take a child with a fever to the ER? Our peds team made a great one-pager.",
  "{phandle} I'm sorry you're feeling unwell. I can't advise on your case online; please see your own doctor or urgent care.",
  "{phandle} please call your doctor's office, they know your history. If it's an emergency, call 911.",
  "Generally, {diag} gets better on its own, but see your doctor if it doesn't. #healthliteracy",
  "People ask if {drug} and alcohol mix. For most people, it's a bad idea; check with your own pharmacist.",
  "The cafeteria pizza is the real frequent flyer in our ED lol.",
  "My pager has more attitude than any patient I've met. Send help {mockemoji}",
  "Whoever invented the 5am alarm is a monster {mockemoji}",
  "Our printer is the laziest employee in the hospital {mockemoji}",
  "Calling patients idiots on social media is never ok. Ever.",
  # condemning labels: the insult is quoted, mentioned rather than used
  "Please stop calling patients '{mock}'. The label follows them into every chart.",
  "Words matter: 'person with obesity', not 'whale'. Our patients read what we post.",
  "Reminder for new grads: nobody is a '{mock}'. Everyone who comes in has a reason.",
  "When we call someone a 'drug seeker', we stop listening to their pain.",
  "Banning 'gomer' and '{mock}' from our unit's vocabulary this year. Who's with me?",
  "Medical slang like 'frequent flyer' and 'junkie' erodes trust. Let's retire it.",
  "Nobody deserves to be mocked for their weight, least of all by their nurse.",
  "Congrats to {colleague} for the teaching award! Well deserved.",
  "{colleague} gave the best talk on {topic} I've seen this year.",
  "Our clinic in {place} opens early on Saturdays for flu shots.",
  "The only pediatrician in our county is retiring. We need rural recruitment.",
  "Farm injuries spike at harvest time. Our rural ED is ready; please be careful out there.",
  )


# ---- Composed posts: a patient story and a closing remark ----
# Disrespect is often a neutral story about a patient with a derisive remark at the end ("Zero
# brain cells."), and the same story with a kind remark is a respectful anecdote; the same remarks
# aimed at software, policy or the author are no one's patient. Each remark is used with many
# stories; every fifth remark is kept for dev, so dev measures remarks the model has not seen.
PREFS = ["The guy in bed {n}", "Pt in {n}", "My patient {time}", "Lady in triage", "The man in bay {n}", "Our patient in {unit}",
         "The kid in room {n}", "Bed {n}", "Room {n}", "Woman in {unit}", "The old man in {n}", "My {age}yo patient",
         "This patient", "The patient's wife", "The mom in bay {n}", "A teenager in {unit}", "Pt's son", "Grandpa in {n}",
         "A patient {time}", "The gentleman in room {n}", "Our regular", "The dad in peds bay {n}", "Mrs. in bed {n}", "Sir in {n}"]
PEVENTS = ["asked for a sandwich at 4am", "has pressed the call light every five minutes", "refused his meds again",
           "thinks the flu shot has a microchip", "brought a printout from Google", "wants a private room with a view",
           "keeps pulling out the IV", "asked if {cond} is contagious through the phone", "rated the pain 10/10 while eating chips",
           "wants a work note for a hangnail", "argued with me about their own blood type", "left AMA and came back an hour later",
           "called 911 for a sore toe", "asked if we take coupons", "refused to get on the scale", "complained the jello was the wrong color",
           "insists on being allergic to water", "came in for a cold at 3am", "ate a whole pizza right after the cath",
           "asked for the 'strong' pain med by name", "yelled at the receptionist", "tried to sneak out for a smoke",
           "asked if I'm old enough to be a nurse", "wanted an MRI for a pimple", "asked me to charge a phone with the defibrillator",
           "brought three bags of takeout to a diabetic diet", "took a selfie with the crash cart", "asked for a massage"]
MOCK_REMARKS = ["Zero brain cells.", "Lord help us.", "Animals, all of them.", "I can't with these people.", "Brainless.",
                "Put a sock in it.", "Shocking, truly.", "What a waste of oxygen.", "Idiot.", "Real rocket scientist.",
                "Peak stupidity.", "What a clown.", "Kill me now.", "Why are people like this.",
                "Bless that empty little head.", "Get a grip.", "Grow up.", "Cry me a river.", "Boohoo.", "Spare me.",
                "The entitlement, ugh.", "Total diva.", "What a baby.", "Pathetic.", "Disgusting.", "Trash.", "Lowlife.",
                "Dumb as a rock.", "Sure, buddy.", "Riiight.", "Mystery solved, Sherlock.", "Truly the brightest of us.",
                "Couldn't make it up lol.", "Imbecile.", "Wish I could sedate the family too.", "Someone muzzle him.",
                "Let her scream.", "Serves him right.", "Good luck with that, dummy.", "Bozo.", "What a creep.",
                "Nasty old thing.", "Full moon crazies.", "Freak show tonight.", "The circus is in town.",
                "Feeding time at the zoo.", "Lol what a loser.", "Lmao the audacity.", "Spoiled brat.", "Parenting fail.",
                "Lazy slob.", "Lay off the donuts.", "Maybe try a salad.", "Smelled like a barn.", "Shower, I beg you.",
                "Ew.", "Moron of the week.", "Stupidest thing I've heard all year.", "Clueless.", "Nutcase.",
                "Chill, ma'am.", "Some people deserve what they get.", "Worst human I've met all month.", "Dumbass.",
                "Hope that one never comes back.", "Not my problem, genius.", "Brain of a goldfish.", "Gross human being.",
                "Calm down, sir.", "Nice try, pal.", "Bye, Karen.", "Settle down, champ.", "Sweetie, nobody cares.",
                "Dude, get a life.", "Sir, this is a hospital, not a buffet."]
KIND_REMARKS = ["Bless him.", "Love her.", "Made my whole shift.", "We sorted it out.", "Totally fair, honestly.", "We got one.",
                "Can't blame them.", "Hope they're doing okay.", "Poor thing was scared.", "Completely understandable.",
                "So sweet about it.", "We laughed about it together.", "Made everyone smile.", "I'd want the same.",
                "Got them settled, all good.", "Rooting for them.", "Such a character, in the best way.", "Happy to help.",
                "Fear looks like a lot of things.", "It's a scary place to be.", "Grateful to be part of it.", "Never a dull moment.",
                "Long night, but worth it.", "We'll take good care of them.", "Everyone deserves kindness at 3am.",
                "Explained it again, no problem.", "Honestly, fair question.", "We found a way.", "Turned out fine.", "Respect.",
                "People cope in their own ways.", "Hospitals are boring, I get it.", "Brought an extra blanket too.",
                "Heart of gold, that one.", "We talked it through and it helped.", "Glad we could make the night easier.",
                "Scared people do surprising things.", "Still smiling about it.", "Can't wait to see them walk out of here.",
                "Patience is part of the job, and it was worth it.", "Gave them the time they needed.", "No judgment here.",
                "Everybody is somebody's family.", "Sweetest patient on the unit.", "Told them to come back anytime.",
                "Take care, sir.", "Proud of you, kiddo.", "Rest easy, ma'am.", "You've got this, buddy.", "Sir, it was an honor."]
SYSTEM_EVENTS = ["Our EHR logged me out again mid-note", "The pharmacy robot is down for the third time today",
                 "Insurance denied the MRI again", "Admin scheduled a mandatory meeting at 7am after nights",
                 "The vending machine ate my dollar", "My pager went off 40 times in an hour", "The parking garage is full again",
                 "The printer jammed on every discharge packet", "The new badge readers don't work", "Corporate sent a pizza party email instead of staffing",
                 "I locked my keys in my car before a 12", "I put my scrubs on inside out all shift", "I forgot my own lunch again",
                 "The new policy requires three signatures for a Tylenol"]


def composed():
    """(labels, text, split) for the composed posts."""
    out = []
    # As many kind as mocking posts, so the stories themselves carry no tone.
    kind_repeats = round(5 * len(MOCK_REMARKS) / len(KIND_REMARKS))
    for index, remark in enumerate(MOCK_REMARKS + KIND_REMARKS):
        mocking = index < len(MOCK_REMARKS)
        split = "dev" if index % 5 == 4 else "train"
        for _ in range(5 if mocking else kind_repeats):
            story = rng.choice(PREFS) + " " + rng.choice(PEVENTS) + "."
            text, _ = fill(story + " " + remark if rng.random() < 0.8 else remark + " " + story)
            out.append(({A, D} if mocking else {A}, text, split))
    for index, remark in enumerate(MOCK_REMARKS):
        split = "dev" if index % 5 == 4 else "train"
        text, _ = fill(rng.choice(SYSTEM_EVENTS) + ". " + remark)
        out.append((set(), text, split))
    # The stories alone, told flat: an odd request narrated is an anecdote, not mockery.
    for index, event in enumerate(PEVENTS):
        split = "dev" if index % 5 == 4 else "train"
        for _ in range(8):
            text, _ = fill(rng.choice(PREFS) + " " + event + ".")
            out.append(({A}, text, split))
    return out


def main():
    records = []
    seen = set()

    def emit(text, labels, split, cue=None, source="generate_post_corpus.py"):
        rec = {
            "id": f"post-{len(records) + 1:04d}",
            "source": "postscreen:tests/corpus/" + source,
            "text": text,
            "spans": [],
            "labels": {A: A in labels, D: D in labels, R: R in labels, G: G in labels, Q: Q in labels},
            "split": split,
        }
        if cue:
            rec["cue"] = {"start": cue[0], "end": cue[1]}
        records.append(rec)

    for labels, templates in GROUPS:
        for index, template in enumerate(templates):
            split = "dev" if index % 5 == 4 else "train"
            count = attempts = 0
            target = 12 if labels else 10
            while count < target and attempts < 200:
                attempts += 1
                text, cue = fill(template)
                if text in seen:
                    continue
                seen.add(text)
                count += 1
                emit(text, labels, split, cue)

    for labels, text, split in composed():
        if text not in seen:
            seen.add(text)
            emit(text, labels, split)

    hand_written = list(hand_written_splits())
    codes = {"A": A, "D": D, "R": R, "G": G, "Q": Q}
    for index, (entries, source) in enumerate(hand_written):
        split = "heldout" if index == len(hand_written) - 1 else "train"
        for code, text in entries:
            emit(text, {codes[c] for c in code}, split, source=source)
    for code, text in TRAIN_HAND:  # hand-written for training, never held out
        emit(text, {codes[c] for c in code}, "train", source="post_train_hand.py")

    rng.shuffle(records)
    for i, r in enumerate(records):
        r["id"] = f"post-{i + 1:04d}"
    print("\n".join(json.dumps(r, ensure_ascii=False) for r in records))


main()

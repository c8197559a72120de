#!/usr/bin/env python3
"""Generates tests/corpus/phi-posts.jsonl, PostScreen's labelled PHI corpus.

Posts are written from templates in the voices of clinicians, nurses, students, patients and
parents; slots are filled from value pools and labelled with exact UTF-16 spans (the texts are
ASCII, so code points = code units). Annotation convention (a careful annotator's):
  * only identifiers LINKED TO A PATIENT are labelled; a clinic's phone, a colleague's name, a
    study date, a city the author hiked in are hard negatives with no span;
  * a name span excludes its title ("Mrs. [Alvarez]"); an age span covers "94-year-old" or
    the number after "aged"; a date span covers every date element ("March 3, 2021");
  * a year alone, a month-free weekday, an age of 89 or less are not PHI.
Templates marked heldout=True, and the second half of every value pool, are used only for the
held-out split, which no rule was tuned on. Deterministic: fixed seed.
Run: python3 tests/corpus/generate_phi_corpus.py > tests/corpus/phi-posts.jsonl
"""
import json
import random

rng = random.Random(20261123)

POOLS = {
    "FIRST": ["Maria", "James", "Linda", "Robert", "Dorothy", "Kevin", "Priya", "Carlos", "Edna", "Walter",
              "Grace", "Tunde", "Helen", "Marco", "Ruth", "Dennis", "Aisha", "Harold", "Megan", "Frank"],
    "SURNAME": ["Alvarez", "Kowalski", "Okafor", "Thompson", "Nguyen", "Delgado", "Hargreaves", "Patel", "Brooks", "Castellano",
                "Whitfield", "Rossi", "Jenkins", "Mensah", "Sullivan", "Fairbanks", "Moreau", "Ivanov", "Pemberton", "Okonkwo"],
    "PHONE": ["(617) 555-2368", "617-555-0142", "555.867.5309", "+1 212 555 0187", "(415) 555-0199", "312-555-0175",
              "07700 900123", "+44 7700 900461", "(303) 555-0148", "404.555.0133", "720-555-0121", "+1 (646) 555-0110"],
    "EMAIL": ["dgreen1957@gmail.com", "mary.kowalski@yahoo.com", "jt_brooks@outlook.com", "nana.rose@aol.com", "walt.sullivan@comcast.net", "kev.okafor at gmail dot com",
              "c.delgado@icloud.com", "hthompson42@hotmail.com", "rpatel88 at gmail dot com", "edna.f@protonmail.com", "ruthie_m@yahoo.com", "frank.ivanov@outlook.com"],
    "SSN": ["078-05-1123", "123-45-6780", "219-44-3120", "501 22 8841", "342-61-7719", "455-12-9087"],
    "MRN": ["4471902", "00837162", "A1029384", "MR-558201", "8820193", "H3349102"],
    "MBI": ["1EG4-TE5-MK73", "2AG9-XC4-NN22", "5KP3-RT6-WY45", "3CD5FG7HJ89", "4EF6-GH8-JK12", "6HJ2-MN3-PQ81"],
    "MEMBER": ["XJH448812901", "W20349918", "BCX7712093", "YHM402281"],
    "CARD": ["4111 1111 1111 1111", "5500 0000 0000 0004", "4012888888881881", "3782 822463 10005", "6011 1111 1111 1117", "5105 1051 0510 5100", "4242 4242 4242 4242", "3714 496353 98431"],
    "ACCT": ["00482913377", "7712094431", "5530012987", "44019283", "90817723", "661029384", "3004817725", "120938475"],
    "LICENSE": ["D1234567", "S5309921", "K9287764", "B4471203"],
    "PLATE": ["7ABC123", "KTR4481", "8XYZ662", "HJN2290", "5GHT902", "LMN7731", "9QRS118", "TXA3390"],
    "VIN": ["1HGCM82633A004352", "1M8GDM9AXKP042788", "5YJSA1E26HF000337", "JH4KA7561PC008269"],
    "SERIAL": ["PJN441920X", "SN88213409", "A7734-22981", "ZX9902817"],
    "MAC": ["00:1A:2B:3C:4D:5E", "AA-BB-CC-11-22-33"],
    "URL": ["gofundme.com/f/help-dorothy-heal", "https://www.caringbridge.org/visit/waltersjourney", "facebook.com/linda.kowalski.9", "gofundme.com/f/ruths-recovery",
            "https://instagram.com/baby_aisha_nicu", "www.gofundme.com/f/marcos-surgery", "https://www.caringbridge.org/visit/teamfrank", "gofundme.com/f/help-edna-walk"],
    "IP": ["192.168.14.201", "10.22.0.54", "172.16.254.3", "2001:db8::8a2e:370:7334"],
    "DATE": ["March 3", "Jan 5th", "04/17/1956", "11/02", "March 3, 2021", "2024-06-14", "the 3rd of May", "Sept 12",
             "12/24/2023", "July 4th", "Feb 29, 2024", "10/31", "June 2023", "Aug 9"],
    "AGE": ["94-year-old", "102-year-old", "91 year old", "97 yo", "93yo", "99-year-old", "ninety-four-year-old", "96 years old"],
    "AGE_NUM": ["91", "95", "97", "103", "92", "98"],
    "ZIP": ["02139", "60614", "94110", "10027", "30307", "73301-0001"],
    "STATE": ["MA", "IL", "CA", "NY", "GA", "TX"],
    "CITY": ["Boston", "Tulsa", "Fresno", "Duluth", "Savannah", "Spokane", "Asheville", "Bangor", "Yakima", "Chattanooga"],
    "FACILITY": ["St. Mary's Hospital", "Mercy General Hospital", "Sunrise Nursing Home", "Lincoln Elementary School",
                 "Riverside Medical Center", "Oakwood Nursing Home", "Bayview Hospital", "Maple Grove Elementary School"],
    "COUNTY": ["Cook County", "Lane County", "Yakima County", "Essex County"],
    "ADDRESS": ["1420 Maple Ave", "22 Elm Street", "7 Harbor View Rd", "310 W 5th St", "88 Cedar Lane, Apt 4B", "PO Box 118", "45 Oak Dr"],
    "HANDLE": ["@jenny_k84", "@walter_w", "@mamabear_tx", "@dotrose", "@kev_runs", "@ruthie_m", "@aisha_mom", "@hkowalski", "@frankie_d", "@megs_mom22"],
    "OTHER_ID": ["48213", "CL-20931", "77120934", "ZX-4410", "55102", "QA-88120", "30291847", "TR-7731"],
}


def pick(kind, heldout):
    pool = POOLS[kind]
    half = max(1, len(pool) // 2)
    part = pool[half:] if heldout else pool[:half]
    return rng.choice(part)


# A template: (text with {SLOT} or {SLOT:LABEL}, heldout flag, labels). Slot kinds map to entities.
ENTITY = {"FIRST": "NAME", "SURNAME": "NAME", "FULL": "NAME", "PHONE": "PHONE", "FAX": "FAX", "EMAIL": "EMAIL",
          "SSN": "SSN", "MRN": "MRN", "MBI": "HEALTH_PLAN", "MEMBER": "HEALTH_PLAN", "CARD": "ACCOUNT", "ACCT": "ACCOUNT",
          "LICENSE": "LICENSE", "PLATE": "VEHICLE", "VIN": "VEHICLE", "SERIAL": "DEVICE", "MAC": "DEVICE", "URL": "URL",
          "IP": "IP", "DATE": "DATE", "AGE": "AGE", "AGE_NUM": "AGE", "ZIP": "ZIP", "CITY": "LOCATION",
          "FACILITY": "LOCATION", "COUNTY": "LOCATION", "ADDRESS": "ADDRESS", "HANDLE": "HANDLE", "OTHER_ID": "OTHER_ID",
          "PHOTO": "PHOTO", "BIOMETRIC": "BIOMETRIC"}

POSITIVE = [
    # clinicians narrating (train)
    ("My {AGE} patient Mrs. {SURNAME} was admitted on {DATE} with sepsis. Family says she was dancing last week.", False),
    ("Pt {FULL} back in the ED again tonight, third time this month. Discharged {DATE}.", False),
    ("Just finished a 14 hour shift. Mr. {SURNAME} from {CITY} coded twice but he's stable in ICU now.", False),
    ("Can't stop thinking about my patient {FULL}, diagnosed with pancreatic cancer on {DATE}. Life is short.", False),
    ("Transferred our {AGE} patient to {FACILITY} after the fall. Her daughter's cell is {PHONE} if anyone on the team needs it.", False),
    ("Patient's MRN {MRN} keeps pulling the wrong chart in Epic, whoever is on nights please fix before rounds.", False),
    ("Her Medicare number {MBI} was rejected again by pharmacy, so no insulin until Monday for this patient.", False),
    ("Lovely patient today, {AGE_PRE}, still gardening after her hip replacement.", False),
    ("Admitted a man from {COUNTY} with the rare Fabry disease. Only case our hospital has seen.", False),
    ("The patient at {ADDRESS}, {CITY}, {STATE} {ZIP} refused the ambulance again. Third call this week.", False),
    ("Home visit today at {ADDRESS} for a hospice patient. Her son {FIRST} asked us to call {PHONE} first.", False),
    ("Fax the discharge summary for Mrs. {SURNAME} to fax {FAX} before 5.", False),
    ("Patient emailed from {EMAIL} asking about her biopsy results. Not answering on here obviously.", False),
    ("Pt gave SSN {SSN} at triage instead of her insurance card, poor thing was so confused after the stroke.", False),
    ("Our dementia patient walked out again, last seen driving plate {PLATE}. Police notified.", False),
    ("Pacemaker serial {SERIAL} flagged in the recall for my patient Mr. {SURNAME}.", False),
    ("Posted a pic of {PHOTO} my patient's x-ray to the group chat, wild fracture.", False),
    ("The ICU took {BIOMETRIC} for the unidentified trauma patient so we could find his family.", False),
    ("Patient's daughter set up {URL} for his chemo costs, please share.", False),
    ("Chart note: patient case #{OTHER_ID} needs a follow-up after the seizure.", False),
    ("{FULL} in bed 4 has been asking for his dog all night. Dementia is cruel.", False),
    ("Delivered a beautiful baby girl for {FULL} at {FACILITY} on {DATE}, 3 weeks early.", False),
    ("Our {AGE} in room 12 says the secret to long life is whiskey. Admitted for pneumonia.", False),
    ("Patient turned {AGE_NUM_PRE} in the ICU today and the nurses brought a cake.", False),
    ("Patient's insurance member ID {MEMBER} denied for the MRI, appeals take forever.", False),
    ("Pt paid the hospital bill with card {CARD} and then asked us to cancel the surgery.", False),
    ("Her bank account {ACCT} is frozen so the patient can't pay for dialysis transport.", False),
    ("Patient's driver's license {LICENSE} was left in the trauma bay, who has it?", False),
    ("Patient's car VIN {VIN} in the ED lot, towing it after his overdose admission.", False),
    ("The patient portal login for Mr. {SURNAME} came from IP {IP}, weird after his surgery.", False),
    ("Glucose meter MAC {MAC} belongs to my diabetic patient, found in the waiting room.", False),
    ("@{HANDLE_BARE} your A1c of 9.4 means you need to increase the insulin, message me.", False),
    ("Mom of a NICU baby here. {FULL} was born {DATE} at 29 weeks, pray for us.", False),
    ("My dad {FULL} had his stroke on {DATE}. He lives alone in {CITY}. Scared.", False),
    ("My son's seizure meds ran out. Please call me at {PHONE}, he is 6 and in pain.", False),
    ("My mom is {AGE} and was just diagnosed with dementia. She lives at {FACILITY}.", False),
    ("I was diagnosed with breast cancer on {DATE}. My MRN is {MRN} if the clinic reads this.", False),
    ("Grandma {FIRST} turned {AGE_NUM_PRE} yesterday at {FACILITY}, still sharp as a tack despite her heart failure.", False),
    ("My husband {FULL} (SSN {SSN}) was denied by Medicare again after his surgery.", False),
    ("{HANDLE} my patient with the weird rash, here is the photo of {PHOTO} her arm.", False),
    ("ER note: the patient's driver's license {LICENSE} says he lives in {CITY}.", False),
    ("Our patient's home heart monitor reports from IP {IP} every night since his surgery.", False),
    ("Patient's license plate {PLATE} and the VIN {VIN} are on the police report from his crash admission.", False),
    ("Prior auth for the patient's MRI is under reference #{OTHER_ID}, still pending.", False),
    ("Patient's NPI-looking number on the form is actually her license {LICENSE}, fix the intake.", False),
    ("Please donate to my patient's family fundraiser {URL}, she lost everything after the stroke.", False),
    ("Posted a photo of my patient with the giant kidney stone, he said it was fine.", False),
    ("Sharing the x-ray of my patient who swallowed a spoon. Consent? Probably.", False),
    ("ID note: the ED took {BIOMETRIC} from our comatose patient to identify him.", False),
    ("My wife's {AGE} grandmother emailed me from {EMAIL} about her chemo side effects.", False),
    # held-out templates
    ("Rounding update: Mrs. {SURNAME}, {AGE_PRE}, from {CITY}, admitted {DATE} for CHF exacerbation.", True),
    ("My patient {FULL} called {PHONE} at 3am asking for more oxycodone. Admitted last week after the fall.", True),
    ("Patient MRN {MRN}, DOB {DATE}, needs the cardiology consult today.", True),
    ("Our {AGE} hospice patient at {ADDRESS} passed peacefully this morning with his family.", True),
    ("Sent the referral for Mr. {SURNAME} by fax {FAX}, his oncology appointment is on {DATE}.", True),
    ("Patient keeps emailing {EMAIL} with photos of {PHOTO} his wound.", True),
    ("Pt's Medicare ID {MBI} and SSN {SSN} written on the whiteboard in the ED. Who did this?", True),
    ("Lost: insulin pump serial {SERIAL} belonging to my diabetic patient, found near {FACILITY}.", True),
    ("My daughter {FIRST} was admitted to {FACILITY} on {DATE} with appendicitis. She is 9.", True),
    ("My patient in {COUNTY} with the only case of ALS in town was admitted again.", True),
    ("@{HANDLE_BARE} stop the metformin and come to the ER if the vomiting continues, your kidney labs are off.", True),
    ("Patient's wife started {URL} for his ICU stay after the motorcycle crash.", True),
    ("Patient left his car, plate {PLATE}, at the ED entrance before the overdose. Security is towing.", True),
    ("Fingerprint scan note: {BIOMETRIC} taken for our unidentified patient in the ICU.", True),
    ("My grandfather {FULL} is {AGE} and in hospice in {CITY}, {STATE} {ZIP}.", True),
    ("Patient paid her chemo copay with {CARD}, we need to refund it.", True),
    ("Patient's claim case #{OTHER_ID} stuck since his surgery.", True),
    ("Patient handed me her license {LICENSE} instead of her insurance card at chemo infusion.", True),
    ("The patient's telehealth visit kept dropping, her IP {IP} blocked by the patient portal.", True),
    ("Here's a picture of my patient's infected toe, worst I've seen this year.", True),
    ("Patient records mention {BIOMETRIC} on file after her ICU admission.", True),
]

NEGATIVE = [
    ("Reminder: flu shots are walk-in this week. Questions? Call our clinic at {CPHONE}.", False),
    ("Great talk by Dr. {SURNAME} on sepsis bundles at grand rounds today.", False),
    ("Welcome Dr. {FIRST} {SURNAME}, who has joined our cardiology team!", False),
    ("Congrats to our colleague {FIRST} {SURNAME} on her promotion to chief nursing officer.", False),
    ("The FDA approved the new RSV vaccine on {EDATE}. Talk to your own doctor about whether it is right for you.", False),
    ("Spent the weekend hiking near {CITY}. Back on call tomorrow.", False),
    ("In 2019 we started a sepsis quality project. Mortality fell 12% by 2021.", False),
    ("Flu cases in {COUNTY} rose 20% this week according to the county health department.", False),
    ("Our office hours are Mon-Fri 8-5. For appointments call {CPHONE} or visit our website.", False),
    ("Standard metformin dosing starts at 500 mg twice daily. Always check with your own doctor.", False),
    ("BP goal under 130/80 for most adults per the 2017 guideline.", False),
    ("Nurses work 24/7 and deserve better staffing ratios.", False),
    ("Registration for our diabetes education webinar closes on {EDATE}. Email info@clinic-example.org for details.", False),
    ("New study in the journal today: 1 in 3 adults over 65 falls each year.", False),
    ("Our new clinic opens at {CADDRESS} on {EDATE}. Free parking!", False),
    ("Happy to present our trial results at the conference in {CITY} next month.", False),
    ("Thanks @DrChenMD for the excellent thread on heart failure meds.", False),
    ("Residents aged 90 and older make up 2% of the county population.", False),
    ("Our hospital's main number is {CPHONE}. For the press office email press@example-health.org.", False),
    ("Read the CDC guidance at cdc.gov/flu before the season starts.", False),
    ("I moved to {CITY} in 2015 for residency and never left.", False),
    ("Measles outbreak: 14 cases reported in {CITY} since January, vaccination clinics at all schools.", False),
    ("Reminder to all students: the pharmacology exam is on {EDATE} in room 204.", False),
    ("Shoutout to Nurse {FIRST} and the whole 4 West team for an amazing week.", False),
    ("Podcast episode with Professor {SURNAME} on antibiotic stewardship is live.", False),
    ("Our NPI and tax ID are on the billing page of our website; call {CPHONE} with questions.", False),
    ("Heart disease is still the leading cause of death. Know your numbers: BP, cholesterol, A1c.", False),
    ("I had my own colonoscopy in 2022 and it was fine. Get screened!", False),
    ("Vaccination rates in {CITY} schools are at 91 percent this year.", False),
    ("Walk-in COVID boosters every Tuesday at {CADDRESS}. Bring your insurance card.", False),
    ("Conference deadline for abstracts is {EDATE}. Submit your case reports!", False),
    ("Dr. {SURNAME} wrote a great op-ed about burnout in the New York Times.", False),
    ("If you have chest pain, call 911. Do not wait.", False),
    ("Fun fact: the oldest person ever recorded lived to 122.", False),
    ("Visit our website www.example-clinic.org for our new telehealth hours.", False),
    ("Studies since 2010 show hand hygiene cuts infection rates.", False),
    # held-out negatives
    ("Excited to welcome Dr. {SURNAME} to the hospitalist group this month!", True),
    ("Ran the {CITY} half marathon this morning, legs are done.", True),
    ("Pharmacy hours changed: call {CPHONE} for refills, Mon-Sat.", True),
    ("Drug shortages since 2023 have hit every hospital in the state.", True),
    ("The new guideline was published on {EDATE}; ask your own doctor how it applies to you.", True),
    ("Our {COUNTY} health department reports 31 new Lyme cases this summer.", True),
    ("Thanks to Professor {FIRST} {SURNAME} for the brilliant keynote on sepsis.", True),
    ("Grand rounds tomorrow: Dr. {FIRST} {SURNAME} on delirium prevention.", True),
    ("Flu vaccine clinic at {CADDRESS}, no appointment needed. Questions: {CPHONE}.", True),
    ("General reminder: most adults need 150 minutes of exercise a week.", True),
    ("I spent my vacation in {CITY} and ate too much pizza.", True),
    ("Life expectancy in the US fell in 2021 and partly recovered in 2023.", True),
    ("Our pediatric clinic moved to {CADDRESS}. New phone: {CPHONE}.", True),
    ("Happy retirement to Nurse {FIRST}, 30 years at the bedside!", True),
    ("Tip for students: an ECG at 25 mm/s means each small box is 40 ms.", True),
]

CLINIC_PHONES = ["(617) 555-0100", "1-800-555-0199", "312-555-0110", "(720) 555-0123", "020 7946 0958", "+1 212 555 0100"]
EVENT_DATES = ["March 15", "Jan 31, 2026", "April 2", "October 1", "June 30", "Nov 12"]
CLINIC_ADDRESSES = ["500 Main Street", "1200 Harbor Blvd", "77 Lake Ave", "19 Market St"]

def render(template, heldout):
    out = []
    spans = []
    i = 0
    while i < len(template):
        if template[i] != "{":
            out.append(template[i])
            i += 1
            continue
        j = template.index("}", i)
        slot = template[i + 1:j]
        i = j + 1
        pos = sum(len(s) for s in out)
        label = None
        if slot == "FULL":
            value = pick("FIRST", heldout) + " " + pick("SURNAME", heldout)
            label = "NAME"
        elif slot == "FAX":
            value = pick("PHONE", heldout)
            label = "FAX"
        elif slot == "AGE_PRE":
            n = pick("AGE_NUM", heldout)
            out.append("aged ")
            pos += 5
            value, label = n, "AGE"
        elif slot == "AGE_NUM_PRE":
            value, label = pick("AGE_NUM", heldout), "AGE"
        elif slot == "HANDLE_BARE":
            value = pick("HANDLE", heldout)[1:]
            pos -= 1
            spans.append({"start": pos, "end": pos + 1 + len(value), "label": "HANDLE"})
            out.append(value)
            continue
        elif slot == "PHOTO":
            value = ""  # the noun follows in the template text; label the noun after rendering
            continue
        elif slot == "BIOMETRIC":
            value = rng.choice(["a fingerprint", "fingerprints", "a retinal scan", "a voice print", "a DNA profile"]) if not heldout else rng.choice(["fingerprints", "a palm print", "an iris scan"])
            prefix = value.split(" ")[0] + " " if value.split(" ")[0] in ("a", "an") else ""
            out.append(value)
            spans.append({"start": pos + len(prefix), "end": pos + len(value), "label": "BIOMETRIC"})
            continue
        elif slot == "CPHONE":
            value = rng.choice(CLINIC_PHONES)
        elif slot == "EDATE":
            value = rng.choice(EVENT_DATES)
        elif slot == "CADDRESS":
            value = rng.choice(CLINIC_ADDRESSES)
        elif slot == "STATE":
            value = pick(slot, heldout)  # a state is not smaller than a state: not PHI
        elif slot in POOLS:
            value = pick(slot, heldout)
            label = ENTITY[slot]
        else:
            raise KeyError(slot)
        out.append(value)
        if label:
            spans.append({"start": pos, "end": pos + len(value), "label": label})
    text = "".join(out)
    return text, spans


records = []


seen = set()


def add(template, heldout, positive, n, prefix):
    for k in range(n):
        text, spans = render(template, heldout)
        if not positive:
            spans = []  # identifiers in hard negatives are not linked to a patient: no PHI span
        if text in seen:
            continue  # a template with few slots repeats itself; keep each text once
        seen.add(text)
        if "{PHOTO}" in template or ("patient" in template and any(n in template for n in ("photo of my patient", "x-ray of my patient", "picture of my patient"))):
            # the noun right after the marker: "pic of {PHOTO} my patient's x-ray" -> label "x-ray";
            # "photo of {PHOTO} her arm" -> label "photo"; "photos of {PHOTO} his wound" -> "photos"
            # the first image noun is the photo reference ("a pic of my patient's x-ray" -> "pic")
            found = [(text.find(noun), -len(noun), noun) for noun in ("pic", "picture", "photos", "photo", "x-ray") if text.find(noun) >= 0]
            idx, _, noun = min(found)
            spans.append({"start": idx, "end": idx + len(noun), "label": "PHOTO"})
            spans.sort(key=lambda s: s["start"])
        spans.sort(key=lambda s: s["start"])
        records.append({
            "id": f"{prefix}-{len(records) + 1:04d}",
            "source": "postscreen:tests/corpus/generate_phi_corpus.py",
            "text": text,
            "spans": spans,
            "labels": {"phi": positive, "anecdote": False, "advice_request": False, "advice_given": False},
            "split": "heldout" if heldout else "train",
        })


for template, heldout in POSITIVE:
    add(template.replace("{PHOTO} ", "{PHOTO}"), heldout, True, 10, "phi")
for template, heldout in NEGATIVE:
    add(template, heldout, False, 8, "neg")

for r in records:
    for s in r["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(r["text"]), r
print("\n".join(json.dumps(r, ensure_ascii=False) for r in records))

"""The seventy-third held-out split of the post-level corpus ("heldout73"): hand-written posts.

post_heldout72.py was scored once on 2026-11-24 (sixth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout72.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a bone marrow clinic, a food allergy challenge clinic, a cardiac monitoring clinic, a
lipid clinic, a wound care nurse, a psoriasis clinic, an adolescent clinic, a vaccination pharmacy,
a minor surgery list and a night GP service; six kind stories in similar settings; sarcasm at the
system or the author; five quasi-identifier posts; four of each kind of advice; and hard negatives
(a clinic's closure for a bank holiday, norovirus advice for anyone, the author's own blood
test, a question about a rota swap, a colleague's promotion).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT73 = [
    # ---- Mocking a patient ----
    ("AD", "Lipid clinic: man swears he's cut out fat. Cholesterol's gone up. Turns out bacon 'doesn't count because it's protein'. Nutritionist of the year."),
    ("AD", "Heart monitor clinic: he took the monitor off to go to the gym 'so it wouldn't get sweaty'. The one week we needed. Brilliant."),
    ("AD", "Allergy challenge clinic: mum insists he's allergic to everything green. Including, it turns out, the colour of our walls. Fascinating."),
    ("AD", "Wound care: gent 'aired' his leg ulcer by sitting in the garden with the dog licking it. Nature's dressing, he calls it. Gross."),
    ("AD", "Psoriasis clinic: she'd stopped the cream because a man at the pub said vinegar works. Smelled like a chip shop. Worked like one too."),
    ("AD", "Adolescent clinic: lad arrived in sunglasses indoors and answered every question with 'whatever'. Whatever, mate. See you in six months."),
    ("AD", "Vaccination pharmacy: man demanded the flu jab 'in the other arm, the strong one'. Both his arms, I promise, are equally weak."),
    ("AD", "Minor surgery list: woman asked if we could remove the mole 'and the wrinkles while you're there'. This isn't a carwash, love."),
    ("AD", "Night GP service: caller rang at 3am to ask if eating a whole jar of pickled onions 'counts as a poisoning'. It counts as a choice."),
    ("AD", "Bone marrow clinic: he told the whole waiting room he's 'basically a doctor' because he watched a documentary. Dr Netflix will see you now."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Bone marrow clinic: a young dad got his transplant date today and rang his daughter from the corridor. We all pretended not to listen."),
    ("A", "Allergy challenge clinic: after years of dodging egg, a seven-year-old polished off a whole Victoria sponge with us and asked for the recipe."),
    ("A", "Wound care: an old farmer's ulcer finally closed after eight months and he brought the district nurses a tray of eggs."),
    ("A", "Adolescent clinic: a quiet girl told us she'd joined a drama club. She got the lead. She's inviting the whole team."),
    ("A", "Psoriasis clinic: a lad wore shorts to clinic for the first time in years and just grinned at his knees."),
    ("A", "Night GP service: an elderly lady rang at 2am to check on her husband's breathing, then thanked me for staying on the line till it settled."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our department's new 'wellbeing hour' is scheduled for 7am on a Sunday. Very relaxing."),
    ("", "Told myself I'd only watch one episode. The streaming service has asked if I'm still alive."),
    ("", "The trust's new mission statement has more words than our discharge summaries."),
    # ---- Quasi-identifiers ----
    ("AQ", "Eday's only boatbuilder, 71, had his bone marrow biopsy with our haematology team on Monday."),
    ("AQ", "We saw the retired Stronsay vet, eighty-four, in our wound clinic on Thursday with a leg ulcer from a gate."),
    ("AQ", "Canna's teenage ferry deckhand, fifteen, has Fabry disease and saw our adolescent team on Wednesday with her gran."),
    ("AQ", "The Jura distillery's head cooper, 58, was flown to us on Saturday after his heart monitor showed long pauses."),
    ("AQ", "Barra's lone piper, sixteen, started her peanut desensitisation with our allergy team on Friday."),
    # ---- Advice requested ----
    ("R", "Stopped my statin a month ago because of muscle aches and feel much better. Do I really need to restart it?"),
    ("R", "@AllergyNurseSam cashew at lunch and his lips puffed up, no wheeze. Home with Piriton or straight to A&E?"),
    ("R", "The dressing on my leg ulcer is soaking through green and it smells. Change it myself or wait for the district nurse Monday?"),
    ("R", "Flu vaccine on Tuesday; today there's a hot, hard red patch spreading down from the injection site. Worth getting it looked at?"),
    # ---- Advice given ----
    ("G", "@kev_o don't just stop; muscle aches on a statin are worth a GP review, they can often switch you to a different one."),
    ("G", "@lena_f give the Piriton now and book him an allergy referral; if his voice or breathing changes, that's 999."),
    ("G", "@bill_t green, smelly leakage means infection; ring your district nurse or GP today, don't wait till Monday."),
    ("G", "@rosie_m that's a local reaction to the vaccine; cool it, take paracetamol, and see your GP if the redness keeps spreading."),
    # ---- Hard negatives ----
    ("", "The wound clinic is closed on the bank holiday Monday; emergency dressings through the out-of-hours number."),
    ("", "Norovirus season: soap and water beats hand gel, and 48 hours clear before you visit anyone in hospital."),
    ("", "Had my own cholesterol checked today. Turns out the biscuit tin is not a food group."),
    ("", "Anyone fancy swapping a Saturday late for a Tuesday early in December?"),
    ("", "Priya Mistry takes over as senior sister on haematology from Monday. Well earned."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT73, "heldout73")

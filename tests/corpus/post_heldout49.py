"""The forty-ninth held-out split of the post-level corpus ("heldout49"): hand-written posts.

post_heldout48.py was scored once on 2026-11-24 (second session) and reported in README.md. This
split was written before the change it measures (post_heldout48.py and about twenty training posts
go into training: jokes about a patient's looks, hygiene and family with no word that mocks, and
kind stories that end in sincere praise such as "Lovely man.") and committed on its own, checked
for word overlap with the corpus before it was scored. Ten mocking posts in the voices of an
optometrist, a physio, a school nurse, a night porter, an out-of-hours GP and a ward nurse; six
kind stories, three of them ending in praise of the patient (hard negatives for disrespect);
sarcasm at the system or the author; five quasi-identifier posts; four of each kind of advice; and
hard negatives (a hay fever reminder, a mobile unit's visit to a village on a date, the author's own
insomnia, a question about a course).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT49 = [
    # ---- Mocking a patient ----
    ("AD", "Eye test today: gent read the chart perfectly, then walked into the door on the way out. Glasses are on order."),
    ("AD", "Physio asked my patient to do ten squats at home. He's done one, 'a big one'. Rehab is a marathon, apparently a slow one."),
    ("AD", "School nurse diaries: boy with a 'broken arm' just used it to wave at his mates through the window. Miracle of healing."),
    ("AD", "Portering a man to X-ray who asked me to 'drive carefully, I've got a delicate stomach'. He'd eaten three pasties on the ward."),
    ("AD", "Out-of-hours call: lady wants a home visit because her tablets are 'in the other room'. Four metres away. I checked."),
    ("AD", "Patient in bed 2 has asked for a fan, a second fan and now 'a fan for the fan'. We're running out of fans and patience."),
    ("AD", "Man came in with his head stuck in a railing. Said he was 'seeing if it would fit'. It did. Getting out did not."),
    ("AD", "Our patient in 5 has worn the same socks since admission. Day nine. The socks have now been referred to infection control."),
    ("AD", "Lady asked if her cholesterol would go down if she 'just stopped looking at the numbers'. Bold. Wrong, but bold."),
    ("AD", "The son of the patient in bay 3 has asked to speak to 'someone senior' six times today. I'm 52. He's 19."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Gent at the eye clinic saw his granddaughter's face clearly for the first time in years after his cataract op. Lovely man."),
    ("A", "Lady in bed 2 asked for a fan, so the porters found her the last one in the building. She thanked every single one. Lovely lady."),
    ("A", "Boy in the school office was brave about his sprained wrist and asked if I'd tell his mum he didn't cry. I did. He didn't."),
    ("A", "Man I portered to theatre tonight held my hand in the lift and told me about his allotment. I hope his beans do well. What a gent."),
    ("A", "Our patient in 5 walked to the bathroom on her own today for the first time since her stroke. The whole bay clapped."),
    ("A", "The son of the patient in bay 3 stayed all night and read to his dad. When I came on shift he was still reading."),
    # ---- Sarcasm at the system or the author ----
    ("", "The hospital's new 'dignity at work' poster is taped over the only broken window on our ward. Inspired."),
    ("", "Got a parking fine while doing a CPR refresher course. Priorities, as ever."),
    ("", "I track my patients' fluid balance to the millilitre and have had one glass of water since 7am."),
    # ---- Quasi-identifiers ----
    ("AQ", "Ferried a 58-year-old mussel farmer from Lismore to Oban on Friday night with a crushed hand."),
    ("AQ", "The only pharmacist in Kirkwall, 49, was admitted to our ward on Tuesday with meningitis."),
    ("AQ", "Discharged the last ferrywoman on the Tamar, 93, on Saturday after ten days with us following a fall."),
    ("AQ", "A 10-year-old from Eriskay with Huntington's disease was flown to Glasgow on Monday for assessment."),
    ("AQ", "EMS brought us a 67-year-old bell ringer from the only church in Medicine Bow on Wednesday with a fractured wrist."),
    # ---- Advice requested ----
    ("R", "My 4-year-old put a bead up her nose an hour ago and I can't see it anymore. Do we need A&E or will it come out?"),
    ("R", "@DrKhanGP I've had a floater and flashing lights in my left eye since this morning. Is that urgent?"),
    ("R", "My husband (58) gets chest tightness walking up hills that goes when he rests. Should he see someone or is it just age?"),
    ("R", "Bumped my head on a cupboard yesterday and today I've been sick twice and feel really drowsy. Should I get checked?"),
    # ---- Advice given ----
    ("G", "@katie_s a bead up the nose you can't see needs A&E today, don't try to dig it out yourself."),
    ("G", "@sunil_p new flashing lights and a floater need an eye check today, go to eye casualty or A&E now."),
    ("G", "@margaret_t chest tightness on hills that eases with rest can be angina, get him a GP appointment this week and call 999 if it comes on at rest."),
    ("G", "@lucy_b being sick twice and drowsy the day after a head injury needs A&E today, don't drive yourself."),
    # ---- Hard negatives ----
    ("", "Reminder: hay fever season is here. Antihistamines work best taken daily before symptoms peak; ask your pharmacist which suits you."),
    ("", "The mobile breast screening unit will be at Lismore village hall from Monday 9 June for two weeks."),
    ("", "Week three of insomnia. I give sleep hygiene advice daily. My own sleep hygiene is a disgrace."),
    ("", "Has anyone done the advanced life support course recently? Worth doing before my ED rotation?"),
]

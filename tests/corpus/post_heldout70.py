"""The seventieth held-out split of the post-level corpus ("heldout70"): hand-written posts.

post_heldout69.py was scored once on 2026-11-24 (sixth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout69.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a sickle cell day unit, an epilepsy clinic, a thyroid clinic, a breast screening unit, an
emergency dental clinic, a tongue-tie clinic, gynae outpatients, a child development centre, a
transfusion unit and an ambulance handover bay; six kind stories in similar settings; sarcasm at
the system or the author; five quasi-identifier posts; four of each kind of advice; and hard
negatives (a clinic's move, a heatwave reminder, the author's own filling, a question about
parking permits, a colleague's award).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT70 = [
    # ---- Mocking a patient ----
    ("AD", "Sickle cell day unit: regular in bay 2 says his pain is 'a ten' while eating crisps and filming TikToks. Sure it is, pal."),
    ("AD", "Epilepsy clinic: lad stopped his meds because he 'felt fine'. Felt fine right up until the seizure in Tesco. Shocking twist."),
    ("AD", "Thyroid clinic: woman blames her weight on her thyroid. Her levels are perfect. Her trolley at the Co-op was not."),
    ("AD", "Breast screening: lady spent ten minutes telling me the machine 'gives you cancer'. Then asked if she could have a selfie with it."),
    ("AD", "Emergency dental: man with an abscess the size of a plum says he 'doesn't like dentists'. Clearly, mate. Clearly."),
    ("AD", "Tongue-tie clinic: dad filmed the whole snip for his 40k followers and narrated it like a nature documentary. Attenborough he is not."),
    ("AD", "Gynae outpatients: she'd diagnosed herself from a podcast and brought a printout for me to sign. Sign it, apparently. Like a permission slip."),
    ("AD", "Child development centre: mum insists her toddler is 'gifted' because he can say 'Alexa'. Same, love. Same."),
    ("AD", "Transfusion unit: gent wanted to know if he'd 'catch' the donor's personality. Hoping for a better one, I said. Not out loud."),
    ("AD", "Ambulance handover: frequent caller back again, third 999 this week for 'loneliness and a sore toe'. Our favourite taxi service."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Sickle cell day unit: a young woman finished her A-levels from the chair in bay 3 between transfusions. Three As. We cried."),
    ("A", "Epilepsy clinic: a teenager brought his provisional licence in to show us, twelve months after his last fit. Grinning ear to ear."),
    ("A", "Tongue-tie clinic: after the snip the baby latched straight away and mum just laughed with relief."),
    ("A", "Child development centre: a little girl said her brother's name for the first time today. He's been waiting two years to hear it."),
    ("A", "Transfusion unit: an old gentleman asked to write a thank-you card to his donor. We posted it through the blood service."),
    ("A", "Emergency dental: a nervous lad squeezed my hand through the whole extraction, then shook it properly at the end. Good man."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our new electronic record saves time, says the email. It took me forty minutes to read the email about how it saves time."),
    ("", "Joined the hospital gym in January to get fit. Have been twice. Both times for the vending machine."),
    ("", "Annual appraisal form is now 23 pages. Reflecting on my reflections as we speak."),
    # ---- Quasi-identifiers ----
    ("AQ", "Lundy's lone warden, 64, came to our emergency dental clinic on Tuesday with a jaw he'd cracked falling off a stile."),
    ("AQ", "The only blacksmith in Bampton, eighty, started transfusions with us on Thursday for his myelodysplasia."),
    ("AQ", "Sark's girl with Dravet syndrome, seventeen in May, saw our neuro team on Monday about her new rescue plan."),
    ("AQ", "Colonsay's retired harbourmaster, 88, was admitted on Saturday after a sickle cell crisis in his grandson's car."),
    ("AQ", "We saw the Fair Isle knitwear designer, 47, in breast screening on Wednesday; her recall is booked for next week."),
    # ---- Advice requested ----
    ("R", "Had a seizure last night for the first time in two years, no missed tablets. Do I need to ring the epilepsy nurse or just carry on?"),
    ("R", "@DentalHelpline my cheek has swollen up since the tooth pulled on Friday and it's throbbing. Is that normal or infected?"),
    ("R", "My son is 3 and only says about ten words. Should I push for a referral or wait till he's four?"),
    ("R", "Levothyroxine makes me jittery since they upped it to 100. Can I go back to 75 myself or do I need bloods first?"),
    # ---- Advice given ----
    ("G", "@jade_w a first seizure in two years needs a call to your epilepsy nurse today; don't drive until you've spoken to them."),
    ("G", "@rich_p swelling and throbbing three days after an extraction sounds like infection; ring the dentist today, you may need antibiotics."),
    ("G", "@lou_m at three with about ten words, ask your health visitor for a speech and language referral now rather than waiting."),
    ("G", "@bev_t don't drop the levothyroxine yourself; ask for thyroid bloods this week and your GP can adjust the dose."),
    # ---- Hard negatives ----
    ("", "From 3 March, breast screening appointments are at the Riverside building; letters will show the new address."),
    ("", "Hot spell forecast: curtains shut through the afternoon, water by every bed, and a phone call to the neighbour who lives alone."),
    ("", "Had a filling today and now I know why patients hate us. The numb lip lasted until teatime."),
    ("", "Does anyone know if staff parking permits renew automatically this year or do we apply again?"),
    ("", "Huge congratulations to Dr Tomasz Nowak on his teaching award from the medical school."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT70, "heldout70")

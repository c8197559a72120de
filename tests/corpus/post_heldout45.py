"""The forty-fifth held-out split of the post-level corpus ("heldout45"): hand-written posts.

post_heldout44.py was scored once on 2026-11-24 and reported in README.md. This split was written
on 2026-11-24 (second session) before the change it measures (the disrespect model's probability
taken as the anecdote model's times a mocking model trained on anecdotes only, chosen by
cross-validation over the splits in training) was made, and committed on its own: ten mocking
posts in several voices (most with no word that mocks), six kind stories told in short sentences
or with a joke in them (hard negatives for disrespect), sarcasm at the system or the author, five
quasi-identifier posts, four of each kind of advice, and hard negatives (a drug's dosing in
general, a small town's new clinic opening on a date, the author's own asthma, a question about
rotas).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT45 = [
    # ---- Mocking a patient ----
    ("AD", "Bed 4 wants to know if the hospital does room service. Sir, this is a corridor trolley."),
    ("AD", "Triaged a guy who 'googled his symptoms' and has diagnosed himself with six rare diseases. None of them is the hangover."),
    ("AD", "Lady in cubicle 3 wants a second opinion on her sprained wrist. From a 'real doctor'. I'm the consultant."),
    ("AD", "Patient asked if the MRI could 'do his back while it's at it'. Buy one get one free, apparently."),
    ("AD", "Our frequent visitor is back, this time with 'chest pain' that started when the pub shut. Timing is everything."),
    ("AD", "Man brought his own diagnosis printed out, laminated, with a bibliography. Still wrong. Nice font though."),
    ("AD", "Mum of patient in bed 9 asked if we could 'speed up' the antibiotics by giving them all at once. Bold strategy."),
    ("AD", "Guy in resus is insisting he's fine while actively bleeding on my shoes. Tough crowd tonight."),
    ("AD", "Patient refused the cannula because of 'microchips'. Took a selfie with the nurse on his 5G phone straight after."),
    ("AD", "Third time this week the same chap has called 999 because the TV remote stopped working. We're basically tech support now."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Patient in bed 4 asked if we did room service. We made him toast at 3am. Best toast he's ever had, he says."),
    ("A", "A man came in scared he had six rare diseases. It was a migraine. He hugged me. I'll take it."),
    ("A", "Little girl in cubicle 2 wanted her teddy to have a cannula too. Teddy was very brave. So was she."),
    ("A", "Our longest-staying patient went home today. The whole ward lined the corridor. Not a dry eye."),
    ("A", "Gentleman in bay 5 taught me three card tricks during his transfusion. I still can't do any of them."),
    ("A", "Lady in bed 11 asked for a gin instead of her cocoa. The ward sister found her a tiny bottle. Cheers, Edna."),
    # ---- Sarcasm at the system or the author ----
    ("", "The new rota software has scheduled me to work in two hospitals at once. Finally, they've cloned me."),
    ("", "Printer on our ward jams every time someone is in a hurry. It has a sixth sense."),
    ("", "I bought a standing desk to be healthier. It is now a very expensive coat rack."),
    # ---- Quasi-identifiers ----
    ("AQ", "Flew the only vet on Barra, 52, to Glasgow on Thursday night after a severe allergic reaction."),
    ("AQ", "A 9-year-old from Tobermory with cystic fibrosis was admitted to our ward on Monday with a chest infection."),
    ("AQ", "Our 94-year-old patient, the last blacksmith in Ludlow, is recovering on our ward after a hip replacement on Friday."),
    ("AQ", "Brought in a 33-year-old ferry engineer from Stromness on Sunday with burns from an engine room fire."),
    ("AQ", "Treated the head chef of the only restaurant in Portree, 47, for a deep hand laceration on Saturday."),
    # ---- Advice requested ----
    ("R", "My 3-year-old swallowed a button battery about an hour ago but seems fine. Do we need to go to A&E?"),
    ("R", "@DrPatel_GP I've been on amlodipine 10mg for a month and my ankles are huge. Should I stop it?"),
    ("R", "My husband's INR came back at 5.2 today and he's on warfarin. Does he need to skip tonight's dose?"),
    ("R", "Had a tick bite last week and now there's a red ring around it. Is this Lyme? Do I need antibiotics?"),
    # ---- Advice given ----
    ("G", "@jo_m a swallowed button battery is an emergency even if she seems fine, go to A&E now."),
    ("G", "@ravi_k ankle swelling is a common side effect of amlodipine, don't stop it but ask your GP about dropping to 5mg."),
    ("G", "@linda_h at 5.2 he should skip tonight's warfarin and get his INR rechecked tomorrow."),
    ("G", "@tom_b a red ring after a tick bite is erythema migrans, you need doxycycline, see your GP today."),
    # ---- Hard negatives ----
    ("", "Amlodipine is usually started at 5mg once daily. Ankle swelling is a common side effect; talk to your prescriber if it bothers you."),
    ("", "The new health centre in Portree opens on Monday 3 March. Appointments can be booked from next week."),
    ("", "My own asthma has been awful this autumn. Finally booked my review. Practise what you preach, eh?"),
    ("", "Anyone else's trust moving to self-rostering? How are you finding it?"),
]

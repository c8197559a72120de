"""The seventy-fourth held-out split of the post-level corpus ("heldout74"): hand-written posts.

post_heldout73.py was scored once on 2026-11-24 (sixth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout73.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a gout clinic follow-up, a hearing therapy group, a stammering clinic, a nosebleed clinic,
a hay fever injection clinic, a travel health nurse, a sinus clinic, a wrist clinic, a kidney stone
clinic and a hangover at a walk-in centre; six kind stories in similar settings; sarcasm at the
system or the author; five quasi-identifier posts; four of each kind of advice; and hard negatives
(a clinic's new address, pollen advice for anyone, the author's own sinus trouble, a question about
a training budget, a colleague's award).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT74 = [
    # ---- Mocking a patient ----
    ("AD", "Kidney stone clinic: told to drink three litres of water a day, he went with three litres of cola. Technically liquid. Technically."),
    ("AD", "Nosebleed clinic: lad picked it in front of me while I explained why he shouldn't pick it. A master of listening."),
    ("AD", "Sinus clinic: she's 'tried everything'. Everything turned out to be one nasal spray, once, in 2019. Exhausting journey for her."),
    ("AD", "Travel health: man wanted every vaccine going for a weekend in Benidorm. Rabies too. Just in case the donkeys turn."),
    ("AD", "Wrist clinic: gent punched a wall to 'prove it wasn't broken'. Now it definitely is. Science, done the hard way."),
    ("AD", "Hay fever jabs: she asked for 'the strong one the footballers get'. Then sneezed on my badge. Charming woman."),
    ("AD", "Walk-in centre: lad came in at 9am 'dying'. Smelled like a brewery and had glitter on his face. Poor soldier, what a war."),
    ("AD", "Gout clinic: he's cut down on the port. To a bottle a night. Heroic restraint, truly."),
    ("AD", "Stammering clinic: dad kept finishing his son's sentences then complained the boy 'never talks'. Parent of the year, this one."),
    ("AD", "Hearing group: man insisted everyone else mumbles. Including the fire alarm, apparently. Clown."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Stammering clinic: a shy teenager rang the pizza place himself on speakerphone with us, and got extra garlic bread out of it."),
    ("A", "Hearing group: a retired teacher heard birdsong again with her new aids and made the whole group go outside to listen."),
    ("A", "Wrist clinic: a pianist got her cast off and played a few notes on the waiting room keyboard. Everyone stopped to listen."),
    ("A", "Kidney stone clinic: a grandad passed his stone and asked if he could keep it for his grandchildren's show and tell."),
    ("A", "Travel health: an older couple booked their first trip abroad in forty years and showed us the itinerary, laminated."),
    ("A", "Sinus clinic: after the op a man could smell his wife's perfume again and said it was like meeting her twice."),
    # ---- Sarcasm at the system or the author ----
    ("", "The new HR portal needs a password change every week. Mine is now just the word 'tired' with numbers on the end."),
    ("", "Bought running shoes in January. They've been for three runs and one wedding."),
    ("", "Our hospital has a new logo. The lifts still don't work, but the logo is lovely."),
    # ---- Quasi-identifiers ----
    ("AQ", "Sanday's only baker, sixty-nine, had her wrist set in our fracture clinic on Friday after slipping on flour."),
    ("AQ", "Treated the Westray ferry engineer, 48, on Tuesday for a kidney stone that floored him mid-crossing."),
    ("AQ", "Eigg's teenage goalkeeper, thirteen, has Glanzmann thrombasthenia and saw our nosebleed team on Monday."),
    ("AQ", "The lone harbour master on Rousay, 76, started his gout tablets with our rheumatology team on Wednesday."),
    ("AQ", "We saw Shapinsay's oldest fiddler, ninety-one, in hearing therapy on Thursday; his new aids are already tuned to reels."),
    # ---- Advice requested ----
    ("R", "Nosebleed for 25 minutes now and it won't stop even pinching. Do I need A&E or keep going?"),
    ("R", "@TravelNurseAmy flying to Thailand in 10 days, never had typhoid or hep A jabs. Too late or still worth it?"),
    ("R", "Big toe's flared up again despite the allopurinol. Pause it till the flare settles, or keep going?"),
    ("R", "Eight weeks out of plaster and my wrist still clicks and aches when I lift the kettle. Push for another x-ray?"),
    # ---- Advice given ----
    ("G", "@jen_k twenty-five minutes of bleeding despite pressure needs A&E now; lean forward and keep pinching on the way."),
    ("G", "@ali_t 10 days is still worth it; book the typhoid and hep A jabs this week, protection starts in about a fortnight."),
    ("G", "@greg_p keep taking the allopurinol through the flare; add the colchicine you were given and see your GP if it lasts."),
    ("G", "@mira_d clicking and aching at eight weeks is worth a review; ask your GP for a repeat x-ray and a hand therapy referral."),
    # ---- Hard negatives ----
    ("", "The travel health clinic moves to the Market Street practice from next month; book through the same online form."),
    ("", "High pollen count this weekend: windows shut in the morning, shower after being outside, and sunglasses help."),
    ("", "My own sinuses have been blocked for a week. I sound like I'm talking from inside a cupboard."),
    ("", "Is the training budget for band 6 nurses still open this year, or has it all gone on the new monitors?"),
    ("", "Proud to say Dr Sam Okoye won the trust's kindness award this year. Nobody deserves it more."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT74, "heldout74")

"""The seventy-first held-out split of the post-level corpus ("heldout71"): hand-written posts.

post_heldout70.py was scored once on 2026-11-24 (sixth session) and reported in README.md. This
split was written before the change it measures (the next change to the model or its rules;
whatever the next session changes, post_heldout70.py moves into training with it) and committed on
its own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a glaucoma clinic, an eye injection clinic, a coeliac clinic, a snoring clinic, a
scoliosis clinic, a varicose vein clinic, a hernia clinic, a haemorrhoid banding list, a weight-loss
injection clinic and a balance clinic; six kind stories in similar settings; sarcasm at the system
or the author; five quasi-identifier posts; four of each kind of advice; and hard negatives (a
clinic's new hours, advice on eye drops for anyone, the author's own snoring, a question about
study days, a colleague's retirement).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT71 = [
    # ---- Mocking a patient ----
    ("AD", "Glaucoma clinic: gent swears he uses his drops every night. Bottle's still got the seal on. Magic drops, these."),
    ("AD", "Eye injection clinic: lady asked if we could 'do both eyes and throw in a facelift while you're there'. Comedy gold, honestly."),
    ("AD", "Coeliac clinic: he's 'strictly gluten free'. Except pizza. And toast. And beer. Strict like a wet paper bag."),
    ("AD", "Snoring clinic: wife came along to do impressions of him. Very accurate. He looked like a walrus having a nap through all of it."),
    ("AD", "Scoliosis clinic: teenager wore the brace for a grand total of nine hours this month. Nine. The brace has a better social life."),
    ("AD", "Varicose vein clinic: man wanted his veins done 'before his holiday Friday'. Which Friday? This one. Okay, Superman."),
    ("AD", "Hernia clinic: bloke lifted a fridge on his own the day after his repair 'to test it'. Test passed, the hernia is back. What a legend."),
    ("AD", "Banding list: chap asked if he could watch on his phone camera. He could not. Some people have no shame lol."),
    ("AD", "Weight-loss injection clinic: she's on the jab and cross it 'isn't working'. Brought a McFlurry to the appointment. Bold."),
    ("AD", "Balance clinic: gent says he never drinks. Fell over the bin on his way out. Twice. Sober as a judge, obviously."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Glaucoma clinic: a retired bus driver read the bottom line of the chart today and asked if he could have the chart for his grandson."),
    ("A", "Eye injection clinic: a lady hums the same Abba song every month to get through it. Today the whole room hummed along."),
    ("A", "Coeliac clinic: a six-year-old brought us a gluten-free cake she'd baked herself. It was better than the bakery's."),
    ("A", "Scoliosis clinic: a girl came in wearing her brace under her prom dress and showed us the photos. Stunning."),
    ("A", "Hernia clinic: an old boxer shook my hand with a grip like a vice and told me I'd 'done a tidy job'. High praise."),
    ("A", "Balance clinic: a gentleman walked the corridor without his stick for the first time in a year. His wife filmed the lot."),
    # ---- Sarcasm at the system or the author ----
    ("", "The lift has been 'under review' since spring. So have my calves, taking the stairs."),
    ("", "Told myself one biscuit with my tea. The packet and I have come to an arrangement."),
    ("", "The new policy on reducing paperwork arrived as a 14-page PDF with a form to sign."),
    # ---- Quasi-identifiers ----
    ("AQ", "Muck's only shopkeeper, 76, came to our glaucoma clinic on Wednesday after his pressures jumped."),
    ("AQ", "We repaired the hernia of the Lerwick lifeboat coxswain, 59, on Thursday; back on the boat in six weeks, he says."),
    ("AQ", "Coll's one girl with Ehlers-Danlos, twelve, came to our spine clinic on Friday about her curve."),
    ("AQ", "Saw Papa Westray's retired ferry pilot, 81, in our balance clinic this week after his third fall on the pier steps."),
    ("AQ", "The only minister on Berneray, ninety, started eye injections with our team on Tuesday."),
    # ---- Advice requested ----
    ("R", "Been on latanoprost for a month and my eyelashes have gone long and my eye's red. Keep going or stop till clinic?"),
    ("R", "@ENTclinicKate my husband stops breathing in his sleep for a few seconds at a time. Is that dangerous or just snoring?"),
    ("R", "Newly diagnosed coeliac and my blood test was still high after 6 months gluten free. Am I doing something wrong?"),
    ("R", "My daughter's brace is rubbing her hip raw. Can she leave it off for a few days till it heals?"),
    # ---- Advice given ----
    ("G", "@ann_w long lashes are a normal side effect, keep going; the redness should settle but tell your eye clinic if it gets painful."),
    ("G", "@pete_k pauses in breathing while he sleeps need assessing; ask your GP to refer him to the sleep service."),
    ("G", "@sara_l check for hidden gluten in sauces and oats and ask for a dietitian referral; it can take a year to come down."),
    ("G", "@mo_t don't leave the brace off; pad the rubbing spot and ring the orthotist this week to adjust it."),
    # ---- Hard negatives ----
    ("", "From Monday the eye clinic opens at 8am on Tuesdays and Thursdays; the phone line is unchanged."),
    ("", "Using eye drops? Wash your hands, don't touch the tip to your eye, and wait five minutes between different drops."),
    ("", "My partner recorded my snoring last night. I sound like a cement mixer. Sorry to everyone I've ever shared a tent with."),
    ("", "Quick HR question: are study days booked through the rota app now or still on paper forms?"),
    ("", "Big send-off on Friday for Carol Reid, our clinic receptionist, after 35 years of remembering everyone's name."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT71, "heldout71")

"""The seventy-eighth held-out split of the post-level corpus ("heldout78"): hand-written posts.

Written on 2026-11-25 (seventh session), after post_heldout77.py was scored and before the change
this split measures (the next change to the model or its rules; post_heldout77.py moves into
training with it), and committed on its own, checked for word overlap with the corpus before it
was scored. Ten mocking posts in the voices of a phlebotomy clinic, a sports medicine clinic, a
dietitian, a falls clinic, a headache clinic, a stoma nurse, a walk-in centre, a tropical medicine
clinic, a lactation clinic and a musculoskeletal physio; six kind stories in similar settings;
sarcasm at the system or the author; five quasi-identifier posts; four of each kind of advice; and
hard negatives (a walk-in centre's hours, falls classes for anyone, the author's own calf, a
question about an audit template, a colleague's appointment, a study about energy drinks, a
careers question).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT78 = [
    # ---- Mocking a patient ----
    ("AD", "Bloods clinic: bloke with full sleeve tattoos fainted at the sight of the tourniquet. All that ink and scared of a rubber band."),
    ("AD", "Sports medicine: weekend warrior tore his calf 'warming up' by sprinting to the bar. Elite conditioning, that."),
    ("AD", "Dietitian clinic: she's 'eating clean' now, three family bags of crisps a day but the organic ones. Progress, I suppose."),
    ("AD", "Falls clinic: gent insists the stairs 'moved'. Fourth time. Those stairs clearly hold a grudge."),
    ("AD", "Headache clinic: eleven cans of energy drink by noon and he cannot fathom the headaches. Sherlock would be stumped."),
    ("AD", "Stoma visit: he's stuck googly eyes on the bag and named it Kevin. Honestly, Kevin makes better conversation."),
    ("AD", "Walk-in centre: woman queued three hours with a paper cut, then asked for a sick note for the week. Brave little soldier."),
    ("AD", "Tropical medicine: backpacker reckoned mosquitoes 'don't like his blood', so no malaria tablets. And here we are. Science."),
    ("AD", "Feeding clinic: new dad offered to 'help with the feeds' by reading the comments section aloud. Supportive king."),
    ("AD", "MSK physio: lad did none of his exercises for six weeks and wants to know why his back still hurts. Mystery of our age."),
    # ---- Kind stories about a patient ----
    ("A", "Bloods clinic: a little boy who screamed the place down last month held his arm out today and said he was being brave for his sister."),
    ("A", "Sports medicine: a grandmother ran her first 5k today on the knee we rebuilt, then let each of us hold her medal."),
    ("A", "Falls clinic: an old gentleman passed his balance test and did a tiny victory jig in the corridor. The whole team clapped."),
    ("A", "Stoma nurse: a young woman messaged a beach photo in a bikini, her first since the operation. Made my year."),
    ("A", "Dietitian clinic: a lorry driver swapped service-station pasties for the packed lunches his daughter makes him. Best sugars in a decade."),
    ("A", "Walk-in centre: a lad came back just to thank us for spotting his sepsis last month. Shook every hand going."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the ferry engineer from Lismore on Sunday after his hand went into the winch. 52, and fretting about the Monday sailing."),
    ("AQ", "Tripped over her own loom on Thursday: the island's only weaver, 79, is now on our orthopaedic ward with a hip fracture."),
    ("AQ", "Barra's first ever case of Pompe disease, a fourteen-year-old crofter's daughter, came onto our ward for her first infusion on Friday."),
    ("AQ", "Flew the relief keeper off Muckle Flugga on Boxing Day after his fall from the lighthouse gallery. He's 68 and asking for his pipe."),
    ("AQ", "Stitched up the Tobermory harbour diver on Wednesday after a propeller caught his leg. 44, and back in the water next month, he says."),
    # ---- Advice requested ----
    ("R", "Reading 280 this morning when I normally blow 450, and the reliever puffs aren't shifting it. A&E, or ring the GP first thing?"),
    ("R", "@StomaNurseJo new stoma looks darker than last week, more purple than red. Normal settling or ring the ward?"),
    ("R", "Baby's 10 days old and still quite yellow, especially her eyes. Something we should get checked today?"),
    ("R", "Five days on sertraline and I can't sleep at all. Push through or ask to switch?"),
    # ---- Advice given ----
    ("G", "@dan_cycles from what you describe that's a calf tear. Rest and ice for 48 hours and no running for three weeks."),
    ("G", "@newmum_lou that yellowness in her eyes at ten days old means a jaundice blood test today. Phone the maternity unit now."),
    ("G", "@kevin_p come off the energy drinks completely and your headaches should settle within a fortnight."),
    ("G", "@jojo_runs dark sticky stools while taking ibuprofen could be a bleed. Bin the pills and head to emergency today."),
    # ---- None of them ----
    ("", "Walk-in centre hours change from 1 April: 8am to 8pm, seven days a week, bank holidays included."),
    ("", "If you've had a fall this year, ask about our free strength and balance classes. No referral needed."),
    ("", "Tore my own calf at parkrun this morning. Physio, heal thyself."),
    ("", "Has any trust written up a falls clinic audit they'd let us copy? Ours is a spreadsheet held together with hope."),
    ("", "Congratulations to Dr Kofi Mensah, our new lead for tropical medicine. Twenty years in the making."),
    ("", "New study: energy drink use linked to more headaches in under-25s. Small sample, interesting signal."),
    ("", "Staff canteen is out of forks again. Soup with a spatula it is."),
    ("", "How do the training routes for sports medicine and MSK physio differ? Asking for a student on placement."),
]

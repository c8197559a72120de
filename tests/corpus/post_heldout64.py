"""The sixty-fourth held-out split of the post-level corpus ("heldout64"): hand-written posts.

post_heldout63.py was scored once on 2026-11-24 (fifth session) and reported in README.md. This
split was written before the change it measures (post_heldout63.py moved into training, nothing
else: a lower PS2002 threshold, 0.25, was tried and left out, as the dev split disagreed with
cross-validation) and committed on its own, checked for word overlap with the corpus before it was
scored. Ten mocking posts in the
voices of an MRI radiographer, a paediatric outpatients nurse, a community midwife, a care home
night nurse, a minor injuries unit, a district nurse, a dental nurse, an ambulance crew, an
occupational therapist on a home visit and a laser clinic; six kind stories in similar settings;
sarcasm at the system or the author; five quasi-identifier posts; four of each kind of advice; and
hard negatives (a scanner's new hours, sunburn advice, the author's own filling, a question about
uniforms, a colleague's retirement).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT64 = [
    # ---- Mocking a patient ----
    ("AD", "MRI: gent swore he had no metal anywhere, then the scanner found his keys. In his sock. Both pairs of keys."),
    ("AD", "Paediatric outpatients: dad answered every question for his fourteen-year-old, including 'how do you feel'. He feels fine, apparently. Dad, that is."),
    ("AD", "Community midwife: mum-to-be asked if the baby could come on a weekday 'as the in-laws work'. I'll pass it on to the baby."),
    ("AD", "Care home nights: resident buzzed eleven times for the time. There is a clock opposite his chair. A large one. He chose it."),
    ("AD", "Minor injuries: bloke cut his thumb carving a pumpkin, then brought the pumpkin to show us. The pumpkin was fine."),
    ("AD", "District nurse: gent keeps his leg dressings 'for best'. Today was not best, he says. Neither is the leg."),
    ("AD", "Dental nurse: patient brushed for the first time in a week in our car park, then told the dentist he brushes twice a day. Minty fresh lie."),
    ("AD", "Ambulance crew: 999 call for 'can't breathe'. Found him on the sofa mid-vape, breathing beautifully, remote in hand."),
    ("AD", "OT home visit: lady insists she doesn't need a rail by the bath. Showed me by holding onto the towel rail. Which came off."),
    ("AD", "Laser clinic: man wants his ex's name removed by Friday because the new girlfriend is visiting. Lasers don't do deadlines, Craig."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "MRI: a little boy lay perfectly still for forty minutes by pretending to be a sleeping astronaut. Mission accomplished."),
    ("A", "Community midwife: a dad built a cot from his late father's workbench before the baby came. Three generations in one cot."),
    ("A", "Care home nights: a lady who rarely says a word joined in with Abide With Me at 3am, every verse, word perfect. Goosebumps."),
    ("A", "District nurse: a gent I've visited for a year had his leg ulcer finally heal and insisted on a photo with me and the leg."),
    ("A", "Minor injuries: a girl brought her brother in for his sprained wrist and held his good hand the whole time. Sweetest siblings."),
    ("A", "Ambulance crew: a grandmother we blue-lighted in last week dropped flapjacks round to the station, still in her slippers. Made our shift."),
    # ---- Sarcasm at the system or the author ----
    ("", "Our new uniforms have no pockets. I now carry my pens in my hair like a Victorian."),
    ("", "The trust's wellbeing email arrived at 11pm. Telling us to switch off after work."),
    ("", "Made a new year's resolution to drink more water on shift. It's November. I've had two glasses."),
    # ---- Quasi-identifiers ----
    ("AQ", "Our ambulance took Lundy's only warden, 62, off the island on Saturday after a fall on the cliff path."),
    ("AQ", "Flannan's last lighthouse keeper, 95 now, spent Wednesday night with us coughing and telling storm stories."),
    ("AQ", "Papa Stour's postman, fifty, came into our minor injuries unit on Monday with a dog bite. Three guesses."),
    ("AQ", "Ballater hamlet's six-year-old with progeria joined our drug trial on Friday, the youngest we've ever enrolled."),
    ("AQ", "The only baker in Kinlochbervie had a stroke on Tuesday morning and is on our ward now; the queue outside his shop is for him."),
    # ---- Advice requested ----
    ("R", "Burnt my arm on the oven door last night and there's a big blister this morning. Pop it or leave it?"),
    ("R", "@DentalDrK my filling fell out yesterday and now cold drinks really hurt. Is it OK to wait until after Christmas?"),
    ("R", "My son (6) keeps blinking hard and sniffing since he started school. Tic or something to get checked?"),
    ("R", "Pregnant 34 weeks and my hands and feet are so itchy tonight, no rash. Normal or ring the midwife?"),
    # ---- Advice given ----
    ("G", "@dan_f leave that blister intact, cover it with a clean dressing, and get it seen if it goes red, hot or weepy."),
    ("G", "@beth_m you can wait a few days but not until January; ring us tomorrow for an emergency slot and use sensitive toothpaste."),
    ("G", "@kay_r blinking and sniffing tics are common at his age and usually settle; mention it at his next GP check if it lasts."),
    ("G", "@amy_t itching in late pregnancy needs a blood test; ring your midwife or maternity unit tonight, don't wait."),
    # ---- Hard negatives ----
    ("", "Evening MRI lists begin next week: the scanner stays open till ten, Monday to Friday, to shorten the wait."),
    ("", "Sunburn reminder: cool showers, loose clothes, plenty of water, and shade between 11 and 3."),
    ("", "Had my own filling done today. Numb face, dribbling coffee. New respect for our patients."),
    ("", "Does anyone know where to order the new navy tunics without waiting six weeks?"),
    ("", "Steve Hollis, paramedic, 38 years on the road, retires on Friday. The station will be quieter and tidier. Legend."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT64, "heldout64")

"""The sixty-third held-out split of the post-level corpus ("heldout63"): hand-written posts.

post_heldout62.py was scored once on 2026-11-24 (fifth session) and reported in README.md. This
split was written before the change it measures (48 training posts from fourteen clinics the
corpus had none or few of, deadpan mockery with kind stories and sarcasm in the same clinics, kept
out of this split's settings; post_heldout62.py moved into training with them) and committed on its
own, checked for word overlap with the corpus before it was scored. Ten mocking posts in the
voices of a ski patroller, a vaccination centre, an out-of-hours GP, a cardiac rehab class, a
maternity triage midwife, a chiropodist, a mountain rescue team, an oil rig medic, a blood donor
session and a hearing aid clinic; six kind stories in similar settings; sarcasm at the system or
the author; five quasi-identifier posts; four of each kind of advice; and hard negatives (a
vaccine clinic's hours, frostbite advice, the author's own knee, a rota question, a colleague's
award).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT63 = [
    # ---- Mocking a patient ----
    ("AD", "Ski patrol: snowboarder insisted his wrist was fine, then asked us to undo his bindings because he couldn't. Fine wrist, that."),
    ("AD", "Vaccination centre: man fainted at the sight of the needle. The needle was still in its packet. In a drawer."),
    ("AD", "Out-of-hours GP line: caller rang at 3am because his toenail 'looked a bit yellow'. Since 2019, apparently. Urgent."),
    ("AD", "Cardiac rehab class: gentleman did his warm-up, his cool-down, then lit a cigarette by the fire exit. Full programme."),
    ("AD", "Maternity triage: dad-to-be asked for gas and air for himself. He was holding the bag. Brave soul."),
    ("AD", "Chiropodist: lady apologised for her feet, then took her socks off and I understood. Thorough apology, in hindsight."),
    ("AD", "Mountain rescue: walker called us out in flip-flops because the path 'got steep'. It's a mountain, Graham. They do that."),
    ("AD", "Rig medic: roustabout reported 'severe chest pain' an hour before the chopper home. Cured at the helideck. Remarkable."),
    ("AD", "Blood donor session: donor asked if he could have the biscuits without the donating part. Same energy as the tea urn queue."),
    ("AD", "Hearing aid clinic: gent swears his new aids 'don't work'. Battery tab still on. Every single fitting, Derek."),
    # ---- Kind stories (hard negatives for disrespect) ----
    ("A", "Ski patrol: a girl with a twisted knee sang to keep her little brother calm the whole way down on the sled. Hero."),
    ("A", "Vaccination centre: an elderly man brought his wife's old vaccine card so she could 'be there too'. We kept it beside us."),
    ("A", "Cardiac rehab class: a retired teacher clapped every one of the others across the finish of the walking test. Best cheerleader."),
    ("A", "Maternity triage: a mum in early labour spent an hour reassuring the terrified first-timer in the next cubicle."),
    ("A", "Mountain rescue: the walker we stretchered off the ridge on Sunday sent the team a hamper and a drawing by his son."),
    ("A", "Hearing aid clinic: a lady switched on her new aids, heard the kettle for the first time in a decade and laughed till she wept."),
    # ---- Sarcasm at the system or the author ----
    ("", "IT upgraded our computers overnight. Logging in now takes longer than the appointments."),
    ("", "Tried meditating before a night shift. Fell asleep. Counted it as meditation."),
    ("", "The vending machine on level two takes cards, coins and hope. It returns nothing."),
    # ---- Quasi-identifiers ----
    ("AQ", "Treated the lone ranger at Isle Royale, 44, on Thursday after a moose charged him near the dock."),
    ("AQ", "Ely, Nevada has one funeral director, and since Saturday he's been on our oncology ward with a sarcoma of the thigh."),
    ("AQ", "Henley's oldest Olympian, a rower of 97, broke her hip on Christmas Eve and spent the night in our resus bay telling stories."),
    ("AQ", "Papa Westray's schoolteacher, 38, is with us since Monday after the ferry ramp gave way under her car."),
    ("AQ", "Our helicopter crew lifted Ekalaka's sixteen-year-old bronc riding champ off the arena floor on Sunday; pelvis in pieces."),
    # ---- Advice requested ----
    ("R", "Toes went white then purple skiing today and now they're tingling and swollen. Warm them up fast or slowly?"),
    ("R", "@OOHdoctor my husband's chest feels tight since he shovelled the drive an hour ago but he won't ring anyone. What do I do?"),
    ("R", "Gave blood yesterday and the bruise on my arm is now the size of a saucer and sore. Normal or should I get it seen?"),
    ("R", "My new hearing aid makes my ear itch and it's gone red inside. Keep wearing it or stop till the clinic?"),
    # ---- Advice given ----
    ("G", "@ruth_k rewarm those toes gently in warm, not hot, water and don't rub them; blisters or grey skin means A&E today."),
    ("G", "@jan_b chest tightness after shovelling is a 999 call, not a wait-and-see; ring now and have him sit down."),
    ("G", "@mo_d a large bruise after donating is usually harmless; a cold pack today, but if it's hot or spreading, see your GP."),
    ("G", "@pat_s take the aid out for a couple of days and let the ear settle; ring the clinic if the redness spreads."),
    # ---- Hard negatives ----
    ("", "Flu jabs: walk in without booking at the vaccination centre, late opening every Thursday until the 20th of December."),
    ("", "Frostbite reminder: rewarm gently, never rub, and get numb white skin checked the same day."),
    ("", "My own knee finally gave up after twenty winters of ski patrol. Surgery in March, then a desk for a bit."),
    ("", "Does anyone know if the new rota app lets you swap shifts with another ward?"),
    ("", "Huge well done to Priya Nair, the doctor on our mountain rescue team, named volunteer of the year by the county."),
]

if __name__ == "__main__":  # prints the split as JSONL, for scoring before the generator reads it
    from heldout_jsonl import print_split

    print_split(HELDOUT63, "heldout63")

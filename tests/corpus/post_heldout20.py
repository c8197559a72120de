"""The twentieth held-out split of the post-level corpus ("heldout20"): hand-written posts.

post_heldout19.py was scored once on 2026-11-23 and reported in README.md. Its misses were mocking
posts that name no patient with a patient word ("Our local legend is back", "Oh look, it's Mr.
Chest Pain again") and mockery by image or award ("Call the Oscars, we have a winner"); a spot check
of everyday posts afterwards found PS2001 on a meeting room ("library, room 2") and PS3001 on a
career question. This split was written before the changes that answer them, committed on its own:
a general mix that leans on mockery without insults, with kind humour, condemnation, meeting
rooms and career questions among its hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT20 = [
    # ---- Disrespectful tone: nicknames, awards, irony, no insult word ----
    ("AD", "Mrs. Migraine is back in bay 6, sunglasses on, eating Doritos. Third visit this week."),
    ("AD", "And the award for most dramatic sprained ankle goes to... the gentleman in room 12. Standing ovation."),
    ("AD", "Our regular is here again for his monthly sandwich and a warm bed. Five-star reviews incoming."),
    ("AD", "Guy in 7 says he's allergic to every painkiller except the one that rhymes with 'shmilaudid'. What a coincidence."),
    ("AD", "Lady in bed 3 asked if her blood type could be 'changed to something rarer'. Sure, let me check the menu."),
    ("AD", "Another mom who 'did her research' on Facebook. Can't wait to hear what the essential oils think of the rash."),
    ("AD", "Pt insists the 9/10 pain started 'the second the ambulance showed up'. Truly a medical marvel."),
    ("AD", "Bed 4 has now pressed the call bell to ask what time it is. Eleven times. We should give him a watch and a medal."),
    # ---- Patient anecdotes that mock no one, some with humour ----
    ("A", "Mr. Jenkins in room 3 told me the best knock-knock joke I've heard all year. Made my whole shift."),
    ("A", "An older gentleman asked me to dance after his hip replacement rehab session. We did one slow lap of the hallway."),
    ("A", "My patient today was a retired teacher who corrected the grammar on her discharge papers. She was right, twice."),
    ("A", "A little boy in clinic asked if my stethoscope could hear his dreams. I told him only the good ones."),
    ("A", "Sat with a man tonight whose wife of 60 years is in the ICU. He just wanted someone to hear about their first date."),
    ("A", "Our frequent visitor with heart failure brought the whole unit a card for his 80th birthday. We'll miss him when he moves."),
    # ---- Hard negatives: meeting rooms, schedules, announcements ----
    ("", "Diabetes support group this Tuesday, 6pm, community centre room 4. Bring a friend."),
    ("", "Staff meeting moved to conference room B at 2pm. Agenda in your inbox."),
    ("", "Simulation lab is booked for the new grads in room 3 all day Friday."),
    ("", "Blood drive today in the cafeteria, beds 1 to 6 are open until 4pm. Every donor gets a cookie."),
    # ---- Hard negatives: career and workplace questions ----
    ("", "Should I take the night charge role or stay on days? Asking other nurses who made the switch."),
    ("", "Is it worth doing an MPH after residency? Would love to hear from people who did."),
    ("", "How do I ask my manager for a pay review without sounding ungrateful?"),
    ("", "Should I learn Spanish or get my wound care certification first? Both seem useful."),
    # ---- Hard negatives: condemning mockery, kind words, sarcasm about the system ----
    ("", "If you wouldn't say it in front of the patient, don't post it. That includes 'frequent flyer' jokes."),
    ("", "We laughed with our patients a lot this year. Never at them. That's the line."),
    ("", "The pager went off 40 times overnight. Our paging system deserves an award for persistence."),
    ("", "Our new scheduling software scheduled me for two places at once. Truly a marvel of technology."),
    # ---- Advice given ----
    ("G", "@darcy_p that sounds like a UTI. Get a urine test today and drink plenty of water."),
    ("G", "@milo_d stop the naproxen, with your kidney numbers it's not safe for you."),
    ("G", "@tess_b your son needs his ear looked at today if the pus is still draining."),
    ("G", "@ray_c you can restart your apixaban tomorrow morning, the dentist was yesterday."),
    ("G", "@marta_s that bump is a cyst. Warm compresses twice a day and leave it alone."),
    # ---- Advice requested ----
    ("R", "My 4 year old has had diarrhoea for 5 days and is barely peeing. Should I take her in tonight?"),
    ("R", "@DrAnika my vitamin D came back at 11. How much should I be taking?"),
    ("R", "Is it safe to take my mum's leftover tramadol for my back? I ran out of ibuprofen."),
    ("R", "My husband's left arm has been numb since he woke up and his speech is a bit off. Is this urgent?"),
    ("R", "Nurses of Twitter, my PICC line dressing got wet in the shower. Do I need to change it myself?"),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Treated the 54-year-old town blacksmith from Silverton with tetanus on Thursday."),
    ("AQ", "The only midwife on Fair Isle, 49, was flown to our unit on Boxing Day with a rare myasthenia crisis."),
    ("AQ", "Admitted the 17-year-old rodeo champion from Miles City with a crushed chest after Saturday's event."),
    # ---- Hard negatives: own life, news, teaching ----
    ("", "Day 3 of my own COVID. I now understand every patient who said the fatigue was the worst part."),
    ("", "A new trial shows shorter antibiotic courses work for most kids with pneumonia. Big deal for stewardship."),
    ("", "Teaching point: a normal troponin at 1 hour does not rule out MI if symptoms started 30 minutes ago."),
    ("", "Proud of our nurses for winning the regional safety award this year."),
    ("", "Our hospital's new mobile vaccine van visits three rural towns a week now."),
    ("", "Took my grandma to her eye appointment today. She charmed the whole waiting room."),
    ("", "What are your favourite books about the history of medicine? Building a reading list for students."),
]

"""The eighteenth held-out split of the post-level corpus ("heldout18"): hand-written posts.

post_heldout17.py was scored once on 2026-11-23 and reported in README.md. Afterwards, a spot
check of twenty everyday posts found PS4001 (an Error) blocking eight of them: second-person
posts and replies that give no clinical advice at all ("@jess_rn you deserve a raise", "take a
break, you've earned it", "interns, you need to eat before call"), and public-health advice
("if you have chest pain, call 911"). This split was written before the change that answers
it, committed on its own, and is a general mix that holds such posts among its hard negatives.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT18 = [
    # ---- Hard negatives: second person, imperative, and no clinical advice ----
    ("", "@rachel_rn you need to post more of your cat, the people demand it"),
    ("", "@DrBanerjee you should write a book, your threads are better than most textbooks"),
    ("", "@tom_medic stop scrolling and go to bed, you have a 6am start"),
    ("", "Residents, you need to take your vacation days. Nobody gets a prize for unused leave."),
    ("", "@lena_pharmd don't you dare skip the holiday party this year"),
    ("", "@coach_nurse you have to send me that spreadsheet for the rota, it's genius"),
    ("", "@DrFitz take the weekend off, seriously. We've got the clinic covered."),
    ("", "@maria_icu you need a vacation more than anyone I know"),
    ("", "New grads: you should ask every question you have. Nobody expects you to know it all."),
    ("", "@jordan_pa stop being so humble, that poster was brilliant"),
    ("", "@ems_dave you should come to the charity 5k on Saturday, we need a team captain"),
    ("", "@bec_midwife try the ramen place on 5th after your shift, you won't regret it"),
    ("", "@DrWu you need to update your bio, you're a full professor now!"),
    ("", "@hannah_slp drink some water and eat lunch, you've been running since 7"),
    ("", "Students, you should read the discharge summary template before your first week. It saves hours."),
    ("", "@mark_ortho don't forget the journal club pizza is on you this month"),
    # ---- Hard negatives: public-health and general advice, with no addressed case ----
    ("", "If your child has a fever over 40 or won't wake up properly, go to the ER. Don't wait for a callback."),
    ("", "Anyone over 45 should talk to their doctor about colon cancer screening."),
    ("", "Heat warning this weekend: drink water, check on older neighbours, and never leave kids in cars."),
    ("", "If you take blood thinners and hit your head, get checked even if you feel fine."),
    ("", "Reminder that antibiotics don't treat colds. Rest, fluids, and see your GP if it lasts over 10 days."),
    # ---- Hard negatives: colleagues, talks and teams ----
    ("", "Journal club Thursday: Dr. Osei presents the new sepsis trial. 7am, conference room C."),
    ("", "Welcome Dr. Priya Raman to our cardiology team! She joins us from Toronto."),
    ("", "Our QI project cut door-to-needle times by 11 minutes. Poster at the regional meeting next week."),
    # ---- Advice given ----
    ("G", "@kim_lo that sounds like strep. Get a throat swab today and don't share drinks."),
    ("G", "@ahmed_s your daughter's cut needs stitches, take her to urgent care within the next few hours."),
    ("G", "@patty_g ice the knee, keep it up, and stay off it for a week. No need for an X-ray."),
    ("G", "@rob_tn with a potassium of 5.9 you should stop the spironolactone and get repeat labs tomorrow."),
    ("G", "@jules_m your mom's confusion with that UTI means she needs to be seen tonight, not Monday."),
    ("G", "@chris_b cut the sertraline to 50 mg for a week, then stop. Don't quit it cold."),
    ("G", "@Nina_J that mole needs to come off. Book a dermatology appointment this week."),
    # ---- Advice requested ----
    ("R", "@DrReyes my TSH came back 7.2. Should I be on levothyroxine?"),
    ("R", "My husband's been on warfarin for a year and his INR is 4.5 today. Should he skip a dose?"),
    ("R", "Is it normal for my 3 week old to sleep 6 hours straight? Should I wake her to feed?"),
    ("R", "@NurseTalk I got my flu shot yesterday and my whole arm is hot and red. Do I need antibiotics?"),
    ("R", "Pharmacists of Twitter: can I take my melatonin with my escitalopram?"),
    # ---- Patient anecdotes that mock no one ----
    ("A", "Held a patient's hand tonight while her daughter drove in from two states away. She made it in time."),
    ("A", "A man I treated last year stopped by the ED with cookies. He's been sober 300 days."),
    ("A", "Had a patient cry when I told her the biopsy was benign. Best part of this job."),
    ("A", "The boy in bed 4 taught me three card tricks between his chemo cycles. I still can't do the last one."),
    ("A", "Our patient in room 9 asked for his wedding photo on the wall before surgery. We found a frame."),
    # ---- Disrespectful tone about a patient ----
    ("AD", "Patient in 3 has called the bell 41 times tonight. For ice. Truly a gift to nursing."),
    ("AD", "Bed 6 swears he only had 'two beers'. Two kegs, maybe. What a prize."),
    ("AD", "Mrs. 'I know my rights' in room 2 threw her tray because the jello was green. Adorable."),
    ("AD", "Another genius came in with a fishing hook in his eye 'checking if it was sharp'. Natural selection at work."),
    ("AD", "The lady in 11 wants a second opinion from Google. Sure, sweetie, let me get Dr. Google on the phone 🙄"),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Admitted the 71-year-old lighthouse keeper from Grand Marais with a rare aortitis on Tuesday."),
    ("AQ", "The only female bull rider in Cody, 24, came to our trauma bay on Saturday after being thrown."),
    ("AQ", "We saw the 9-year-old from Tok with Kawasaki disease on New Year's Day."),
    # ---- Hard negatives: own life, news, policy ----
    ("", "Got my own colonoscopy results back today. All clear, and the prep was as bad as everyone says."),
    ("", "Our state just passed safe staffing ratios for ICUs. Huge win for nurses and patients."),
]

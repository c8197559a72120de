"""The eleventh held-out split of the post-level corpus ("heldout11"): hand-written posts.

post_heldout10.py was scored once on 2026-11-23 and reported in README.md. This file was written
right after that scoring, before the rule changes that followed it (PS1100's "about a patient"
gate and eponymous conditions; cue phrases in quotes), and committed on its own. Voices: hospital
and community clinicians, respiratory therapists, midwives, school nurses, parents and patients,
on X, Reddit, Instagram captions and Facebook groups.

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT11 = [
    # ---- Disrespectful tone about a patient ----
    ("AD", "RT life: guy on BiPAP took it off to vape. Twice. Some people are just committed to the bit."),
    ("AD", "Pt in 14 called me 'the help' and snapped his fingers for more ice. Coming right up, Lord Farquaad."),
    ("AD", "School nurse diaries: kid came in 'dying' from a paper cut for the fourth time this week. Future drama major."),
    ("AD", "The lady in 6 has been in labour for ten hours and her husband asked me to keep it down so he could nap. Prince Charming, everyone."),
    ("AD", "Pt swore up and down he's never smoked. Lungs look like a chimney. Sure thing, Marlboro Man."),
    ("AD", "Man in bay 9 refused the hospital food and ordered sushi to his bed. Then complained about the bill. Peak entitlement."),
    ("AD", "Patient in room 3 asked if his colonoscopy could be done 'from the top'. Bless. Nothing up there to get in the way."),
    ("AD", "Mom in clinic demanded we test her kid for 'parasites from the moon'. Can't fix stupid, folks."),
    ("AD", "Guy in 12 pulled out his foley with the balloon up because it 'felt weird'. Darwin called, he wants his award back."),
    ("AD", "Pt asked if her tattoo could be 'charged to insurance as therapy'. Sweetie, the only therapy you need isn't covered."),
    ("AD", "Bed 8 keeps ringing the bell to ask if the TV has Netflix. Our little couch potato in his natural habitat."),
    ("AD", "Another 3am visit from the man who only has 'pain' when the pharmacy is closed. Clockwork, like a cuckoo."),
    ("AD", "The teen in bay 4 vaped in the shower and set off the fire alarm for the whole floor. Brilliant mind, that one."),
    ("AD", "Patient insisted she's 'too pretty for a catheter'. Okay, Miss Universe, enjoy the bedpan."),
    ("AD", "Had a guy try to bribe me with a scratch card to skip the queue. Big spender in cubicle 5 tonight. 🙄"),
    ("AD", "Pt in 11 is 300 lbs of pure attitude and zero teeth. A real catch, ladies."),
    ("AD", "Gentleman in bed 2 keeps calling the nurses 'sweet cheeks'. Charming relic, should be in a museum."),
    ("AD", "Patient's family asked if we could 'hurry up and pull the plug, we have a cruise Friday'. Lovely people. Truly."),
    # ---- Patient anecdotes that mock no one ----
    ("A", "RT life: my patient came off the vent today and the first thing he did was ask for his wife. Chills."),
    ("A", "School nurse diaries: a first grader came in to tell me her tooth fell out and she wanted someone to be proud of her. I was."),
    ("A", "A dad in labour and delivery cried harder than the baby. Then asked me to take their first family photo."),
    ("A", "Patient in bed 5 taught me how to say thank you in Tagalog. I'll use it every day now."),
    ("A", "My patient with advanced dementia still remembers every word to 'Moon River'. We sang it twice."),
    ("A", "Had a man today who walked in for his check-up with a bouquet for the receptionist. It's their anniversary."),
    ("A", "The little boy in bay 2 was so brave for his stitches that he got three stickers. He negotiated."),
    ("A", "A patient asked if she could bring her husband's ashes to her last chemo. Of course she could."),
    ("A", "Our patient in 9 finally walked the length of the hallway today. The nurses made a finish line out of tape."),
    ("A", "Midwife life: delivered twins tonight to a mum who'd been told she'd never conceive. Whole room in tears."),
    # ---- Advice requested ----
    ("R", "@DrJoeRT my O2 sats drop to 86 when I walk to the mailbox. I have COPD. Should I go in?"),
    ("R", "My 5 year old has a fever of 103 and a stiff neck tonight. Is this an ER thing or can I wait till morning?"),
    ("R", "Can I take my amoxicillin with my birth control? Will it stop working?"),
    ("R", "My dad's INR is 1.1 on warfarin and he's got a mechanical valve. Should he take extra tonight?"),
    ("R", "I'm 38 weeks and leaking clear fluid since this morning, no contractions. Do I need to go in now?"),
    ("R", "Quick q for nurses: my son's insulin pump failed and his sugar is 380. What dose do I give by pen?"),
    ("R", "My mom's potassium is 2.9 and she's on furosemide. Should she eat more bananas or does she need pills?"),
    ("R", "@SchoolNurseSam my daughter's EpiPen expired last month. Is it still okay to use if she needs it?"),
    ("R", "I've had a headache for 3 days and now my vision is blurry in one eye. Should I be worried?"),
    ("R", "My TSH is 12 and I'm exhausted. Do I need levothyroxine or can I wait?"),
    # ---- Advice given ----
    ("G", "@copd_carl sats of 86 walking to the mailbox means you need to be seen today. Go to the ER."),
    ("G", "@mom_of_3_tx fever of 103 with a stiff neck is an ER visit tonight. Don't wait."),
    ("G", "@lena_p amoxicillin won't stop your birth control working, keep taking both."),
    ("G", "@jen_valves with a mechanical valve and an INR of 1.1 your dad needs enoxaparin bridging. Call his clinic today."),
    ("G", "@bump_38wks leaking fluid at 38 weeks means your waters have broken. Go to labour ward now."),
    ("G", "@t1d_dad give your son 6 units of rapid acting by pen now and check ketones."),
    ("G", "@kate_m with a potassium of 2.9 on furosemide your mom needs potassium tablets, bananas won't cut it."),
    ("G", "@parent_lisa an expired EpiPen is still better than nothing. Use it if she needs it, then replace it."),
    ("G", "@rob_h a 3 day headache with new blurry vision needs an eye exam today. Go to the ER."),
    ("G", "@tired_tina a TSH of 12 needs levothyroxine. Ask your GP to start 50 mcg."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "The 15-year-old county fair queen from Tillamook with Wilson's disease collapsed on stage on Saturday."),
    ("AQ", "We had the only blacksmith in Ashby, 67, in clinic on Tuesday with a new diagnosis of Dupuytren's."),
    ("AQ", "Our 4-year-old with Canavan disease from a farm outside Kalispell was admitted this morning."),
    ("AQ", "The 44-year-old crab boat captain from Dutch Harbor injured on Monday's trip is out of surgery."),
    ("AQ", "A 92-year-old retired schoolteacher from Lanai was medevaced to Honolulu on Christmas Day with a hip fracture."),
    ("AQ", "The 31-year-old champion barrel racer from Cody with Ehlers-Danlos dislocated her shoulder at the rodeo Friday."),
    ("AQ", "Had the 70-year-old town barber from Walden in the ED on Sunday with an MI."),
    ("AQ", "The 8-year-old with Menkes disease from the Amish community near Arthur is back in the PICU this week."),
    ("AQ", "Our patient, the only female firefighter in Fort Benton, 29, came in Wednesday with smoke inhalation."),
    ("AQ", "The 19-year-old bull rider from Pendleton gored on Saturday night is off the vent."),
    # ---- Hard negatives ----
    ("", "Stop writing 'frequent flyer' in the chart. Write the reason they keep coming back."),
    ("", "The words 'noncompliant' and 'drug seeking' do real harm. Use plain descriptions."),
    ("", "Our IV pumps beep more than any patient ever complained. Absolute divas, every one of them."),
    ("", "I walked into a glass door at work today in front of the whole unit. Future drama major, apparently."),
    ("", "Mocking patients online isn't 'dark humour', it's a breach of trust. They read these threads."),
    ("", "The hospital cafeteria's idea of a vegetable is a potato wedge. Culinary geniuses."),
    ("", "Teaching point: a fever with a stiff neck in a child needs urgent assessment for meningitis."),
    ("", "Amoxicillin doesn't reduce the effect of most birth control pills. Check with your own pharmacist."),
    ("", "A 45-year-old presents with chest pain radiating to the jaw. What's your first test? #MedEd"),
    ("", "Wilson's disease is rare, about 1 in 30,000. Think of it in young people with liver disease and tremor."),
    ("", "Congrats to our respiratory therapists on a year with zero unplanned extubations!"),
    ("", "How do other schools handle expired EpiPens? Updating our district policy."),
    ("", "Flew back from Anchorage on Sunday after a week of hiking. Back to the ward tomorrow."),
    ("", "Our new nurse practitioner, a former rodeo rider from Cody, starts Monday. Welcome, Jess!"),
]

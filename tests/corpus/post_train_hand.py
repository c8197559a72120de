"""Hand-written training posts (split "train"), added on 2026-11-23 after heldout9 was scored.

heldout9 showed mockery in idiom and forms of address the training data had little of (British
and Australian usage, sarcastic honorifics, images of animals and of a patient's supposed lack of
brains), and mockery of systems and of the author that read like mockery of a patient. These
posts cover those families in new words, with as many kind and hard-negative posts in the same
voices, so the words of a voice ("mate", "bloke", "love") do not become signs of mockery by
themselves. They were written after heldout10 was committed and use none of its phrasings.

The last block, added after heldout13 was committed, is the documentation a content repository
holds next to its posts (guides, READMEs, policies, templates): text about patient posts that is
not one, on which PostScreen runs in CI. Its wording is not taken from heldout13.

The block of social replies, added after heldout17 was committed: replies that open with a handle
and say thanks, congratulations or hello, which PS4001 had learned to read as advice because most
advice in the corpus is a reply. Their wording is not taken from heldout17.

Each entry is (labels, text). Labels as in post_heldout.py: A anecdote, D disrespect (with A),
R advice requested, G advice given, Q quasi-identifier combination (with A), "" none of them.
"""

TRAIN_HAND = [
    # ---- Disrespect: idiom, images, sarcastic address ----
    ("AD", "Bloke in resus told me he's 'immune to tasers'. The lights are on but nobody's home, mate."),
    ("AD", "Pt in 12 tried to charge his phone in the defib. Not the sharpest scalpel in the drawer, this one."),
    ("AD", "Lady in bay 3 wants a private room, a vegan menu and a foot rub. Right away, your highness."),
    ("AD", "Patient asked if his x-ray would show his 'aura'. Elevator definitely doesn't reach the top floor."),
    ("AD", "Called out to a bloke who 'couldn't feel his legs'. Turns out he was sitting on them. Genius level stuff, mate."),
    ("AD", "Woman in clinic wants a referral because her cat 'seems depressed'. Love, I'm not a vet and you're not well."),
    ("AD", "Our regular sniffer is back in cubicle 4 with a nose bleed. Who could have guessed. Same time next week, son."),
    ("AD", "Patient in 9 ate a whole tub of butter because 'keto'. Absolute walrus of a man."),
    ("AD", "Pt in bed 6 demanded a bigger gown. They don't make circus tents, sir."),
    ("AD", "Guy in bay 2 is snoring louder than the helicopter that brought him. Human foghorn."),
    ("AD", "The family in 15 have moved in: air mattress, slow cooker, extension leads. Bunch of gypsies, the lot of them."),
    ("AD", "Patient told me he 'doesn't believe in germs' while picking his nose. Caveman behaviour."),
    ("AD", "Lady in 7 has the IQ of a houseplant and the volume of a fire alarm. Long night ahead."),
    ("AD", "Resident in room 2 of the care home spat her porridge at me again. Nasty old cow."),
    ("AD", "Lad came in after jumping off a roof into a paddling pool 'for the views'. Natural selection was close tonight."),
    ("AD", "Patient in cubicle 6 wanted an MRI for his toenail. Give the man a medal for creativity, I suppose."),
    ("AD", "Guy asked if he could smoke on the oxygen because 'it's only a little fire'. Brain cells: zero."),
    ("AD", "Our favourite time-waster rang 999 again to ask for a lift to the shops. Someone buy this man a bus pass."),
    ("AD", "Pt's wife asked if we can 'keep him sedated till Christmas'. Honestly, same. 😂"),
    ("AD", "Patient in 11 is a mouth-breather who argues with every nurse. Evolution took a day off."),
    ("AD", "Dad in peds ED wants a CT because his son 'looked at him funny'. Parent of the year award goes to..."),
    ("AD", "Bed 4 faked a faint onto a pillow he placed first. Ten out of ten for planning, sweetheart."),
    ("AD", "Bloke presented with 'tummy ache' after eating a mystery kebab at 4am. Cheers, champion, really an emergency that."),
    ("AD", "Patient in 8 weighs more than the bariatric bed's limit and keeps ordering milkshakes. Moo."),
    ("AD", "The woman in 3 thinks her fever is 'the government's fault'. Tinfoil sold separately, your majesty."),
    # ---- Anecdotes without mockery, in the same voices ----
    ("A", "Bloke we picked up tonight apologised for the state of his flat. Mate, I've seen worse, you're fine."),
    ("A", "Lady in bay 3 made the whole ward laugh with stories about her dancing days. Proper legend."),
    ("A", "Patient in cubicle 4 was so relieved his scan was clear that he hugged the porter. Lovely moment."),
    ("A", "Lad in the children's ward asked if he could keep his cast to show his mates. Of course, love."),
    ("A", "Resident in our care home turned 99 today and asked for a sherry. She got two."),
    ("A", "Woman in clinic was terrified of needles so we counted to ten together. She did brilliantly."),
    ("A", "Our patient in 11 finally got to see his dog through the window today. Tail never stopped wagging."),
    ("A", "Took a lovely old fella home tonight after a fall. He made us a cup of tea before we left."),
    ("A", "Patient in bed 6 asked for a hymn before surgery, so the whole team hummed one. Sweetest thing."),
    ("A", "Guy in bay 2 asked me how I was doing after my 14 hour shift. Nobody asks. Made my night."),
    ("A", "Mum in the children's ED was so calm with her screaming toddler. Gold medal parenting, honestly."),
    ("A", "Patient told me she's been knitting hats for the NICU babies every week for ten years. Legend."),
    # ---- Hard negatives in the same voices ----
    ("", "Our rota software is a walrus of a program: slow, heavy and impossible to move."),
    ("", "The trust's new printer has the IQ of a houseplant. Three jams before 8am."),
    ("", "I put my stethoscope in the fridge and my lunch in my locker. Brain cells: zero."),
    ("", "Please stop calling patients 'time-wasters'. Most of them are frightened and have nowhere else to turn."),
    ("", "Heard a colleague call a patient a 'cow' at handover. Not on. Dignity isn't optional."),
    ("", "Management's email about 'resilience' during a staffing crisis. Evolution took a day off in that office."),
    ("", "Cheers to the night team, absolute legends, every one of you."),
    ("", "Tip for new paramedics: a lot of 'frequent callers' are lonely. A referral can change everything."),
    ("", "Mate, my first set of nights has broken me. See you all in three business days."),
    ("", "Parking at our hospital costs £4 an hour. Whoever set that price deserves a medal for greed."),
    # ---- PS1100: patients known by their trade and place, arriving for care ----
    ("AQ", "Attended the 58-year-old trawlerman from Whitby with a crush injury to his hand on Thursday."),
    ("AQ", "Flew the 12-year-old junior ski champion from Thredbo to Sydney on Sunday with a spinal fracture."),
    ("AQ", "We flew a 45-year-old opal miner from Coober Pedy in on Tuesday with heat stroke."),
    ("AQ", "Attended a 76-year-old retired bagpiper from Oban who collapsed at the Highland games on Saturday."),
    ("AQ", "Had the 33-year-old only midwife on Fair Isle in clinic on Monday with a new diagnosis of lupus."),
    ("A", "Attended a fall at a care home tonight. The resident was fine, just shaken."),
    ("", "Attended a great conference in Leeds on Friday about sepsis in older adults."),
    ("", "I flew to Calgary on Monday for my cousin's wedding. Back on shift Thursday."),
    ("", "The harbourmaster in our town gave a talk at the library on Tuesday about sea safety."),
    ("", "Our hospital's chaplain, a retired sheep farmer, runs a grief group every Wednesday."),
    # ---- Documentation about posts, not posts (content repositories) ----
    ("", "## Drafts\n\nPut each draft post in `drafts/`. The CI job screens it for patient details before review."),
    ("", "CONTRIBUTING: do not commit drafts that describe a real patient, even a funny one. Rewrite it as a general teaching point."),
    ("", "Social media policy, section 3: a story about a patient can identify them through details like age, town and date."),
    ("", "Template for a teaching post: state the clinical point, cite the guideline, never describe an individual case."),
    ("", "Why was my draft flagged? PS2001 means the text reads like a story about a specific patient."),
    ("", "The examples in this guide are invented. Any resemblance to a real patient is removed before publishing."),
    ("", "Review checklist: identifiers masked, no patient anecdotes, no advice to individuals, links to our clinic page only."),
    ("", "Onboarding notes for the comms team: posts go live on Tuesdays after the clinical lead signs them off."),
    ("", "FAQ: Can I share a thank-you card from a patient? Only with written consent and with the name removed."),
    ("", "drafts/budget-update.md: the quarterly update, no patient content. drafts/flu-drive.md: the flu clinic announcement."),
    ("", "Breach report template: what was posted, when it was removed, who was told, and what will change."),
    ("", "Folder layout: `posts/` for published posts, `drafts/` for work in progress, `archive/` for posts older than a year."),
    ("", "This repository is screened with PostScreen. A failing check means a draft names a patient detail; fix it before merging."),
    ("", "Guidance for residents: describe cases only in teaching sessions behind login, never on public accounts."),
    ("", "Example of a safe post: 'Flu shots are available this week at our clinic. Walk-ins welcome.'"),
    ("", "Style guide: say 'person with diabetes', not 'diabetic'. Avoid labels such as 'frequent flyer' or 'noncompliant'."),
    # ---- Social replies that open with a handle and give no advice ----
    ("", "@tom_rn congratulations on the new job, they're lucky to have you"),
    ("", "@DrWilliams brilliant keynote this morning, the room was packed"),
    ("", "@clinic_updates thanks for the shout out!"),
    ("", "@jess_np lol I felt this in my soul"),
    ("", "@ortho_mike good luck with your boards tomorrow!"),
    ("", "@healthdept great thread on the flu season numbers"),
    ("", "@DrKhan would you be up for a podcast episode next month?"),
    ("", "@RN_Tasha happy nurses week to you too!"),
    ("", "@med_student_ali welcome to residency, it gets better"),
    ("", "@emergency_docs totally, the waiting room was packed all weekend"),
    ("", "@JAMA_current fascinating study, thanks for sharing"),
    ("", "@nurse_carlos miss working nights with you!"),
    ("", "@dr_li_peds see you at the meeting on Thursday"),
    ("", "@hospital_foundation thank you to every donor who came tonight"),
    ("", "@icu_kelly this is the best news, so happy for you both"),
    ("", "@DrNguyenMD followed! Love your posts on wellness"),
    ("", "@pharm_dave haha the printer strikes again"),
    ("", "@resident_rob same, coffee number four and it's only noon"),
    ("", "@public_health_ny retweeting, everyone should read this"),
    ("", "@CardioConf can't wait, registered yesterday"),
    ("", "@DrSofia thank you for mentoring me this year"),
    ("", "@medtwitter who else is at the conference? Let's grab lunch"),
    ("", "@nurse_jen agreed, staffing ratios need to change"),
    ("", "@DrAdams congrats on the grant!!"),
]

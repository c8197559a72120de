"""The eighty-third held-out split of the post-level corpus ("heldout83"): hand-written posts.

Written on 2026-11-25 (eighth session), after post_heldout82.py was scored and before the change
this split measures (the next change; post_heldout82.py moves into training with it), and
committed on its own, checked for word overlap with the corpus before it was scored. Written
before that change was designed, knowing that the clipped request naming a relative or a child
with no "my" had been missed on seven splits in a row, so its requests hold two of that shape and
two others. Mixed voices (British, American, Australian). Ten mocking posts (a chemist, a sexual
health clinic, a fracture clinic, a cardiology ward, a GP surgery, a mental health liaison nurse,
a radiographer, an outpatient phlebotomist, a surf lifesaver, a hospice volunteer's account of a
patient's nephew); six kind stories; five quasi-identifier posts; four of each kind of advice; and
hard negatives (a pharmacy's Sunday hours, advice on ticks for everyone, the author's own
vaccination, a question about mileage rates, a colleague's graduation, a study on sleep, sarcasm at
the rota app, a question about a training pathway).

Each entry is (labels, text). Labels: A patient anecdote (PS2001), D disrespectful tone about a
patient (PS2002; always with A), R individual advice requested (PS3001), G individual advice
given (PS4001), Q quasi-identifier combination (PS1100; always with A), "" none of them.
"""

HELDOUT83 = [
    # ---- Mocking a patient ----
    ("AD", "Chemist counter: fella wanted antibiotics for his hangover 'because it's basically an infection of the head'. Nobel committee, take note."),
    ("AD", "Sexual health clinic: he swore he'd 'only kissed her' and then asked which of the three results was his. Choose your own adventure."),
    ("AD", "Fracture clinic: she took her cast off with kitchen scissors to go to a wedding and wants a new one 'in a nicer colour'. Sure, love."),
    ("AD", "Cardiology ward: the man in bed 4 sneaks salt packets in his dressing gown pocket like contraband. Prison break, low-sodium edition."),
    ("AD", "GP reception: patient demanded an emergency appointment for a splinter he's had since August. Emergencies age like fine wine, apparently."),
    ("AD", "Liaison nurse here. Bloke told the triage team he was 'allergic to waiting'. Rare condition. No known cure."),
    ("AD", "X-ray today: lady refused to take off six necklaces because they 'protect her energy'. The radiologist loved the artefacts."),
    ("AD", "Bloods clinic: man fainted before I'd even opened the needle packet, then told his mates he'd 'donated'. Hero of the waiting room."),
    ("AD", "Surf patrol: tourist swam between the red flags, got dumped, then complained to us that the ocean was 'too rough'. Take it up with the Pacific, mate."),
    ("AD", "Hospice volunteer: one patient's nephew only turns up to ask which ornaments are 'spoken for'. Vulture in a fleece."),
    # ---- Kind stories about a patient ----
    ("A", "Chemist counter: an elderly gent counts out his coins every week for his wife's prescription and always brings the staff a humbug. We adore him."),
    ("A", "Fracture clinic: a little girl chose a rainbow cast and asked everyone in the waiting room to sign it. Forty signatures by noon."),
    ("A", "Cardiology ward: my patient in bed 2 walked the whole corridor today after his bypass, his granddaughter cheering him on like a marathon."),
    ("A", "X-ray: a frightened little boy held perfectly still because I told him the machine takes 'superhero photos'. He asked for a copy."),
    ("A", "Surf patrol: we pulled a kid out of a rip this morning. He came back at lunch with his mum and a bag of doughnuts for the tower."),
    ("A", "Hospice: a patient asked me to read her the cricket scores every afternoon. Today England won and she squeezed my hand."),
    # ---- Quasi-identifier combinations ----
    ("AQ", "Jura's only GP, 63, came to us by helicopter at the weekend when his Land Rover left the single-track road. The island is without a doctor till he's back."),
    ("AQ", "Treated the 81-year-old lighthouse volunteer from Bamburgh on Wednesday after he slipped on the spiral stairs. Wants his torch back."),
    ("AQ", "Tibooburra's ten-year-old with Fabry disease, the Far West's first, drove eight hours with his dad to see our team on Monday."),
    ("AQ", "Stitched the head of the publican from Cape Clear, 57, on Friday night after a barrel fell on him. Bar reopens Monday, he insists."),
    ("AQ", "The retired harbour pilot of Stanley, Falklands, 86, came in on Boxing Day with pneumonia. Told us about every ship he's guided."),
    # ---- Advice requested ----
    ("R", "Baby's been grizzly all day and now there's a purple rash that doesn't fade under a glass. A&E or call the GP?"),
    ("R", "Dad's been hacking away for over a month and his trousers are falling off him. Chase the surgery now or wait for his March check-up?"),
    ("R", "@PharmacistJen is ibuprofen OK for my period cramps given my asthma and the pill? The leaflet's no help."),
    ("R", "My knee has swollen up like a grapefruit since netball on Saturday and I can't straighten it. Is that a physio thing or an A&E thing?"),
    # ---- Advice given ----
    ("G", "@lucy_b spots that stay purple under a glass plus a temperature in your boy means 999 right now. Do not wait for the surgery to open."),
    ("G", "@owen_p stop the new blood pressure tablet tonight if your ankles have doubled in size, and ring the surgery in the morning."),
    ("G", "@zara_k your mum's sodium of 124 explains the confusion. Stop her water tablets and get her seen at the hospital today."),
    ("G", "@tom_m that ankle sounds sprained rather than broken. Ice, strapping and a week off the football pitch."),
    # ---- None of them ----
    ("", "Our pharmacy on Queen Street opens 10 till 4 on Sundays from this weekend. Prescriptions can still be collected from the hatch."),
    ("", "Walking in long grass this summer? Tuck trousers into socks and check for ticks when you get home. Remove them with fine tweezers."),
    ("", "Got my own shingles jab today now I'm old enough. Very strange being on the other side of the needle."),
    ("", "What's the current mileage rate for community staff using their own cars? Our finance office gave three different answers."),
    ("", "So proud of our HCA Tomasz, who graduated as a registered nurse today after four years of nights and study. Legend."),
    ("", "New study: people who kept a regular bedtime had lower blood pressure than those who got the same hours at random times."),
    ("", "The rota app updated and now shows me working on Christmas Day in two different hospitals. Impressive range."),
    ("", "How long is the training pathway to become a consultant radiographer? Asking for a career talk at my old school."),
]

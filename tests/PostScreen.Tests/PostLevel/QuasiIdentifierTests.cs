using PostScreen.Analysis;
using PostScreen.Analyzers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>PS1100's details and its gate: which words count as a detail, and when a post is about a patient.</summary>
public sealed class QuasiIdentifierTests
{
    private static readonly PostScreener On = Screen.WithPostLevel;

    private const string Prefix = "Details combine to identify a patient: ";

    [Theory]
    // An infant's age in months counts as an age; "the only" is a unique role.
    [InlineData("We just discharged the only conjoined twins ever born in Guam, separated here at 6 months old.", "a unique role, a small place, an age")]
    // "came back", "was seen" and "flew in" say the post is about someone arriving for care.
    [InlineData("Our 8-year-old with progeria from Tuscaloosa came back to clinic today for her birthday checkup.", "an age, a rare condition, a small place")]
    [InlineData("The 23-year-old Olympic swimmer from our town was seen in our ED on March 4 with a torn labrum.", "an age, an occupation, a small place")]
    [InlineData("We flew in a rancher from a mining town of 2,000 after the tornado.", "an occupation, a small place, an unusual event")]
    // Everyday trades count ("florist"), and a relative that is not a place opens the gate.
    [InlineData("We admitted the village florist on Saturday after she collapsed; her children's worry was the shop.", "a small place, an occupation, a specific date or time")]
    [InlineData("The 9-year-old spelling champ from Nome was flown in on Tuesday with appendicitis.", "an age, a small place, a specific date or time")]
    // "Our 10-year-old": a patient of the team named by age alone.
    [InlineData("Our 10-year-old with Gaucher disease from a village of 400 in Vermont started enzyme therapy today.", "an age, a rare condition, a small place")]
    // "flew the ...", "attended ...": carried to care, or met by a crew (WordNet trades: "stonemason").
    [InlineData("Flew the 12-year-old junior ski champion from Thredbo to Sydney on Sunday with a spinal fracture.", "an age, an occupation, a small place, a specific date or time")]
    [InlineData("Attended a 52-year-old stonemason after a fall on Tuesday.", "an age, an occupation, a specific date or time")]
    // A condition named after a person is usually rare; "the N-year-old" in a medical story is a specific patient.
    [InlineData("The 15-year-old fair queen from Tillamook with Wilson's disease collapsed on stage on Saturday.", "an age, a small place, a rare condition, a specific date or time")]
    [InlineData("Our 4-year-old with Canavan disease was admitted on Monday.", "an age, a rare condition, a specific date or time")]
    // "had ... in clinic", "medevaced", "was flown to": someone seen or carried for care, with no word for a patient.
    [InlineData("We had the only blacksmith in Ashby, 67, in clinic on Tuesday.", "a unique role, an occupation, a small place, an age, a specific date or time")]
    [InlineData("A 92-year-old retired schoolteacher from Lanai was medevaced on Christmas Day.", "an age, an occupation, a small place, a specific date or time")]
    // An age set off by commas after a person, or after "aged"; a named day in two words.
    [InlineData("The only dentist in Wrangell, 55, was flown to Seattle on Memorial Day with a brain bleed.", "a unique role, an occupation, a small place, an age, a specific date or time")]
    [InlineData("Our patient, a retired welder aged 63, came in on New Year's Eve.", "an occupation, an age, a specific date or time")]
    // A bear attack is unusual; an asthma attack (below) is not.
    [InlineData("My patient was mauled in a bear attack on Monday.", "an unusual event, a specific date or time")]
    // "came to us", "had ... in on <day>", and someone named by an age aside in a story of injury or care.
    [InlineData("The only baker in Pahoa, 70, came to us on Easter Sunday after a fall from a ladder.", "a unique role, an occupation, a small place, an age, a specific date or time")]
    [InlineData("We had the only vet in Moab, 47, in on Saturday with a snakebite.", "a unique role, an occupation, a small place, an age, a specific date or time, an unusual event")]
    [InlineData("Flew the only ferryman on Rum, 61, off the island on Friday with a burst appendix.", "a unique role, an occupation, an age, a small place, a specific date or time")]
    // A weekday that is not a greeting still dates the encounter.
    [InlineData("Treated an old farmer on Sat. after a fall from his tractor.", "an occupation, a specific date or time")]
    [InlineData("On Monday we admitted a 41-year-old with an MI.", "a specific date or time, an age")]
    // Someone staying in a place of care is a patient with no patient word; a capitalized word the
    // lexicon does not know, after "in" or "from", is a place the city list lacks.
    [InlineData("The only accountant in Tobermory has been on our ward since Tuesday with pneumonia.", "a unique role, an occupation, a small place, a specific date or time")]
    [InlineData("A 27-year-old scaffolder fell two storeys in Penzance on Monday and is in our ICU.", "an age, an occupation, a small place, a specific date or time")]
    [InlineData("A roofer from Alnwick is still in the trauma unit after Friday's fall.", "an occupation, a small place, a specific date or time")]
    // "recovering on our ward", "had ... in A&E", someone winched or carried to care; "the village's only".
    [InlineData("A retired farrier from Dunoon is recovering on our orthopaedic ward after Friday's fall.", "an occupation, a small place, a specific date or time")]
    [InlineData("Had the village's only vet in A&E on Saturday with a broken wrist.", "a small place, a unique role, an occupation, a specific date or time")]
    [InlineData("Winched a 64-year-old shepherd off the fell on Sunday afternoon.", "an age, an occupation, a specific date or time")]
    // An age stated after a relative or "he"/"she"; a place after "outside".
    [InlineData("Admitted a fisherman from outside Ullapool on Monday; his wife is 71 and drove him in.", "an occupation, a small place, a specific date or time, an age")]
    [InlineData("Admitted a fisherman on Monday; his wife is 5 weeks pregnant and he was 2 hours late for his own surgery.", "an occupation, a specific date or time")] // a length of time is no age
    // No rule knows "lifted ... into the ambulance" as care; the anecdote model reads the post as a patient's story.
    [InlineData("Paramedic life: we lifted the only farrier in Kirkwall into the ambulance at 4am on Sunday, still apologising for the mud.", "a unique role, an occupation, a small place, a specific date or time")]
    // "its one", "the one <trade>", and a capitalized possessive the lexicon lacks ("Fetlar's only"): a
    // unique role; "came onto our ward": arriving for care.
    [InlineData("Unst lost its one postmistress to a stroke on Sunday; she is in our unit.", "a unique role, an occupation, a specific date or time")]
    [InlineData("We treated the one vet in Moab on Saturday.", "a unique role, an occupation, a small place, a specific date or time")]
    [InlineData("Fetlar's only piper has Wilson disease and came onto our ward on Friday.", "a unique role, a rare condition, a specific date or time")]
    // An act of care done "by our" team, in shorthand with no patient word ("repaired", "treated", "operated on").
    [InlineData("Gigha's teenage piper, thirteen, Marfan's, aortic root repaired by our surgeons on Thursday.", "an age, a rare condition, a specific date or time")]
    [InlineData("A crofter from Hoy was stitched up by our night team on Sunday.", "an occupation, a small place, a specific date or time")]
    // A course of care "at our clinic", "in our unit" or "with us".
    [InlineData("Unst's oldest fiddler, eighty, has myeloma and began chemo at our day unit on Monday.", "an occupation, an age, a specific date or time")]
    [InlineData("Yell's youngest ferry skipper, twenty, has leukaemia and started treatment with us on Friday.", "an age, a specific date or time")]
    [InlineData("Unst's oldest fiddler, eighty, has myeloma and began chemo with our haematology team on Monday.", "an occupation, an age, a specific date or time")]
    // A place someone is from still counts; the stay gate below reads only where they go.
    [InlineData("Travel clinic: our patient from Benidorm wanted every vaccine going. Rabies too.", "a small place, a rare condition")]
    public void Details_that_single_out_a_patient_are_named(string text, string details)
    {
        var d = Assert.Single(On.Screen(text).Diagnostics, d => d.Id == "PS1100");
        Assert.Equal(Prefix + details, d.Message);
    }

    [Theory]
    // An age written in words, set off by commas, after "now", after "aged", or joined to "-year-old"; the finding spans the
    // first detail, here the age. "thirty residents" is a count, not an age.
    [InlineData("A widow, eighty-two, from Foula came in on Tuesday.", "eighty-two", "an age, a small place, a specific date or time")]
    [InlineData("Rum has thirty residents and one of them, aged seven, has Batten disease; she came to us midweek.", "seven", "an age, a rare condition")]
    [InlineData("Ullapool's first child heart transplant, now twelve, back with us on Sunday with rejection.", "twelve", "an age, a specific date or time")]
    [InlineData("Ullapool's first child heart transplant, now 12, back with us on Sunday with rejection.", "12", "an age, a specific date or time")]
    [InlineData("Gigha's four-year-old with Alexander disease was admitted on Friday.", "four-year-old", "an age, a rare condition, a specific date or time")]
    [InlineData("Our twenty-three-year-old shepherd from Hoy came in on Monday.", "twenty-three-year-old", "an age, an occupation, a small place, a specific date or time")]
    // An age in brackets after a trade or a word for a person.
    [InlineData("Our patient (71), a crofter, came in on Thursday after a fall from his quad bike.", "71", "an age, an occupation, a specific date or time")]
    [InlineData("Our patient (93) from Foula came back to clinic on Monday.", "93", "an age, a small place, a specific date or time")]
    public void An_age_in_words_or_after_now_is_a_detail(string text, string age, string details)
    {
        var d = Assert.Single(On.Screen(text).Diagnostics, d => d.Id == "PS1100");
        Assert.Equal(new TextSpan(text.IndexOf(age, StringComparison.Ordinal), age.Length), d.Span);
        Assert.Equal(Prefix + details, d.Message);
    }

    [Theory]
    // A count in a list is no age: the finding's details are the trade and the day alone.
    [InlineData("We counted the beds, one, two, three, and the farmer came in on Monday.", "an occupation, a specific date or time")]
    [InlineData("Beds one, two and three, then the farmer came in on Monday.", "an occupation, a specific date or time")]
    [InlineData("Three admissions overnight, one, a farmer, came in on Monday.", "an occupation, a specific date or time")]
    public void A_count_in_words_is_no_age(string text, string details) =>
        Assert.Equal(Prefix + details, Assert.Single(On.Screen(text).Diagnostics, d => d.Id == "PS1100").Message);

    [Theory]
    // A car accident is everyday, and "the other driver" is a role in it, not the patient's job.
    [InlineData("Treated a teenager after his first car accident tonight. He kept asking if the other driver was ok.")]
    [InlineData("My 41-year-old patient with an asthma attack kept thanking me.")]
    // The author's own job is not a detail about the patient.
    [InlineData("As a nurse I admitted a 41-year-old with pneumonia.")]
    // "My 8 year old" is more often a parent's own child than a patient.
    [InlineData("My 8 year old has had a fever since Monday, should I worry?")]
    // A teaching case is no one in particular; a common eponymous condition is not rare.
    [InlineData("A 45-year-old presents on Monday with chest pain. What's your first test? #MedEd")]
    [InlineData("Treated a patient with Parkinson's disease on Monday.")]
    // Numbers in a list are not ages; "Great Day" at the start of a sentence is not a holiday... but
    // one detail alone never fires anyway: these posts have exactly one other detail.
    [InlineData("Our patient in bed 3, 4, 5 and 6 came in on Monday.")]
    [InlineData("Our patient had a Great Day today.")]
    // "had" and "in" in different sentences are not "had ... in clinic".
    [InlineData("I had a great Tuesday at 40. In clinic tomorrow.")]
    // Where someone goes for a stay is not where they live: "a weekend in Benidorm" singles no one out.
    [InlineData("Travel clinic: our patient wanted every vaccine going for a weekend in Benidorm. Rabies too.")]
    [InlineData("Travel clinic: our patient with rabies worries is off on a holiday in Benidorm.")]
    // The author's trip is not a patient carried to care.
    [InlineData("I flew to Calgary on Monday for my cousin's wedding, 40 years after my parents married there.")]
    // An age aside with no story of injury or care ("founder" is also a horse's disease in WordNet's medical words).
    [InlineData("Our founder, 58, ran the Boston marathon on Monday.")]
    [InlineData("Our founder, sixty, ran the Boston marathon on Monday.")]
    // A day named as a greeting dates the post, not the encounter.
    [InlineData("Sat with an old farmer tonight who told me how to tell rain is coming from the cows.")] // "Sat" is a verb here
    // A trade's name used as a verb is what someone does, not their job.
    [InlineData("Told a 40-year-old he had cancer this morning. He asked if he could still coach his son's football team.")]
    [InlineData("Monday thoughts: Overnight we admitted a 41-year-old with an MI. Family at the bedside the whole time.")]
    [InlineData("Happy Friday! We coded a 38-year-old in the ED and got her back.")]
    // "every Tuesday", "each night": a day that recurs dates no encounter.
    [InlineData("Patient transport: the retired miner I drive to dialysis brings the ward staff biscuits every Tuesday.")]
    [InlineData("Our patient, a retired welder, comes to dialysis each Monday.")]
    // "by our" after no act of care names no patient.
    [InlineData("A crofter from Hoy was thanked by our chief executive on Sunday.")]
    // A visitor's trade and a fundraiser's: "visited our unit" and "the children's ward" name places, not a patient.
    [InlineData("A journalist from the Yorkshire Post visited our stroke unit on Tuesday to see the new scanner.")]
    [InlineData("Local butcher Tom Hughes raised £3,000 for the children's ward by shaving his beard on Saturday.")]
    // A staff member who works on a ward is not someone staying there; capitals are a unit, not a place.
    [InlineData("Our porter Jim works on our ward every Tuesday and has done for 30 years.")]
    [InlineData("A roofer fixed the leak in ICU on Tuesday and is on our Christmas card list now.")]
    // A place the lexicon lacks, in a post about no patient: the author's move and a market.
    [InlineData("Moved to Alnwick on Saturday and started as a pharmacist at the clinic.")]
    // "ward sister", "Sister Ama": a nurse's title in British usage, not a relative, so no post about a patient.
    [InlineData("Say hello to our new charge sister, Priya, who joins us from Tobermory on Tuesday.")]
    [InlineData("Sister Ama Boateng retires on Friday after 30 years, most of them in Portree.")]
    [InlineData("Our deputy sister Priya Nair moves across town to be matron at the Royal next month.")] // heldout81's false alarm
    // Carrying things is no one carried to care.
    [InlineData("Carried the boxes for the bake sale on Sunday, 40 of them, from the van.")]
    // A trade inside a handle is someone's screen name; an age aside in a post about the author is theirs.
    [InlineData("So tired. @tired_teacher give your 3 year old 600 mg of ibuprofen and put them to bed.")]
    [InlineData("Been coughing up a bit of blood this morning. Smoker, 55. Urgent or can it wait for my GP on Monday?")]
    // A parent's age in brackets in a relative's question is the author's family; counts in brackets are no age.
    [InlineData("Dad (77) has had a swollen calf since his flight home on Friday. Worth worrying about?")]
    [InlineData("Admissions (12) on our ward on Monday, most of them falls.")]
    // "the one thing", "the one" before no trade, is no role; a colleague who came to work on a ward is staff.
    [InlineData("The one thing I learned on Monday: our patients notice everything.")]
    [InlineData("A new healthcare assistant came to work on our ward on Monday after twenty years as a farmer.")]
    public void Everyday_details_and_the_authors_job_do_not_combine(string text) =>
        Assert.DoesNotContain(On.Screen(text).Diagnostics, d => d.Id == "PS1100");

    // "with us", "at our clinic" and "with our team" after no word of care: a colleague's years, a
    // visitor's tune. The rules alone are pinned: the anecdote model, asked after them, reads these
    // posts near its bar of 0.75 and moves with every retraining (0.67 to 0.78 on the model that
    // heldout75 measured, which fires on the third).
    [Theory]
    [InlineData("Unst's oldest fiddler, eighty, worked with us for years and retired on Monday.")]
    [InlineData("Unst's oldest fiddler, eighty, played a reel at our clinic on Monday.")]
    [InlineData("Unst's oldest fiddler, eighty, played a reel with our team on Monday.")]
    public void With_us_after_no_word_of_care_is_no_patient_to_the_rules(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        Assert.Null(QuasiIdentifierAnalyzer.Compute(analysis, rulesOnly: true));
    }

    [Theory]
    [InlineData("Unst's oldest fiddler, eighty, has myeloma and began chemo with our haematology team on Monday.")]
    [InlineData("Unst's oldest fiddler, eighty, has myeloma and began chemo at our day unit on Monday.")]
    public void A_course_of_care_with_our_team_is_a_patient_to_the_rules(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        Assert.NotNull(QuasiIdentifierAnalyzer.Compute(analysis, rulesOnly: true));
    }
}

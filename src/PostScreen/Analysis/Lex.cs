namespace PostScreen.Analysis;

/// <summary>
/// Lexical classes of a word, looked up once per word token from <see cref="Lexicon"/>. Recognizers
/// and the linkage rules test these bits instead of comparing strings.
/// </summary>
[Flags]
internal enum Lex : ulong
{
    None = 0,
    FirstName = 1UL << 0,
    Surname = 1UL << 1,
    PersonTitle = 1UL << 2,     // Mr, Mrs, Ms, Miss, Mx
    ClinicianTitle = 1UL << 3,  // Dr, Doctor, Prof, Professor, Nurse
    Month = 1UL << 4,
    Weekday = 1UL << 5,
    StreetSuffix = 1UL << 6,
    AddressUnit = 1UL << 7,
    City = 1UL << 8,
    CityPrefix = 1UL << 9,
    StateAbbrev = 1UL << 10,
    StateName = 1UL << 11,
    CountyWord = 1UL << 12,
    FacilityHead = 1UL << 13,
    PatientNoun = 1UL << 14,
    Relative = 1UL << 15,
    Clinical = 1UL << 16,
    FirstPerson = 1UL << 17,
    SecondPerson = 1UL << 18,
    BusinessCue = 1UL << 19,
    ColleagueCue = 1UL << 20,
    EventCue = 1UL << 21,
    PublicHealthCue = 1UL << 22,
    LeisureCue = 1UL << 23,
    PhoneCue = 1UL << 24,
    FaxCue = 1UL << 25,
    SsnCue = 1UL << 26,
    MrnCue = 1UL << 27,
    HealthPlanCue = 1UL << 28,
    AccountCue = 1UL << 29,
    LicenseCue = 1UL << 30,
    VehicleCue = 1UL << 31,
    DeviceCue = 1UL << 32,
    IdCue = 1UL << 33,
    PhotoNoun = 1UL << 34,
    BiometricNoun = 1UL << 35,
    AgeCue = 1UL << 36,
    Abbreviation = 1UL << 37,
    NotName = 1UL << 38,        // capitalized words that are never names (days, pronouns, drug classes...)
    PatientPronoun = 1UL << 39, // he, she, his, her, him, they
    BirthCue = 1UL << 40,       // born, dob, birthday
    FacilityPrefix = 1UL << 41, // St, Saint, Mount, General, Memorial
    PlaceCue = 1UL << 42,       // from, in, at, near, lives, moved
    NameIntro = 1UL << 43,      // named, called, name
    PublicFigureCue = 1UL << 44,
    ZipCue = 1UL << 45,
    WorkCue = 1UL << 46,
    PatientStrong = 1UL << 47, // patient, pt: unambiguous, unlike room, bed or guy
    Drug = 1UL << 48,
    RareCondition = 1UL << 49,
    Occupation = 1UL << 50,
    UnusualEvent = 1UL << 51,
    AgeNumber = 1UL << 52,  // ninety, hundred (spelled-out ages)
    SmallPlace = 1UL << 54, // town, village, island
    TimeWord = 1UL << 55,   // christmas, thanksgiving: days that date an event

    // Post-level classes: words that let the post-level models generalize past their training phrasings.
    Medical = 1UL << 53,     // shingles, platelets, stool: a word of ill health or its care (WordNet-derived; PS3001 and PS4001 gate on it)
    Mockery = 1UL << 56,     // idiot, lol, gross, pathetic: mocking or demeaning language
    AdviceVerb = 1UL << 57,  // take, stop, start, double, skip: verbs of a clinical instruction
    Symptom = 1UL << 58,     // fever, rash, cough, lump, dizzy
    Worry = 1UL << 59,       // worried, normal, serious, dangerous, safe
    Encounter = 1UL << 60,   // treated, admitted, discharged, coded: verbs of caring for someone
    ShiftTime = 1UL << 61,   // today, tonight, overnight, shift
    General = 1UL << 62,     // generally, usually, reminder, psa, own: general rather than individual
    CueStart = 1UL << 63,    // the first word of a post-level cue phrase (added from CuePhrases, not lexicon.txt)

    /// <summary>The words for a patient: "patient", "pt" (PatientStrong), "the guy", "bed 4", "frequent flyer" (PatientNoun).</summary>
    PatientWord = PatientStrong | PatientNoun,

    /// <summary>Classes only the post-level detectors read: a word with only these is still "unknown" to the recognizers.</summary>
    PostLevelOnly = Mockery | AdviceVerb | Symptom | Worry | Encounter | ShiftTime | General | CueStart | Occupation | Medical,
}

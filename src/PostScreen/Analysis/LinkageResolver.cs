namespace PostScreen.Analysis;

/// <summary>
/// Decides whether each recognized identifier is linked to a patient and to health information,
/// which is what makes it PHI (DESIGN.md). A clinic's phone, a colleague's name, a city someone
/// hiked in, a study's date are identifiers without being PHI; they become PS1500 (Info).
/// </summary>
/// <remarks>
/// The rules read the lexical classes the tokenizer already attached: the post's patient
/// context (a patient, a relative with a health detail, the author's own health), the sentence's
/// neighbourhood, and local counter-cues (business, colleague, event, public health, leisure).
/// </remarks>
internal static class LinkageResolver
{
    private const Lex PatientRef = Lex.PatientNoun | Lex.Relative;
    private const Lex HealthContext = Lex.Clinical | Lex.PatientNoun | Lex.Relative | Lex.MrnCue;
    private const Lex AddressedHealth = Lex.Drug | Lex.Symptom | Lex.Medical | Lex.RareCondition;

    // With a verb of care ("admitted", "treated", "discharged"), what the care was for: "Maria Lopez was
    // admitted with chest pain" is about a patient though it has no word for one.
    private const Lex CareDetail = Lex.Clinical | Lex.Symptom | Lex.Medical | Lex.Drug | Lex.RareCondition;

    /// <summary>
    /// A verb of care and, in another word, what the care was for ("admitted ... with chest pain"):
    /// "treated" is also a clinical word, and "Linda Morris treated us to lunch" is about no one's care.
    /// </summary>
    private static bool CareWithDetail(PostAnalysis analysis)
    {
        var care = false;
        var detail = false;
        foreach (ref readonly var t in analysis.Tokens)
        {
            care |= t.Has(Lex.Encounter);
            detail |= t.Has(CareDetail) && !t.Has(Lex.Encounter);
            if (care && detail)
            {
                return true;
            }
        }

        return false;
    }

    public static void Resolve(PostAnalysis analysis)
    {
        var post = analysis.PostLex;
        // A patient is in the post: "patient"/"pt", a patient noun or relative with a health detail,
        // or a name titled Mr./Mrs. in a sentence with a health detail.
        var postPatient = (post & Lex.PatientStrong) != 0 || ((post & PatientRef) != 0 && (post & Lex.Clinical) != 0) ||
                          ((post & Lex.Encounter) != 0 && (post & CareDetail) != 0 && CareWithDetail(analysis)) || TitledPatient(analysis);
        var selfHealth = (post & Lex.FirstPerson) != 0 && (post & Lex.Clinical) != 0;
        var postHealth = postPatient || selfHealth || (post & (Lex.Clinical | Lex.MrnCue)) != 0;
        foreach (var entity in analysis.Entities)
        {
            if (entity.Link != EntityLink.Infer)
            {
                Set(entity, entity.Link == EntityLink.Patient, 0.99, entity.Link == EntityLink.Patient ? "deny list" : "allow list");
                continue;
            }

            var index = analysis.TokenAt(entity.Span.Start);
            var sentence = index < analysis.Tokens.Length ? analysis.Tokens[index].Sentence : analysis.SentenceCount - 1;
            var local = analysis.SentenceLex(sentence);
            var near = local | analysis.SentenceLex(sentence - 1) | analysis.SentenceLex(sentence + 1);
            var nearHealth = (near & HealthContext) != 0 || ((near & Lex.PatientPronoun) != 0 && postHealth);
            Decide(analysis, entity, index, local, nearHealth, postPatient, postHealth, selfHealth);
        }
    }

    private static bool TitledPatient(PostAnalysis analysis)
    {
        foreach (var entity in analysis.Entities)
        {
            if (entity.Kind == EntityKind.Name && entity.Hint == EntityHint.PatientTitle)
            {
                var index = analysis.TokenAt(entity.Span.Start);
                if (index < analysis.Tokens.Length && analysis.SentenceLex(analysis.Tokens[index].Sentence).HasFlag(Lex.Clinical))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the nearest cue before the entity (within the window, in its sentence) is a
    /// business or institutional one ("call our clinic at") rather than a person
    /// ("her daughter's cell is", "call me at"); a business cue right after counts when no person is near.
    /// </summary>
    private static bool BusinessNearest(PostAnalysis analysis, int index, int end)
    {
        const Lex Person = Lex.PatientNoun | Lex.Relative | Lex.PatientPronoun | Lex.FirstPerson | Lex.SecondPerson;
        var tokens = analysis.Tokens;
        var sentence = index < tokens.Length ? tokens[index].Sentence : -1;
        var business = false;
        for (int k = index - 1, seen = 0; k >= 0 && seen < 6 && tokens[k].Sentence == sentence; k--)
        {
            // A patient or relative anywhere in the window wins ("her son asked us to call X").
            if (tokens[k].Has(Lex.PatientNoun | Lex.Relative))
            {
                return false;
            }

            if (tokens[k].Has(Lex.BusinessCue))
            {
                business = true;
            }
            else if (tokens[k].Has(Person) && !business)
            {
                return false;
            }

            seen += tokens[k].Kind == TokenKind.Punct ? 0 : 1;
        }

        if (business)
        {
            return true;
        }

        return analysis.CueAfter(end, Lex.BusinessCue, 3) && !analysis.CueAfter(end, Person, 3);
    }

    private static void Decide(PostAnalysis analysis, RecognizedEntity e, int index, Lex local, bool nearHealth, bool postPatient, bool postHealth, bool selfHealth)
    {
        var end = analysis.TokenAt(Math.Max(e.Span.Start, e.Span.End - 1));
        bool Before(Lex cue, int window) => analysis.CueBefore(index, cue, window);
        var business = BusinessNearest(analysis, index, end);

        switch (e.Kind)
        {
            case EntityKind.Mrn:
                Set(e, true, 0.95, "medical record number");
                return;

            case EntityKind.HealthPlan:
                Set(e, !business || postPatient, 0.9, "health plan number");
                return;

            case EntityKind.Ssn or EntityKind.Account or EntityKind.License or EntityKind.Vehicle or EntityKind.Device or EntityKind.OtherId or EntityKind.Biometric:
                if (business && !postPatient)
                {
                    Set(e, false, 0.7, "business context");
                }
                else
                {
                    Set(e, postHealth, postHealth ? 0.85 : 0.6, postHealth ? "health context" : "no health context");
                }

                return;

            case EntityKind.Phone or EntityKind.Fax or EntityKind.Email or EntityKind.Url or EntityKind.Ip or EntityKind.Address:
                if (business || Before(Lex.EventCue, 6))
                {
                    Set(e, false, 0.8, "business or public contact");
                }
                else
                {
                    var linked = nearHealth && (postPatient || selfHealth || (local & Lex.PatientPronoun) != 0);
                    Set(e, linked, linked ? 0.85 : 0.6, linked ? "patient context" : "no patient context");
                }

                return;

            case EntityKind.Handle:
            {
                // A handle addressed with a health detail ("@jen_k your A1c...") or named as a patient's.
                // A health word inside a handle ("@maria_icu you need a vacation") says nothing about
                // the person addressed: look for one outside the post's handles.
                nearHealth = nearHealth && (HealthOutsideHandles(analysis, index) || ((local & Lex.PatientPronoun) != 0 && postHealth));
                var colleague = (local & (Lex.ColleagueCue | Lex.PublicFigureCue)) != 0 || LooksLikeClinicianHandle(analysis, e);
                var addressed = (local & Lex.SecondPerson) != 0 && nearHealth;
                var linked = !colleague && !business && (addressed || (nearHealth && postPatient));
                Set(e, linked, linked ? 0.8 : 0.6, linked ? "addressed with health details" : "no patient context");
                return;
            }

            case EntityKind.Name:
            {
                if (e.Hint == EntityHint.Clinician)
                {
                    Set(e, false, 0.85, "clinician's title");
                    return;
                }

                var colleague = (local & (Lex.ColleagueCue | Lex.PublicFigureCue | Lex.WorkCue)) != 0 && e.Hint != EntityHint.PatientTitle ||
                                (local & Lex.PublicFigureCue) != 0;
                var linked = !colleague && nearHealth && (postPatient || selfHealth || (local & Lex.SecondPerson) != 0 || e.Hint == EntityHint.PatientTitle);
                if (linked && (local & AddressedHealth) == 0 && InSentenceWithGift(analysis, index))
                {
                    // "Mr. Okafor, thank you for your generous donation to the children's ward": a donor or
                    // sponsor, unless the sentence also names what ails someone ("raised $5,000 after his chemo").
                    // Looked up only for a name about to be linked: most names are not, or name no gift.
                    Set(e, false, 0.7, "donor or sponsor");
                    return;
                }

                Set(e, linked, linked ? 0.8 : 0.65, linked ? "patient context" : colleague ? "colleague or public figure" : "no patient context");
                return;
            }

            case EntityKind.Date:
            {
                var eventDate = (local & (Lex.EventCue | Lex.PublicHealthCue)) != 0 && (local & Lex.BirthCue) == 0;
                var linked = !eventDate && !business && ((local & Lex.BirthCue) != 0 || (nearHealth && (postPatient || selfHealth)));
                Set(e, linked, linked ? 0.8 : 0.65, linked ? "patient context" : eventDate ? "event or study date" : "no patient context");
                return;
            }

            case EntityKind.Age:
            {
                var publicStat = (local & (Lex.PublicHealthCue | Lex.PublicFigureCue)) != 0;
                var linked = !publicStat && (postHealth || (local & (PatientRef | Lex.PatientPronoun)) != 0);
                Set(e, linked, linked ? 0.85 : 0.6, linked ? "patient context" : "public statistic");
                return;
            }

            case EntityKind.Zip or EntityKind.Location:
            {
                var leisure = (local & (Lex.LeisureCue | Lex.WorkCue)) != 0 && (local & Lex.FirstPerson) != 0 && (local & PatientRef) == 0;
                var publicContext = (local & (Lex.PublicHealthCue | Lex.EventCue)) != 0 && (local & PatientRef) == 0;
                var linked = !leisure && !publicContext && !business && nearHealth && (postPatient || selfHealth);
                Set(e, linked, linked ? 0.75 : 0.6, linked ? "patient context" : leisure ? "author's own travel or work" : "no patient context");
                return;
            }

            case EntityKind.Photo:
            {
                var linked = nearHealth && (postPatient || (analysis.PostLex & Lex.PatientPronoun) != 0);
                Set(e, linked, linked ? 0.8 : 0.6, linked ? "patient context" : "no patient context");
                return;
            }

            default:
                Set(e, nearHealth && postPatient, 0.6, "patient context");
                return;
        }
    }

    /// <summary>
    /// Whether a health word stands outside handles in the sentences around token <paramref name="index"/>:
    /// the health context, or a drug, symptom or other medical word said to the handle ("@aisha_mom skip your naproxen").
    /// </summary>
    private static bool HealthOutsideHandles(PostAnalysis analysis, int index)
    {
        if (index >= analysis.Tokens.Length)
        {
            return false;
        }

        var sentence = analysis.Tokens[index].Sentence;
        var near = analysis.SentenceLexOutsideHandles(sentence - 1) | analysis.SentenceLexOutsideHandles(sentence) |
                   analysis.SentenceLexOutsideHandles(sentence + 1);
        // A relative or a patient noun alone is no health detail here: "@sarah_k85 so sorry about your
        // dad" is a condolence, not a reply about anyone's care.
        return (near & (Lex.Clinical | Lex.MrnCue | AddressedHealth)) != 0;
    }

    private static bool InSentenceWithGift(PostAnalysis analysis, int index)
    {
        var tokens = analysis.Tokens;
        if (index >= tokens.Length)
        {
            return false;
        }

        var sentence = tokens[index].Sentence;
        for (var k = analysis.SentenceStart(index); k < tokens.Length && tokens[k].Sentence == sentence; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length is >= 4 and <= 12 && GiftWords.Contains(tokens[k].Value(analysis.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GiftWords =
        WordSet.Of("donation", "donations", "gift", "gifts", "sponsor", "sponsored", "sponsoring", "fundraiser", "fundraising", "raised",
            "bequest", "philanthropy"); // not "donated" or "donor": organ donors are patients

    private static bool LooksLikeClinicianHandle(PostAnalysis analysis, RecognizedEntity e)
    {
        var handle = analysis.Text.AsSpan(e.Span.Start + 1, e.Span.Length - 1);
        return handle.StartsWith("dr", StringComparison.OrdinalIgnoreCase) || handle.EndsWith("md", StringComparison.OrdinalIgnoreCase) ||
               handle.EndsWith("rn", StringComparison.OrdinalIgnoreCase) || handle.EndsWith("do", StringComparison.OrdinalIgnoreCase) ||
               handle.Contains("clinic", StringComparison.OrdinalIgnoreCase) || handle.Contains("health", StringComparison.OrdinalIgnoreCase) ||
               handle.Contains("hospital", StringComparison.OrdinalIgnoreCase);
    }

    private static void Set(RecognizedEntity e, bool linked, double confidence, string reason)
    {
        e.IsPatientLinked = linked;
        e.LinkConfidence = confidence;
        e.LinkReason = reason;
    }
}

using System.Text.Json;

namespace PostScreen.Cli.Evaluation;

/// <summary>
/// Scores a screener against labelled posts: span precision, recall and F1 per entity and overall
/// (a prediction matches a gold span of the same entity that it overlaps), and post-level PHI
/// precision and recall. Corpora with coarse labels (Presidio's <c>ID</c>, <c>CARD</c>) measure
/// recognition: PS1500 counts as well as PS1xxx, since their texts carry no patient context.
/// </summary>
internal sealed class Evaluator
{
    private static readonly HashSet<string> IdEntities = ["MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "OTHER_ID", "SSN"];

    private readonly SortedDictionary<string, Counts> _entities = new(StringComparer.Ordinal);
    private readonly Counts _posts = new();

    public int Posts { get; private set; }

    public List<string> Errors { get; } = [];

    public static IEnumerable<GoldRecord> Load(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GoldRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, GoldJsonContext.Default.GoldRecord);
            }
            catch (JsonException ex)
            {
                throw new CliUsageException($"{path}:{lineNumber}: not a gold record ({ex.Message})");
            }

            if (record is null || record.Text is null || record.Id is null)
            {
                throw new CliUsageException($"{path}:{lineNumber}: a gold record needs \"id\" and \"text\"");
            }

            yield return record;
        }
    }

    public void Add(GoldRecord gold, ScreeningResult result)
    {
        var goldSpans = gold.Spans ?? [];
        if (gold.Labels is { } labels && !labels.ContainsKey("phi") && goldSpans.Length == 0)
        {
            return; // a corpus of post-level labels only: no PHI judgement to score
        }

        Posts++;
        var recognition = gold.Source?.StartsWith("microsoft/presidio", StringComparison.Ordinal) == true;
        var predicted = result.Diagnostics
            .Where(d => d.Entity is not null && d.Entity != Analyzers.QuasiIdentifierAnalyzer.EntityName && d.Severity != DiagnosticSeverity.Hidden &&
                        (d.Category == DiagnosticCategory.Phi || (recognition && d.Category == DiagnosticCategory.Identifier)))
            .ToList();
        var matched = new bool[goldSpans.Length];
        foreach (var p in predicted)
        {
            var hit = -1;
            for (var g = 0; g < goldSpans.Length; g++)
            {
                var span = goldSpans[g];
                if (!matched[g] && Compatible(span.Label, p.Entity!) && p.Span.Start < span.End && span.Start < p.Span.End)
                {
                    hit = g;
                    break;
                }
            }

            if (hit >= 0)
            {
                matched[hit] = true;
                Entity(goldSpans[hit].Label).TruePositive++;
            }
            else
            {
                Entity(recognition ? Coarse(p.Entity!) : p.Entity!).FalsePositive++;
                Errors.Add($"FP {gold.Id} {p.Entity} [{p.Span.Start},{p.Span.End}) {p.Message}");
            }
        }

        for (var g = 0; g < goldSpans.Length; g++)
        {
            if (!matched[g])
            {
                Entity(goldSpans[g].Label).FalseNegative++;
                Errors.Add($"FN {gold.Id} {goldSpans[g].Label} [{goldSpans[g].Start},{goldSpans[g].End})");
            }
        }

        var goldPhi = gold.Labels?.GetValueOrDefault("phi") ?? goldSpans.Length > 0;
        var predictedPhi = recognition ? predicted.Count > 0 : predicted.Any(d => d.Severity >= DiagnosticSeverity.Warning);
        switch (goldPhi, predictedPhi)
        {
            case (true, true):
                _posts.TruePositive++;
                break;
            case (false, true):
                _posts.FalsePositive++;
                Errors.Add($"POST-FP {gold.Id}");
                break;
            case (true, false):
                _posts.FalseNegative++;
                Errors.Add($"POST-FN {gold.Id}");
                break;
        }
    }

    public bool HasSpanOrPhiData => _entities.Count > 0 || _posts.TruePositive + _posts.FalsePositive + _posts.FalseNegative > 0;

    public void Write(TextWriter output, string title)
    {
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine("| entity | gold | predicted | precision | recall | F1 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        var total = new Counts();
        foreach (var (entity, c) in _entities)
        {
            output.WriteLine(Row(entity, c));
            total.TruePositive += c.TruePositive;
            total.FalsePositive += c.FalsePositive;
            total.FalseNegative += c.FalseNegative;
        }

        output.WriteLine(Row("**all spans**", total));
        output.WriteLine();
        output.WriteLine($"post-level PHI over {Posts} posts: precision {Ratio(_posts.Precision)}, recall {Ratio(_posts.Recall)}, F1 {Ratio(_posts.F1)} " +
                         $"(TP {_posts.TruePositive}, FP {_posts.FalsePositive}, FN {_posts.FalseNegative})");
    }

    internal static string Row(string name, Counts c) =>
        $"| {name} | {c.TruePositive + c.FalseNegative} | {c.TruePositive + c.FalsePositive} | {Ratio(c.Precision)} | {Ratio(c.Recall)} | {Ratio(c.F1)} |";

    internal static string Ratio(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    private Counts Entity(string label)
    {
        if (!_entities.TryGetValue(label, out var counts))
        {
            counts = new Counts();
            _entities[label] = counts;
        }

        return counts;
    }

    private static bool Compatible(string gold, string predicted) => gold switch
    {
        "ID" => IdEntities.Contains(predicted),
        "CARD" => predicted == "ACCOUNT",
        _ => gold == predicted,
    };

    private static string Coarse(string entity) => entity == "ACCOUNT" ? "CARD" : IdEntities.Contains(entity) && entity != "SSN" ? "ID" : entity;

    /// <summary>True/false positive and false negative counts. A class, so dictionary entries update in place.</summary>
    internal sealed class Counts
    {
        public int TruePositive;
        public int FalsePositive;
        public int FalseNegative;

        public double? Precision => TruePositive + FalsePositive == 0 ? null : (double)TruePositive / (TruePositive + FalsePositive);

        public double? Recall => TruePositive + FalseNegative == 0 ? null : (double)TruePositive / (TruePositive + FalseNegative);

        public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;
    }
}

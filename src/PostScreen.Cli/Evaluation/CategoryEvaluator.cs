namespace PostScreen.Cli.Evaluation;

/// <summary>
/// Post-level precision, recall and F1 per category (anecdote, disrespect, advice_request,
/// advice_given, quasi), for each way of deciding: the shipped combination, rules only, model only.
/// A category counts as predicted when its diagnostic is at Warning or above.
/// </summary>
internal sealed class CategoryEvaluator
{
    private static readonly (string Label, string Id)[] Categories =
        [("anecdote", "PS2001"), ("disrespect", "PS2002"), ("advice_request", "PS3001"), ("advice_given", "PS4001"), ("quasi", "PS1100")];

    private readonly string[] _variants;
    private readonly Evaluator.Counts[,] _counts;

    public CategoryEvaluator(params string[] variants)
    {
        _variants = variants;
        _counts = new Evaluator.Counts[Categories.Length, variants.Length];
        for (var c = 0; c < Categories.Length; c++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                _counts[c, v] = new Evaluator.Counts();
            }
        }
    }

    public int Posts { get; private set; }

    public List<string> Errors { get; } = [];

    public static bool HasCategoryLabels(GoldRecord record) =>
        record.Labels is { } labels && Categories.Any(c => labels.ContainsKey(c.Label));

    public void Add(GoldRecord gold, IReadOnlyList<ScreeningResult> resultsByVariant)
    {
        Posts++;
        for (var c = 0; c < Categories.Length; c++)
        {
            var (label, id) = Categories[c];
            var expected = gold.Labels!.GetValueOrDefault(label);
            for (var v = 0; v < _variants.Length; v++)
            {
                var predicted = resultsByVariant[v].Diagnostics.Any(d => d.Id == id && d.Severity >= DiagnosticSeverity.Warning);
                var counts = _counts[c, v];
                switch (expected, predicted)
                {
                    case (true, true):
                        counts.TruePositive++;
                        break;
                    case (false, true):
                        counts.FalsePositive++;
                        break;
                    case (true, false):
                        counts.FalseNegative++;
                        break;
                }

                if (v == 0 && expected != predicted)
                {
                    Errors.Add($"{(predicted ? "FP" : "FN")} {gold.Id} {label}");
                }
            }
        }
    }

    public void Write(TextWriter output, string title)
    {
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine("| category | gold | " + string.Join(" | ", _variants.Select(v => $"{v} P | {v} R | {v} F1")) + " |");
        output.WriteLine("|---|---:|" + string.Concat(Enumerable.Repeat("---:|---:|---:|", _variants.Length)));
        for (var c = 0; c < Categories.Length; c++)
        {
            var gold = _counts[c, 0].TruePositive + _counts[c, 0].FalseNegative;
            var cells = Enumerable.Range(0, _variants.Length).Select(v =>
                $"{Evaluator.Ratio(_counts[c, v].Precision)} | {Evaluator.Ratio(_counts[c, v].Recall)} | {Evaluator.Ratio(_counts[c, v].F1)}");
            output.WriteLine($"| {Categories[c].Label} ({Categories[c].Id}) | {gold} | {string.Join(" | ", cells)} |");
        }
    }
}

using System.Globalization;
using Microsoft.ML;
using PostScreen.Classifiers;

namespace PostScreen.Training;

/// <summary>
/// Leave-one-split-out cross-validation over the hand-written held-out splits that have been
/// scored and moved into training (each <c>post_heldoutN.py</c>): for each such file, the combined
/// model is trained on every other training row and scored on that file, with the screening
/// decision's model part (the category's threshold, or 0.05 when one of its cue phrases matched;
/// the rule gates of <c>PostLevelAnalyzer</c> are left out; a conditioned category's probability
/// times its condition's, as screening takes it). Pooled precision, recall and F1 per
/// category, at the shipped threshold and at others: this is how PS2002's threshold was chosen.
/// The current held-out split is never read.
/// </summary>
internal static class CrossValidation
{
    private static readonly double[] Thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55];

    public static int Run(string corpusPath, IReadOnlyList<PostCategory> categories, TextWriter log)
    {
        var rows = ModelTrainer.Load(corpusPath, split => split == "train");
        var folds = rows.Select(r => r.Source).Where(IsHandWrittenSplit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        log.WriteLine($"{rows.Count} training posts; {folds.Count} hand-written splits left out in turn ({rows.Count(r => IsHandWrittenSplit(r.Source))} posts)");
        var ml = new MLContext(seed: ModelTrainer.Seed);
        foreach (var category in categories)
        {
            var scored = new List<(double Probability, bool Gold, bool Cue)>();
            foreach (var fold in folds)
            {
                var training = rows.Where(r => r.Source != fold).ToList();
                var model = Fit(ml, training, category);
                var given = category.Given() is { } g ? Fit(ml, training, g) : null; // as screening multiplies them
                foreach (var row in rows.Where(r => r.Source == fold))
                {
                    var probability = model.Probability(row) * (given?.Probability(row) ?? 1);
                    scored.Add((probability, row.Labels.Contains(category.Label()), row.CueCategories.Contains(category)));
                }
            }

            log.WriteLine();
            log.WriteLine($"{category.Label()} ({scored.Count(s => s.Gold)} of {scored.Count} posts)");
            log.WriteLine("| threshold | P | R | F1 |");
            log.WriteLine("|---:|---:|---:|---:|");
            foreach (var threshold in Thresholds.Append(category.Threshold()).Distinct().Order())
            {
                int tp = 0, fp = 0, fn = 0;
                foreach (var (probability, gold, cue) in scored)
                {
                    var fires = probability >= threshold || (cue && probability >= 0.05);
                    tp += fires && gold ? 1 : 0;
                    fp += fires && !gold ? 1 : 0;
                    fn += !fires && gold ? 1 : 0;
                }

                var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
                var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
                var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                var shipped = threshold == category.Threshold() ? " (shipped)" : string.Empty;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {threshold:0.00}{shipped} | {precision:0.000} | {recall:0.000} | {f1:0.000} |"));
            }
        }

        return 0;
    }

    private static Linear Fit(MLContext ml, List<ModelTrainer.Example> rows, PostCategory category)
    {
        var (model, _) = ModelTrainer.Fit(ml, rows, category, useCues: true);
        return new Linear(model.Model.SubModel.Weights.ToArray(), model.Model.SubModel.Bias);
    }

    /// <summary>A trained logistic regression's weights, evaluated as screening evaluates them.</summary>
    private sealed record Linear(float[] Weights, float Bias)
    {
        public double Probability(ModelTrainer.Example row)
        {
            double score = Bias;
            foreach (var f in row.Combined)
            {
                score += Weights[f];
            }

            return LinearPostModel.Sigmoid(score);
        }
    }

    private static bool IsHandWrittenSplit(string source) => source.StartsWith("post_heldout", StringComparison.Ordinal);
}

using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using PostScreen.Analyzers;
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

    /// <summary>
    /// Runs the cross-validation. <paramref name="firstSplit"/> leaves out only the splits from
    /// <c>post_heldoutN.py</c> on (the others stay in training); <paramref name="trees"/> fits a
    /// category's model as boosted trees (ML.NET FastTree: trees, leaves) instead of the shipped
    /// logistic regression, to compare the two on the same folds.
    /// </summary>
    public static int Run(string corpusPath, IReadOnlyList<PostCategory> categories, TextWriter log, int firstSplit = 0, (int Trees, int Leaves)? trees = null)
    {
        var rows = ModelTrainer.Load(corpusPath, split => split == "train");
        var folds = rows.Select(r => r.Source).Where(s => IsHandWrittenSplit(s) && SplitNumber(s) >= firstSplit)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        log.WriteLine($"{rows.Count} training posts; {folds.Count} hand-written splits left out in turn ({rows.Count(r => folds.Contains(r.Source))} posts)"
                      + (trees is var (t, l) ? $"; boosted trees ({t} trees of {l} leaves)" : string.Empty));
        var ml = new MLContext(seed: ModelTrainer.Seed);
        foreach (var category in categories)
        {
            var scored = new List<(double Probability, bool Gold, bool Cue, ModelTrainer.Example Row)>();
            foreach (var fold in folds)
            {
                var training = rows.Where(r => r.Source != fold).ToList();
                var test = rows.Where(r => r.Source == fold).ToList();
                var model = trees is { } shape ? FitTrees(ml, training, test, category, shape) : Fit(ml, training, category);
                var given = category.Given() is { } g ? Fit(ml, training, g) : null; // as screening multiplies them
                foreach (var row in test)
                {
                    var probability = model(row) * (given?.Invoke(row) ?? 1);
                    scored.Add((probability, row.Labels.Contains(category.Label()), row.CueCategories.Contains(category), row));
                }
            }

            log.WriteLine();
            log.WriteLine($"{category.Label()} ({scored.Count(s => s.Gold)} of {scored.Count} posts)");
            log.WriteLine("| threshold | P | R | F1 |");
            log.WriteLine("|---:|---:|---:|---:|");
            foreach (var threshold in Thresholds.Append(category.Threshold()).Distinct().Order())
            {
                var shipped = threshold == category.Threshold() ? " (shipped)" : string.Empty;
                log.WriteLine(Row($"{threshold.ToString("0.00", CultureInfo.InvariantCulture)}{shipped}", scored, s => ModelFires(s.Probability, s.Cue, threshold)));
            }

            if (category == PostCategory.AdviceGiven)
            {
                // PS4001's health-word rule at the category's bar, as screening applies it: with no model
                // passing it, and with a model at each of several bars passing it.
                log.WriteLine();
                log.WriteLine("| with the health-word rule | P | R | F1 |");
                log.WriteLine("|---|---:|---:|---:|");
                foreach (var sure in new[] { 2.0, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5 })
                {
                    var name = sure > 1 ? "no model passes it (shipped)" : $"a model at {sure.ToString("0.00", CultureInfo.InvariantCulture)} or more passes it";
                    log.WriteLine(Row(name, scored, s => ModelFires(s.Probability, s.Cue, category.Threshold())
                        && !PostLevelAnalyzer.HealthRuleVetoes(s.Row.HealthWord, s.Row.UrgentCare, s.Probability, sure)));
                }
            }
        }

        return 0;
    }

    /// <summary>The screening decision's model part: the bar, or 0.05 when one of the category's cue phrases matched.</summary>
    private static bool ModelFires(double probability, bool cue, double threshold) => probability >= threshold || (cue && probability >= 0.05);

    /// <summary>One table row: precision, recall and F1 of <paramref name="fires"/> over the scored posts.</summary>
    private static string Row(string name, List<(double Probability, bool Gold, bool Cue, ModelTrainer.Example Row)> scored,
        Func<(double Probability, bool Gold, bool Cue, ModelTrainer.Example Row), bool> fires)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var s in scored)
        {
            var f = fires(s);
            tp += f && s.Gold ? 1 : 0;
            fp += f && !s.Gold ? 1 : 0;
            fn += !f && s.Gold ? 1 : 0;
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {precision:0.000} | {recall:0.000} | {f1:0.000} |");
    }

    /// <summary>A trained logistic regression's weights, evaluated as screening evaluates them.</summary>
    private static Func<ModelTrainer.Example, double> Fit(MLContext ml, List<ModelTrainer.Example> rows, PostCategory category)
    {
        var (model, _) = ModelTrainer.Fit(ml, rows, category, useCues: true);
        var weights = model.Model.SubModel.Weights.ToArray();
        var bias = model.Model.SubModel.Bias;
        return row =>
        {
            double score = bias;
            foreach (var f in row.Combined)
            {
                score += weights[f];
            }

            return LinearPostModel.Sigmoid(score);
        };
    }

    /// <summary>
    /// Boosted trees over the same rows and features (a conditioned category's over the rows of its
    /// condition), scored on <paramref name="test"/> by ML.NET itself: screening has no tree evaluator.
    /// </summary>
    private static Func<ModelTrainer.Example, double> FitTrees(
        MLContext ml, List<ModelTrainer.Example> rows, List<ModelTrainer.Example> test, PostCategory category, (int Trees, int Leaves) shape)
    {
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = shape.Trees, NumberOfLeaves = shape.Leaves, MinimumExampleCountPerLeaf = 5, LearningRate = 0.1, NumberOfThreads = 1,
        }).Fit(ModelTrainer.TrainingData(ml, rows, category, useCues: true));
        var scored = model.Transform(ml.Data.LoadFromEnumerable(test.Select(r => new ModelTrainer.Row { Features = ModelTrainer.Dense(r.Combined) })));
        var probabilities = ml.Data.CreateEnumerable<ModelTrainer.Prediction>(scored, reuseRowObject: false).ToList();
        var byRow = new Dictionary<ModelTrainer.Example, double>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < test.Count; i++)
        {
            byRow[test[i]] = probabilities[i].Probability;
        }

        return row => byRow[row];
    }

    private static bool IsHandWrittenSplit(string source) => source.StartsWith("post_heldout", StringComparison.Ordinal);

    // "post_heldout.py" is the first split; "post_heldout45.py" the forty-fifth.
    private static int SplitNumber(string source) =>
        int.TryParse(source.AsSpan("post_heldout".Length, source.Length - "post_heldout".Length - ".py".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
}

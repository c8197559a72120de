using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Training;

/// <summary>
/// Trains one ML.NET L-BFGS logistic regression per post-level category, single-threaded with a
/// fixed seed, on features from the library's own <see cref="PostFeaturizer"/>, and exports the
/// weights as JSON that the library embeds. Two variants: with cue-phrase features (shipped for
/// screening) and text-only (reported by eval as "model only").
/// </summary>
internal static class ModelTrainer
{
    internal const int Seed = 20261123;

    public static int Run(string corpusPath, string outputPath, TextWriter log)
    {
        var rows = Load(corpusPath);
        log.WriteLine($"training on {rows.Count} posts of the train split");
        var ml = new MLContext(seed: Seed);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteNumber("dimension", PostFeaturizer.Dimension);
            json.WriteString("trainedOn", Path.GetFileName(corpusPath) + " (split: train)");
            foreach (var (variant, useCues) in new[] { ("combined", true), ("text", false) })
            {
                json.WriteStartObject(variant);
                foreach (var category in PostCategories.All)
                {
                    var (model, data) = Fit(ml, rows, category, useCues);
                    var linear = model.Model.SubModel;
                    var weights = linear.Weights;
                    json.WriteStartObject(category.Label());
                    if (category.Given() is { } given)
                    {
                        json.WriteString("given", given.Label());
                    }

                    json.WritePropertyName("bias");
                    json.WriteRawValue(Format(linear.Bias));
                    json.WriteStartArray("weights");
                    for (var i = 0; i < weights.Count; i++)
                    {
                        if (weights[i] != 0)
                        {
                            json.WriteStartArray();
                            json.WriteNumberValue(i);
                            json.WriteRawValue(Format(weights[i]));
                            json.WriteEndArray();
                        }
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    Check(ml, model, data, linear.Weights, linear.Bias, category, variant, log);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        File.WriteAllBytes(outputPath, stream.ToArray());
        log.WriteLine($"wrote {outputPath}");
        return 0;
    }

    /// <summary>
    /// One category's logistic regression over the rows' features (with or without the cue-phrase
    /// features); a conditioned category's (<see cref="PostCategories.Given"/>) over the rows labelled
    /// with the category it is conditioned on.
    /// </summary>
    internal static (BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Model, IDataView Data) Fit(
        MLContext ml, IEnumerable<Example> rows, PostCategory category, bool useCues)
    {
        var data = TrainingData(ml, rows, category, useCues);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            L2Regularization = 1.0f,
            L1Regularization = 0.05f,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        return (trainer.Fit(data), data);
    }

    /// <summary>
    /// The rows a category's model learns from, labelled for it, as ML.NET data: a conditioned
    /// category's (<see cref="PostCategories.Given"/>) only the rows of its condition.
    /// </summary>
    internal static IDataView TrainingData(MLContext ml, IEnumerable<Example> rows, PostCategory category, bool useCues)
    {
        if (category.Given() is { } given)
        {
            rows = rows.Where(r => r.Labels.Contains(given.Label()));
        }

        return ml.Data.LoadFromEnumerable(rows.Select(r => new Row
        {
            Label = r.Labels.Contains(category.Label()),
            Features = Dense(useCues ? r.Combined : r.Text),
        }));
    }

    /// <summary>The exported weights must give ML.NET's own probabilities: the runtime evaluates exactly this model.</summary>
    private static void Check(MLContext ml, ITransformer model, IDataView data, IReadOnlyList<float> weights, float bias, PostCategory category, string variant, TextWriter log)
    {
        var predictions = ml.Data.CreateEnumerable<Prediction>(model.Transform(data), reuseRowObject: false).ToList();
        var features = ml.Data.CreateEnumerable<Row>(data, reuseRowObject: false).ToList();
        var worst = 0.0;
        var correct = 0;
        for (var i = 0; i < predictions.Count; i++)
        {
            double score = bias;
            for (var f = 0; f < features[i].Features.Length; f++)
            {
                score += features[i].Features[f] * weights[f];
            }

            var p = LinearPostModel.Sigmoid(score);
            worst = Math.Max(worst, Math.Abs(p - predictions[i].Probability));
            correct += (p >= 0.5) == features[i].Label ? 1 : 0;
        }

        if (worst > 1e-3)
        {
            throw new InvalidOperationException($"{variant}/{category}: exported weights disagree with ML.NET by {worst}");
        }

        log.WriteLine($"{variant,-8} {category.Label(),-15} train accuracy {(double)correct / predictions.Count:0.000}, max |p - ML.NET p| {worst:0.0e0}");
    }

    internal static float[] Dense(List<int> features)
    {
        var dense = new float[PostFeaturizer.Dimension];
        foreach (var f in features)
        {
            dense[f] = 1;
        }

        return dense;
    }

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static List<Example> Load(string path) => Load(path, split => split == "train");

    /// <summary>The corpus rows whose split <paramref name="include"/> accepts, featurized as screening featurizes them.</summary>
    internal static List<Example> Load(string path, Func<string?, bool> include)
    {
        var examples = new List<Example>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var split = root.TryGetProperty("split", out var s) ? s.GetString() : null;
            if (!include(split))
            {
                continue; // the held-out split is never seen by training
            }

            var labels = root.GetProperty("labels").EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.True).Select(p => p.Name).ToHashSet();
            using var analysis = new PostAnalysis(NormalizedText.Create(root.GetProperty("text").GetString() ?? string.Empty));
            var cues = new List<CueMatch>();
            CuePhrases.Match(analysis, cues);
            var combined = new List<int>();
            var text = new List<int>();
            PostFeaturizer.Featurize(analysis, cues, includeCues: true, combined);
            PostFeaturizer.Featurize(analysis, cues, includeCues: false, text);
            var source = root.TryGetProperty("source", out var src) ? src.GetString() ?? string.Empty : string.Empty;
            var (healthWord, urgentCare) = Analyzers.PostLevelAnalyzer.HealthSigns(analysis);
            examples.Add(new Example(labels, combined, text, source[(source.LastIndexOf('/') + 1)..], split, cues.Select(c => c.Phrase.Category).ToHashSet(),
                healthWord, urgentCare));
        }

        return examples;
    }

    /// <summary>
    /// A corpus row: its labels, its two feature sets, the file it came from, its split, the categories
    /// of its cue phrases, and whether a health word and a sign of urgent care stand outside its handles (PS4001's rule reads them).
    /// </summary>
    internal sealed record Example(
        HashSet<string> Labels, List<int> Combined, List<int> Text, string Source, string? Split, HashSet<PostCategory> CueCategories,
        bool HealthWord, bool UrgentCare);

    internal sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(PostFeaturizer.Dimension)]
        public float[] Features { get; set; } = [];
    }

    internal sealed class Prediction
    {
        public float Probability { get; set; }
    }
}

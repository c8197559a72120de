using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace PostScreen.Classifiers;

/// <summary>
/// The trained post-level models: one logistic regression per category, trained by ML.NET in
/// <c>PostScreen.Training</c> and shipped as the embedded <c>post-model.json</c>. Screening
/// evaluates the exported weights directly (no <c>PredictionEngine</c>), so it is thread-safe and
/// allocation-free. Two variants ship: <c>combined</c> (text and cue-phrase features, used when
/// screening) and <c>text</c> (text features only, reported by <c>eval</c> as "model only").
/// </summary>
internal sealed class LinearPostModel
{
    private readonly float[] _bias;

    private readonly float[] _interleaved; // [feature * categories + category]

    private LinearPostModel(float[][] weights, float[] bias, bool usesCues)
    {
        _bias = bias;
        UsesCues = usesCues;
        _interleaved = new float[PostFeaturizer.Dimension * bias.Length];
        for (var c = 0; c < bias.Length; c++)
        {
            for (var f = 0; f < PostFeaturizer.Dimension; f++)
            {
                _interleaved[f * bias.Length + c] = weights[c][f];
            }
        }
    }

    public static LinearPostModel Combined => Models.Value.Combined;

    public static LinearPostModel TextOnly => Models.Value.Text;

    public bool UsesCues { get; }

    private static readonly Lazy<(LinearPostModel Combined, LinearPostModel Text)> Models = new(Load);

    /// <summary>
    /// The probability of every category at once: one pass over the post's features, reading the
    /// categories' weights for a feature from one interleaved row.
    /// </summary>
    public void Probabilities(List<int> features, Span<double> probabilities)
    {
        var categories = _bias.Length;
        if (categories == 4 && Vector256.IsHardwareAccelerated)
        {
            // The four categories' weights of a feature are one 16-byte row: widen them to doubles and
            // add all four at once. Each lane does the scalar loop's very additions, in its order.
            var sums = Vector256.Create((double)_bias[0], _bias[1], _bias[2], _bias[3]);
            foreach (var f in CollectionsMarshal.AsSpan(features))
            {
                var (low, high) = Vector128.Widen(Vector128.Create(_interleaved.AsSpan(f * 4, 4)));
                sums += Vector256.Create(low, high);
            }

            for (var c = 0; c < 4; c++)
            {
                probabilities[c] = Sigmoid(sums[c]);
            }

            ApplyConditions(probabilities);
            return;
        }

        Span<double> scores = stackalloc double[categories];
        for (var c = 0; c < categories; c++)
        {
            scores[c] = _bias[c];
        }

        foreach (var f in features)
        {
            var row = _interleaved.AsSpan(f * categories, categories);
            for (var c = 0; c < categories; c++)
            {
                scores[c] += row[c];
            }
        }

        for (var c = 0; c < categories; c++)
        {
            probabilities[c] = Sigmoid(scores[c]);
        }

        ApplyConditions(probabilities);
    }

    /// <summary>The logistic function: a linear score as a probability (training and cross-validation check against it too).</summary>
    internal static double Sigmoid(double score) => 1 / (1 + Math.Exp(-score));

    /// <summary>A conditioned category's model gives P(category | given): times P(given) it is P(category).</summary>
    private static void ApplyConditions(Span<double> probabilities)
    {
        foreach (var (category, given) in Conditions)
        {
            probabilities[category] *= probabilities[given];
        }
    }

    // The conditioned categories and their conditions, read from PostCategories.Given once rather
    // than asked of every category for every post.
    private static readonly (int Category, int Given)[] Conditions =
        [.. PostCategories.All.Where(c => c.Given() is not null).Select(c => ((int)c, (int)c.Given()!.Value))];

    /// <summary>
    /// The three features that pushed the score up most, strongest first (ties: lower index first),
    /// into <paramref name="top"/> (three slots); unused slots have weight 0. One pass, no allocation.
    /// </summary>
    public void TopThree(PostCategory category, List<int> features, Span<(int Feature, float Weight)> top)
    {
        // The interleaved rows, which Probabilities has just read for these features: cache-hot,
        // unlike the category's own 64 KB row.
        var categories = _bias.Length;
        var c = (int)category;
        top[..3].Clear();
        var third = 0f; // the third slot's weight, kept in a register
        foreach (var f in CollectionsMarshal.AsSpan(features))
        {
            var weight = _interleaved[f * categories + c];
            if (weight < third || !Beats(f, weight, top[2]))
            {
                continue; // does not beat the third: most features stop here, after one comparison
            }

            for (var slot = 0; slot < 3; slot++)
            {
                if (Beats(f, weight, top[slot]))
                {
                    for (var move = 2; move > slot; move--)
                    {
                        top[move] = top[move - 1];
                    }

                    top[slot] = (f, weight);
                    third = top[2].Weight;
                    break;
                }
            }
        }

        // A heavier weight wins; among equal positive weights, the lower feature index.
        static bool Beats(int f, float weight, (int Feature, float Weight) other) =>
            weight > other.Weight || (weight == other.Weight && weight > 0 && f < other.Feature);
    }

    private static (LinearPostModel, LinearPostModel) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PostScreen.Resources.post-model.json")
            ?? throw new InvalidOperationException("The embedded post-level model is missing from the PostScreen assembly.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return (Read(root.GetProperty("combined"), usesCues: true), Read(root.GetProperty("text"), usesCues: false));
    }

    private static LinearPostModel Read(JsonElement variant, bool usesCues)
    {
        var weights = new float[PostCategories.All.Length][];
        var bias = new float[PostCategories.All.Length];
        foreach (var category in PostCategories.All)
        {
            var model = variant.GetProperty(category.Label());
            var given = model.TryGetProperty("given", out var g) ? g.GetString() : null;
            if (given != category.Given()?.Label())
            {
                // A model trained under other conditions would be multiplied wrongly: refuse it.
                throw new InvalidOperationException($"The embedded post-level model's {category.Label()} is conditioned on '{given}', the code expects '{category.Given()?.Label()}'.");
            }

            bias[(int)category] = model.GetProperty("bias").GetSingle();
            var w = new float[PostFeaturizer.Dimension];
            foreach (var pair in model.GetProperty("weights").EnumerateArray())
            {
                w[pair[0].GetInt32()] = pair[1].GetSingle();
            }

            weights[(int)category] = w;
        }

        return new LinearPostModel(weights, bias, usesCues);
    }
}

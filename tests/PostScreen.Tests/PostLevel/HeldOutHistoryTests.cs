using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PostScreen.Tests.PostLevel;

/// <summary>
/// README.md's held-out history against <c>docs/heldout-counts.tsv</c>, the per-split counts its
/// pooled rows add up (<c>tests/corpus/pool_heldout.py</c> prints them): every split's recorded F1
/// follows from its counts, its counts from the corpus's gold labels, and the pooled rows from the counts.
/// </summary>
public sealed class HeldOutHistoryTests
{
    private static readonly string[] Categories = ["anecdote", "disrespect", "advice_request", "advice_given", "quasi"];

    /// <summary>(split, category) → (gold, tp, fp, fn, recorded F1).</summary>
    private static Dictionary<(int Split, string Category), (int Gold, int Tp, int Fp, int Fn, double F1)> Counts()
    {
        var counts = new Dictionary<(int, string), (int, int, int, int, double)>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "heldout-counts.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            counts[(int.Parse(f[0], CultureInfo.InvariantCulture), f[1])] = (Int(f[2]), Int(f[3]), Int(f[4]), Int(f[5]), double.Parse(f[6], CultureInfo.InvariantCulture));
        }

        return counts;

        static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    }

    /// <summary>The split a file name's number names: <c>post_heldout.py</c> is the first, <c>post_heldout12.py</c> the twelfth.</summary>
    private static int SplitNumber(Group number) =>
        number.Value.Length == 0 ? 1 : int.Parse(number.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_splits_counts_give_its_recorded_f1_and_readme_records_the_same()
    {
        var counts = Counts();
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var rows = Regex.Matches(readme, @"^\| `post_heldout(\d*)\.py` .*?\| ([0-9.]+)[^|]*\| ([0-9.]+)[^|]*\| ([0-9.]+)[^|]*\| ([0-9.]+)[^|]*\| ([0-9.]+)[^|]*\|\s*$", RegexOptions.Multiline);
        var splits = counts.Keys.Select(k => k.Split).Distinct().Count();
        Assert.Equal(splits, rows.Count);
        foreach (Match row in rows)
        {
            var split = SplitNumber(row.Groups[1]);
            for (var c = 0; c < Categories.Length; c++)
            {
                var (gold, tp, fp, fn, f1) = counts[(split, Categories[c])];
                Assert.Equal(row.Groups[c + 2].Value, f1.ToString("0.000", CultureInfo.InvariantCulture));
                Assert.Equal(gold, tp + fn);
                Assert.Equal(f1, 2.0 * tp / (2 * tp + fp + fn), 3);
            }
        }
    }

    [Fact]
    public void Every_splits_gold_counts_are_the_corpus_labels()
    {
        var gold = new Dictionary<(int, string), int>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "corpus", "post-posts.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var source = Regex.Match(record.RootElement.GetProperty("source").GetString()!, @"post_heldout(\d*)\.py");
            if (!source.Success)
            {
                continue;
            }

            var split = SplitNumber(source.Groups[1]);
            foreach (var category in Categories)
            {
                gold[(split, category)] = gold.GetValueOrDefault((split, category)) + (record.RootElement.GetProperty("labels").GetProperty(category).GetBoolean() ? 1 : 0);
            }
        }

        foreach (var ((split, category), counts) in Counts())
        {
            Assert.True(gold.GetValueOrDefault((split, category)) == counts.Gold, $"split {split}, {category}: corpus {gold.GetValueOrDefault((split, category))}, counts {counts.Gold}");
        }
    }

    [Fact]
    public void Readmes_pooled_rows_add_up_the_counts()
    {
        var counts = Counts();
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var last = counts.Keys.Max(k => k.Split);
        foreach (var (first, withPrecision) in new[] { (8, false), (45, true), (last - 14, true) })
        {
            var cells = Categories.Select(category =>
            {
                var (tp, fp, fn) = (0, 0, 0);
                for (var split = first; split <= last; split++)
                {
                    var c = counts[(split, category)];
                    (tp, fp, fn) = (tp + c.Tp, fp + c.Fp, fn + c.Fn);
                }

                var (p, r) = ((double)tp / (tp + fp), (double)tp / (tp + fn));
                var f1 = F(2 * p * r / (p + r));
                return withPrecision && category == "disrespect" ? $"{f1} (P {F(p)}, R {F(r)})" : f1;
            });
            var expected = "| " + string.Join(" | ", cells) + " |";
            Assert.True(readme.Contains(expected, StringComparison.Ordinal), $"README has no pooled row for splits {first}-{last}: {expected}");
        }

        static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
    }
}

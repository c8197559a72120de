using System.Text;

namespace PostScreen.Benchmarks;

/// <summary>
/// Generates the benchmark posts deterministically (fixed seed): clinicians' and patients' posts
/// of about 280 and 5,000 characters, most with identifiers, and adversarial inputs.
/// </summary>
internal static class BenchmarkCorpus
{
    private static readonly string[] Sentences =
    [
        "My 94-year-old patient Mrs. Alvarez was admitted on March 3 with sepsis.",
        "Her daughter's cell is (617) 555-2368 if anyone on the team needs it.",
        "Great talk by Dr. Chen on sepsis bundles at grand rounds today.",
        "Reminder: flu shots are walk-in this week, call our clinic at (617) 555-0100.",
        "Patient MRN 4471902 keeps pulling the wrong chart in Epic.",
        "Standard metformin dosing starts at 500 mg twice daily; ask your own doctor.",
        "Spent the weekend hiking near Duluth and back on call tomorrow.",
        "Patient emailed from jt_brooks@outlook.com asking about her biopsy results.",
        "Flu cases in Cook County rose 20% this week according to the health department.",
        "Transferred our patient to St. Mary's Hospital after the fall at 1420 Maple Ave.",
        "Nurses work 24/7 and deserve better staffing ratios, BP goal under 130/80.",
        "@jenny_k84 your A1c of 9.4 means you need to increase the insulin.",
    ];

    // Sentences with no identifier at all, for the typical mix.
    private static readonly string[] Plain =
    [
        "Heart disease is still the leading cause of death, so know your numbers.",
        "Most adults need 150 minutes of exercise a week and some strength training.",
        "Wash your hands, get your flu shot and stay home when you are sick.",
        "Our team finished the sepsis quality project and mortality fell by a third.",
        "Residency interviews are exhausting but I love meeting the applicants.",
        "Antibiotics do not treat viral infections, so please do not ask for them for a cold.",
        "Night shift again this week, coffee is the only thing keeping me upright.",
        "Great discussion at journal club about the new heart failure guideline.",
    ];

    /// <summary>Posts where about one sentence in four carries an identifier (linked or not).</summary>
    public static string[] TypicalPosts(int count, int targetLength, int seed) =>
        Compose(count, targetLength, seed, random => (random.Next(4) == 0 ? Sentences : Plain) is var pool ? pool[random.Next(pool.Length)] : "");

    /// <summary>Posts where every sentence carries an identifier: the worst case for diagnostics.</summary>
    public static string[] Posts(int count, int targetLength, int seed) =>
        Compose(count, targetLength, seed, random => Sentences[random.Next(Sentences.Length)]);

    private static string[] Compose(int count, int targetLength, int seed, Func<Random, string> nextSentence)
    {
        var random = new Random(seed);
        var posts = new string[count];
        var builder = new StringBuilder(targetLength + 200);
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            while (builder.Length < targetLength - 60)
            {
                builder.Append(nextSentence(random)).Append(' ');
            }

            posts[i] = builder.ToString(0, Math.Min(builder.Length, targetLength)).TrimEnd();
        }

        return posts;
    }

    /// <summary>The mean UTF-8 length of the posts: what MB/s divides by the median.</summary>
    public static double MeanBytes(string[] posts) => posts.Average(post => (double)Encoding.UTF8.GetByteCount(post));

    public static string Adversarial(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length));
}

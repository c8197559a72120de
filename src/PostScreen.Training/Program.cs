using System.Globalization;
using PostScreen.Classifiers;
using PostScreen.Training;

// Rebuilds the shipped post-level model from the labelled corpus, bit for bit:
//   dotnet run --project src/PostScreen.Training -c Release -- tests/corpus/post-posts.jsonl src/PostScreen/Resources/post-model.json
// Only the "train" split is read; the held-out split is never seen.
// Cross-validates over the hand-written splits in training (each left out in turn), optionally only
// those from post_heldoutN.py on, and optionally with a category's model as boosted trees:
//   dotnet run --project src/PostScreen.Training -c Release -- --cross-validate tests/corpus/post-posts.jsonl [disrespect,anecdote,...] [--from N] [--trees T,L]
if (args.Length >= 2 && args[0] == "--cross-validate")
{
    var rest = args.Skip(2).ToList();
    var firstSplit = 0;
    (int Trees, int Leaves)? trees = null;
    if (rest.IndexOf("--from") is var from and >= 0)
    {
        if (from + 1 >= rest.Count || !int.TryParse(rest[from + 1], NumberStyles.None, CultureInfo.InvariantCulture, out firstSplit))
        {
            return Usage("--from takes a split number, e.g. --from 45");
        }

        rest.RemoveRange(from, 2);
    }

    if (rest.IndexOf("--trees") is var at and >= 0)
    {
        var shape = at + 1 < rest.Count ? rest[at + 1].Split(',') : [];
        if (shape.Length != 2 || !int.TryParse(shape[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || !int.TryParse(shape[1], NumberStyles.None, CultureInfo.InvariantCulture, out var leaves) || count < 1 || leaves < 2)
        {
            return Usage("--trees takes a number of trees and of leaves, e.g. --trees 200,16");
        }

        trees = (count, leaves);
        rest.RemoveRange(at, 2);
    }

    if (rest.Count > 1)
    {
        return Usage($"unexpected '{rest[1]}'");
    }

    var categories = rest.Count == 1
        ? rest[0].Split(',').Select(label => PostCategories.All.FirstOrDefault(c => c.Label() == label, (PostCategory)(-1))).ToList()
        : [.. PostCategories.All];
    if (categories.Contains((PostCategory)(-1)))
    {
        return Usage($"unknown category in '{rest[0]}'; known: {string.Join(", ", PostCategories.All.Select(c => c.Label()))}");
    }

    return CrossValidation.Run(args[1], categories, Console.Out, firstSplit, trees);
}

if (args.Length != 2)
{
    return Usage(null);
}

return ModelTrainer.Run(args[0], args[1], Console.Out);

static int Usage(string? error)
{
    if (error is not null)
    {
        Console.Error.WriteLine(error);
    }

    Console.Error.WriteLine("usage: PostScreen.Training CORPUS.jsonl OUTPUT.json");
    Console.Error.WriteLine("       PostScreen.Training --cross-validate CORPUS.jsonl [CATEGORY,...] [--from N] [--trees T,L]");
    return 2;
}

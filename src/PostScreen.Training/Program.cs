using PostScreen.Classifiers;
using PostScreen.Training;

// Rebuilds the shipped post-level model from the labelled corpus, bit for bit:
//   dotnet run --project src/PostScreen.Training -c Release -- tests/corpus/post-posts.jsonl src/PostScreen/Resources/post-model.json
// Only the "train" split is read; the held-out split is never seen.
// Cross-validates over the hand-written splits in training (each left out in turn):
//   dotnet run --project src/PostScreen.Training -c Release -- --cross-validate tests/corpus/post-posts.jsonl [disrespect,anecdote,...]
if (args.Length is 2 or 3 && args[0] == "--cross-validate")
{
    var categories = args.Length == 3
        ? args[2].Split(',').Select(label => PostCategories.All.FirstOrDefault(c => c.Label() == label, (PostCategory)(-1))).ToList()
        : [.. PostCategories.All];
    if (categories.Contains((PostCategory)(-1)))
    {
        Console.Error.WriteLine($"unknown category in '{args[2]}'; known: {string.Join(", ", PostCategories.All.Select(c => c.Label()))}");
        return 2;
    }

    return CrossValidation.Run(args[1], categories, Console.Out);
}

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PostScreen.Training CORPUS.jsonl OUTPUT.json");
    Console.Error.WriteLine("       PostScreen.Training --cross-validate CORPUS.jsonl [CATEGORY,...]");
    return 2;
}

return ModelTrainer.Run(args[0], args[1], Console.Out);

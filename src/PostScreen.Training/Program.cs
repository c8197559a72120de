using PostScreen.Training;

// Rebuilds the shipped post-level model from the labelled corpus, bit for bit:
//   dotnet run --project src/PostScreen.Training -c Release -- tests/corpus/post-posts.jsonl src/PostScreen/Resources/post-model.json
// Only the "train" split is read; the held-out split is never seen.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PostScreen.Training CORPUS.jsonl OUTPUT.json");
    return 2;
}

return ModelTrainer.Run(args[0], args[1], Console.Out);

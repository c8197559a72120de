using System.CommandLine;
using PostScreen.Cli.Evaluation;

namespace PostScreen.Cli.Commands;

/// <summary>
/// <c>postscreen eval CORPUS.jsonl...</c>: prints span precision, recall and F1 per entity and
/// post-level PHI precision and recall on labelled corpora. Accuracy is reported, never asserted.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(ConsoleIo io)
    {
        var corpora = new Argument<string[]>("corpora") { Description = "Labelled JSONL corpora (PostScreen's gold format).", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string?>("--split") { Description = "Only records of this split (train, dev, heldout)." };
        var errors = new Option<bool>("--errors") { Description = "List every false positive and false negative (values masked unless --show-values)." };
        var screenerOptions = new ScreenerOptions();
        var command = new Command("eval", "Measure accuracy on labelled corpora.") { corpora, split, errors };
        screenerOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var screener = screenerOptions.Build(parse);
            var wanted = parse.GetValue(split);
            foreach (var path in parse.GetValue(corpora)!)
            {
                if (!File.Exists(path))
                {
                    throw new CliUsageException($"corpus '{path}' does not exist");
                }

                var evaluator = new Evaluator();
                foreach (var record in Evaluator.Load(path))
                {
                    if (wanted is null || string.Equals(record.Split, wanted, StringComparison.OrdinalIgnoreCase))
                    {
                        evaluator.Add(record, screener.Screen(record.Text));
                    }
                }

                evaluator.Write(io.Stdout, $"## {Path.GetFileName(path)}{(wanted is null ? string.Empty : $" (split: {wanted})")}, {evaluator.Posts} posts");
                if (parse.GetValue(errors))
                {
                    io.Stdout.WriteLine();
                    foreach (var error in evaluator.Errors)
                    {
                        io.Stdout.WriteLine(error);
                    }
                }

                io.Stdout.WriteLine();
            }

            return CliApp.ExitClean;
        });
        return command;
    }
}

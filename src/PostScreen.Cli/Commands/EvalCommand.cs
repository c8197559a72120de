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
            // PHI spans are scored with the default setup (PS1100 spans a detail, not an identifier, and
            // is not a span PS1xxx entity); the post-level detectors are scored all turned on (PS2002 is off
            // by default), as shipped (combined), as rules only and as the text-only model, to show what each adds.
            var screener = screenerOptions.Build(parse);
            var combined = screenerOptions.CreateBuilder(parse).EnablePostLevelDetectors().Build();
            var rulesOnly = screenerOptions.CreateBuilder(parse).EnablePostLevelDetectors().WithPostLevelMode(Analyzers.PostLevelMode.RulesOnly).Build();
            var modelOnly = screenerOptions.CreateBuilder(parse).EnablePostLevelDetectors().WithPostLevelMode(Analyzers.PostLevelMode.ModelOnly).Build();
            var wanted = parse.GetValue(split);
            foreach (var path in parse.GetValue(corpora)!)
            {
                if (!File.Exists(path))
                {
                    throw new CliUsageException($"corpus '{path}' does not exist");
                }

                var evaluator = new Evaluator();
                var categories = new CategoryEvaluator("combined", "rules only", "model only");
                foreach (var record in Evaluator.Load(path))
                {
                    if (wanted is not null && !string.Equals(record.Split, wanted, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var result = screener.Screen(record.Text);
                    evaluator.Add(record, result);
                    if (CategoryEvaluator.HasCategoryLabels(record) && record.Labels!.Keys.Any(k => k is "disrespect" or "quasi"))
                    {
                        categories.Add(record, [combined.Screen(record.Text), rulesOnly.Screen(record.Text), modelOnly.Screen(record.Text)]);
                    }
                }

                var title = $"## {Path.GetFileName(path)}{(wanted is null ? string.Empty : $" (split: {wanted})")}";
                if (evaluator.HasSpanOrPhiData)
                {
                    evaluator.Write(io.Stdout, $"{title}, {evaluator.Posts} posts");
                    io.Stdout.WriteLine();
                }

                if (categories.Posts > 0)
                {
                    categories.Write(io.Stdout, $"{title}: post-level categories, {categories.Posts} posts");
                    io.Stdout.WriteLine();
                }

                if (parse.GetValue(errors))
                {
                    foreach (var error in evaluator.Errors.Concat(categories.Errors))
                    {
                        io.Stdout.WriteLine(error);
                    }

                    io.Stdout.WriteLine();
                }
            }

            return CliApp.ExitClean;
        });
        return command;
    }
}

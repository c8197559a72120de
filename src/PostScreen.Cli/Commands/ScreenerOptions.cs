using System.CommandLine;

namespace PostScreen.Cli.Commands;

/// <summary>Options shared by commands that build a screener.</summary>
internal sealed class ScreenerOptions
{
    public Option<bool> ShowValues { get; } = new("--show-values")
    {
        Description = "Show detected identifiers in full in messages (off by default: CI logs are public).",
    };

    public Option<int> MaxLength { get; } = new("--max-length")
    {
        Description = "Size limit per post in characters; longer posts are truncated with PS0004.",
        DefaultValueFactory = _ => PostScreenerBuilder.DefaultMaxLength,
    };

    public Option<int?> ReferenceYear { get; } = new("--reference-year")
    {
        Description = "Year that birth years are measured against (default: the current year).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ShowValues);
        command.Options.Add(MaxLength);
        command.Options.Add(ReferenceYear);
    }

    public PostScreener Build(ParseResult parse) => CreateBuilder(parse).Build();

    public PostScreenerBuilder CreateBuilder(ParseResult parse)
    {
        var maxLength = parse.GetValue(MaxLength);
        if (maxLength < 1)
        {
            throw new CliUsageException($"--max-length must be at least 1, got {maxLength}");
        }

        var builder = PostScreener.CreateBuilder().WithMaxLength(maxLength).ShowValues(parse.GetValue(ShowValues));
        if (parse.GetValue(ReferenceYear) is { } year)
        {
            builder.WithReferenceYear(year);
        }

        return builder;
    }
}

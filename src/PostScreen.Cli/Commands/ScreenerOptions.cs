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

    private Configuration.ConfigFile? _config;
    private bool _configLoaded;

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Configuration file with deny lists, allow lists and identifier patterns (default: postscreen.json in the current folder, if present).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
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
        if (!_configLoaded)
        {
            _config = Configuration.ConfigFile.Load(parse.GetValue(Config)); // read once, however many screeners are built
            _configLoaded = true;
        }

        _config?.ApplyTo(builder);
        if (parse.GetValue(ReferenceYear) is { } year)
        {
            builder.WithReferenceYear(year);
        }

        return builder;
    }
}

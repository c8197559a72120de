using System.Text;

namespace PostScreen.Cli.Tests;

/// <summary>samples/content-repo, run as its workflow runs it (default detectors): expected findings, lines and exit code.</summary>
[Collection("cwd")]
public sealed partial class SampleContentRepoTests
{
    private static (int Exit, string Stdout) RunInSample(params string[] args)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.Combine(RepoPaths.Root, "samples", "content-repo"));
        try
        {
            var output = new StringWriter();
            var exit = CliApp.Run(args, new MemoryStream(), output, new StringWriter());
            return (exit, output.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void Sample_repo_reports_the_expected_findings_and_fails()
    {
        var (exit, stdout) = RunInSample("check", ".", "--format", "github");
        Assert.Equal(1, exit);

        // A model score moves with every retraining (the bit-for-bit model test pins the model itself);
        // every other character of the output is pinned here.
        var lines = CliRunner.Lines(stdout).Select(l => ModelScore().Replace(l, "model score 0.##")).ToList();
        Assert.Equal(
        [
            "::notice file=newsletters/2026-11.md,line=3,col=37,endLine=3,endColumn=45,title=PS1500 Identifier not linked to a patient::Date M**** ** is not linked to a patient",
            "::warning file=newsletters/2026-11.md,line=5,col=1,endLine=5,endColumn=12,title=PS2001 Patient anecdote::The post narrates a specific patient encounter: cue \"our patient\"",
            "::error file=newsletters/2026-11.md,line=5,col=31,endLine=5,endColumn=36,title=PS1005 Date element linked to a patient::Date **/** is linked to a patient",
            "::warning file=posts/family-update.md,line=3,col=1,endLine=3,endColumn=12,title=PS2001 Patient anecdote::The post narrates a specific patient encounter: cue \"our patient\"",
            "::notice file=posts/flu-clinic.md,line=7,col=75,endLine=7,endColumn=89,title=PS1500 Identifier not linked to a patient::Phone number (617) ***-**00 is not linked to a patient",
            "::notice file=posts/grand-rounds.md,line=3,col=19,endLine=3,endColumn=23,title=PS1500 Identifier not linked to a patient::Name C*** is not linked to a patient",
            "::warning file=posts/night-shift.md,line=6,col=1,endLine=6,endColumn=23,title=PS2001 Patient anecdote::The post narrates a specific patient encounter: cue \"my <num> year old patient\"",
            "::error file=posts/night-shift.md,line=6,col=4,endLine=6,endColumn=6,title=PS1100 Quasi-identifiers combine to single out a patient::Details combine to identify a patient: an age, a specific date or time",
            "::warning file=posts/night-shift.md,line=6,col=4,endLine=6,endColumn=15,title=PS1006 Patient age over 89::Age **-year-old is linked to a patient",
            "::error file=posts/night-shift.md,line=6,col=29,endLine=6,endColumn=36,title=PS1001 Patient name::Name A****** is linked to a patient",
            "::warning file=posts/night-shift.md,line=6,col=53,endLine=6,endColumn=60,title=PS1005 Date element linked to a patient::Date M**** * is linked to a patient",
            "::error file=posts/night-shift.md,line=8,col=24,endLine=8,endColumn=38,title=PS1007 Patient telephone number::Phone number (617) ***-**68 is linked to a patient",
        ], lines);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"model score 0\.\d\d")]
    private static partial System.Text.RegularExpressions.Regex ModelScore();

    [Fact]
    public void Sample_repo_sarif_is_valid_shape_with_rules_regions_fingerprints_and_the_suppressed_result()
    {
        var (exit, stdout) = RunInSample("check", ".", "--format", "sarif");
        Assert.Equal(1, exit);
        using var sarif = System.Text.Json.JsonDocument.Parse(stdout);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "PS1007" && r.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/PS1007.md", StringComparison.Ordinal));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("PS1007", suppressed.GetProperty("ruleId").GetString());
        Assert.Equal("family-update.md", Path.GetFileName(suppressed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        var region = results.Single(r => r.GetProperty("ruleId").GetString() == "PS1001").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(6, region.GetProperty("startLine").GetInt32());
        Assert.Equal(29, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(7, region.GetProperty("charLength").GetInt32());
        Assert.All(results, r => Assert.Equal(32, r.GetProperty("partialFingerprints").GetProperty("postscreen/v1").GetString()!.Length));
        Assert.DoesNotContain("555-2368", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Alvarez", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_installs_the_tool_runs_sarif_and_uploads_it()
    {
        var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "content-repo", ".github", "workflows", "postscreen.yml"), Encoding.UTF8);
        Assert.Contains("dotnet tool install --global PostScreen.Cli", workflow, StringComparison.Ordinal);
        Assert.Contains("postscreen check . --format sarif > postscreen.sarif", workflow, StringComparison.Ordinal);
        Assert.Contains("github/codeql-action/upload-sarif", workflow, StringComparison.Ordinal);
    }
}

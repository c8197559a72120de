namespace PostScreen.Cli.Tests;

/// <summary>The configuration file gives CI users the builder's deny lists, allow lists and patterns.</summary>
[Collection("cwd")]
public sealed class ConfigFileTests
{
    [Fact]
    public void Postscreen_json_in_the_current_folder_applies_deny_allow_and_patterns()
    {
        using var cli = new CliRunner();
        cli.Write("postscreen.json", """
            {
              // our patients, our clinic
              "denyList": { "NAME": ["Jolene Whitfield"] },
              "allowList": ["(617) 555-2368"],
              "patterns": [ { "entity": "MRN", "pattern": "\\bH-\\d{6}\\b", "confidence": 0.95 } ],
              "enablePostLevelDetectors": false, // identifiers only: no PS2001 for "my patient's daughter"
            }
            """);
        cli.Write("post.md", "Jolene Whitfield went home. Ref H-123456. My patient's daughter's cell is (617) 555-2368.");
        var (exit, stdout, _) = cli.Run("check", "post.md", "--format", "github");
        Assert.Equal(1, exit);
        Assert.Equal(
        [
            "::error file=post.md,line=1,col=1,endLine=1,endColumn=17,title=PS1001 Patient name::Name J***** W******** is linked to a patient",
            "::error file=post.md,line=1,col=33,endLine=1,endColumn=41,title=PS1011 Medical record number::MRN *-****** is linked to a patient",
            "::notice file=post.md,line=1,col=75,endLine=1,endColumn=89,title=PS1500 Identifier not linked to a patient::Phone number (617) ***-**68 is not linked to a patient",
        ], CliRunner.Lines(stdout));
    }

    [Theory]
    [InlineData("{ \"denyList\": { \"PATIENT\": [\"x\"] } }", "unknown entity 'PATIENT' in the configuration file")]
    [InlineData("{ \"denylist\": {} }", "is not valid")]
    [InlineData("{ \"patterns\": [ { \"entity\": \"MRN\", \"pattern\": \"(a)\\\\1\" } ] }", "pattern for MRN is not valid")]
    public void Bad_configuration_is_a_usage_error(string json, string message)
    {
        using var cli = new CliRunner();
        cli.Write("ps.json", json);
        cli.Write("post.md", "Hello.");
        var (exit, _, stderr) = cli.Run("check", "post.md", "--config", "ps.json");
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}

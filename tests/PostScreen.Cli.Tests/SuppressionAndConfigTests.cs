namespace PostScreen.Cli.Tests;

/// <summary>Inline suppressions, PS0002, and .editorconfig severities by ID, category and glob.</summary>
[Collection("cwd")]
public sealed class SuppressionAndConfigTests
{
    [Fact]
    public void Disable_next_line_and_ranges_suppress_and_unused_ones_are_reported()
    {
        using var cli = new CliRunner().PhiOnly();
        cli.Write("post.md", """
            <!-- postscreen-disable-next-line PS1007 -- family consented -->
            My patient's daughter's cell is (617) 555-2368 after the surgery.

            <!-- postscreen-disable PS1001 -->
            My patient Mrs. Alvarez was admitted with sepsis.
            <!-- postscreen-enable PS1001 -->
            My patient Mrs. Okafor was admitted with sepsis.

            <!-- postscreen-disable-next-line PS2002 -->
            Nothing here.
            """);
        var (exit, stdout, _) = cli.Run("check", "post.md", "--format", "github");
        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(
        [
            "::error file=post.md,line=7,col=17,endLine=7,endColumn=23,title=PS1001 Patient name::Name O***** is linked to a patient",
            "::notice file=post.md,line=9,col=1,endLine=9,endColumn=45,title=PS0002 Suppression suppresses nothing::'postscreen-disable-next-line PS2002' suppresses nothing; remove it",
        ], lines);
    }

    [Fact]
    public void Suppressed_results_are_marked_in_sarif_with_their_justification()
    {
        using var cli = new CliRunner().PhiOnly();
        cli.Write("post.md", "<!-- postscreen-disable-next-line PS1007 -- family consented -->\nMy patient's daughter's cell is (617) 555-2368 after the surgery.\n");
        var (exit, stdout, _) = cli.Run("check", "post.md", "--format", "sarif");
        Assert.Equal(0, exit);
        using var sarif = System.Text.Json.JsonDocument.Parse(stdout);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("PS1007", result.GetProperty("ruleId").GetString());
        var suppression = result.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("family consented", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Editorconfig_sets_severity_by_id_and_category_per_glob_walking_up()
    {
        using var cli = new CliRunner().PhiOnly();
        cli.Write(".editorconfig", """
            root = true

            [*.md]
            dotnet_diagnostic.PS1005.severity = error

            [drafts/**]
            dotnet_analyzer_diagnostic.category-phi.severity = none
            """);
        cli.Write("posts/a.md", "My patient was admitted on March 3 with sepsis.");
        cli.Write("drafts/b.md", "My patient Mrs. Alvarez was admitted with sepsis.");
        cli.Write("drafts/deeper/.editorconfig", "[*.md]\ndotnet_diagnostic.PS1001.severity = warning\n");
        cli.Write("drafts/deeper/c.md", "My patient Mrs. Okafor was admitted with sepsis.");
        var (exit, stdout, _) = cli.Run("check", ".", "--format", "github");
        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(
        [
            "::warning file=drafts/deeper/c.md,line=1,col=17,endLine=1,endColumn=23,title=PS1001 Patient name::Name O***** is linked to a patient",
            "::error file=posts/a.md,line=1,col=28,endLine=1,endColumn=35,title=PS1005 Date element linked to a patient::Date M**** * is linked to a patient",
        ], lines);
    }
}

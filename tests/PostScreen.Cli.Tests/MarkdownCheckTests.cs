namespace PostScreen.Cli.Tests;

/// <summary>Markdown-aware checking: what is screened, what is skipped, and positions in the original file.</summary>
[Collection("cwd")]
public sealed class MarkdownCheckTests
{
    private const string Post = """
        ---
        title: Rounds with Mrs. Alvarez
        patient_phone: none
        ---
        # Night shift

        My 94-year-old patient was admitted with sepsis.

        ```
        Patient SSN 078-05-1123 in a code block
        ```

        Her daughter's cell is `(617) 555-2368` in inline code.
        """;

    [Fact]
    public void Screens_prose_and_front_matter_values_skips_code_and_reports_original_positions()
    {
        using var cli = new CliRunner().PhiOnly();
        cli.Write("post.md", Post);
        var (exit, stdout, _) = cli.Run("check", "post.md", "--format", "github");
        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(
        [
            "::error file=post.md,line=2,col=25,endLine=2,endColumn=32,title=PS1001 Patient name::Name A****** is linked to a patient",
            "::warning file=post.md,line=7,col=4,endLine=7,endColumn=15,title=PS1006 Patient age over 89::Age **-year-old is linked to a patient",
        ], lines);
    }

    [Fact]
    public void Include_code_screens_code_too()
    {
        using var cli = new CliRunner();
        cli.Write("post.md", Post);
        var (_, stdout, _) = cli.Run("check", "post.md", "--format", "github", "--include-code");
        Assert.Contains("line=10,col=13,endLine=10,endColumn=24,title=PS1010", stdout, StringComparison.Ordinal);
        Assert.Contains("line=13,col=25,endLine=13,endColumn=39,title=PS1007", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_files_are_screened_whole()
    {
        using var cli = new CliRunner();
        cli.Write("note.txt", "`Patient SSN 078-05-1123` at triage.");
        var (exit, stdout, _) = cli.Run("check", "note.txt", "--format", "github");
        Assert.Equal(1, exit);
        Assert.Contains("title=PS1010", stdout, StringComparison.Ordinal);
    }
}

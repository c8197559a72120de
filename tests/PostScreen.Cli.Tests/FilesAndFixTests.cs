using System.Text;

namespace PostScreen.Cli.Tests;

/// <summary>File selection (globs, excludes, .gitignore, --files-from) and postscreen fix.</summary>
[Collection("cwd")]
public sealed class FilesAndFixTests
{
    private const string Finding = "My patient Mrs. Alvarez was admitted with sepsis.";

    [Fact]
    public void Folders_honour_gitignore_and_skip_tool_folders_and_globs_and_excludes_select()
    {
        using var cli = new CliRunner();
        cli.Write(".gitignore", "private/\n*.draft.md\n");
        cli.Write("a.md", Finding);
        cli.Write("b.draft.md", Finding);
        cli.Write("private/c.md", Finding);
        cli.Write("node_modules/d.md", Finding);
        cli.Write("docs/e.markdown", Finding);
        cli.Write("docs/f.mdx", Finding);
        cli.Write("docs/g.json", Finding);

        Assert.Equal(["a.md", "docs/e.markdown"], Files(cli.Run("check", ".", "--format", "github").Stdout));
        Assert.Equal(["a.md", "docs/e.markdown", "docs/f.mdx"], Files(cli.Run("check", ".", "--ext", ".mdx", "--format", "github").Stdout));
        Assert.Equal(["docs/e.markdown"], Files(cli.Run("check", "docs/**/*.markdown", "--format", "github").Stdout));
        Assert.Equal(["a.md"], Files(cli.Run("check", ".", "--exclude", "docs/**", "--format", "github").Stdout));
    }

    [Fact]
    public void Files_from_reads_a_change_list_and_missing_paths_exit_2()
    {
        using var cli = new CliRunner();
        cli.Write("a.md", Finding);
        cli.Write("b.md", "Wash your hands.");
        Assert.Equal(0, cli.RunWithInput("b.md\n", "check", "--files-from", "-").Exit);
        Assert.Equal(1, cli.RunWithInput("a.md\nb.md\n", "check", "--files-from", "-").Exit);
        var (exit, _, stderr) = cli.Run("check", "gone.md");
        Assert.Equal(2, exit);
        Assert.Contains("'gone.md' does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_rewrites_atomically_keeping_bom_and_line_endings_and_check_then_finds_no_identifier()
    {
        using var cli = new CliRunner();
        var path = Path.Combine(cli.Root, "post.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("My 94-year-old patient Mrs. Alvarez was admitted on 04/17/2024.\r\nShe lives in Boston, MA 02139.\r\n")]);
        var (exit, _, stderr) = cli.Run("fix", "post.md");
        Assert.Equal(0, exit);
        Assert.Contains("applied 5 fix(es) in 1 file(s)", stderr, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("My 90 or older patient Mrs. [NAME] was admitted on 2024.\r\nShe lives in [LOCATION], MA 021.\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Empty(Directory.GetFiles(cli.Root, "*.tmp"));
        var (checkExit, stdout, _) = cli.Run("check", "post.md", "--fail-level", "warning", "--format", "github");
        Assert.DoesNotContain("PS10", stdout, StringComparison.Ordinal);
        // Masking the identifiers does not make the story any less a patient anecdote: PS2001 remains
        // (a Warning, so only this fail level fails), for a person to rewrite.
        Assert.Equal(1, checkExit);
        Assert.Contains("title=PS2001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_dry_run_prints_a_masked_diff_and_changes_nothing()
    {
        using var cli = new CliRunner();
        cli.Write("post.md", "# Title\n\nMy patient's daughter's cell is (617) 555-2368 after the surgery.\n");
        var (exit, stdout, _) = cli.Run("fix", "post.md", "--dry-run");
        Assert.Equal(0, exit);
        Assert.Equal(
            "--- a/post.md\n+++ b/post.md\n@@ -3,1 +3,1 @@\n-My patient's daughter's cell is (617) ***-**68 after the surgery.\n+My patient's daughter's cell is [PHONE] after the surgery.\n",
            stdout.Replace("\r\n", "\n"));
        Assert.Contains("(617) 555-2368", File.ReadAllText(Path.Combine(cli.Root, "post.md")), StringComparison.Ordinal);
    }

    private static string[] Files(string githubOutput) =>
        [.. CliRunner.Lines(githubOutput)
            .Select(l => l[(l.IndexOf("file=", StringComparison.Ordinal) + 5)..l.IndexOf(",line=", StringComparison.Ordinal)])
            .Distinct()];
}

using System.Text;
using PostScreen.Cli;

namespace PostScreen.Cli.Tests;

/// <summary>The batch JSONL contract of DESIGN.md, byte for byte, and the exit codes.</summary>
[Collection("cwd")]
public sealed class BatchContractTests
{
    private static (int Exit, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_one_line_per_input_in_order_with_exact_fields()
    {
        const string input = "{\"id\":\"a\",\"text\":\"Questions? Call our clinic at (617) 555-0100.\"}\n\n" +
                             "{\"id\":\"b\",\"text\":\"My patient's daughter's cell is (617) 555-2368 after the surgery.\",\"extra\":1}\n";
        var (exit, stdout, _) = Run(input, "check", "--input-format", "jsonl", "--format", "jsonl", "-");
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(2, lines.Length);
        Assert.Equal(
            "{\"id\":\"a\",\"verdict\":\"pass\",\"score\":0,\"diagnostics\":[{\"id\":\"PS1500\",\"category\":\"identifier\",\"severity\":\"info\",\"entity\":\"PHONE\",\"start\":30,\"length\":14,\"message\":\"Phone number (617) ***-**00 is not linked to a patient\",\"confidence\":0.99}]}",
            lines[0]);
        Assert.StartsWith("{\"id\":\"b\",\"verdict\":\"block\",", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"PS1007\",\"category\":\"phi\",\"severity\":\"error\",\"entity\":\"PHONE\",\"start\":32,\"length\":14", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("555-2368", stdout, StringComparison.Ordinal);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Malformed_lines_yield_error_records_and_exit_2_and_the_run_goes_on()
    {
        var input = "not json\n{\"id\":5,\"text\":\"x\"}\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Flu shots this week.\"}\n";
        var (exit, stdout, stderr) = Run(input, "check", "--input-format", "jsonl", "-");
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("{\"id\":null,\"line\":1,\"error\":{\"id\":\"PS0003\",\"message\":\"the line is not valid JSON", lines[0], StringComparison.Ordinal);
        Assert.Equal("{\"id\":null,\"line\":2,\"error\":{\"id\":\"PS0003\",\"message\":\"\\\"id\\\" must be a string, found a number\"}}", lines[1]);
        Assert.Equal("{\"id\":\"c\",\"line\":3,\"error\":{\"id\":\"PS0003\",\"message\":\"the object has no \\\"text\\\"\"}}", lines[2]);
        Assert.Equal("{\"id\":\"d\",\"verdict\":\"pass\",\"score\":0,\"diagnostics\":[]}", lines[3]);
        Assert.Equal(2, exit);
        Assert.Contains("3 malformed input line(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_line_is_reported_with_its_line_number()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"ok\"}\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        var output = new StringWriter();
        var exit = CliApp.Run(["check", "--input-format", "jsonl", "-"], new MemoryStream(bytes), output, new StringWriter());
        var lines = CliRunner.Lines(output.ToString());
        Assert.Equal("{\"id\":null,\"line\":2,\"error\":{\"id\":\"PS0003\",\"message\":\"the line is not valid UTF-8\"}}", lines[1]);
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Clean_batch_exits_0_and_missing_file_exits_2()
    {
        Assert.Equal(0, Run("{\"id\":\"a\",\"text\":\"Wash your hands.\"}\n", "check", "--input-format", "jsonl", "-").Exit);
        var (exit, _, stderr) = Run("", "check", "--input-format", "jsonl", "/no/such/file.jsonl");
        Assert.Equal(2, exit);
        Assert.Equal("postscreen: cannot read '/no/such/file.jsonl': no such file" + Environment.NewLine, stderr);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("", "check", "--fail-level", "loud", "x").Exit);
        Assert.Equal(2, Run("", "check", "--input-format", "jsonl", "--format", "text", "-").Exit);
    }

    [Fact]
    public void Text_format_reports_line_and_column_and_masks()
    {
        var dir = Directory.CreateTempSubdirectory();
        var file = Path.Combine(dir.FullName, "post.md");
        File.WriteAllText(file, "# Draft\n\nMy patient's daughter's cell is (617) 555-2368 after the surgery.\n");
        var (exit, stdout, _) = Run("", "check", file, "--fail-level", "warning");
        Assert.Equal(1, exit);
        Assert.Contains("post.md:3:33: error PS1007: Phone number (617) ***-**68 is linked to a patient", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("555-2368", stdout, StringComparison.Ordinal);
        // The post-level detectors are on by default: the story is also a patient anecdote (PS2001).
        Assert.Contains("1 error(s), 1 warning(s) in 1 of 1 file(s) [PS1007 x1, PS2001 x1]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Post_level_findings_on_by_default_follow_the_contract()
    {
        // DESIGN.md: entity is present for phi diagnostics (PS1100's is QUASI_IDENTIFIERS), absent for
        // anecdote ones; diagnostics are ordered by start, then length, then ID.
        const string input = "{\"id\":\"q\",\"text\":\"Had a 101-year-old in clinic on Tuesday, the only blacksmith in Ashby.\"}\n";
        var (exit, stdout, _) = Run(input, "check", "--input-format", "jsonl", "--format", "jsonl", "-");
        Assert.Equal(0, exit); // warnings only
        var line = Assert.Single(CliRunner.Lines(stdout));
        Assert.StartsWith("{\"id\":\"q\",\"verdict\":\"review\",\"score\":", line, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"PS2001\",\"category\":\"anecdote\",\"severity\":\"warning\",\"start\":0,\"length\":70,", line, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"PS1100\",\"category\":\"phi\",\"severity\":\"warning\",\"entity\":\"QUASI_IDENTIFIERS\",\"start\":6,\"length\":3,", line, StringComparison.Ordinal);
        Assert.True(line.IndexOf("\"PS2001\"", StringComparison.Ordinal) < line.IndexOf("\"PS1100\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_and_non_utf8_files_are_skipped_with_ps0001()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllBytes(Path.Combine(dir.FullName, "a.txt"), [0x00, 0x01, 0x02]);
        File.WriteAllBytes(Path.Combine(dir.FullName, "b.txt"), [0x66, 0xFF, 0x66]);
        var (exit, stdout, _) = Run("", "check", dir.FullName);
        Assert.Equal(0, exit);
        Assert.Contains("a.txt: warning PS0001: skipped: binary file (contains NUL bytes)", stdout, StringComparison.Ordinal);
        Assert.Contains("b.txt: warning PS0001: skipped: not valid UTF-8", stdout, StringComparison.Ordinal);
    }
}

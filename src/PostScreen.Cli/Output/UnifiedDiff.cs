namespace PostScreen.Cli.Output;

/// <summary>
/// A unified diff of a fix. Fixes replace text within lines and never add or remove line breaks,
/// so the diff pairs old and new lines one to one, with one hunk per run of changed lines.
/// </summary>
internal static class UnifiedDiff
{
    public static void Write(TextWriter output, string path, string before, string after)
    {
        var oldLines = before.Split('\n');
        var newLines = after.Split('\n');
        output.WriteLine($"--- a/{path}");
        output.WriteLine($"+++ b/{path}");
        var i = 0;
        while (i < oldLines.Length && i < newLines.Length)
        {
            if (oldLines[i] == newLines[i])
            {
                i++;
                continue;
            }

            var start = i;
            while (i < oldLines.Length && i < newLines.Length && oldLines[i] != newLines[i])
            {
                i++;
            }

            output.WriteLine($"@@ -{start + 1},{i - start} +{start + 1},{i - start} @@");
            for (var k = start; k < i; k++)
            {
                output.WriteLine("-" + oldLines[k].TrimEnd('\r'));
            }

            for (var k = start; k < i; k++)
            {
                output.WriteLine("+" + newLines[k].TrimEnd('\r'));
            }
        }
    }
}

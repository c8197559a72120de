namespace PostScreen.Cli.Output;

/// <summary>Maps an offset to a 1-based line and column, counted in UTF-16 code units.</summary>
internal sealed class TextPosition
{
    private readonly int[] _lineStarts;

    public TextPosition(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public (int Line, int Column) Of(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public int LineStart(int line) => _lineStarts[line - 1];
}

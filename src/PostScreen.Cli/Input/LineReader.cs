namespace PostScreen.Cli.Input;

/// <summary>
/// Splits a byte stream into physical lines ('\n', with a trailing '\r' removed) without decoding
/// them, so that each line's UTF-8 validity is judged on its own and one bad line loses nothing else.
/// </summary>
internal static class LineReader
{
    public static IEnumerable<(int LineNumber, byte[] Bytes)> ReadLines(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var pending = new MemoryStream();
        var lineNumber = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                pending.Write(buffer, start, i - start);
                yield return (++lineNumber, TakeLine(pending));
                start = i + 1;
            }

            pending.Write(buffer, start, read - start);
        }

        if (pending.Length > 0)
        {
            yield return (++lineNumber, TakeLine(pending));
        }
    }

    private static byte[] TakeLine(MemoryStream pending)
    {
        var bytes = pending.ToArray();
        pending.SetLength(0);
        var length = bytes.Length;
        if (length > 0 && bytes[length - 1] == (byte)'\r')
        {
            length--;
        }

        // A UTF-8 byte order mark (normally only on the first line) is not part of the JSON.
        var offset = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return offset == 0 && length == bytes.Length ? bytes : bytes[offset..length];
    }
}

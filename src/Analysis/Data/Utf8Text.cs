using System.Buffers;
using System.Globalization;
using System.Text;

namespace Analysis.Data;

/// <summary>
/// Strict UTF-8 decoding for data files: valid text is returned as is; invalid bytes are reported
/// one issue per run of bad bytes, with the line, the byte offset in the file and in the line, and
/// the bytes themselves, so the place can be found in any hex or text editor.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 adds one issue per bad run to <paramref name="issues"/> and returns null.</summary>
    public static string? Decode(string file, byte[] bytes, List<DataIssue> issues)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            issues.AddRange(InvalidRuns(file, bytes));
            return null;
        }
    }

    private static IEnumerable<DataIssue> InvalidRuns(string file, byte[] bytes)
    {
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }

                i += consumed;
                continue;
            }

            // Gather consecutive invalid sequences into one run.
            var start = i;
            while (i < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out consumed) != OperationStatus.Done)
            {
                i += Math.Max(consumed, 1);
            }

            var run = bytes.AsSpan(start, i - start);
            var shown = string.Join(" ", run[..Math.Min(run.Length, 8)].ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)))
                + (run.Length > 8 ? " ..." : "");
            yield return new DataIssue(file, line, null, shown, string.Create(CultureInfo.InvariantCulture,
                $"not valid UTF-8: {run.Length} byte(s) at byte offset {start} of the file (byte {start - lineStart + 1} of line {line}); save the file as UTF-8"));
        }
    }
}

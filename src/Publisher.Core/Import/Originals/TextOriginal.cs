using System.Text;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Originals;

/// <summary>A raw text seed (<c>.txt</c>): its bytes decoded; line <c>n</c> of the result is line <c>n</c> of the file.</summary>
public static class TextOriginal
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// UTF-8 (BOM and CRLF dropped), or UTF-16 when the seed starts with a UTF-16 byte order mark; bytes that are not
    /// UTF-8 are read as Latin-1 with a warning, and a broken UTF-16 unit becomes U+FFFD with a warning, so no text is lost
    /// without a word.
    /// </summary>
    public static string Decode(byte[] bytes, string seedPath, List<Diagnostic> diagnostics)
    {
        if (Utf16ByBom(bytes) is { } utf16)
        {
            var units = bytes.AsSpan(2);
            try
            {
                return TextFile.Normalize(utf16.Strict.GetString(units));
            }
            catch (DecoderFallbackException)
            {
                var text = TextFile.Normalize(utf16.Lenient.GetString(units));
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSeedUnreadable,
                    $"seed is UTF-16 with broken characters (a lone surrogate or a cut last byte); each was replaced by '\uFFFD'",
                    new SourceLocation(seedPath, LineOf(text, text.IndexOf('\uFFFD')))));
                return text;
            }
        }
        try
        {
            return TextFile.Normalize(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSeedUnreadable,
                "seed is not valid UTF-8; read as Latin-1 (check accented letters)", new SourceLocation(seedPath, line)));
            return TextFile.Normalize(Encoding.Latin1.GetString(bytes));
        }
    }

    private static (Encoding Strict, Encoding Lenient)? Utf16ByBom(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] && !(bytes is [_, _, 0, 0, ..]) ? (new UnicodeEncoding(false, false, true), new UnicodeEncoding(false, false, false))
        : bytes is [0xFE, 0xFF, ..] ? (new UnicodeEncoding(true, false, true), new UnicodeEncoding(true, false, false))
        : null;

    private static int LineOf(string text, int index) => index < 0 ? 1 : 1 + text.AsSpan(0, index).Count('\n');
}

using System.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Reverses UTF-8 text that was decoded as Windows-1252 (or Latin-1): "â€™" → "’", "Ã©" → "é".
/// A run is only replaced when its characters map back to bytes that form exactly one valid
/// multi-byte UTF-8 sequence, so correct text (which practically never contains such runs) is left alone.
/// </summary>
internal static class Mojibake
{
    // Windows-1252 bytes 0x80–0x9F; the five undefined bytes decode to the C1 control of the same value.
    private const string Cp1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The byte a character came from when UTF-8 was misread as Windows-1252, or -1.</summary>
    public static int ByteOf(char c)
    {
        if (c < 0x80) return c;
        if (c >= 0xA0 && c <= 0xFF) return c;
        if (c >= 0x80 && c <= 0x9F) return c; // Latin-1 reading of the C1 range
        var index = Cp1252High.IndexOf(c);
        return index >= 0 ? 0x80 + index : -1;
    }

    /// <summary>Repairs every mojibake run; each repair is reported as (broken, fixed, index in the input).</summary>
    public static string Repair(string text, List<(string Broken, string Fixed, int Index)> repairs)
    {
        StringBuilder? sb = null;
        var i = 0;
        while (i < text.Length)
        {
            if (TryDecodeAt(text, i, out var length, out var decoded))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append(decoded);
                repairs.Add((text.Substring(i, length), decoded, i));
                i += length;
                continue;
            }
            sb?.Append(text[i]);
            i++;
        }
        return sb?.ToString() ?? text;
    }

    private static bool TryDecodeAt(string text, int start, out int length, out string decoded)
    {
        length = 0;
        decoded = "";
        var lead = ByteOf(text[start]);
        int need = lead switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            >= 0xF0 and <= 0xF4 => 3,
            _ => 0,
        };
        if (need == 0) return false;

        var bytes = new byte[need + 1];
        bytes[0] = (byte)lead;
        var have = 0;
        while (have < need && start + 1 + have < text.Length)
        {
            var b = ByteOf(text[start + 1 + have]);
            if (b < 0x80 || b > 0xBF) break;
            bytes[1 + have] = (byte)b;
            have++;
        }

        if (have == need)
        {
            try
            {
                decoded = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
            // A decoded ASCII or C1 character would mean the run was not mojibake after all.
            if (decoded.Length == 0 || decoded[0] < 0xA0) return false;
            length = need + 1;
            return true;
        }

        // "â€" whose third byte (0x9D, undefined in Windows-1252) was dropped by the decoder: that is "”".
        if (need == 2 && have == 1 && bytes[0] == 0xE2 && bytes[1] == 0x80)
        {
            decoded = "\u201D";
            length = 2;
            return true;
        }
        return false;
    }
}

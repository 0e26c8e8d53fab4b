using System.Globalization;
using System.Text;

namespace Publisher.Tests.Import.Fixups;

/// <summary>
/// Golden files are read with CRLF folded to LF and cannot show invisible characters, so cases about
/// them write <c>\r</c>, <c>\t</c>, <c>\f</c> and <c>\uXXXX</c> escapes, which the test decodes (input) and encodes (output).
/// </summary>
public static class Escapes
{
    public static string Decode(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                switch (text[i + 1])
                {
                    case 'r': sb.Append('\r'); i++; continue;
                    case 't': sb.Append('\t'); i++; continue;
                    case 'f': sb.Append('\f'); i++; continue;
                    case 'u' when i + 5 < text.Length:
                        sb.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 5;
                        continue;
                }
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n') sb.Append('\n');
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\f') sb.Append("\\f");
            else if (char.IsControl(c) || c is '\u00A0' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u202F' or '\u2007')
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}

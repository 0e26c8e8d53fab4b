using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A note marker found glued to the text: where it is in the text and which note it points to.</summary>
internal sealed record GluedMarker(int Index, int Length, int Number);

/// <summary>
/// Note numbers printed without brackets, glued to a word or a sentence end ("attacks.2", "attacks2", "said,3", "¹²").
/// Digits after words are also years, quantities and model numbers, so markers are looked for only when a reference
/// list exists, and only in order: marker 1 first, then 2 after it, and so on, each taken once. A digit preceded by
/// another digit, a capital letter (model numbers: "F16", "G7") or inside an address is never a marker.
/// </summary>
internal static partial class GluedMarkers
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// The number of a note marker glued after a sentence's end at the end of a line ("…that guided it.1",
    /// "…he said.”12", "…the attack.²"), or null. A digit after a digit ("version 2.1"), a capital or anything in an
    /// address is never taken; the caller decides whether a reference list with that number exists.
    /// </summary>
    public static int? AtSentenceEnd(string line)
    {
        var m = SentenceEndMarker().Match(line.TrimEnd());
        if (!m.Success) return null;
        var group = m.Groups["digits"].Success ? m.Groups["digits"] : m.Groups["sup"];
        var digits = new string(group.Value.Select(c => char.IsAsciiDigit(c) ? c : (char)('0' + Superscripts.IndexOf(c))).ToArray());
        if (digits[0] == '0' || InAddress(line.TrimEnd(), group.Index)) return null;
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether the line ends a sentence at a glued marker whose note is in <paramref name="noteNumbers"/>: such a
    /// line is a finished paragraph, not one stopped mid-sentence (see <see cref="NoteNumbers"/>).
    /// </summary>
    public static bool EndsSentence(string line, IReadOnlySet<int> noteNumbers) =>
        noteNumbers.Count > 0 && AtSentenceEnd(line) is { } n && noteNumbers.Contains(n);

    /// <summary>
    /// The numbers of the note entries among the lines ("1. …", "[2] …", "3) …", and under a notes heading also
    /// "4 Interviews …"), when they form a list that starts at 1; otherwise empty.
    /// </summary>
    public static IReadOnlySet<int> NoteNumbers(IEnumerable<string> lines)
    {
        var numbers = new HashSet<int>();
        var underNotesHeading = false;
        foreach (var line in lines)
        {
            var text = line.TrimStart();
            if (EndnoteShapes.IsNotesHeading(text.TrimEnd())) { underNotesHeading = true; continue; }
            if (text.Length > 0 && (char.IsDigit(text[0]) || text.StartsWith('[')) && EndnoteShapes.Entry(line) is { } entry && !entry.Label.Roman)
                numbers.Add(entry.Label.Number);
            // A bare number and a capital opens a note only in a notes list: elsewhere it is a count ("12 Boats …").
            else if (underNotesHeading && !text.StartsWith('0') && EndnoteShapes.BareNumberEntry(text) is { } bare)
                numbers.Add(bare);
        }
        return numbers.Contains(1) ? numbers : new HashSet<int>();
    }

    // A lower-case letter (or a closing quote or bracket after one) or a year, a sentence end, an optional closing quote
    // or bracket, then the marker.
    [GeneratedRegex(@"(?<=(?:\p{Ll}[""”’')\]]?|(?<!\d)(?:1[6-9]|20)\d\d)[.!?][""”’')\]]?)(?:(?<digits>\d{1,3})|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))$")]
    private static partial Regex SentenceEndMarker();

    public static IReadOnlyList<GluedMarker> Find(string text, int count)
    {
        var found = new List<GluedMarker>();
        var position = 0;
        for (var number = 1; number <= count; number++)
        {
            var marker = Next(text, position, number);
            if (marker is null) continue;
            found.Add(marker);
            position = marker.Index + marker.Length;
        }
        return found;
    }

    /// <summary>
    /// Note numbers in brackets after a space at a clause's end ("… tripled in two years (2).", "… the uplands (3),"), in
    /// order from 1 like glued markers, each taken with the space before it. Inside a clause the same shape numbers a
    /// point ("(2) the second step"); fewer than two found (of a longer list) is no evidence.
    /// </summary>
    public static IReadOnlyList<GluedMarker> FindSpacedParenthesised(string text, int count)
    {
        var found = new List<GluedMarker>();
        var position = 0;
        foreach (Match m in SpacedParenthesised().Matches(text))
        {
            if (m.Index < position || int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) != found.Count + 1) continue;
            found.Add(new GluedMarker(m.Index, m.Length, found.Count + 1));
            position = m.Index + m.Length;
            if (found.Count == count) break;
        }
        return found.Count >= Math.Min(2, count) ? found : [];
    }

    [GeneratedRegex(@"[ \t]\((?<number>[1-9]\d{0,2})\)(?=[.,;:!?]|[ \t]*$)", RegexOptions.Multiline)]
    private static partial Regex SpacedParenthesised();

    private static GluedMarker? Next(string text, int from, int number)
    {
        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var superscript = new string(digits.Select(d => Superscripts[d - '0']).ToArray());
        for (var i = from; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, superscript, 0, superscript.Length) == 0
                && (i == 0 || !Superscripts.Contains(text[i - 1])) && (i + superscript.Length >= text.Length || !Superscripts.Contains(text[i + superscript.Length])))
                return new GluedMarker(i, superscript.Length, number);
            if (string.CompareOrdinal(text, i, digits, 0, digits.Length) == 0 && IsGlued(text, i, digits.Length))
                return new GluedMarker(i, digits.Length, number);
        }
        return null;
    }

    private static bool IsGlued(string text, int i, int length)
    {
        if (i == 0) return false;
        var after = i + length < text.Length ? text[i + length] : ' ';
        if (!(char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or ')' or '”' or '"' or '’' or '[')) return false;
        // "page3.html", "2.5": a full stop after the digits must end a sentence.
        if (after is '.' or ',' or ':' && i + length + 1 < text.Length && !char.IsWhiteSpace(text[i + length + 1])) return false;
        var before = text[i - 1];
        if (char.IsLower(before)) return !InAddress(text, i);
        if (before is not ('.' or ',' or ';' or ':' or '!' or '?' or '”' or '"' or '’' or ')')) return false;
        // "3.2", "5,000": a digit before the punctuation makes it a number, not a marker, unless the number is a year that
        // ends a sentence ("since January 2032.1 27 attacks…").
        if (i >= 2 && char.IsDigit(text[i - 2])) return before is '.' && YearBefore(text, i - 1) && !LowerCaseAfter(text, i + length) && !InAddress(text, i);
        return i >= 2 && !char.IsWhiteSpace(text[i - 2]) && !InAddress(text, i);
    }

    /// <summary>Whether a year (1600–2099, no digit before it) stands right before <paramref name="end"/>.</summary>
    private static bool YearBefore(string text, int end) =>
        end >= 4 && YearShape().IsMatch(text[(end - 4)..end]) && (end == 4 || !char.IsDigit(text[end - 5]));

    /// <summary>Whether the next word after <paramref name="from"/> starts in lower case ("in 1999.5 tonnes": a quantity).</summary>
    private static bool LowerCaseAfter(string text, int from)
    {
        while (from < text.Length && text[from] is ' ' or '\t') from++;
        return from < text.Length && char.IsLower(text[from]);
    }

    [GeneratedRegex(@"^(?:1[6-9]|20)\d\d$")]
    private static partial Regex YearShape();

    private static bool InAddress(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var token = text[start..i];
        return token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.Ordinal) || token.Contains('/') || token.Contains("](", StringComparison.Ordinal) || token.Contains('@');
    }
}

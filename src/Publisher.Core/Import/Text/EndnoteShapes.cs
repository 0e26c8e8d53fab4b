using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>The label of one note entry as printed: its number (roman numerals converted), and the label text.</summary>
internal sealed record NoteLabel(int Number, string Label, bool Roman);

/// <summary>
/// Shapes of endnote lists: headings ("Notes", "Endnotes", "References", "Sources", …), entries in the forms word
/// processors and sites print them — "[1] …", "[i] …", "[[i]](#_ednref1) …", "1. …", "1) …", "(1) …" — and whether an
/// entry reads like a reference (an address, "accessed …", "Retrieved …").
/// </summary>
internal static partial class EndnoteShapes
{
    /// <summary>Note markers printed side by side after a word or sentence end ("[1]", "[2][5]", "[^3]", "[iv]"), as one regex group.</summary>
    public const string MarkerRun = @"(?:\[\^?\w{1,7}\])+";

    public static bool IsNotesHeading(string line) => BilingualLabel.Any(line.Trim(), l => NotesHeading().IsMatch(l));

    /// <summary>The entry's label and where its text starts, or null when the line does not start a note entry.</summary>
    public static (NoteLabel Label, int TextStart)? Entry(string line)
    {
        var t = line.TrimStart();
        var indent = line.Length - t.Length;
        if (indent > 3) return null;
        var m = WordProcessorEntry().Match(t);
        if (!m.Success) m = BracketEntry().Match(t);
        if (!m.Success) m = NumberedEntry().Match(t);
        if (!m.Success) m = ParenthesisedEntry().Match(t);
        if (!m.Success) return null;
        var label = m.Groups["label"].Value;
        var number = Number(label);
        return number is { } n ? (new NoteLabel(n, label, !char.IsDigit(label[0])), indent + m.Length) : null;
    }

    /// <summary>
    /// The number of a note entry printed with a bare number and a space before its text ("4 Interviews …", "12 “Villagers
    /// …”"), or null. Outside a notes list the same shape is a count ("12 Boats seized"): callers ask only where notes are.
    /// </summary>
    public static int? BareNumberEntry(string line) =>
        BareNumbered().Match(line.TrimStart()) is { Success: true } m ? int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<number>\d{1,3})\s+(?=[\p{Lu}“""‘'])")]
    private static partial Regex BareNumbered();

    /// <summary>The number of an entry in brackets ("[3] …", "[iv] …"), as notes lists print them, or null.</summary>
    public static int? BracketNumber(string line) =>
        BracketLabel().Match(line.TrimStart()) is { Success: true } m ? Number(m.Groups["label"].Value) : null;

    /// <summary>The number of an entry "1. …", "1) …" or "(1) …", as a notes list under its heading prints them, or null.</summary>
    public static int? DottedOrParenthesisedNumber(string line)
    {
        var t = line.TrimStart();
        var m = NumberedEntry().Match(t);
        if (!m.Success) m = ParenthesisedEntry().Match(t);
        return m.Success ? int.Parse(m.Groups["label"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Where the text of an entry a reference work prints with its back-link caret instead of a number starts ("^ Lee, Ann
    /// (2029). …", "^ a b Lee …": the letters link each place the note is cited), or null. Such entries are numbered by
    /// their order under the notes heading.
    /// </summary>
    public static int? CaretEntryTextStart(string line) =>
        CaretEntry().Match(line) is { Success: true } m ? m.Length : null;

    [GeneratedRegex(@"^\s{0,3}\^\s*(?:[a-z]\s+(?=[a-z]\s|[^\sa-z]))*(?=\S)")]
    private static partial Regex CaretEntry();

    /// <summary>An entry in the numbered-list shape ("1. …", "1) …"), which is also how articles print ordinary lists.</summary>
    public static bool IsPlainListEntry(string line) => NumberedEntry().IsMatch(line.TrimStart());

    /// <summary>An entry numbered in brackets ("(1) …"), which articles also use for the points of a list.</summary>
    public static bool IsParenthesisedEntry(string line) => ParenthesisedEntry().IsMatch(line.TrimStart());

    /// <summary>An anchor of a word processor's endnote or footnote list ("(#_ednref1)", "#_ftnref2").</summary>
    public static bool HasWordProcessorAnchor(string line) => WordProcessorEntry().IsMatch(line.TrimStart());

    /// <summary>Reads like a bibliographic reference: a web address, "accessed"/"retrieved" with a date.</summary>
    public static bool LooksLikeReference(string text) => Reference().IsMatch(text);

    /// <summary>"12" → 12; "iv" → 4 (lower-case roman numerals up to 3999, as word processors print them); otherwise null.</summary>
    public static int? Number(string label)
    {
        if (label.Length == 0) return null;
        if (label.All(char.IsDigit)) return label.Length <= 3 ? int.Parse(label, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (!RomanNumeral().IsMatch(label)) return null;
        var value = 0;
        for (var i = 0; i < label.Length; i++)
        {
            var v = Roman(label[i]);
            value += i + 1 < label.Length && Roman(label[i + 1]) > v ? -v : v;
        }
        return value;
    }

    private static int Roman(char c) => char.ToLowerInvariant(c) switch
    {
        'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, 'm' => 1000, _ => 0,
    };

    [GeneratedRegex(@"^(?:#{1,6}\s*)?[*_]*(?:(?:notes|references|sources|citations)(?:\s+(?:and|&)\s+(?:notes|references|sources|citations|further\s+reading))?|endnotes|end notes|footnotes|bibliography|works cited)[*_]*\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    // "[[i]](#_ednref1) Text", "[[1]](https://site/page#_ftnref1) Text"
    [GeneratedRegex(@"^\[\[(?<label>[ivxlcdm]{1,7}|\d{1,3})\]\]\([^)\s]*#_(?:edn|ftn)(?:ref)?\d+\)\s*")]
    private static partial Regex WordProcessorEntry();

    // "[1] Text", "[iv] Text"
    [GeneratedRegex(@"^\[(?<label>[ivxlcdm]{1,7}|\d{1,3})\](?![(\[:])\s*(?=\S)")]
    private static partial Regex BracketEntry();

    /// <summary>"[3]" opening a line, whatever follows it.</summary>
    [GeneratedRegex(@"^\[(?<label>\d+|[ivxlcdm]{1,7})\]")]
    private static partial Regex BracketLabel();

    // "1. Text", "1) Text", "1 – Text"
    [GeneratedRegex(@"^(?<label>\d{1,3})(?:[.)]|\s+[–—])\s+(?=\S)")]
    private static partial Regex NumberedEntry();

    // "(1) Text"
    [GeneratedRegex(@"^\((?<label>\d{1,3})\)\s+(?=\S)")]
    private static partial Regex ParenthesisedEntry();

    [GeneratedRegex(@"https?://|www\.|\baccessed\b|\bretrieved\b|\bavailable at\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")]
    private static partial Regex RomanNumeral();
}

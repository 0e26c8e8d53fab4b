using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A caption set apart from the text by its label, whatever it describes: a numbered figure, map, chart or table
/// ("Figure 1: …", "Fig. 2. …", "Chart: …", "Map 3 – …"), a picture's alternative text in brackets as a text browser or a
/// scrape prints it ("[Image: …]", "[Map: …]", wrapped over lines until its closing bracket), a broadcaster's labelled
/// caption and source ("Image caption, …", "Image source, …") and a gallery's numbered caption ("Item 1 of 2 …",
/// "[1/3] …"). Prose never opens a line with such a label; a line that carries on a sentence broken above it is read as
/// a caption only with the label's colon or dash. Under a figure's caption, its "Source: …" line goes with it. Pure.
/// </summary>
internal static partial class FigureCaption
{
    private const int MaxWords = 60;
    private const int MaxContinuationWords = 14;
    private const int MaxBracketLines = 3;

    /// <summary>
    /// The lines of the caption that opens at <paramref name="at"/> (indexes into <paramref name="lines"/>, blank lines
    /// never among them), or an empty list. <paramref name="afterBrokenSentence"/>: the line above breaks off mid-sentence.
    /// </summary>
    public static IReadOnlyList<int> At(IReadOnlyList<string> lines, int at, bool afterBrokenSentence)
    {
        var line = lines[at].Trim();
        if (line.Length == 0 || TextLines.WordCount(line) > MaxWords) return [];
        if (Bracketed().IsMatch(line))
        {
            // Alternative text wraps until its closing bracket.
            var taken = new List<int> { at };
            for (var j = at; !lines[j].TrimEnd().EndsWith(']'); )
            {
                j++;
                if (j >= lines.Count || taken.Count >= MaxBracketLines || lines[j].Trim().Length == 0) return [];
                taken.Add(j);
            }
            return taken;
        }
        var figure = Numbered().Match(line);
        if (figure.Success && !(afterBrokenSentence && figure.Groups["sep"].Value == "."))
        {
            var taken = new List<int> { at };
            var next = at + 1;
            // A caption broken after a comma goes on over one short line ("… by month," / "January–October 2029.").
            if (line.EndsWith(',') && next < lines.Count && lines[next].Trim() is { Length: > 0 } more && TextLines.WordCount(more) <= MaxContinuationWords
                && !Numbered().IsMatch(more))
                taken.Add(next++);
            if (next < lines.Count && SourceLine().IsMatch(lines[next].Trim()) && TextLines.WordCount(lines[next]) <= MaxContinuationWords)
                taken.Add(next);
            return taken;
        }
        return Broadcaster().IsMatch(line) || Gallery().IsMatch(line) ? [at] : [];
    }

    [GeneratedRegex(@"^\[\s*(?:image|photo|photograph|picture|map|chart|graphic|figure|illustration|video)\s*\d*\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    /// <summary>
    /// "Figure 1: …", "Fig. 2. …", "Map 3 – …", "Chart: …", "Table 2: …": a label in capitals-first, its number (a chart,
    /// map or graphic may go without), then its separator and a capital. An unnumbered "Figure: …" is the HTML reader's
    /// own mark for a caption it keeps as text.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Figure|FIGURE|Fig\.|Table|TABLE|Exhibit|Graph)\s*\d{1,2}[a-z]?|(?:Map|MAP|Chart|CHART|Graphic)(?:\s*\d{1,2}[a-z]?)?)\s*(?<sep>[:.]|\s[—–-])\s+[\p{Lu}\d“""‘']")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:Source|Sources|Data|Note)\s*:\s+\S")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:Image|Photo|Video|Media)\s+(?:caption|source|credit)\s*[,:]\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex Broadcaster();

    [GeneratedRegex(@"^(?:Item\s+\d{1,2}\s+of\s+\d{1,2}|\[\d{1,2}\s*/\s*\d{1,2}\])\s+\p{Lu}")]
    private static partial Regex Gallery();
}

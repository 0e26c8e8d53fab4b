using System.Text.RegularExpressions;
using Publisher.Core.Model;

namespace Publisher.Core.Import.Text;

/// <summary>What <see cref="MastheadName.Decide"/> took for an issue's publication, and the masthead line it read it from.</summary>
/// <param name="Name">The name as printed (letter spacing collapsed, stacked lines joined); its proper form is decided later.</param>
/// <param name="Line">The 1-based seed line the name starts on, or 0 when it is the reader's own name.</param>
/// <param name="Why">Why this candidate won, for the review report.</param>
public sealed record MastheadNameDecision(string Name, int Line, string Why);

/// <summary>
/// The one decision on a whole issue's publication: the name its masthead prints beside the volume, issue and date,
/// through what PDF extraction does to a masthead — letters spaced out ("T E R R O R I S M   M O N I T O R"), a name
/// stacked over two to four lines in capitals or title case ("ARCHIPELAGO" / "SECURITY MONITOR", "Militant" /
/// "Leadership" / "Monitor"), a publisher's name printed over the periodical's ("THE JAMESTOWN FOUNDATION" / "Northern
/// Seas Brief"), a date or glyphs where the reader looked for the name. Every article of the issue gets this one name.
/// In order: a candidate that is one of site.yml's own publications (or opens with one); the reader's name when it ends
/// in a periodical's word; the first masthead candidate that does; the reader's name when it reads as a name. Pure.
/// </summary>
public static partial class MastheadName
{
    /// <summary>Non-blank lines of the issue's head read as its masthead.</summary>
    private const int MaxHeadLines = 8;

    /// <summary>Lines a stacked name spans at most.</summary>
    private const int MaxStack = 4;

    /// <summary>Words a line of a stacked name holds at most ("ANDES &amp; AMAZON").</summary>
    private const int MaxWordsPerStackedLine = 4;

    private const int MaxNameWords = 8;

    /// <param name="readerName">The name the whole-issue reader took (its masthead block, the volume line, a running line), or null.</param>
    /// <param name="lines">The seed's text (unstripped: page furniture rules drop masthead lines), line 1 first.</param>
    /// <param name="extra">Masthead lines the reader set aside (text and 1-based line), tried after the head's own.</param>
    public static MastheadNameDecision? Decide(string? readerName, IReadOnlyList<string> lines, IReadOnlyList<PublicationConfig> publications,
        IEnumerable<(string Text, int Line)>? extra = null)
    {
        var candidates = Candidates(lines).Concat((extra ?? []).Select(e => (Name: e.Text.Trim(), e.Line)))
            .Select(c => (Name: WithoutPublisher(c.Name), c.Line)).ToList();
        var reader = string.IsNullOrWhiteSpace(readerName) ? null : WithoutPublisher(readerName.Trim());
        if (reader is not null && OwnPublicationName.Match(reader, publications) is not null)
            return new(reader, 0, "the reader's name is one of site.yml's publications");
        foreach (var (name, line) in candidates)
            if (OwnPublicationName.Match(name, publications) is not null)
                return new(name, line, "the masthead prints one of site.yml's publications");
        foreach (var (name, line) in candidates)
            if (OwnPublicationName.Leading(name, publications) is { } leading)
                return new(leading.Printed, line, "the masthead opens with one of site.yml's publications (the rest is a tagline)");
        if (reader is not null && SiteMasthead.EndsWithPeriodicalNoun(reader))
            return new(reader, 0, "the reader's name ends in a periodical's word");
        foreach (var (name, line) in candidates)
            if (SiteMasthead.EndsWithPeriodicalNoun(name) && IsNameShaped(name))
                return new(name, line, "the masthead line ends in a periodical's word" + (reader is null ? "" : $", where '{reader}' does not"));
        return reader is not null && ReadsAsName(reader) ? new(reader, 0, "the reader's name") : null;
    }

    /// <summary>
    /// "THE JAMESTOWN FOUNDATION — LITTORAL SECURITY MONITOR": a publishing body's name and its periodical's on one line,
    /// parted by a dash, bar or dot, in either order: the periodical's. Any other name as it is.
    /// </summary>
    internal static string WithoutPublisher(string name)
    {
        if (NameSeparator().Split(name) is not [var first, var second]) return name;
        (first, second) = (first.Trim(), second.Trim());
        if (SiteMasthead.NamesPublishingBody(first) && SiteMasthead.EndsWithPeriodicalNoun(second)) return second;
        if (SiteMasthead.NamesPublishingBody(second) && SiteMasthead.EndsWithPeriodicalNoun(first)) return first;
        return name;
    }


    [GeneratedRegex(@"\s+[—–|·•]\s+")]
    private static partial Regex NameSeparator();

    /// <summary>
    /// Name candidates of the head, in order: at each line the longest stack first, then shorter ones, then the line
    /// alone (letter spacing collapsed); the part of a volume line before its numbers.
    /// </summary>
    private static IEnumerable<(string Name, int Line)> Candidates(IReadOnlyList<string> lines)
    {
        var head = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count && head.Count < MaxHeadLines; i++)
        {
            var text = Collapsed(lines[i]);
            if (text.Length == 0) continue;
            if (EndsHead(text)) break;
            head.Add((text, i + 1));
        }
        for (var k = 0; k < head.Count; k++)
        {
            if (VolumeIssueLine.Parse(head[k].Text) is { Before.Length: > 0 } volume) { yield return (volume.Before.Trim(), head[k].Line); continue; }
            for (var n = Math.Min(MaxStack, head.Count - k); n >= 2; n--)
                if (IsStack(head, k, n)) yield return (string.Join(' ', head.Skip(k).Take(n).Select(h => h.Text)), head[k].Line);
            yield return head[k];
        }
    }

    /// <summary>Lines <paramref name="k"/>..k+n-1 are one name: consecutive, each a few words in one case style, no line but the last ending in a publisher's word.</summary>
    private static bool IsStack(List<(string Text, int Line)> head, int k, int n)
    {
        var capitals = IsCapitals(head[k].Text);
        for (var j = k; j < k + n; j++)
        {
            var text = head[j].Text;
            if (j > k && head[j].Line != head[j - 1].Line + 1) return false;
            if (!IsStackedPiece(text) || IsCapitals(text) != capitals) return false;
            if (j < k + n - 1 && SiteMasthead.EndsWithPublisherNoun(text)) return false;
        }
        return true;
    }

    private static bool IsStackedPiece(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxWordsPerStackedLine && !text.Any(char.IsDigit)
            && words.All(w => w is "&" or "and" or "of" or "the" || w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && char.IsUpper(w[0]));
    }

    /// <summary>The line with its letter spacing collapsed ("T E R R O R I S M    M O N I T O R" → "TERRORISM MONITOR") and its spaces single.</summary>
    private static string Collapsed(string line)
    {
        var text = line.Trim();
        var collapsed = LetterSpacing.Collapse(text);
        if (collapsed == text) collapsed = LetterSpacing.CollapseRuns(text);
        return string.Join(' ', collapsed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>A masthead name: a few words, no digits, no sentence's end, each word but small ones capitalised.</summary>
    private static bool IsNameShaped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxNameWords && !name.Any(char.IsDigit) && !name.TrimEnd().EndsWith('.')
            && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || Stopwords.Contains(w.ToLowerInvariant()));
    }

    /// <summary>Whether the reader's name reads as a name at all: letters, not a date ("02·05·2030" is the issue's date).</summary>
    private static bool ReadsAsName(string name) =>
        name.Any(char.IsLetter) && MastheadDate.Parse(name) is null && DateLine.FindIn(name) is null;

    /// <summary>The masthead ends where the contents begin: a dotted leader, a page reference, a long line of prose.</summary>
    private static bool EndsHead(string text) =>
        DotLeader().IsMatch(text) || TextLines.WordCount(text) > 12 || ContentsHead().IsMatch(text);

    [GeneratedRegex(@"\.{4,}|…{2,}")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"^(?:contents|in this (?:issue|edition)|inside(?: this issue)?|what'?s inside|this edition|in no\.\s*\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsHead();
}

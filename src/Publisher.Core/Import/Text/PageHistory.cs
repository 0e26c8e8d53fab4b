using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of a page's own history, printed after its text: "Last updated 5 May 2024", "Last reviewed: …",
/// "First published", "Page history", "Show all updates", "Updated on 3 March". A short line that opens with
/// one of these phrases; a date alone is not enough (an article's text may start with one). Pure.
/// </summary>
internal static partial class PageHistory
{
    private const int MaxWords = 14;

    public static bool Is(string text)
    {
        var t = text.Trim().Trim('*', '_', '#', ' ', '+');
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWordsOf(t) && History().IsMatch(t);
    }

    /// <summary>
    /// The date of a page-history line that dates the page itself ("This page was last edited on 3 November 2026, at
    /// 14:12 (UTC).", "Last updated: 5 May 2024", "First published 2 March 2025"), or null.
    /// </summary>
    public static DateReading? DateOf(string text)
    {
        var t = text.Trim().Trim('*', '_', '#', ' ', '+');
        if (TextLines.WordCount(t) > MaxWordsOf(t) + 4) return null;
        var m = Dated().Match(t);
        if (!m.Success || DateLine.FindIn(t[m.Length..]) is not { } date) return null;
        return date with { Role = m.Groups["first"].Success ? DateRole.Published : DateLine.RoleOf(m.Value) };
    }

    /// <summary>
    /// "This story was first published on 3 April and revised on 11 April to correct …": a sentence about the page itself
    /// may say why it changed; other history lines are short.
    /// </summary>
    private static int MaxWordsOf(string text) => AboutThePage().IsMatch(text) ? MaxSentenceWords : MaxWords;

    private const int MaxSentenceWords = 30;

    [GeneratedRegex(@"^this\s+(?:" + PageNouns + @")\s+was\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AboutThePage();

    /// <summary>What a history line says changed: the page, the entry, the story.</summary>
    private const string PageNouns = "page|article|entry|post|document|record|listing|profile|story";

    /// <summary>"This entry was ", "Record ": what the history line is about, before its verb ("Entry revised 2 May").</summary>
    private const string OfThePage = @"this\s+(?:" + PageNouns + @")\s+was\s+|(?:" + PageNouns + @")\s+";

    [GeneratedRegex(@"^(?:" + OfThePage + @")?(?:(?<first>first\s+published)|last\s+(?:" + DateLine.LastChangeVerbs + @"))\s*(?:on|:)?\s*|^(?:" + OfThePage + @")(?:" + DateLine.LastChangeVerbs + @")\s*(?:on|:)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();

    [GeneratedRegex(@"^(?:(?:" + OfThePage + @")?last\s+(?:" + DateLine.LastChangeVerbs + @")\b|(?:" + OfThePage + @")(?:" + DateLine.LastChangeVerbs + @")\s*(?:on|:)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|(?:" + OfThePage + @")?first\s+(?:published|posted|appeared)\b|page\s+(?:history|last\s+updated)\b|(?:show|hide|see|view)\s+all\s+(?:updates|revisions|changes)\b|(?:date\s+)?(?:published|updated|posted|modified|reviewed)\s*(?:on|:)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\s*[:–—-]?\s*first\s+published\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex History();
}

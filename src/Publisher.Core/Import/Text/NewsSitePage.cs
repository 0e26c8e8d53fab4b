using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A story page of a news site, told by the newsroom's furniture when no label names the piece's kind: an "Updated"
/// stamp, a publication time of day beside the date ("21.08.2023 | 14:32", "Published 11:42 UTC"), an
/// "Advertisement" slot, lists of other stories ("Most read", "Read next", "More from Region", "More on this story", "Next article"), a
/// correspondent's role line ("Special correspondent"), a wire credit ("Editing by …"), a section bar of news desks
/// ("World | Politics | Business") or an address dated by day ("/2026/11/18/"). Cues of two different families are
/// needed, one of them a newsroom's own (a stamp or time of the story, a correspondent, a wire credit, a day in the
/// address): desk bars, advertisements and story lists alone are printed by magazines too. Pure.
/// </summary>
public static partial class NewsSitePage
{
    private const int MaxCueLength = 80;

    private const string WireCreditCue = "a wire credit", UpdatedCue = "an 'Updated' stamp", TimeCue = "a publication time of day",
        CorrespondentCue = "a correspondent's role line", DatedAddressCue = "an address dated by the day";

    private static readonly string[] Newsroom = [WireCreditCue, UpdatedCue, TimeCue, CorrespondentCue, DatedAddressCue];

    /// <summary>The news evidence of a page's lines and address, with the 0-based line of its first cue (0 when only the address shows one), or null.</summary>
    public static (GenreEvidence Evidence, int At)? Of(IReadOnlyList<string> lines, string? url)
    {
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0) continue;
            if (CueOf(text) is { } cue) found.TryAdd(cue, i);
        }
        if (url is not null && DatedAddress().IsMatch(url)) found.TryAdd(DatedAddressCue, 0);
        if (found.Count < 2 || !found.Keys.Any(Newsroom.Contains)) return null;
        var names = found.Keys.ToList();
        return (new GenreEvidence(ArticleKinds.News,
            $"the page has a news site's furniture ({string.Join(", ", names)}) and no label names its kind"), found.Values.Min());
    }

    /// <summary>The family of news-site furniture a line belongs to, named for the report, or null.</summary>
    internal static string? CueOf(string text)
    {
        if (WireCredit.Read(text) is { Editors.Count: > 0 }) return WireCreditCue;
        if (text.Length > MaxCueLength) return null;
        if (UpdatedStamp().IsMatch(text)) return UpdatedCue;
        if (TimeOfDay().IsMatch(text) && DateLine.FindIn(text) is not null && TextLines.WordCount(text) <= 10) return TimeCue;
        if (Advertisement().IsMatch(text)) return "an advertisement slot";
        if (StoryList().IsMatch(text)) return "a list of other stories";
        if (Correspondent().IsMatch(text)) return CorrespondentCue;
        if (NewsDesks(text)) return "a bar of news desks";
        return null;
    }

    private static readonly HashSet<string> Desks = new(StringComparer.Ordinal)
    {
        "world", "politics", "business", "economy", "markets", "sport", "sports", "local", "national", "region",
        "regions", "weather", "health", "science", "culture", "entertainment", "crime", "top news", "nation",
    };

    /// <summary>A menu line of three or more items, at least two of them a newsroom's desks.</summary>
    private static bool NewsDesks(string text)
    {
        if (NavigationBar.Items(text) is not { Count: >= 3 } items || items.Any(i => TextLines.WordCount(i) > 3)) return false;
        return items.Count(i => Desks.Contains(i.Trim().ToLowerInvariant())) >= 2;
    }

    /// <summary>"Updated 14:02", "· Last modified on Fri 21 Nov 2031", "| Updated Aug 28, 2027": a story's revision stamp.</summary>
    [GeneratedRegex(@"(?:^|[·|•,]\s*)(?:(?:last\s+)?updated|last\s+modified):?\s+(?:on\s+|at\s+)?(?:\S*\d|\p{L}{3,9}\.?,?\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedStamp();

    /// <summary>"14:20", "6:05 pm", "14h32", and with a dot only beside a clock's mark or zone ("14.06 GMT", "9.15am").</summary>
    [GeneratedRegex(@"\b\d{1,2}(?::|h)\d{2}\b(?:\s*(?:am|pm|utc|gmt|cet|est))?|\b\d{1,2}\.\d{2}\s*(?:am|pm|utc|gmt|bst|cet|cest|est|edt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^advertisement\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(?:[«‹←]\s*)?(?:most\s+(?:read|popular|viewed)|read\s+next|more\s+from\s+\S.*|related\s+(?:stories|articles|news)|more\s+on\s+this\s+(?:story|topic|subject)|top\s+stories|latest\s+(?:news|stories)|(?:previous|next)\s+article\b.*)\s*:?\s*[»›→]?$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryList();

    [GeneratedRegex(@"^(?:[\p{L}-]+\s+){0,2}(?:correspondent|reporter|staff\s+writer)(?:,\s*[^.]{1,40}|\s+in\s+[^.]{1,40})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Correspondent();

    [GeneratedRegex(@"/(?:19|20)\d{2}(?:/\d{1,2}/\d{1,2}/|-\d{2}-\d{2}/)")]
    private static partial Regex DatedAddress();
}

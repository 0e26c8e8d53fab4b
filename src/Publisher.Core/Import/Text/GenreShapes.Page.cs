using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Genres a whole page shows by its furniture rather than its text: a press release ("FOR IMMEDIATE RELEASE" anywhere,
/// above the title too), an encyclopedia entry (the encyclopedia's tagline
/// under the title, <see cref="EncyclopediaTagline"/>), a podcast episode page (an episode number with a
/// player, a host line or a transcript; or a programme's broadcast line with a presenter or the programme's length, and
/// a player), a preprint (a repository's "not peer reviewed" mark), a book review (a reviewed book's block of publisher,
/// pages and price) and a post on a blog platform (a "Follow" button, a reading time, member or follower counts). Two
/// cues are needed for a podcast or a blog platform; a book block is one cue on its own. A line saying the piece
/// appeared in a print issue is weaker evidence (<see cref="OfPrintIssue"/>): it says where the piece was printed, not
/// what it is.
/// </summary>
public static partial class GenreShapes
{
    /// <summary>The genre the page's lines show, with the reason and the 0-based line that shows it, or null.</summary>
    public static (GenreEvidence Evidence, int At)? OfPage(IReadOnlyList<string> lines)
    {
        var episode = -1;
        var broadcast = -1;
        var player = false;
        var presenter = false;
        var podcastCues = 0;
        var blogCues = 0;
        var blogAt = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (ReleaseMark().IsMatch(text))
                return (new GenreEvidence(ArticleKinds.PressRelease, $"the page carries a press release's '{text}' line"), i);
            if (EncyclopediaTagline.SiteName(text) is not null)
                return (new GenreEvidence(ArticleKinds.EncyclopediaEntry, $"the page carries an encyclopedia's tagline ('{text}')"), i);
            if (EncyclopediaChrome.IsPageTabs(text))
                return (new GenreEvidence(ArticleKinds.EncyclopediaEntry, $"the page carries a wiki's page tabs ('{text}')"), i);
            if (BookBlock.IsDetails(text))
                return (new GenreEvidence(ArticleKinds.Review, $"the page prints a reviewed book's details ('{text}')"), i);
            // A repository's mark, not a sentence of a news story that mentions an unreviewed study ("It has not been peer
            // reviewed."): a mark beside other marks, a phrase, or a sentence about this version or paper.
            if (NotPeerReviewed().IsMatch(text) && text.Length <= 120
                && (text.IndexOfAny(['·', '|', '•']) >= 0 || TextLines.WordCount(text) <= 6 && (!text.EndsWith('.') || ThisPaper().IsMatch(text))))
                return (new GenreEvidence(ArticleKinds.Preprint, $"the page says the paper is not peer reviewed ('{text}'), as a repository marks a preprint"), i);
            // A programme's line of its own, not a sentence of prose that opens "Broadcast live on …".
            if (broadcast < 0 && BroadcastLine().IsMatch(text) && TextLines.WordCount(text) <= MaxBroadcastLineWords) broadcast = i;
            if (Presenter().IsMatch(text)) presenter = true;
            if (AudioPlayer.Is(text)) player = true;
            if (episode < 0 && EpisodeNumber().IsMatch(TitleLine.StripHeadingMark(text))) episode = i;
            else if (PodcastCue().IsMatch(text)) podcastCues++;
            if (BlogPlatformCue().IsMatch(text)) { blogCues++; if (blogAt < 0) blogAt = i; }
        }
        if (episode >= 0 && podcastCues >= 1)
            return (new GenreEvidence(ArticleKinds.Podcast, "the page is a numbered episode with a player, host or transcript"), episode);
        // A news story of a radio station plays its bulletin clip under a "First broadcast" line too: a programme names its
        // presenter or runs for a programme's length.
        if (broadcast >= 0 && (player || podcastCues >= 1) && (presenter || ProgrammeMinutes(lines[broadcast]) >= MinProgrammeMinutes))
            return (new GenreEvidence(ArticleKinds.Podcast, "the page is a broadcast programme's episode (its presenter or length) with a player"), broadcast);
        if (blogCues >= 2)
            return (new GenreEvidence(ArticleKinds.Blog, "the page carries a blog platform's follow button, reading time or member marks"), blogAt);
        // The attendance line may sit in the page's head, above where the text starts.
        if (Minutes(lines) is { } minuted)
            return (new GenreEvidence(ArticleKinds.Minutes, "the page lists who attended, numbered agenda items and what was resolved, as minutes do"), minuted);
        return null;
    }

    private const int MaxBroadcastLineWords = 14;
    private const int MinProgrammeMinutes = 10;

    /// <summary>
    /// A line saying the piece appeared in a magazine's print issue: the piece is a magazine's feature when nothing
    /// stronger (a label, the text's shape, the address's folder) names its kind; an interview or a review printed in
    /// the issue stays what it is.
    /// </summary>
    public static (GenreEvidence Evidence, int At)? OfPrintIssue(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (PrintEdition().IsMatch(text) && text.Length <= 160)
                return (new GenreEvidence(ArticleKinds.Feature, $"the page says the piece appeared in the magazine's print issue ('{text}')"), i);
        }
        return null;
    }

    /// <summary>The minutes a broadcast line gives the programme ("· 45 mins", "1 hr 5 min"), or 0.</summary>
    private static int ProgrammeMinutes(string line)
    {
        var m = Duration().Match(line);
        if (!m.Success) return 0;
        var hours = m.Groups["h"].Success ? int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return hours * 60 + minutes;
    }

    /// <summary>"45 mins", "1 hr 5 min", "2 hours": a programme's length on its broadcast line.</summary>
    [GeneratedRegex(@"\b(?:(?<h>\d{1,2})\s*(?:h|hrs?|hours?)\b\s*(?:(?<m>\d{1,2})\s*(?:m|mins?|minutes)\b)?|(?<m>\d{1,3})\s*(?:mins?|minutes)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    /// <summary>"Presented by NAME", "Hosted by NAME", "Presenter: NAME".</summary>
    [GeneratedRegex(@"^(?:(?:hosted|presented)\s+by\s+\S|(?:host|presenter|presenters|hosts):\s*\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Presenter();

    /// <summary>"Ep. 112: …", "Episode 48 — …", "#31: …": an episode's number opening a title.</summary>
    public static bool IsEpisodeTitle(string text) => EpisodeNumber().IsMatch(text.Trim());

    /// <summary>"Ep. 112: …", "Episode 48 — …", "#31: …": an episode's number opening its title.</summary>
    [GeneratedRegex(@"^(?:ep(?:isode)?\.?\s*|#)\d{1,4}\s*[:.—–\-|]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeNumber();

    /// <summary>A player, a host line, a transcript label or show notes.</summary>
    [GeneratedRegex(@"^(?:▶\s*)?(?:listen(?:\s+now)?|play(?:\s+episode)?|(?:hosted|presented)\s+by\s+\S.*|transcript|episode\s+transcript|full\s+transcript|show\s+notes|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PodcastCue();

    /// <summary>"This version …", "This preprint …": a repository's sentence about the paper it holds.</summary>
    [GeneratedRegex(@"^this\s+(?:version|preprint|paper|manuscript|working\s+paper|article)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisPaper();

    /// <summary>"This version is not peer-reviewed", "Working paper · Not peer reviewed": a repository's mark on a preprint.</summary>
    [GeneratedRegex(@"\b(?:not|never|yet\s+to\s+be)\s+(?:been\s+)?peer[\s-]+review(?:ed)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotPeerReviewed();

    /// <summary>"This article appeared in the Winter 2026 issue of the magazine", "This article appears in the March 2024 print edition" (a news paper's "appears in print on …" is not one).</summary>
    [GeneratedRegex(@"^(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece|essay)\s+(?:originally\s+)?appear(?:s|ed)\s+in\s+the\s+[\p{L}\d ]{0,30}?\b(?:print\s+)?(?:issue|edition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrintEdition();

    /// <summary>"Broadcast Tue 6 Mar 2029, 21:30 · 27 mins", "First broadcast: 3 May 2027", "Aired 12 June 2028 · 45 min".</summary>
    [GeneratedRegex(@"^(?:first\s+)?(?:broadcast|aired|on\s+air)\b:?\s+\S.{0,60}\b(?:19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex BroadcastLine();

    /// <summary>"Follow", "Member-only story", "1.2K Followers", "Written by NAME", "Responses (4)".</summary>
    [GeneratedRegex(@"^(?:follow|member-only\s+story|[\d.,]+[KkM]?\s+followers|written\s+by\s+\S.*|responses\s*\(\d+\))$", RegexOptions.IgnoreCase)]
    private static partial Regex BlogPlatformCue();
}

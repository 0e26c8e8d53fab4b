using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Genres a whole page shows by its furniture rather than its text: a press release ("FOR IMMEDIATE RELEASE" anywhere,
/// above the title too), an encyclopedia entry (the encyclopedia's tagline
/// under the title, <see cref="EncyclopediaTagline"/>), a podcast episode page (an episode number with a
/// player, a host line or a transcript; or a programme's broadcast line with a player or a presenter), a preprint (a
/// repository's "not peer reviewed" mark), a magazine feature (a line saying it appeared in a print issue), a book review (a reviewed book's block of publisher, pages and price) and a
/// post on a blog platform (a "Follow" button, a reading time, member or follower counts). Two cues are needed for a
/// podcast or a blog platform; a book block is one cue on its own.
/// </summary>
public static partial class GenreShapes
{
    /// <summary>The genre the page's lines show, with the reason and the 0-based line that shows it, or null.</summary>
    public static (GenreEvidence Evidence, int At)? OfPage(IReadOnlyList<string> lines)
    {
        var episode = -1;
        var broadcast = -1;
        var player = false;
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
            if (BookBlock.IsDetails(text))
                return (new GenreEvidence(ArticleKinds.Review, $"the page prints a reviewed book's details ('{text}')"), i);
            // A repository's mark, not a sentence of a news story that mentions an unreviewed study.
            if (NotPeerReviewed().IsMatch(text) && (TextLines.WordCount(text) <= 6 || text.IndexOfAny(['·', '|', '•']) >= 0) && text.Length <= 120)
                return (new GenreEvidence(ArticleKinds.Preprint, $"the page says the paper is not peer reviewed ('{text}'), as a repository marks a preprint"), i);
            if (PrintEdition().IsMatch(text) && text.Length <= 160)
                return (new GenreEvidence(ArticleKinds.Feature, $"the page says the piece appeared in the magazine's print issue ('{text}')"), i);
            if (broadcast < 0 && BroadcastLine().IsMatch(text)) broadcast = i;
            if (AudioPlayer.Is(text)) player = true;
            if (episode < 0 && EpisodeNumber().IsMatch(TitleLine.StripHeadingMark(text))) episode = i;
            else if (PodcastCue().IsMatch(text)) podcastCues++;
            if (BlogPlatformCue().IsMatch(text)) { blogCues++; if (blogAt < 0) blogAt = i; }
        }
        if (episode >= 0 && podcastCues >= 1)
            return (new GenreEvidence(ArticleKinds.Podcast, "the page is a numbered episode with a player, host or transcript"), episode);
        if (broadcast >= 0 && (player || podcastCues >= 1))
            return (new GenreEvidence(ArticleKinds.Podcast, "the page is a broadcast programme's episode with a player or a presenter"), broadcast);
        if (blogCues >= 2)
            return (new GenreEvidence(ArticleKinds.Blog, "the page carries a blog platform's follow button, reading time or member marks"), blogAt);
        return null;
    }

    /// <summary>"Ep. 112: …", "Episode 48 — …", "#31: …": an episode's number opening a title.</summary>
    public static bool IsEpisodeTitle(string text) => EpisodeNumber().IsMatch(text.Trim());

    /// <summary>"Ep. 112: …", "Episode 48 — …", "#31: …": an episode's number opening its title.</summary>
    [GeneratedRegex(@"^(?:ep(?:isode)?\.?\s*|#)\d{1,4}\s*[:.—–\-|]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeNumber();

    /// <summary>A player, a host line, a transcript label or show notes.</summary>
    [GeneratedRegex(@"^(?:▶\s*)?(?:listen(?:\s+now)?|play(?:\s+episode)?|(?:hosted|presented)\s+by\s+\S.*|transcript|episode\s+transcript|full\s+transcript|show\s+notes|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PodcastCue();

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

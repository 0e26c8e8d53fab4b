using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Genres a whole page shows by its furniture rather than its text: a press release ("FOR IMMEDIATE RELEASE" anywhere,
/// above the title too), an encyclopedia entry (the encyclopedia's tagline
/// under the title, <see cref="EncyclopediaTagline"/>), a podcast episode page (an episode number with a
/// player, a host line or a transcript), a book review (a reviewed book's block of publisher, pages and price) and a
/// post on a blog platform (a "Follow" button, a reading time, member or follower counts). Two cues are needed for a
/// podcast or a blog platform; a book block is one cue on its own.
/// </summary>
public static partial class GenreShapes
{
    /// <summary>The genre the page's lines show, with the reason and the 0-based line that shows it, or null.</summary>
    public static (GenreEvidence Evidence, int At)? OfPage(IReadOnlyList<string> lines)
    {
        var episode = -1;
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
            if (episode < 0 && EpisodeNumber().IsMatch(TitleLine.StripHeadingMark(text))) episode = i;
            else if (PodcastCue().IsMatch(text)) podcastCues++;
            if (BlogPlatformCue().IsMatch(text)) { blogCues++; if (blogAt < 0) blogAt = i; }
        }
        if (episode >= 0 && podcastCues >= 1)
            return (new GenreEvidence(ArticleKinds.Podcast, "the page is a numbered episode with a player, host or transcript"), episode);
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

    /// <summary>"Follow", "Member-only story", "1.2K Followers", "Written by NAME", "Responses (4)".</summary>
    [GeneratedRegex(@"^(?:follow|member-only\s+story|[\d.,]+[KkM]?\s+followers|written\s+by\s+\S.*|responses\s*\(\d+\))$", RegexOptions.IgnoreCase)]
    private static partial Regex BlogPlatformCue();
}

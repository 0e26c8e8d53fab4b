using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>What a forum post's header line gives: the poster's user name (when printed) and the date.</summary>
public sealed record ForumPostHeader(string? User, DateReading Date);

/// <summary>
/// A discussion thread of a web forum. The first post is the piece, with its date; the replies under it are the thread,
/// furniture like a comment section. A post opens with a header line ("Post by NAME » Sat Dec 05, 2026 9:17 pm",
/// "Posted: 5 December 2026, 20:41", "Post Sat Dec 05, 2026 8:41 pm"); a reply repeats the thread's subject after
/// "Re:" with a post header on one of the next two lines. Pure.
/// </summary>
public static partial class ForumThread
{
    private const int MaxSubjectWords = 30;

    /// <summary>A post's header line, or null.</summary>
    public static ForumPostHeader? Header(string line)
    {
        var m = HeaderPattern().Match(line.Trim());
        if (!m.Success || DateLine.FindIn(m.Groups["date"].Value) is not { } date) return null;
        var user = m.Groups["user"].Success ? m.Groups["user"].Value.Trim() : "";
        return new ForumPostHeader(user.Length > 0 ? user : null, date);
    }

    /// <summary>"Re: Why the zones fail": a reply's subject line.</summary>
    public static bool IsReplySubject(string line) =>
        ReplySubject().IsMatch(line.Trim()) && TextLines.WordCount(line) <= MaxSubjectWords;

    /// <summary>A reply opens at <paramref name="at"/>: a "Re:" subject with a post header on one of the next two lines.</summary>
    public static bool OpensReply(IReadOnlyList<string> lines, int at) =>
        IsReplySubject(lines[at]) && lines.Skip(at + 1).Where(l => l.Trim().Length > 0).Take(2).Any(l => Header(l) is not null);

    /// <summary>
    /// The page is a forum thread when a post header and a reply both appear: its kind is a forum post, and the first
    /// post header's date is the piece's date. Null otherwise.
    /// </summary>
    public static (GenreEvidence Evidence, int At, DateReading Date)? Of(IReadOnlyList<string> lines)
    {
        var first = -1;
        for (var i = 0; i < lines.Count && first < 0; i++)
            if (Header(lines[i]) is not null) first = i;
        if (first < 0 || !Enumerable.Range(first + 1, Math.Max(0, lines.Count - first - 1)).Any(i => OpensReply(lines, i))) return null;
        return (new GenreEvidence(ArticleKinds.ForumPost,
            "the page is a forum thread (a post header and 'Re:' replies under it) and no label names its kind"), first, Header(lines[first])!.Date);
    }

    /// <summary>"Post", "Posted", "#2 Posted by NAME", then a separator and the date, which opens with a digit, a weekday or a month.</summary>
    [GeneratedRegex(@"^(?:#\d+\s+)?post(?:ed)?(?=[\s:])(?:\s+by\s+(?<user>[^»|:\s][^»|:]{0,39}?))?\s*[»|:–—-]?\s*(?<date>(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?,?\s).{0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^re:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex ReplySubject();
}

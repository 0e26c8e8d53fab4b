using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A post of a blog, told by its software's furniture when no label names the piece's kind: a "Posted by NAME at
/// TIME" footer or a "Posted on DATE by NAME" head, "Newer Post" / "Older Post" links, a "Labels:" or "Filed under:" line,
/// a "Blog Archive" widget, a comment count ("4 comments:", "12 Comments", "3 thoughts on …") or a "Leave a reply" form,
/// a box that mails new posts to followers ("Get new posts by email", "Join 4,200 other subscribers"). Cues of two
/// families are needed, one of them a blog's own (a footer with the time, post links, labels, an archive, a "4 comments:"
/// count, a box mailing new posts): a news site on the same software prints a "Posted on" head and a comment form too. Pure.
/// </summary>
public static partial class BlogPostPage
{
    private const int MaxCueLength = 120;

    public static (GenreEvidence Evidence, int At)? Of(IReadOnlyList<string> lines)
    {
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // A blog's own cue, not furniture every site built on blog software prints (a news site's "Posted on DATE by
        // NAME" head, its comment count and reply form).
        var ownCue = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length is 0 or > MaxCueLength) continue;
            if (BloggerFooter().IsMatch(text)) { found.TryAdd(PostedByCue, i); ownCue = true; }
            else if (PostedBy().IsMatch(text)) found.TryAdd(PostedByCue, i);
            else if (PostLinks().IsMatch(text)) { found.TryAdd("links to newer and older posts", i); ownCue = true; }
            else if (FiledUnder().IsMatch(text)) { found.TryAdd("a 'Labels:' or 'Filed under:' line", i); ownCue = true; }
            else if (ArchiveWidget().IsMatch(text)) { found.TryAdd("a blog archive", i); ownCue = true; }
            else if (BloggerCommentCount().IsMatch(text)) { found.TryAdd(CommentCue, i); ownCue = true; }
            else if (CommentForm().IsMatch(text)) found.TryAdd(CommentCue, i);
            else if (FollowByEmail().IsMatch(text)) { found.TryAdd("a box that mails new posts", i); ownCue = true; }
        }
        if (found.Count < 2 || !ownCue) return null;
        return (new GenreEvidence(ArticleKinds.Blog,
            $"the page has a blog's furniture ({string.Join(", ", found.Keys)}) and no label names its kind"), found.Values.Min());
    }

    private const string PostedByCue = "a 'Posted by' line", CommentCue = "a comment form or count";

    /// <summary>"Posted by NAME at 7:14 PM", "Posted by NAME on 3 May 2026": the footer blog software prints under a post.</summary>
    [GeneratedRegex(@"^posted\s+by\s+\S.*\s(?:at|on)\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex BloggerFooter();

    /// <summary>"Posted on October 30, 2026 by NAME", "Posted by Ana Ruiz": a head any site on blog software prints.</summary>
    [GeneratedRegex(@"^(?:[Pp]osted|POSTED)\s+(?:on\s+\S.*\d.*\sby\s+\p{Lu}|by\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}$)")]
    private static partial Regex PostedBy();

    /// <summary>"4 comments:": the count blog software prints over a post's comments.</summary>
    [GeneratedRegex(@"^\d+\s+comments?\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex BloggerCommentCount();

    [GeneratedRegex(@"\b(?:newer|older|previous|next)\s+posts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostLinks();

    [GeneratedRegex(@"^(?:labels|filed\s+under|posted\s+in)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex FiledUnder();

    [GeneratedRegex(@"^blog\s+archive\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveWidget();

    /// <summary>"Get new posts from X by email", "Follow X by email", "Join 4,200 other subscribers".</summary>
    [GeneratedRegex(@"^(?:(?:get|receive)\s+new\s+posts\b.*\bby\s+e-?mail\b|follow\b.*\bby\s+e-?mail\b|join\s+[\d,.]+[KkM]?\s+other\s+(?:subscribers|followers)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowByEmail();

    [GeneratedRegex(@"^(?:\d+\s+comments?\s*:?$|\d+\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+\S|leave\s+a\s+(?:reply|comment)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CommentForm();
}

using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;
using Publisher.Core.Text;

namespace Publisher.Core.Import.Fixups;

public static partial class StripBoilerplate
{
    private const int MaxHeadLineWords = 8;
    private const int MaxFieldValueWords = 8;
    private const int MaxCaptionUnderCreditWords = 25;
    private const int MinNameKeyLength = 6;

    /// <summary>
    /// What a web page leaves between its header and its text, and around its end, by shape and place: before the
    /// article's first paragraph the outlet's name alone, the author box (a name of the draft's authors and the role
    /// line under it), page metadata ("Author(s): …", "Published online DATE", "Research programme: Extremism and
    /// Technology") and captions (a labelled one, one closed by a photographer's credit, a picture agency's name and
    /// the caption under it); anywhere reader tools (reading time, download links, a newsletter's forwarding appeal, a
    /// platform credit), print-edition notes and links to the outlet's standards. A closing appeal for information about
    /// the case reported ("Anyone with information is asked to call …, quoting reference …") is the story's own text, not
    /// the site's, and stays. Each line is a <c>dropped-boilerplate</c> action with its full text and reason.
    /// </summary>
    private static void DropWebFurniture(string[] lines, FixupContext context, IReadOnlyList<string> authors, string? publication, List<FixupAction> actions)
    {
        var dropped = new List<(int Line, FixupAction Action)>();
        void Drop(int i, string what, string reason)
        {
            dropped.Add((i, new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{what}: {lines[i].Trim()}", context.At(i)) { Reason = reason }));
            lines[i] = "";
        }

        var firstProse = FirstProseLine(lines);
        var names = OutletKeys(context, publication);
        var authorKeys = authors.Select(NameKey.Squash).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (TextLines.IsBlank(lines[i])) continue;
            var t = lines[i].Trim();
            if (ReaderTool.What(t) is { } tool) { Drop(i, tool, "a page's tool for the reader, not the text"); continue; }
            if (StandardsLink.Is(t)) { Drop(i, "standards link", "a link to the outlet's editorial standards"); continue; }
            // "4 Comments" under the text heads the comment section: left to the classifier, which drops the thread with it.
            if (EngagementCounts.Is(t) && !(i > firstProse && CommentSection.IsHeading(t))) { Drop(i, "engagement counts", "a platform's like, share or view counters, not the text"); continue; }
            if (SubscribeBox.IsEmailField(t)) { DropSubscribeBox(lines, i, Drop); continue; }
            if (SubscribeBox.IsPrompt(t)) { Drop(i, "subscribe prompt", "a prompt to the reader to sign up for the newsletter or emails"); continue; }
            if (SubscribeBox.IsDeliveryNotice(t)) { Drop(i, "mailing notice", "the mailing list's note on why the reader received the email"); continue; }
            // Captions and credits the classifier knows ("Credit: …", "Photo: …") are its to name.
            if (i >= firstProse || PhotoCaption.IsCaptionOrCredit(t)) continue;
            if (PhotoCaption.IsBareCredit(t))
            {
                Drop(i, "picture credit", "a picture agency's name alone before the article's first paragraph");
                if (NextNonBlank(lines, i) is var c && c >= 0 && c < firstProse && TextLines.WordCount(lines[c]) <= MaxCaptionUnderCreditWords && !TextSignals.Of(lines[c]).IsLongProse)
                    Drop(c, "photo caption", "the caption under a picture credit before the article's first paragraph");
            }
            else if (PhotoCaption.IsHeadCaption(t) && !PictureCredit.Is(t)) Drop(i, "photo caption", "a labelled or credited caption before the article's first paragraph");
            else if (authorKeys.Contains(NameKey.Squash(t)) && t.Contains(' '))
            {
                Drop(i, "author box", "an author's name alone before the article's first paragraph");
                // The box may go on with more names, each over its role line.
                for (var r = NextNonBlank(lines, i); r >= 0 && r < firstProse && AuthorRoleLine.Is(Unheaded(lines[r])); r = NextNonBlank(lines, r))
                {
                    Drop(r, "author box", "the author's role under their name before the article's first paragraph");
                    var n = NextNonBlank(lines, r);
                    if (n < 0 || n >= firstProse || !IsBareName(lines[n]) || NextNonBlank(lines, n) is var nr && (nr < 0 || !AuthorRoleLine.Is(Unheaded(lines[nr])))) break;
                    Drop(n, "author box", "a name over a role line in the author box before the article's first paragraph");
                    r = n;
                }
            }
            else if (IsOutletLine(t, names)) Drop(i, "outlet name", "the outlet's name alone before the article's first paragraph");
            else if (PageField.IsMetadataLine(t) || IsPublishedStamp(t) || TimestampLine.Is(t)) Drop(i, "page metadata", "a labelled author or date line before the article's first paragraph");
            else if (IsTitleCaseField(t)) Drop(i, "page field", "a short label and a Title Case value before the article's first paragraph");
        }

        DropTailTeasers(lines, firstProse, Drop);
        actions.AddRange(dropped.OrderBy(d => d.Line).Select(d => d.Action));
    }

    /// <summary>An email field and the short sign-up lines next to it (its title and pitch above, its button and consent line below).</summary>
    private static void DropSubscribeBox(string[] lines, int field, Action<int, string, string> drop)
    {
        const int reach = 2;
        var before = new List<int>();
        for (var (j, n) = (PreviousNonBlank(lines, field), 0); j >= 0 && n < reach && SubscribeBox.IsBoxNeighbour(lines[j]); j = PreviousNonBlank(lines, j), n++) before.Add(j);
        var after = new List<int>();
        for (var (j, n) = (NextNonBlank(lines, field), 0); j >= 0 && n < reach && SubscribeBox.IsBoxNeighbour(lines[j]); j = NextNonBlank(lines, j), n++) after.Add(j);
        foreach (var j in before) drop(j, "subscribe box", "a sign-up line next to a newsletter's email field");
        drop(field, "subscribe box", "a newsletter's email field");
        foreach (var j in after) drop(j, "subscribe box", "a sign-up line next to a newsletter's email field");
    }

    private static string Unheaded(string line) => line.Trim().TrimStart('#').Trim();

    private static bool IsBareName(string line) =>
        Unheaded(line).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } words && Byline.LooksLikeName(words, strict: true);

    /// <summary>
    /// A related-stories label on its own line ("More on this story", "Related") after the text, followed only by
    /// teaser lines to the end or to a comment section: text printed one paragraph a line has no blank line to make the list a paragraph.
    /// </summary>
    private static void DropTailTeasers(string[] lines, int firstProse, Action<int, string, string> drop)
    {
        var heading = LastLine(lines, l => TailHeading().IsMatch(Unheaded(l)));
        if (heading < 0 || heading <= firstProse) return;
        // The list ends at the page's end, where a comment section begins (the classifier takes that) or where the
        // notes begin ("See also" / … / "References": a reference work's entry lists its sources after its related entries).
        var after = Enumerable.Range(heading + 1, lines.Length - heading - 1).Where(i => !TextLines.IsBlank(lines[i]))
            .TakeWhile(i => !CommentSection.IsHeading(Unheaded(lines[i])) && !OpensNotes(lines[i], NextNonBlank(lines, i) is >= 0 and var n ? lines[n] : "")).ToList();
        if (after.Count == 0 || !after.All(i => IsTeaser(lines[i]) && !TextSignals.Of(lines[i]).IsLongProse)) return;
        drop(heading, "related-content list", "a related-stories label after the text, with only teaser lines after it");
        foreach (var i in after) drop(i, "related-content list", "a teaser line under a related-stories label at the end");
    }

    /// <summary>Squashed names of the outlet: the draft's publication, the site's own publications and known outlets.</summary>
    private static List<string> OutletKeys(FixupContext context, string? publication) =>
        new[] { publication ?? "" }.Concat(context.OwnPublicationNames).Concat(context.Outlets.Select(o => o.Name))
            .Select(NameKey.Squash).Where(k => k.Length >= MinNameKeyLength).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A short line with no sentence end that is an outlet's name, or that name with a word around it ("Compass Press Agency").</summary>
    private static bool IsOutletLine(string t, List<string> names)
    {
        if (TextLines.WordCount(t) > MaxHeadLineWords || TextSignals.Of(t).IsLongProse || t[^1] is '.' or '?' or '!' or ':') return false;
        var key = NameKey.Squash(t);
        // The name exactly is the masthead the classifier names as such.
        return key.Length >= MinNameKeyLength && !names.Contains(key) && names.Any(n => key.Contains(n, StringComparison.Ordinal) || n.Contains(key, StringComparison.Ordinal) && key.Length * 2 >= n.Length);
    }

    private static bool IsPublishedStamp(string t) =>
        TextLines.WordCount(t) <= MaxHeadLineWords + 2 && PublishedLabel().IsMatch(t) && DateLine.FindIn(t) is not null;

    /// <summary>"Research programme: Extremism and Technology": a label of one to three words and a short Title Case value.</summary>
    private static bool IsTitleCaseField(string t)
    {
        var m = TitleCaseField().Match(t);
        if (!m.Success) return false;
        var value = m.Groups["value"].Value.Trim();
        if (TextLines.WordCount(value) > MaxFieldValueWords || value[^1] is '.' or '?' or '!') return false;
        var significant = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToList();
        return significant.Count > 0 && significant.All(w => char.IsUpper(w.TrimStart('\'', '‘', '"', '“', '(')[0]));
    }

    private static int LastLine(string[] lines, Func<string, bool> matches)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
            if (!TextLines.IsBlank(lines[i]) && matches(lines[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"^(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|modified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^(?<label>\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2})\s*:\s+(?<value>\p{Lu}.*)$")]
    private static partial Regex TitleCaseField();
}

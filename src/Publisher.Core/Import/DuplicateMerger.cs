using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Merge;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>
/// Finds the same article arriving from two seeds (an issue's PDF text and the article's web page) and merges
/// them into one whose <c>sources</c> name both.
/// <para>
/// Same article: same publication, volume and issue and nearly the same title; or nearly the same title and
/// overlapping bodies; or bodies that are mostly the same text whatever the metadata says.
/// </para>
/// <para>
/// The body of the more faithful format is the base (a web page's typographic quotes and paragraphing beat a PDF
/// extraction's page-break splits), but where the two versions read differently word by word, evidence decides
/// (<see cref="BodyMerger"/>, <see cref="ReadingChooser"/>): the spelling and capitalisation used elsewhere in the
/// article and the archive, well-formed punctuation; only without evidence does the base reading stay. From the
/// other version come Markdown links around text the base has unlinked, prose paragraphs the base lacks (never
/// page furniture), the longer Notes list, the author bio, and any metadata field the base leaves empty.
/// Every difference, added or skipped paragraph and the merge itself is a <see cref="FixupAction"/> in the report.
/// </para>
/// </summary>
public static partial class DuplicateMerger
{
    /// <summary>
    /// Merges the drafts that are the same article. <paramref name="archive"/> holds the text of articles already in
    /// the input folder: with the other drafts it is the evidence for the spelling and capitalisation the archive uses.
    /// </summary>
    /// <param name="isOwnPublication">Whether a publication is one of the archive's own (site.yml): a side that names one
    /// gives the merged article its publication, whichever side is the base.</param>
    public static MergeOutcome Merge(IReadOnlyList<ImportedDraft> drafts, List<Diagnostic> diagnostics, IReadOnlyList<ArchiveText>? archive = null,
        Func<string, bool>? isOwnPublication = null)
    {
        archive ??= [];
        var groups = Groups(drafts.Select(d => d.Draft).ToList()).Select(g => g.Select(i => drafts[i]).ToList()).ToList();

        // Counting every word of the archive is only worth it when something is merged.
        var allEvidence = new Lazy<WordEvidence>(() => WordEvidence.From(drafts.Select(d => d.Draft.Body).Concat(archive.Select(a => a.Text))));
        var result = new List<ImportedDraft>();
        var actions = new List<FixupAction>();
        foreach (var group in groups)
        {
            // Highest fidelity first; among equals, the order the seeds were read in.
            var ordered = group.Select((d, i) => (d, i)).OrderByDescending(x => x.d.TextFidelity).ThenBy(x => x.i).Select(x => x.d).ToList();
            var merged = ordered[0];
            if (ordered.Count > 1)
            {
                var sources = group.SelectMany(d => d.Draft.Sources).ToHashSet(StringComparer.Ordinal);
                var evidence = allEvidence.Value.Without(group.Select(d => d.Draft.Body)
                    .Concat(archive.Where(a => a.Sources.Any(sources.Contains)).Select(a => a.Text)));
                var labels = Labels(ordered);
                var baseSide = new MergeSide(merged.Draft, labels[0]);
                for (var k = 1; k < ordered.Count; k++)
                {
                    var other = new MergeSide(ordered[k].Draft, labels[k]);
                    var (body, bodyActions) = BodyMerger.Merge(baseSide, other, evidence, RepeatedIn(drafts, group, other.Draft));
                    var differences = bodyActions.Count(a => a.Kind == FixupActionKinds.MergeDifference);
                    var added = bodyActions.Count(a => a.Kind == FixupActionKinds.MergeAddedParagraph);
                    diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportDuplicateMerged,
                        $"same article as the {other.Label} text at {other.Draft.Origin}; merged with this {baseSide.Label} text ({baseSide.Draft.Origin}) as the base: "
                        + $"{Count(differences, "difference")} decided, {Count(added, "paragraph")} taken from the {other.Label} text",
                        baseSide.Draft.Origin));
                    actions.Add(new FixupAction(FixupActionKinds.MergedDuplicate,
                        $"{baseSide.Label} text {baseSide.Draft.Origin} and {other.Label} text {other.Draft.Origin} are the same article; merged with the {baseSide.Label} text as the base",
                        baseSide.Draft.Origin)
                    {
                        Reason = SameArticleReason(baseSide.Draft, other.Draft) + $"; the {baseSide.Label} text is the base because its format keeps the text more faithfully",
                    });
                    actions.AddRange(bodyActions);
                    merged = merged with
                    {
                        Draft = MergePair(merged.Draft, other.Draft, isOwnPublication, actions) with { Body = body },
                        InferredYear = merged.InferredYear ?? ordered[k].InferredYear,
                        MergedFrom = [.. merged.MergedFrom, ordered[k].Draft.Origin, .. ordered[k].MergedFrom],
                    };
                    baseSide = baseSide with { Draft = merged.Draft };
                }
            }
            result.Add(merged);
        }
        return new MergeOutcome(result, actions);
    }

    /// <summary>
    /// The drafts (by index) grouped as the same article, in reading order: each draft joins the first group holding a
    /// draft it is the same article as, or opens a new one. Only the <see cref="DuplicateCandidates"/> are tested.
    /// </summary>
    internal static IReadOnlyList<List<int>> Groups(IReadOnlyList<ArticleDraft> drafts)
    {
        var candidates = DuplicateCandidates.For(drafts);
        var groups = new List<List<int>>();
        var groupOf = new int[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var first = int.MaxValue;
            foreach (var j in candidates.Of(i))
            {
                if (j >= i) break;
                if (groupOf[j] < first && IsSameArticle(drafts[j], drafts[i])) first = groupOf[j];
            }
            if (first == int.MaxValue)
            {
                first = groups.Count;
                groups.Add([]);
            }
            groupOf[i] = first;
            groups[first].Add(i);
        }
        return groups;
    }

    public static bool IsSameArticle(ArticleDraft a, ArticleDraft b) => SameArticleReason(a, b) is not null;

    /// <summary>Why the two drafts are the same article, in an editor's words; null when they are not.</summary>
    public static string? SameArticleReason(ArticleDraft a, ArticleDraft b)
    {
        if (a.Sources.Intersect(b.Sources, StringComparer.Ordinal).Any()) return null;
        var titleSimilar = TextShapes.NormalizeForMatch(a.Title) == TextShapes.NormalizeForMatch(b.Title)
            || TextShapes.WordSimilarity(a.Title, b.Title) >= 0.8;
        var sameIssue = a.Publication is not null && b.Publication is not null
            && TextShapes.NormalizeForMatch(a.Publication) == TextShapes.NormalizeForMatch(b.Publication)
            && a.Volume is not null && a.Volume == b.Volume && a.Issue is not null && a.Issue == b.Issue;
        if (titleSimilar && sameIssue) return "same publication, volume and issue and nearly the same title";
        var bodySimilarity = ShingleSimilarity(a.Body, b.Body);
        if (titleSimilar && bodySimilarity >= 0.3) return "nearly the same title and overlapping text";
        return bodySimilarity >= 0.6 ? "mostly the same text" : null;
    }

    /// <summary>"web" and "pdf" (or the seed files' names when both are the same kind).</summary>
    private static List<string> Labels(IReadOnlyList<ImportedDraft> ordered)
    {
        static string Label(ImportedDraft d) => d.Format switch
        {
            "whole-issue" => "pdf",
            { } f when f.StartsWith("web", StringComparison.Ordinal) => "web",
            null => d.TextFidelity == 0 ? "pdf" : "web",
            { } f => f,
        };
        var labels = ordered.Select(Label).ToList();
        return labels.Distinct(StringComparer.Ordinal).Count() == labels.Count
            ? labels
            : ordered.Select(d => Path.GetFileName(d.Draft.Origin.Path)).ToList();
    }

    /// <summary>Whether a paragraph also stands in another article cut from the same seed (a running header, a masthead blurb).</summary>
    private static Func<string, bool> RepeatedIn(IReadOnlyList<ImportedDraft> drafts, List<ImportedDraft> group, ArticleDraft draft)
    {
        var siblings = new Lazy<List<string>>(() => drafts.Where(d => !group.Contains(d) && d.Draft.Sources.Intersect(draft.Sources, StringComparer.Ordinal).Any())
            .Select(d => TextShapes.NormalizeForMatch(d.Draft.Body)).ToList());
        return paragraph =>
        {
            var key = TextShapes.NormalizeForMatch(paragraph);
            return key.Length > 0 && siblings.Value.Any(s => s.Contains(key, StringComparison.Ordinal));
        };
    }

    private static string Count(int n, string what) => n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? "" : "s");

    private static ArticleDraft MergePair(ArticleDraft baseDraft, ArticleDraft other, Func<string, bool>? isOwnPublication, List<FixupAction> actions)
    {
        var merged = MergeFields(baseDraft, other);
        // A web page names its site (the publisher, "The Foundation"); the issue's masthead names the periodical the
        // archive files it under: the own publication wins, with the volume and issue printed beside it.
        if (isOwnPublication is not null && other.Publication is { } theirs && isOwnPublication(theirs)
            && (baseDraft.Publication is not { } ours || !isOwnPublication(ours)))
        {
            merged = merged with { Publication = theirs, Volume = other.Volume ?? merged.Volume, Issue = other.Issue ?? merged.Issue };
            if (baseDraft.Publication is not null)
                actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {theirs}", other.Origin)
                {
                    Before = $"publication: {baseDraft.Publication}",
                    After = $"publication: {theirs}",
                    Reason = $"the two texts are one article; '{theirs}' is one of site.yml's own publications, '{baseDraft.Publication}' is not (a site's or publisher's name)",
                });
        }
        // A web page may name only the body that publishes it ("Brannock Centre for Maritime Security"); the other version
        // names the periodical the article appeared in ("Thessmark Coast Monitor"): the periodical is the publication.
        else if (other.Publication is { } periodical && SiteMasthead.EndsWithPeriodicalNoun(periodical)
            && baseDraft.Publication is { } body && SiteMasthead.NamesPublishingBody(body))
        {
            merged = merged with { Publication = periodical, Volume = other.Volume ?? merged.Volume, Issue = other.Issue ?? merged.Issue };
            actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {periodical}", other.Origin)
            {
                Before = $"publication: {body}",
                After = $"publication: {periodical}",
                Reason = $"the two texts are one article; '{periodical}' names a periodical, '{body}' the body that publishes it",
            });
        }
        // A title that is a paragraph (a reader took the first one for it) gives way to the other version's title.
        if (IsParagraphForTitle(baseDraft.Title) && !IsParagraphForTitle(other.Title))
        {
            merged = merged with { Title = other.Title };
            actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"title: {other.Title}", other.Origin)
            {
                Before = $"title: {baseDraft.Title}",
                After = $"title: {other.Title}",
                Reason = "the two texts are one article; one version's title is a paragraph of its text, the other's a title",
            });
        }
        // A date one side read wins over a date the other inferred (a masthead's month without the day).
        if ((ReadDate(baseDraft) ?? ReadDate(other)) is { } read)
            merged = merged with { Date = read, Inferred = merged.Inferred.Where(f => f != WholeIssueFormat.InferredDate).ToList() };
        return merged;
    }

    private static bool IsParagraphForTitle(string title) => TextLines.WordCount(title) > MaxTitleWords;

    /// <summary>More words than any headline prints: a paragraph of text.</summary>
    private const int MaxTitleWords = 35;

    private static DateOnly? ReadDate(ArticleDraft draft) =>
        draft.Inferred.Contains(WholeIssueFormat.InferredDate, StringComparer.Ordinal) ? null : draft.Date;

    private static ArticleDraft MergeFields(ArticleDraft baseDraft, ArticleDraft other)
    {
        // A kind one version's text names (a label, the page's own genre) beats a kind the other has only by convention
        // (an issue's unlabelled article, a page naming no genre: a feature); the convention's reason goes with it.
        var kindFrom = baseDraft.KindByConvention && other.Kind is not null && !other.KindByConvention || baseDraft.Kind is null
            ? other
            : baseDraft;
        var merged = Fields(baseDraft, other) with { Kind = kindFrom.Kind ?? baseDraft.Kind, KindByConvention = kindFrom.Kind is null ? baseDraft.KindByConvention : kindFrom.KindByConvention };
        if (ReferenceEquals(kindFrom, other) && baseDraft.Kind is not null)
            merged = merged with
            {
                Inferred = baseDraft.Inferred.Where(f => f != KindField).Union(other.Inferred, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                InferredFrom = baseDraft.InferredFrom.Where(v => v.Field != KindField).Concat(other.InferredFrom).ToList(),
            };
        return merged;
    }

    private const string KindField = "kind";

    private static ArticleDraft Fields(ArticleDraft baseDraft, ArticleDraft other) => baseDraft with
    {
        Authors = baseDraft.Authors.Count > 0 ? baseDraft.Authors : other.Authors,
        Notes = CountNotes(other.Notes) > CountNotes(baseDraft.Notes) ? other.Notes : baseDraft.Notes ?? other.Notes,
        AuthorBio = baseDraft.AuthorBio ?? other.AuthorBio,
        AuthorLinks = baseDraft.AuthorLinks.Concat(other.AuthorLinks).Distinct(StringComparer.Ordinal).ToList(),
        Date = baseDraft.Date ?? other.Date,
        Publication = baseDraft.Publication ?? other.Publication,
        Volume = baseDraft.Volume ?? other.Volume,
        Issue = baseDraft.Issue ?? other.Issue,
        Kind = baseDraft.Kind ?? other.Kind,
        Summary = baseDraft.Summary ?? other.Summary,
        Url = baseDraft.Url ?? other.Url,
        SiteUrl = baseDraft.SiteUrl ?? other.SiteUrl,
        Inferred = baseDraft.Inferred.Union(other.Inferred, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        InferredFrom = baseDraft.InferredFrom.Concat(other.InferredFrom).ToList(),
        Sources = baseDraft.Sources.Union(other.Sources, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
    };

    /// <summary>Links of <paramref name="source"/> whose text <paramref name="target"/> has, unlinked, are linked there too.</summary>
    public static string TransplantLinks(string target, string source)
    {
        foreach (Match link in MarkdownLink().Matches(source))
        {
            var text = link.Groups["text"].Value;
            var url = link.Groups["url"].Value;
            if (url is "" or "#" || text.Length < 2) continue;
            if (target.Contains("](" + url + ")", StringComparison.Ordinal) || target.Contains("[" + text + "]", StringComparison.Ordinal)) continue;
            var at = FindUnlinked(target, text);
            if (at < 0) continue;
            target = target[..at] + "[" + text + "](" + url + ")" + target[(at + text.Length)..];
        }
        return target;
    }

    private static int FindUnlinked(string text, string phrase)
    {
        var from = 0;
        while (true)
        {
            var at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            var end = at + phrase.Length;
            var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
            var insideLink = text.LastIndexOf('[', at) > text.LastIndexOf(']', at);
            if (wordStart && wordEnd && !insideLink) return at;
            from = at + 1;
        }
    }

    private static int CountNotes(string? notes) =>
        notes is null ? 0 : notes.Split('\n').Count(l => NotesSection.IsNoteEntry(l));

    private static double ShingleSimilarity(string a, string b)
    {
        var sa = ShinglesOf(a);
        var sb = ShinglesOf(b);
        if (sa.Count < 10 || sb.Count < 10) return 0;
        var (small, large) = sa.Count <= sb.Count ? (sa, sb) : (sb, sa);
        var common = small.Count(large.Contains);
        return (double)common / small.Count;
    }

    /// <summary>
    /// The five-word shingles of a body, computed once per body string: grouping compares every draft with every
    /// other, so without this a large import spends most of its time re-splitting the same bodies.
    /// </summary>
    internal static HashSet<string> ShinglesOf(string text) => ShingleCache.GetValue(text, static body =>
    {
        var words = Words(body);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 < words.Length; i++) set.Add(string.Join(' ', words, i, 5));
        return set;
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, HashSet<string>> ShingleCache = new();

    /// <summary>Words of the text with link targets left out, so "[Dawn](url)" and "Dawn" compare equal.</summary>
    internal static string[] Words(string text) =>
        TextShapes.NormalizeForMatch(LinkTarget().Replace(text, "")).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\[(?<text>[^\[\]]+)\]\((?<url>[^)\s]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();
}

/// <summary>The merged drafts and every decision the merges took, for the import report.</summary>
public sealed record MergeOutcome(IReadOnlyList<ImportedDraft> Drafts, IReadOnlyList<FixupAction> Actions);

/// <summary>The text of an article already in the archive, and the seeds it came from.</summary>
public sealed record ArchiveText(IReadOnlyList<string> Sources, string Text);

using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import;

/// <summary>
/// Finds the same article arriving from two seeds (an issue's PDF text and the article's web page) and merges
/// them into one whose <c>sources</c> name both.
/// <para>
/// Same article: same publication, volume and issue and nearly the same title; or nearly the same title and
/// overlapping bodies; or bodies that are mostly the same text whatever the metadata says.
/// </para>
/// <para>
/// The merge keeps the body of the more faithful format (a web page's typographic quotes and paragraphing beat a
/// PDF extraction's page-break splits) and takes from the other what the base lacks: Markdown links around text
/// the base has unlinked, paragraphs the base does not have (inserted where they stood, e.g. a closing bio), the
/// longer Notes list, the author bio, and any metadata field the base leaves empty.
/// </para>
/// </summary>
public static partial class DuplicateMerger
{
    public static IReadOnlyList<ImportedDraft> Merge(IReadOnlyList<ImportedDraft> drafts, List<Diagnostic> diagnostics)
    {
        var groups = new List<List<ImportedDraft>>();
        foreach (var draft in drafts)
        {
            var group = groups.FirstOrDefault(g => g.Any(member => IsSameArticle(member.Draft, draft.Draft)));
            if (group is null) groups.Add([draft]);
            else group.Add(draft);
        }

        var result = new List<ImportedDraft>();
        foreach (var group in groups)
        {
            // Highest fidelity first; among equals, the order the seeds were read in.
            var ordered = group.Select((d, i) => (d, i)).OrderByDescending(x => x.d.TextFidelity).ThenBy(x => x.i).Select(x => x.d).ToList();
            var merged = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportDuplicateMerged,
                    $"same article as {other.Draft.Origin}; merged, with this text as the base", merged.Draft.Origin));
                merged = merged with
                {
                    Draft = MergePair(merged.Draft, other.Draft),
                    InferredYear = merged.InferredYear ?? other.InferredYear,
                };
            }
            result.Add(merged);
        }
        return result;
    }

    public static bool IsSameArticle(ArticleDraft a, ArticleDraft b)
    {
        if (a.Sources.Intersect(b.Sources, StringComparer.Ordinal).Any()) return false;
        var titleSimilar = TextShapes.NormalizeForMatch(a.Title) == TextShapes.NormalizeForMatch(b.Title)
            || TextShapes.WordSimilarity(a.Title, b.Title) >= 0.8;
        var sameIssue = a.Publication is not null && b.Publication is not null
            && TextShapes.NormalizeForMatch(a.Publication) == TextShapes.NormalizeForMatch(b.Publication)
            && a.Volume is not null && a.Volume == b.Volume && a.Issue is not null && a.Issue == b.Issue;
        if (titleSimilar && sameIssue) return true;
        var bodySimilarity = ShingleSimilarity(a.Body, b.Body);
        return (titleSimilar && bodySimilarity >= 0.3) || bodySimilarity >= 0.6;
    }

    private static ArticleDraft MergePair(ArticleDraft baseDraft, ArticleDraft other)
    {
        var merged = MergeFields(baseDraft, other);
        // A date one side read wins over a date the other inferred (a masthead's month without the day).
        if ((ReadDate(baseDraft) ?? ReadDate(other)) is { } read)
            merged = merged with { Date = read, Inferred = merged.Inferred.Where(f => f != WholeIssueFormat.InferredDate).ToList() };
        return merged;
    }

    private static DateOnly? ReadDate(ArticleDraft draft) =>
        draft.Inferred.Contains(WholeIssueFormat.InferredDate, StringComparer.Ordinal) ? null : draft.Date;

    private static ArticleDraft MergeFields(ArticleDraft baseDraft, ArticleDraft other) => baseDraft with
    {
        Body = MergeBodies(baseDraft.Body, other.Body),
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
        Sources = baseDraft.Sources.Union(other.Sources, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
    };

    /// <summary>
    /// The base's paragraphs, with links transplanted from the matching paragraphs of the other text, and the
    /// other's unmatched paragraphs inserted after the base paragraph its predecessor matched.
    /// </summary>
    public static string MergeBodies(string baseBody, string otherBody)
    {
        var paragraphs = Paragraphs(baseBody).Select(p => new List<string> { p }).ToList();
        if (paragraphs.Count == 0) return otherBody;
        var baseShingles = paragraphs.Select(p => Bigrams(p[0])).ToList();
        var insertAfter = -1;
        foreach (var paragraph in Paragraphs(otherBody))
        {
            var grams = Bigrams(paragraph);
            var best = -1;
            var bestScore = 0.0;
            for (var i = 0; i < baseShingles.Count; i++)
            {
                if (grams.Count == 0) break;
                var score = (double)grams.Count(baseShingles[i].Contains) / grams.Count;
                if (score > bestScore) { bestScore = score; best = i; }
            }
            if (best >= 0 && bestScore >= 0.6)
            {
                paragraphs[best][0] = TransplantLinks(paragraphs[best][0], paragraph);
                insertAfter = best;
            }
            else if (insertAfter < 0)
            {
                paragraphs[0].Insert(0, paragraph);
            }
            else
            {
                paragraphs[insertAfter].Add(paragraph);
            }
        }
        return string.Join("\n\n", paragraphs.SelectMany(p => p));
    }

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

    private static IEnumerable<string> Paragraphs(string body) =>
        body.Split("\n\n").Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0);

    private static HashSet<string> Bigrams(string text)
    {
        var words = Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Length; i++) set.Add(words[i] + " " + words[i + 1]);
        if (words.Length == 1) set.Add(words[0]);
        return set;
    }

    private static double ShingleSimilarity(string a, string b)
    {
        static HashSet<string> Shingles(string text)
        {
            var words = Words(text);
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 4 < words.Length; i++) set.Add(string.Join(' ', words, i, 5));
            return set;
        }
        var sa = Shingles(a);
        var sb = Shingles(b);
        if (sa.Count < 10 || sb.Count < 10) return 0;
        var common = sa.Count(sb.Contains);
        return (double)common / Math.Min(sa.Count, sb.Count);
    }

    /// <summary>Words of the text with link targets left out, so "[Dawn](url)" and "Dawn" compare equal.</summary>
    private static string[] Words(string text) =>
        TextShapes.NormalizeForMatch(LinkTarget().Replace(text, "")).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\[(?<text>[^\[\]]+)\]\((?<url>[^)\s]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();
}

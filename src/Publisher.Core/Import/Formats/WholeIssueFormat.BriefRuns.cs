using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// The shape of a piece's text that tells a brief from a feature in the same issue: its words (notes apart), whether
    /// it has notes (a notes section or "[n]" markers in two places) and whether subheadings divide it.
    /// </summary>
    internal sealed record PieceShape(int Words, bool HasNotes, bool HasSubheadings);

    internal static PieceShape ShapeOf(IReadOnlyList<TextBlock> content)
    {
        var (body, notes) = NotesSection.Split(content);
        var words = body.Sum(b => TextLines.WordCount(b.Joined));
        var markers = body.Sum(b => NoteMarker().Matches(b.Joined).Count);
        var subheadings = 0;
        for (var i = 1; i + 1 < body.Count; i++)
            if (body[i].IsSingleLine && TextLines.WordCount(body[i].FirstText) <= 8 && ParagraphShape.LooksLikeTitleCaseHeading(body[i].FirstText)
                && IsParagraph(body[i + 1]))
                subheadings++;
        return new PieceShape(words, notes is not null || markers >= 2, subheadings > 0);
    }

    /// <summary>
    /// A block of prose under a subheading: wrapped over several lines, or — in text printed one paragraph per line — one
    /// line long enough to be a paragraph, not another heading (at least 25 words).
    /// </summary>
    internal static bool IsParagraph(TextBlock block) =>
        !block.IsSingleLine || TextLines.WordCount(block.FirstText) >= 25;

    /// <summary>
    /// A piece that ends a run of briefs although no label is printed before it: much longer than the longest brief
    /// of the run and built like a feature (notes or subheadings), or so long that its length alone says so.
    /// </summary>
    internal static bool EndsBriefRun(PieceShape piece, int longestBrief) =>
        longestBrief > 0
        && (piece.Words * 2 >= longestBrief * 3 && (piece.HasNotes || piece.HasSubheadings) || piece.Words * 2 >= longestBrief * 5);

    /// <summary>
    /// A piece that stays in a run of briefs although the contents list it by title (as they list features): no
    /// subheadings, and not much longer than the longest brief of the run (a brief may cite a note or two).
    /// </summary>
    internal static bool ContinuesBriefRun(PieceShape piece, int longestBrief) =>
        longestBrief > 0 && !piece.HasSubheadings && piece.Words * 4 <= longestBrief * 5;

    /// <summary>
    /// The kind of the section the contents file entry <paramref name="entry"/> under: the nearest section entry before it
    /// ("In Brief", "COMMENT"), read as an issue's section label; null when no section entry comes before it or the
    /// section names no kind.
    /// </summary>
    internal static string? ContentsSectionKind(IReadOnlyList<TocEntry> toc, int entry)
    {
        for (var i = entry - 1; i >= 0; i--)
            if (toc[i].IsSection) return SectionLabels.IssueKind(toc[i].Title);
        return null;
    }

    /// <summary>
    /// The section entry the contents open with, the last of them when several come before the first title ("BRIEFS ….. 1"
    /// over the features listed by title): the issue's first pieces fall under it. Null when the contents open with a title.
    /// </summary>
    internal static int? OpeningSectionEntry(IReadOnlyList<TocEntry> toc)
    {
        var count = toc.TakeWhile(e => e.IsSection).Count();
        return count > 0 && count < toc.Count ? count - 1 : null;
    }

    /// <summary>The contents open with a run's label ("BRIEFS …… 1" over the features listed by title): the issue's first pieces are that run.</summary>
    internal static bool ContentsOpenWithRun(IReadOnlyList<TocEntry> toc) =>
        OpeningSectionEntry(toc) is { } opening && SectionLabels.OpensRun(toc[opening].Title);

    /// <summary>
    /// The kind of the group the contents file entry <paramref name="entry"/> under, when the contents are grouped: they
    /// open with a section entry and name two sections or more ("At a Glance" over two titles, "Analysis" over one). The
    /// group's label as an issue's section label, else, unknown to the catalogue, a brief's section over two entries or
    /// more and its own genre (or a feature) over one (<see cref="SectionLabels.UnknownSectionKind"/>). Null otherwise.
    /// </summary>
    internal static string? GroupedContentsKind(IReadOnlyList<TocEntry> toc, int entry)
    {
        if (toc.Count == 0 || !toc[0].IsSection || toc.Count(e => e.IsSection) < 2 || toc[entry].IsSection) return null;
        var section = entry - 1;
        while (section >= 0 && !toc[section].IsSection) section--;
        if (section < 0) return null;
        var listed = toc.Skip(section + 1).TakeWhile(e => !e.IsSection).Count();
        return SectionLabels.IssueKind(toc[section].Title) ?? SectionLabels.UnknownSectionKind(toc[section].Title, run: listed >= 2);
    }

    private static InferredValue BriefRunEnded(string kind, PieceShape piece, int longestBrief, TextBlock label, RawSource source) =>
        new("kind", kind,
            $"the article ({piece.Words} words{(piece.HasNotes ? ", with notes" : "")}{(piece.HasSubheadings ? ", with subheadings" : "")}) is much longer than the "
            + $"briefs under the label \"{label.FirstText.Trim()}\" (the longest {longestBrief} words): it ends their run, though no label is printed before it — check the kind",
            new SourceLocation(source.Path, label.Line));

    private static InferredValue BriefRunContinued(PieceShape piece, int longestBrief, TextBlock label, RawSource source) =>
        new("kind", ArticleKinds.Brief,
            $"the contents list the article by title, as they list features, but it is as short as the briefs under the label \"{label.FirstText.Trim()}\" "
            + $"({piece.Words} words, the longest brief {longestBrief}, no subheadings): it stays in their run — check the kind",
            new SourceLocation(source.Path, label.Line));

    [GeneratedRegex(@"\[\d{1,3}\]")]
    private static partial Regex NoteMarker();
}

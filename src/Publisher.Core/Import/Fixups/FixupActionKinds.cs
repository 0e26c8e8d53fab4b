namespace Publisher.Core.Import.Fixups;

/// <summary>The stable kinds of <see cref="FixupAction"/>, so the import report can count fixes by kind.</summary>
public static class FixupActionKinds
{
    /// <summary>Text removed because it is recognised boilerplate; the detail is the full removed text.</summary>
    public const string DroppedBoilerplate = "dropped-boilerplate";

    /// <summary>
    /// An author's social handle found in the body and moved to the author's profile (not dropped); the detail keeps
    /// it ("Twitter: @name"), <c>After</c> is the profile line.
    /// </summary>
    public const string AuthorSocial = "author-social";

    /// <summary>A label the reader left out of the text because it became a front matter value (a category label → <c>kind</c>).</summary>
    public const string UsedForField = "used-for-field";

    /// <summary>A front matter value import inferred rather than read (the detail names the field, <c>Reason</c> says from what).</summary>
    public const string InferredValue = "inferred-value";

    /// <summary>
    /// A saved web page's element left out of the seed text because it is page furniture (navigation, a share bar, a
    /// cookie box, related links) or lies outside the article's element; the detail is its full text, <c>Reason</c> says which.
    /// </summary>
    public const string DroppedPageElement = "dropped-page-element";

    /// <summary>
    /// A PDF seed's running header or footer, or a page number, left out of the seed text by its position on the page and
    /// its repetition across pages; the detail is the full line and the page it stood on.
    /// </summary>
    public const string DroppedPdfRunningLine = "dropped-pdf-running-line";

    public const string NormalizedLineEnds = "normalized-line-ends";
    public const string RemovedByteOrderMark = "removed-bom";
    public const string RepairedMojibake = "repaired-mojibake";
    public const string RemovedInvisibleCharacters = "removed-invisible-characters";
    public const string ReplacedNonBreakingSpaces = "replaced-non-breaking-spaces";
    public const string SpelledLigatures = "spelled-ligatures";
    public const string TrimmedTrailingWhitespace = "trimmed-trailing-whitespace";
    public const string UnboxedText = "unboxed-text";
    public const string RemovedLinkMarkers = "removed-link-markers";

    public const string RejoinedPageBreak = "rejoined-page-break";
    public const string MadeHeading = "made-heading";

    public const string ConvertedFootnote = "converted-footnote";

    public const string LinkedOutlet = "linked-outlet";
    public const string UnlinkedBrokenLink = "unlinked-broken-link";
    public const string CleanedLinkText = "cleaned-link-text";
    public const string AbsolutizedLink = "absolutized-link";
    public const string NormalizedUrl = "normalized-url";

    /// <summary>A link named after a known outlet pointed at another site's root; the outlet list's address replaced it.</summary>
    public const string CorrectedOutletUrl = "corrected-outlet-url";
    public const string LinkedSelfCitation = "linked-self-citation";

    public const string ExtractedAuthorBio = "extracted-author-bio";

    /// <summary>A group of an issue's shared notes section, headed by an article's title, became that article's notes; the detail is the head.</summary>
    public const string DistributedNotes = "distributed-notes";

    /// <summary>A label line over a moved bio ("## Contributors", "About the author"), dropped with it; the detail is the label.</summary>
    public const string DroppedBioLabel = "dropped-bio-label";

    /// <summary>Two seeds held the same article and were merged; the detail names both and which text was the base.</summary>
    public const string MergedDuplicate = "merged-duplicate";

    /// <summary>The two versions of a merged article read differently at one place; Before holds both readings, After the chosen one.</summary>
    public const string MergeDifference = "merge-difference";

    /// <summary>A prose paragraph only the non-base version had, taken into the merged article; the detail is the paragraph.</summary>
    public const string MergeAddedParagraph = "merge-added-paragraph";

    /// <summary>A paragraph only the non-base version had and the merge left out (furniture, not prose); the detail is "what: text".</summary>
    public const string MergeSkippedParagraph = "merge-skipped-paragraph";

    /// <summary>A page without a byline got its authors from its closing bio; the detail lists the names.</summary>
    public const string AuthorsFromBio = "authors-from-bio";

    /// <summary>A publication name printed in capitals or another spelling, written in its proper form.</summary>
    public const string NormalizedPublication = "normalized-publication";

    /// <summary>The publication an article names is one of site.yml's own publications (by name or alias): its proper name, not press.</summary>
    public const string OwnPublication = "own-publication";

    /// <summary>A running number before a title ("3 — Title", "No. 4 – Title") dropped from it; the detail is "before → after".</summary>
    public const string TitleNumber = "title-number";
}

namespace Publisher.Core.Import.Fixups;

/// <summary>The stable kinds of <see cref="FixupAction"/>, so the import report can count fixes by kind.</summary>
public static class FixupActionKinds
{
    /// <summary>Text removed because it is recognised boilerplate; the detail is the full removed text.</summary>
    public const string DroppedBoilerplate = "dropped-boilerplate";

    /// <summary>An author's social handle found in the body (the detail keeps it, e.g. "Twitter: @name").</summary>
    public const string AuthorSocial = "author-social";

    public const string NormalizedLineEnds = "normalized-line-ends";
    public const string RemovedByteOrderMark = "removed-bom";
    public const string RepairedMojibake = "repaired-mojibake";
    public const string RemovedInvisibleCharacters = "removed-invisible-characters";
    public const string ReplacedNonBreakingSpaces = "replaced-non-breaking-spaces";
    public const string TrimmedTrailingWhitespace = "trimmed-trailing-whitespace";

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

    /// <summary>A publication name printed in capitals or another spelling, written in its proper form.</summary>
    public const string NormalizedPublication = "normalized-publication";
}

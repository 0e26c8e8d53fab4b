namespace Publisher.Core.Import.Formats;

public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Where an article starts: its title block, its byline block (none for a brief the contents list without an
    /// author), the first block of its text, and the first of these (a byline may be printed above the title).
    /// </summary>
    private sealed record ArticleStart(int Title, int? Byline, int Content)
    {
        /// <summary>The block that signs the article at its end ("— NAME, Place"), when no byline is under its title.</summary>
        public int? Signature { get; init; }

        /// <summary>Found from the PDF's type (a title set bold and large), not from the words alone.</summary>
        public bool FromType { get; init; }

        public int First => Byline is { } b && b < Title ? b : Title;
    }
}

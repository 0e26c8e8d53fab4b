using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;

namespace Publisher.Tests.Import.Review;

/// <summary>A small invented import (two seeds, two articles, one merged from both) for the review report's tests.</summary>
internal static class InventedImport
{
    public const string Issue = "seeds/010_issue.txt";
    public const string Web = "seeds/011_web.txt";

    public static ImportReport Report() => new()
    {
        Seeds = [new SeedSummary(Issue, "whole-issue", 0.9, 2), new SeedSummary(Web, "web-article", 0.95, 1)],
        SeedTexts =
        [
            new SeedSource(Issue,
            [
                "Lakeland Monitor", "Notes from the shore <weekly>", "",
                "Ferry Strike Ends", "By Mara Quill", "The strike ended on Monday when the",
                "p. 2", "union accepted the offer. See [Harbour Times](#).", "Twitter: @maraquill", "",
                "Bridge Opens", "By:", "The new bridge opened to traffic & bicycles.",
            ]),
            new SeedSource(Web, ["Ferry Strike Ends", "By Mara Quill", "The strike ended on Monday when the union accepted the offer."]),
        ],
        Articles =
        [
            new ArticleResult("Bridge Opens", "input/articles/2024/bridge-opens.md", FileStatus.Created, [Issue],
                [new SeedSpan(Issue, 11, 13)], "---\ntitle: Bridge Opens\nauthors: []\n---\n\nThe new bridge opened to traffic & bicycles.\n"),
            new ArticleResult("Ferry Strike Ends", "input/articles/2024/ferry-strike-ends.md", FileStatus.Unchanged, [Issue, Web],
                [new SeedSpan(Issue, 4, 9), new SeedSpan(Web, 1, 3)],
                "---\ntitle: Ferry Strike Ends\nauthors:\n- Mara Quill\n---\n\nThe strike ended on Monday when the union accepted the offer. See [Harbour Times](https://harbour.example/).\n"),
        ],
        Files =
        [
            new FileOutcome("articles/2024/bridge-opens.md", FileStatus.Created, true),
            new FileOutcome("articles/2024/ferry-strike-ends.md", FileStatus.Unchanged, true),
            new FileOutcome("authors/mara-quill.md", FileStatus.Created, false),
        ],
        Fixes =
        [
            new FixupAction(FixupActionKinds.RejoinedPageBreak, "the strike ended on Monday when the | union accepted the offer", new SourceLocation(Issue, 6)),
            new FixupAction(FixupActionKinds.LinkedOutlet, "[Harbour Times](#) → [Harbour Times](https://harbour.example/)", new SourceLocation(Issue, 8)),
            new FixupAction(FixupActionKinds.AuthorSocial, "Twitter: @maraquill", new SourceLocation(Issue, 9))
                { Before = "Twitter: @maraquill", After = "Twitter: [@maraquill](https://twitter.com/maraquill)", Reason = "a handle line is about the author" },
            new FixupAction("merge-difference", "Monday / monday", new SourceLocation(Web, 3))
                { Before = "monday", After = "Monday", Reason = "the issue capitalises it" },
            new FixupAction(FixupActionKinds.DroppedBoilerplate, "page number: p. 2", new SourceLocation(Issue, 7)),
        ],
        Dropped = [new Publisher.Core.Import.Formats.DroppedPiece("masthead", "Notes from the shore <weekly>", new SourceLocation(Issue, 2))],
        Diagnostics =
        [
            Diagnostic.Info(DiagnosticCodes.ImportDuplicateMerged, "same article as seeds/011_web.txt:1; merged, with this text as the base", new SourceLocation(Issue, 4)),
            Diagnostic.Warning(DiagnosticCodes.ImportAuthorMissing, "\"Bridge Opens\" names no author", new SourceLocation(Issue, 12)),
        ],
    };
}

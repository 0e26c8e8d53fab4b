namespace Publisher.Core.Import.Fixups;

/// <summary>The fix-up rules import runs, in the order that makes each one's input what it expects.</summary>
public static class DefaultFixups
{
    public static FixupPipeline Create() => new(
        TextRules:
        [
            // Encoding and whitespace first: every other rule matches on clean characters and LF lines.
            new NormalizeTextFixup(),
            // Page furniture before the reader splits the seed, so headers and page numbers never
            // end up inside a title, a byline or a body. Lines are blanked, so line numbers hold.
            new StripPageFurnitureFixup(),
        ],
        DraftRules:
        [
            new RejoinPageBreaksFixup(),
        ]);
}

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// The fix-up rules import runs, in the order that makes each one's input what it expects.
/// Every rule but the last keeps the line count of the text it changes (removed text leaves blank
/// lines), so diagnostics of later rules still point at the right seed lines.
/// </summary>
public static class DefaultFixups
{
    public static FixupPipeline Create() => new(
        TextRules:
        [
            // 1. Encoding and whitespace first: every other rule matches on clean characters and LF lines
            //    (mojibake quotes would hide sentence ends, NBSP would hide blank lines).
            new NormalizeTextFixup(),
            // 2. Page furniture before the reader splits the seed, so headers and page numbers never end
            //    up inside a title, a byline or a body, and the page-break splits they sat in become plain
            //    blank-line splits that RejoinPageBreaks can see.
            new StripPageFurnitureFixup(),
        ],
        DraftRules:
        [
            // 3. Boilerplate before rejoining: a caption, label or pull quote between two halves of a
            //    split paragraph would otherwise block the join, or be glued into the prose by it.
            new StripBoilerplateFixup(),
            // 4. Rejoin page breaks (body and notes) before anything reads paragraphs: the bio is the last
            //    real paragraph and a note split across a page must be whole before it becomes a footnote.
            new RejoinPageBreaksFixup(),
            // 5. Bio after boilerplate (a trailing social handle or related list is not the last paragraph)
            //    and before footnotes (which append definitions after it).
            new ExtractAuthorBioFixup(),
            // 6. Footnotes once paragraphs and notes are whole; definitions go to the end of the body.
            new ConvertFootnotesFixup(),
            // 7. Links last among the text rules: they see the final body, bio and summary, including the
            //    footnote definitions, which carry many of the citations.
            new RepairLinksFixup(),
            // 8. Collapse the blank lines the rules left behind. Tags are not a draft rule: the
            //    orchestrator calls TagMatcher.Match on the finished draft.
            new TidyLayoutFixup(),
        ]);
}

using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>An author's bio printed as a footnote at the foot of a page, inside the article's text.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// "________" / "† Ann Lee is the editor of …": a bio opening with a footnote mark (†, ‡, *), perhaps under a rule,
    /// about the article's authors, wherever a page's foot put it. It leaves the text (so the sentence a page break split
    /// joins across it) and is returned as the authors' bio; the rule is listed as dropped, the bio as extracted.
    /// </summary>
    private static (List<TextBlock> Content, string? Bio, int Line) TakePageFootBios(List<TextBlock> content, IReadOnlyList<string> authors,
        RawSource source, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        if (authors.Count == 0) return (content, null, 0);
        var kept = new List<TextBlock>();
        var bios = new List<string>();
        var firstLine = 0;
        foreach (var block in content)
        {
            var rules = block.Lines.TakeWhile(l => RuleLine.Is(l.Text)).ToList();
            // The page's footnotes may follow the bio on the next lines ("1 Figures from …"): they stay in the text.
            var rest = block.Lines.Skip(rules.Count).TakeWhile((l, n) => n == 0 || !NoteStart().IsMatch(l.Text.TrimStart())).ToList();
            var notes = block.Lines.Skip(rules.Count + rest.Count).ToList();
            var text = rest.Count == 0 ? "" : TextShapes.UnwrapTitle(rest.Select(l => l.Text));
            var bio = ArticleEndEvidence.WithoutNoteMark(text);
            if (rest.Count == 0 || !ArticleEndEvidence.HasNoteMark(text) || !BioParagraph.IsBio(bio)
                || !BioParagraph.Subjects(bio).Any(s => authors.Any(a => SameName(a, s))))
            {
                kept.Add(block);
                continue;
            }
            if (notes.Count > 0) kept.Add(new TextBlock(notes));
            foreach (var rule in rules)
                dropped.Add(new DroppedPiece("rule over a footnote", rule.Text.Trim(), new SourceLocation(source.Path, rule.Number)));
            actions.Add(new FixupAction(FixupActionKinds.ExtractedAuthorBio, bio, new SourceLocation(source.Path, rest[0].Number))
            {
                After = $"bio of {string.Join(", ", authors)}",
                Reason = "a bio printed as a footnote at the foot of a page, opening with the mark the byline puts after the names",
            });
            if (firstLine == 0) firstLine = rest[0].Number;
            bios.Add(bio);
        }
        return bios.Count == 0 ? (content, null, 0) : (kept, string.Join("\n\n", bios), firstLine);
    }

    /// <summary>
    /// The article's last paragraph with its closing bio printed on the lines right under it ("… fields." / "Ann Lee is the
    /// editor of …"): the bio becomes a block of its own, so the bio rule reads it as a closing bio. Only a bio about one of
    /// the byline's authors.
    /// </summary>
    private static List<TextBlock> BioApartFromLastParagraph(List<TextBlock> content, IReadOnlyList<string> authors)
    {
        if (content.Count < 2 || authors.Count == 0 || content[^1].Lines.Count < 2) return content;
        var last = content[^1];
        if (ArticleEndEvidence.BioStart(last.Lines.Select(l => l.Text).ToList()) is not { } k || k == 0) return content;
        var bio = TextShapes.UnwrapTitle(last.Lines.Skip(k).Select(l => l.Text));
        if (!BioParagraph.Subjects(bio).Any(s => authors.Any(a => SameName(a, s)))) return content;
        return [.. content.Take(content.Count - 1), new TextBlock(last.Lines.Take(k).ToList()), new TextBlock(last.Lines.Skip(k).ToList())];
    }

    /// <summary>A footnote's first line: "1 Figures …", "[2] Statements …", "3. On …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\[\d{1,3}\]|\d{1,3}[.)]?\s+\S)")]
    private static partial System.Text.RegularExpressions.Regex NoteStart();

    private static bool SameName(string a, string b) => TextShapes.NormalizeForMatch(a) == TextShapes.NormalizeForMatch(b);
}

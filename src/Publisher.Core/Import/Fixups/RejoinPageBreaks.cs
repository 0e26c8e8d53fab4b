using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 3: rejoins paragraphs that a page break split mid-sentence, and turns real headings into
/// <c>## Heading</c>. A paragraph continues into the next when it ends mid-word (hyphen or dash), when
/// the next starts in lower case, or when it ends mid-sentence and the next does not look like a
/// heading. Short title-like lines between finished paragraphs are headings.
/// Hyphens at a break are kept for prefixes and names ("anti-", "Al-") and before capitals, and
/// dropped only when the unhyphenated word appears elsewhere in the text (and the hyphenated one does not).
/// Lines are never added or removed: a joined paragraph leaves blank lines behind, so later rules
/// still report correct seed lines. Works on notes too (with <c>makeHeadings: false</c>).
/// </summary>
public static partial class RejoinPageBreaks
{
    /// <param name="webText">
    /// True for web-shaped text, which has no page breaks: a paragraph is joined to the next only when it stops
    /// mid-word or mid-sentence and the next goes on in lower case (a scraper's split), never by the looser PDF rules that would
    /// glue a page of one-line paragraphs together.
    /// </param>
    /// <param name="noteLines">
    /// Lines that may hold the article's note list (the Notes section) besides the text itself: a paragraph ending
    /// "…guided it.1" ends its sentence when note 1 is listed (<see cref="GluedMarkers.EndsSentence"/>).
    /// </param>
    public static FixupResult Apply(string text, FixupContext context, bool makeHeadings = true, bool webText = false, string? noteLines = null)
    {
        var lines = TextLines.Split(text);
        var noteNumbers = GluedMarkers.NoteNumbers(noteLines is null ? lines : lines.Concat(TextLines.Split(noteLines)));
        var blocks = Paragraph.Parse(lines).Select(p => new Block(p.StartLine, p.Lines.ToList())).ToList();
        var diagnostics = new List<Diagnostic>();
        var actions = new List<FixupAction>();

        var merged = new List<Block>();
        foreach (var block in blocks)
        {
            var previous = merged.Count > 0 ? merged[^1] : null;
            // "“… shoot at.”" / "— Captain NAME, master of the Grey Heron": the attribution closes the quotation's paragraph.
            var attributed = previous is not null && QuotationAttribution.Closes(LineAbove(merged, previous), previous.Lines[^1]);
            if (previous is not null && !attributed && (webText ? ShouldJoinWebText(previous, block, noteNumbers) : ShouldJoin(previous, block, noteNumbers)))
            {
                var join = JoinText(previous, block, text, context, diagnostics);
                actions.Add(new FixupAction(FixupActionKinds.RejoinedPageBreak,
                    $"{TextLines.Tail(previous.Lines[^1])} | {TextLines.Excerpt(block.Lines[0], 40)}", context.At(block.Start)));
                previous.Lines[^1] = join;
                previous.Lines.AddRange(block.Lines.Skip(1));
                continue;
            }
            merged.Add(block);
        }

        if (makeHeadings) MarkHeadings(merged, context, actions);

        var output = new string[lines.Length];
        Array.Fill(output, "");
        foreach (var block in merged)
            for (var i = 0; i < block.Lines.Count; i++) output[block.Start + i] = block.Lines[i];
        var result = TextLines.Join(output);
        return result == text ? FixupResult.Unchanged(text) with { Diagnostics = diagnostics } : new FixupResult(result, diagnostics, actions);
    }

    /// <summary>The line above a block's last line: in the block, or the last line of the block before it.</summary>
    private static string? LineAbove(List<Block> merged, Block block) =>
        block.Lines.Count > 1 ? block.Lines[^2] : merged.Count > 1 ? merged[^2].Lines[^1] : null;

    private sealed record Block(int Start, List<string> Lines)
    {
        public bool IsHeading { get; set; }
    }

    /// <summary>How the paragraph ends, a glued note marker after a full stop counting as the sentence's end.</summary>
    private static ParagraphEnd EndOf(string line, IReadOnlySet<int> noteNumbers)
    {
        var end = ParagraphShape.EndOf(line);
        return end == ParagraphEnd.Open && GluedMarkers.EndsSentence(line, noteNumbers) ? ParagraphEnd.Closed : end;
    }

    private static bool ShouldJoin(Block previous, Block next, IReadOnlySet<int> noteNumbers)
    {
        var a = previous.Lines[^1];
        var b = next.Lines[0];
        if (previous.IsHeading || a.TrimStart().StartsWith('#') || a.TrimStart().StartsWith('|') || a.StartsWith("```", StringComparison.Ordinal)) return false;
        // A rule line ("-----") parts what is around it; its dashes are no broken word.
        if (ParagraphShape.IsStructural(b) || RuleLine.Is(a) || RuleLine.Is(b)) return false;
        // A one-line title-like paragraph before this one is a heading, not the start of a sentence.
        if (previous.Lines.Count == 1 && ParagraphShape.LooksLikeHeading(a, out _) && ParagraphShape.EndOf(a) == ParagraphEnd.Open && !ParagraphShape.StartsLower(b))
            return false;

        var end = EndOf(a, noteNumbers);
        if (end is ParagraphEnd.Hyphen or ParagraphEnd.Dash) return true;
        if (previous.Lines.Count == 1 && ParagraphShape.IsDateLine(a)) return false;
        // List items rarely end with punctuation: only a lower-case start continues one.
        if (ParagraphShape.IsListItem(previous.Lines[0]) || ParagraphShape.IsListItem(a)) return ParagraphShape.StartsLower(b);
        if (RunInListItem(a, next)) return false;
        if (ParagraphShape.StartsLower(b))
            // After a finished sentence, a lower-case "al-Sadr …" can open a paragraph.
            return end is not ParagraphEnd.Closed || !TextShapes.StartsWithJoinedParticle(b);
        if (end != ParagraphEnd.Open) return false;
        var heading = ParagraphShape.LooksLikeHeading(b, out var titleCase) && titleCase && next.Lines.Count == 1;
        return !heading;
    }

    /// <summary>
    /// A list printed as lines without bullets: "…calls on the government to:" / "withdraw the order;" / "amend the
    /// law;" / "free the detainees." — after a line ending in a colon or semicolon, a lower-case paragraph that itself
    /// ends in a semicolon (or, after a semicolon, in a full stop: the last item) is the list's next item, not the rest
    /// of a sentence a page break cut.
    /// </summary>
    private static bool RunInListItem(string previousLine, Block next)
    {
        var a = previousLine.TrimEnd();
        var end = next.Lines[^1].TrimEnd();
        if (a.Length == 0 || end.Length == 0 || a[^1] is not (':' or ';') || !ParagraphShape.StartsLower(next.Lines[0])) return false;
        return end[^1] == ';' || a[^1] == ';' && end[^1] == '.';
    }

    private static bool ShouldJoinWebText(Block previous, Block next, IReadOnlySet<int> noteNumbers)
    {
        var a = previous.Lines[^1];
        var b = next.Lines[0];
        if (previous.IsHeading || a.TrimStart().StartsWith('#') || a.TrimStart().StartsWith('|') || a.StartsWith("```", StringComparison.Ordinal)) return false;
        if (ParagraphShape.IsStructural(b) || ParagraphShape.IsListItem(previous.Lines[0]) || ParagraphShape.IsListItem(a) || RuleLine.Is(a) || RuleLine.Is(b)) return false;
        var end = EndOf(a, noteNumbers);
        return end is ParagraphEnd.Hyphen or ParagraphEnd.Dash || (end == ParagraphEnd.Open && ParagraphShape.StartsLower(b));
    }

    private static string JoinText(Block previous, Block next, string wholeText, FixupContext context, List<Diagnostic> diagnostics)
    {
        var a = previous.Lines[^1].TrimEnd();
        var b = next.Lines[0].TrimStart();
        switch (ParagraphShape.EndOf(a))
        {
            case ParagraphEnd.Dash:
                return a + b;
            case ParagraphEnd.Hyphen:
                var fragment = LastWord().Match(a[..^1]).Value;
                var continuation = FirstWord().Match(b).Value;
                if (KeepHyphen(fragment, continuation, wholeText, out var uncertain)) 
                {
                    if (uncertain)
                        diagnostics.Add(Diagnostic.Info(DiagnosticCodes.PageBreakHyphenUncertain,
                            $"kept the hyphen in \"{fragment}-{continuation}\" at a page break; remove it if the word is not hyphenated",
                            context.At(next.Start)));
                    return a + b;
                }
                return a[..^1] + b;
            default:
                return a + " " + b;
        }
    }

    private static bool KeepHyphen(string fragment, string continuation, string wholeText, out bool uncertain)
    {
        var evidence = LineEndHyphen.Evidence(fragment, continuation, word => CountWord(wholeText, word));
        uncertain = evidence is null;
        return evidence ?? true;
    }

    private static int CountWord(string text, string word) =>
        Regex.Matches(text, @"(?<![\p{L}\p{N}-])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Count;

    private static void MarkHeadings(List<Block> blocks, FixupContext context, List<FixupAction> actions)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Lines.Count != 1) continue;
            var line = block.Lines[0];
            if (line.StartsWith('#')) { block.IsHeading = true; continue; }
            if (i + 1 >= blocks.Count || !ParagraphShape.LooksLikeHeading(line, out var titleCase)) continue;
            var previousClosed = i == 0 || blocks[i - 1].IsHeading || ParagraphShape.EndOf(blocks[i - 1].Lines[^1]) is not ParagraphEnd.Open;
            if (!titleCase && !previousClosed) continue;
            if (!ParagraphShape.StartsUpperOrDigit(blocks[i + 1].Lines[0]) && !blocks[i + 1].Lines[0].StartsWith('#')) continue;
            block.Lines[0] = "## " + line.Trim();
            block.IsHeading = true;
            actions.Add(new FixupAction(FixupActionKinds.MadeHeading, line.Trim(), context.At(block.Start)));
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^[\p{L}\p{N}']+")]
    private static partial Regex FirstWord();
}

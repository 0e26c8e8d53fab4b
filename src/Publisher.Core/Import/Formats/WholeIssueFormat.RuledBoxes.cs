using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>A newsletter's boxed asides between rule lines: no article's text.</summary>
public sealed partial class WholeIssueFormat
{
    private const int MaxRuledBoxLines = 6;

    /// <summary>
    /// Drops the boxes a newsletter sets between two rule lines under a label in capitals ("-----" / "NUMBER OF THE WEEK: 38"
    /// / two lines / "-----", "FROM OUR SPONSOR" / an advertiser's lines, "DATES FOR THE DIARY" / a list of dates): a label
    /// with its lines inside the rules is an aside the letter prints between its pieces, not the text of the piece before it.
    /// A label alone between rules is a section's label, and a label over a title and prose a ruled piece
    /// (<see cref="IsRuledPieceHead"/>): neither is a box.
    /// </summary>
    private static List<TextBlock> RuledBoxesOut(IReadOnlyList<TextBlock> blocks, RawSource source, List<DroppedPiece> dropped)
    {
        var result = new List<TextBlock>(blocks.Count);
        for (var k = 0; k < blocks.Count; k++)
        {
            if (k > 0 && k + 1 < blocks.Count && IsRuledBox(blocks[k]) && IsRuleBlock(blocks[k - 1]) && RuleLine.Is(blocks[k + 1].FirstText))
            {
                foreach (var line in blocks[k].Lines)
                    dropped.Add(new DroppedPiece("boxed aside between rules", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
                continue;
            }
            result.Add(blocks[k]);
        }
        return result;
    }

    /// <summary>A label in capitals ("DATES FOR THE DIARY", "NUMBER OF THE WEEK: 38") over at most five lines.</summary>
    private static bool IsRuledBox(TextBlock block)
    {
        if (block.Lines.Count is < 2 or > MaxRuledBoxLines || block.Lines.Any(l => RuleLine.Is(l.Text))) return false;
        var label = block.FirstText.Trim();
        var colon = label.IndexOf(':');
        return IsBoxLabel(colon > 0 ? label[..colon] : label);
    }

    private const int MaxBoxLabelWords = 6;

    /// <summary>
    /// A box's label: words in capitals, at most six ("WITH THANKS TO OUR PARTNER"); the rules around the box are the
    /// evidence a section label's shape would otherwise have to give.
    /// </summary>
    private static bool IsBoxLabel(string label) => TextShapes.IsCapitalsLabel(label, MaxBoxLabelWords, MaxBoxLabelLength);

    private const int MaxBoxLabelLength = 50;

    /// <summary>
    /// A block holding a box between its rules ("-----" / "LABEL" / lines / "-----" / …) parted into the rule, the box, and
    /// what follows from the closing rule on (a label boxed by that rule and the next stays whole).
    /// </summary>
    private static IEnumerable<TextBlock> RuledBoxesApart(TextBlock block)
    {
        var lines = block.Lines;
        for (var open = 0; open + 2 < lines.Count; open++)
        {
            if (!RuleLine.Is(lines[open].Text)) continue;
            var close = -1;
            for (var j = open + 1; j < lines.Count && j <= open + MaxRuledBoxLines + 1; j++)
                if (RuleLine.Is(lines[j].Text)) { close = j; break; }
            if (close < 0 || !IsRuledBox(new TextBlock([.. lines.Skip(open + 1).Take(close - open - 1)]))) continue;
            var parts = new List<TextBlock>();
            if (open > 0) parts.Add(new TextBlock([.. lines.Take(open)]));
            parts.Add(new TextBlock([lines[open]]));
            parts.Add(new TextBlock([.. lines.Skip(open + 1).Take(close - open - 1)]));
            return [.. parts, .. RuledBoxesApart(new TextBlock([.. lines.Skip(close)]))];
        }
        return [block];
    }
}

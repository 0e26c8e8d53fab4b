using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>A daily letter's recurring blocks printed between its pieces (<see cref="RecurringBlock"/>).</summary>
public sealed partial class WholeIssueFormat
{
    private const int MaxRecurringBlockParts = 3;

    /// <summary>
    /// Takes off the end of a piece the recurring blocks printed after it (a calendar, a tide table, a line of the day,
    /// each under its label) and the rules around them, listing each as dropped; the piece's own text stays.
    /// </summary>
    private static List<TextBlock> DropTrailingRecurringBlocks(List<TextBlock> content, RawSource source, List<DroppedPiece> dropped)
    {
        while (RecurringBlockAtEnd(content) is { } label)
        {
            foreach (var block in content.Skip(label))
                dropped.Add(new DroppedPiece("recurring block", BlockText(block), new SourceLocation(source.Path, block.Line)));
            content.RemoveRange(label, content.Count - label);
            DropTrailingRules(content, source, dropped);
        }
        return content;
    }

    /// <summary>The index of the label of a recurring block that ends <paramref name="content"/>, with text before it; or null.</summary>
    private static int? RecurringBlockAtEnd(IReadOnlyList<TextBlock> content) => RecurringBlockAt(content, 1);

    /// <summary>As <see cref="RecurringBlockAtEnd"/>, with the label at <paramref name="earliest"/> or after.</summary>
    private static int? RecurringBlockAt(IReadOnlyList<TextBlock> content, int earliest)
    {
        for (var label = content.Count - 1; label >= Math.Max(earliest, content.Count - MaxRecurringBlockParts); label--)
        {
            var block = content[label];
            if (!RecurringBlock.IsLabel(block.FirstText) || NotesSection.IsNotesHeading(block.FirstText)) continue;
            var under = block.Lines.Skip(1).Select(l => l.Text).Concat(content.Skip(label + 1).SelectMany(b => b.Lines.Select(l => l.Text))).ToList();
            return RecurringBlock.IsContentUnder(block.FirstText, under) ? label : null;
        }
        return null;
    }
}

using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A notes section an issue prints once, after its articles, for all of them: a notes heading ("ENDNOTES", "Notes")
/// followed by groups, each a short head line (the article's title or a short form of it) over its entries ("[1] …",
/// "1. …"), the head on a line of its own or on the first line of the entries' block. The groups end at the first
/// block that is neither (a publisher's notice, a bio). Pure.
/// </summary>
internal static class SharedEndnotes
{
    private const int MaxHeadLines = 3;
    private const int MaxHeadWords = 25;

    /// <param name="Head">The head's text, its lines joined.</param>
    /// <param name="HeadLine">The seed line of the head's first line.</param>
    /// <param name="Entries">The entries' lines, as blocks.</param>
    public sealed record Group(string Head, int HeadLine, IReadOnlyList<TextBlock> Entries);

    /// <param name="Heading">The block index of the notes heading.</param>
    /// <param name="End">The index of the first block after the last group.</param>
    /// <param name="HeadingBlock">The notes heading's block.</param>
    public sealed record Section(int Heading, int End, IReadOnlyList<Group> Groups, TextBlock HeadingBlock);

    /// <summary>The last shared notes section from block <paramref name="from"/> on, or null.</summary>
    public static Section? Find(IReadOnlyList<TextBlock> blocks, int from)
    {
        for (var h = blocks.Count - 2; h >= Math.Max(from, 0); h--)
            if (blocks[h].IsSingleLine && NotesSection.IsNotesHeading(blocks[h].FirstText) && Read(blocks, h) is { } section) return section;
        return null;
    }

    private static Section? Read(IReadOnlyList<TextBlock> blocks, int heading)
    {
        var groups = new List<Group>();
        var i = heading + 1;
        while (i < blocks.Count)
        {
            var lines = blocks[i].Lines;
            var headCount = lines.TakeWhile(l => !NotesSection.IsEntryLine(l.Text)).Count();
            if (headCount == 0)
            {
                // Entries in a block of their own continue the group above them; without one, these are ordinary notes.
                if (groups.Count == 0) return null;
                groups[^1] = groups[^1] with { Entries = [.. groups[^1].Entries, blocks[i]] };
                i++;
                continue;
            }
            var head = lines.Take(headCount).ToList();
            if (!IsHead(head)) break;
            var entries = new List<TextBlock>();
            if (headCount < lines.Count) entries.Add(new TextBlock(lines.Skip(headCount).ToList()));
            else if (i + 1 < blocks.Count && NotesSection.IsEntryLine(blocks[i + 1].FirstText)) { entries.Add(blocks[i + 1]); i++; }
            else break;
            groups.Add(new Group(TextShapes.UnwrapTitle(head.Select(l => l.Text)), head[0].Number, entries));
            i++;
        }
        return groups.Count > 0 ? new Section(heading, i, groups, blocks[heading]) : null;
    }

    /// <summary>A group's head: a title's lines, short, ending no sentence with a full stop.</summary>
    private static bool IsHead(IReadOnlyList<SeedLine> lines)
    {
        if (lines.Count > MaxHeadLines) return false;
        var text = TextShapes.UnwrapTitle(lines.Select(l => l.Text)).Trim();
        return text.Length > 0 && TextLines.WordCount(text) <= MaxHeadWords && !text.EndsWith('.') && text.Any(char.IsLetter)
            && !NotesSection.IsNotesHeading(text);
    }

    /// <summary>A group's entries as a notes body, one paragraph per entry.</summary>
    public static DraftBody Notes(Group group) => SeedText.Body(group.Entries.SelectMany(NotesSection.NoteParagraphs));
}

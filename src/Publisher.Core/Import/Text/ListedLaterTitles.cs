using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A letter's contents whatever its heading says ("In the satchel today", "On this morning's list:", "What's in the
/// bag"): a short line over a list (bulleted, numbered or indented items, no blank line between them) whose items are
/// printed again further down, word for word, on lines of their own — the pieces' titles (a genre before a colon,
/// "Essay: Title", left out). An item printed again only in capitals ("Diary" over "DIARY"), or named as a recurring
/// section (<see cref="RecurringFeature"/>), is no piece and no entry. Pure.
/// </summary>
public static partial class ListedLaterTitles
{
    private const int MaxHeadingWords = 6;
    private const int MaxItemWords = 20;
    private const int MinTitles = 2;
    private const int MinTitleWordsInAnyCase = 5;

    /// <summary>
    /// The items of the list under the heading at <paramref name="at"/> that are printed again later (their line
    /// numbers and texts), the names of the groups it prints again only in another case (sections: "Watchlist" over
    /// "WATCHLIST") and the index of the line after the list; null when fewer than two are, or when they are
    /// fewer than half the items.
    /// </summary>
    public static (IReadOnlyList<(int Line, string Title)> Titles, IReadOnlyList<(int Line, string Name)> Sections, int End)? Read(IReadOnlyList<SeedLine> lines, int at)
    {
        if (at >= lines.Count) return null;
        // "-- Title" / "-- Title" after a blank line: a list of marked items needs no heading.
        var headless = (at == 0 || lines[at - 1].IsBlank) && MarkedItem(lines[at].Text);
        if (!headless && !IsHeading(lines[at].Text)) return null;
        var items = new List<(int Index, string Text)>();
        var i = headless ? at : at + 1;
        if (!headless && DescribedItems(lines, i) is { } described) (items, i) = described;
        else if (!headless && FlushItems(lines, i) is { } flush) (items, i) = flush;
        else
            for (; i < lines.Count && !lines[i].IsBlank; i++)
            {
                if (Item(lines[i].Text) is not { } item) return null;
                items.Add((i, item));
            }
        // "  NEWS IN BRIEF" over "    1. Title": a group's name, indented less than the items under it, is no item of its own.
        items = [.. items.Where((it, n) => n + 1 >= items.Count || Indent(lines[items[n + 1].Index].Text) <= Indent(lines[it.Index].Text))];
        if (items.Count < MinTitles) return null;
        var laterLines = lines.Skip(i).Where(l => !l.IsBlank).Select(l => l.Text.Trim()).ToList();
        var later = laterLines.ToHashSet(StringComparer.Ordinal);
        var laterInAnyCase = laterLines.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var titles = items.Select(it => (Line: lines[it.Index].Number, Title: PrintedLater(it.Text, later, laterInAnyCase)))
            .Where(t => t.Title is not null).Select(t => (t.Line, Title: t.Title!)).ToList();
        // "Watchlist" over "Title – NAME [6]", printed later as the label "WATCHLIST" right over the title: a group's name,
        // printed later in another case over a title the list names, is the list's name for a section (a recurring
        // section's name, "Said Aloud" over "SAID ALOUD" over a quotation, is none).
        var titleSet = titles.Select(t => t.Title).ToHashSet(StringComparer.Ordinal);
        var sections = items.Where(it => !later.Contains(it.Text) && TextLines.WordCount(it.Text) < MinTitleWordsInAnyCase
                && LabelsListedTitle(lines, i, it.Text, titleSet))
            .Select(it => (Line: lines[it.Index].Number, Name: it.Text)).ToList();
        // The recurring sections it lists ("Weather by the hour" over "WEATHER BY THE HOUR") are printed later too: no
        // pieces, but the list's own.
        // So are the sections it names before a dash that says what they hold ("Across the Region — three items" over
        // "ACROSS THE REGION").
        var printed = items.Count(it => RecurringFeature.IsName(it.Text) || laterInAnyCase.Contains(it.Text)
            || LabelAndRest(it.Text) is { } parts && laterInAnyCase.Contains(parts.Label));
        return titles.Count >= MinTitles && Math.Max(titles.Count, printed) * 2 >= items.Count ? (titles, sections, i) : null;
    }

    /// <summary>Whether <paramref name="name"/> is printed after <paramref name="from"/>, in any case, right over one of the titles.</summary>
    private static bool LabelsListedTitle(IReadOnlyList<SeedLine> lines, int from, string name, HashSet<string> titles)
    {
        for (var k = from; k < lines.Count; k++)
        {
            if (!string.Equals(lines[k].Text.Trim(), name, StringComparison.OrdinalIgnoreCase)) continue;
            var next = k + 1;
            while (next < lines.Count && lines[next].IsBlank) next++;
            if (next < lines.Count && titles.Contains(lines[next].Text.Trim())) return true;
        }
        return false;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>
    /// "Title" / "    A sentence saying what it is about." / "Title" / "    …": items flush with the margin, each with a
    /// summary indented under it (sentences, so titles indented under a group's name are not read this way), perhaps a
    /// blank line after the heading. The items (the flush lines) and the index of the line after the list; null unless two
    /// items or more carry a summary and the list opens with an item.
    /// </summary>
    private static (List<(int Index, string Text)> Items, int End)? DescribedItems(IReadOnlyList<SeedLine> lines, int from)
    {
        var i = from < lines.Count && lines[from].IsBlank ? from + 1 : from;
        if (i >= lines.Count || lines[i].IsBlank || Indent(lines[i].Text) > 0) return null;
        var items = new List<(int Index, string Text)>();
        var described = 0;
        for (; i < lines.Count && !lines[i].IsBlank; i++)
        {
            var text = lines[i].Text.Trim();
            if (Indent(lines[i].Text) == 0)
            {
                if (TextLines.WordCount(text) > MaxItemWords || SentenceEnd.Closes(text)) return null;
                items.Add((i, text));
                continue;
            }
            // A summary may wrap over indented lines; its last line ends a sentence.
            var last = i + 1 >= lines.Count || lines[i + 1].IsBlank || Indent(lines[i + 1].Text) == 0;
            if (last && !SentenceEnd.Closes(text)) return null;
            if (last) described++;
        }
        return described >= MinTitles ? (items, i) : null;
    }

    /// <summary>
    /// "Title – NAME [4]" / "Title wrapped – NAME" / "   and NAME [6]": items flush with the margin under the heading, each
    /// one line or wrapped onto indented lines, each opening with a title that is printed later and saying more after it
    /// (the authors, the page). The items (wrapped ones joined) and the index of the line after the list; null unless two
    /// items or more open that way (a paragraph under a short line does not).
    /// </summary>
    private static (List<(int Index, string Text)> Items, int End)? FlushItems(IReadOnlyList<SeedLine> lines, int from)
    {
        if (from >= lines.Count || lines[from].IsBlank || Indent(lines[from].Text) > 0) return null;
        var items = new List<(int Index, string Text)>();
        var i = from;
        for (; i < lines.Count && !lines[i].IsBlank; i++)
        {
            var text = lines[i].Text.Trim();
            if (Indent(lines[i].Text) == 0) items.Add((i, text));
            else items[^1] = (items[^1].Index, items[^1].Text + " " + text);
        }
        if (items.Any(it => TextLines.WordCount(it.Text) > MaxItemWords || SentenceEnd.Closes(it.Text))) return null;
        var later = lines.Skip(i).Where(l => !l.IsBlank).Select(l => l.Text.Trim()).ToHashSet(StringComparer.Ordinal);
        return items.Count(it => TitleBefore(it.Text, later) is not null) >= MinTitles ? (items, i) : null;
    }

    /// <summary>"Title – NAME [4]", "Title (p. 4)", "Title, 4": the start of the item up to a dash, a bracket or a comma,
    /// when a line printed later reads so; null otherwise.</summary>
    private static string? TitleBefore(string item, HashSet<string> later)
    {
        foreach (Match cut in TitleEnd().Matches(item))
            if (cut.Index > 0 && item[..cut.Index] is var title && TextLines.WordCount(title) >= MinPrefixTitleWords && later.Contains(title))
                return title;
        return null;
    }

    private const int MinPrefixTitleWords = 2;

    [GeneratedRegex(@"\s+[—–-]\s|\s*[\[(]|,\s")]
    private static partial Regex TitleEnd();

    /// <summary>
    /// The item as printed later, or without its genre before a colon ("Essay: Title" over "Title"); a title of five words
    /// or more printed later in another case ("Quarry blast shakes the school" over "QUARRY BLAST SHAKES THE SCHOOL") as
    /// the list prints it — a recurring section's name is shorter; null if not printed later.
    /// </summary>
    private static string? PrintedLater(string item, HashSet<string> later, HashSet<string> laterInAnyCase)
    {
        if (RecurringFeature.IsName(item)) return null;
        if (later.Contains(item)) return item;
        if (TextLines.WordCount(item) >= MinTitleWordsInAnyCase && laterInAnyCase.Contains(item)) return item;
        if (LabelAndRest(item) is { } parts && later.Contains(parts.Text)) return parts.Text;
        return TitleBefore(item, later);
    }

    private static readonly string[] LabelSeparators = [": ", " — ", " – "];

    /// <summary>"Essay: Title", "Special report — Title", "Across the Region — three items": a label of three words at most,
    /// a colon or a dash, and the rest; or null.</summary>
    private static (string Label, string Text)? LabelAndRest(string item)
    {
        foreach (var separator in LabelSeparators)
            if (item.IndexOf(separator, StringComparison.Ordinal) is > 0 and var at && TextLines.WordCount(item[..at]) <= 3)
                return (item[..at].Trim(), item[(at + separator.Length)..].Trim());
        return null;
    }

    private static bool IsHeading(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && !char.IsWhiteSpace(line[0]) && TextLines.WordCount(t) <= MaxHeadingWords
            && t[^1] is not ('.' or '?' or '!' or ',') && !BulletMark.Opens(t) && !DashMark().IsMatch(t) && !Numbered().IsMatch(t);
    }

    private static bool MarkedItem(string line)
    {
        var t = line.Trim();
        return BulletMark.Opens(t) || DashMark().IsMatch(t) || Numbered().IsMatch(t);
    }

    /// <summary>"* Title", "-- Title", "1. Title", "  Title" (indented): the item's text, or null for a line that is no list item.</summary>
    private static string? Item(string line)
    {
        var t = line.Trim();
        string text;
        if (BulletMark.Opens(t)) text = BulletMark.Without(t);
        // A dash is a signature's mark as often as a list's ("-- NAME"); items printed again later are titles whatever their mark.
        else if (DashMark().Match(t) is { Success: true } dash) text = t[dash.Length..].Trim();
        else if (Numbered().Match(t) is { Success: true } n) text = t[n.Length..].Trim();
        else if (char.IsWhiteSpace(line[0])) text = t;
        else return null;
        return text.Length > 0 && TextLines.WordCount(text) <= MaxItemWords ? text : null;
    }

    [GeneratedRegex(@"^(?:--|[–—])\s+(?=\S)")]
    private static partial Regex DashMark();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex Numbered();
}

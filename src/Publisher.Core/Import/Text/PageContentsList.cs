namespace Publisher.Core.Import.Text;

/// <summary>
/// A web page's list of its own sections printed before its text ("Contents" / "Summary" / "Warnings and insurance" /
/// "Safety and security" / …): at least <see cref="MinItems"/> short lines one under another, with no blank line between
/// them, each opening with a capital and ending no sentence, perhaps under a contents heading ("Contents", "On this
/// page"). Page furniture, not headings of the text. Pure.
/// </summary>
internal static class PageContentsList
{
    public const int MinItems = 4;

    private const int MaxItemWords = 8;

    /// <summary>
    /// How many of <paramref name="lines"/> (text and seed line number, in order) from the first form such a list, or 0.
    /// </summary>
    public static int LengthAt(IReadOnlyList<(string Text, int Line)> lines)
    {
        var count = lines.Count > 0 && (IsOnThisPage(lines[0].Text) || ContentsHeading.IsMatch(lines[0].Text)) ? 1 : 0;
        var items = 0;
        while (count < lines.Count && IsItem(lines[count].Text) && (count == 0 || lines[count].Line == lines[count - 1].Line + 1))
        {
            items++;
            count++;
        }
        // "Presenters" / "Ann Lee, Norland Police College" / …: people with their places, not sections.
        return items >= MinItems && !lines.Take(count).Any(l => IsPersonLine(l.Text)) ? count : 0;
    }

    /// <summary>
    /// "Sorra travel advice: terrorism" / "Warnings and insurance" / … / "Getting help" / "Updated 27 April 2033": the
    /// page's list of its sections set between its title and its dated line, one run of short capitalised lines at one
    /// indent with no blank line in it. The run's top line is the title; the <see cref="MinItems"/> or more lines under it
    /// are the list. A run set apart by blank lines above and under it is the list whole, the line over the blank its title.
    /// A byline may stand between the list and the dated line.
    /// Looked for over the first <paramref name="within"/> lines (text and seed line number, blank lines included as
    /// empty text) above the first dated line; the list's indices into <paramref name="lines"/>, or none.
    /// </summary>
    public static IReadOnlyList<int> UnderTitle(IReadOnlyList<(string Text, int Line)> lines, Func<string, bool> isDated, int within = 40)
    {
        var dated = -1;
        for (var k = 0; k < Math.Min(within, lines.Count); k++)
            if (!IsBlank(lines[k].Text) && isDated(lines[k].Text)) { dated = k; break; }
        if (dated < 1) return [];
        // The text starts under the dated line (past a byline and a row of buttons), with prose or with the list's first
        // section: a title there ("COMMENTARY" / "2 March 2032" / "The quiet …") has the site's menu over the date, not a
        // list of its sections.
        if (lines.Skip(dated + 1).FirstOrDefault(l => !IsBlank(l.Text) && !isDated(l.Text) && Byline.Read(l.Text) is null && !HeaderWidget.Is(l.Text) && !HeaderWidget.IsButtonRow(l.Text)).Text is not { } next) return [];
        var list = ListAbove(lines, dated);
        return IsProseLine(next) || list.Any(k => BulletMark.Without(lines[k].Text) == next.Trim()) ? list : [];
    }

    /// <summary>The list of sections <see cref="UnderTitle"/> looks for, above the dated line at <paramref name="dated"/>.</summary>
    private static IReadOnlyList<int> ListAbove(IReadOnlyList<(string Text, int Line)> lines, int dated)
    {
        // The byline may stand between the list and the dated line ("… / How to appeal" / "By NAME" / "Published DATE").
        var bottom = dated - 1;
        while (bottom >= 0 && (IsBlank(lines[bottom].Text) || Byline.Read(lines[bottom].Text) is not null)) bottom--;
        var setApart = bottom < dated - 1 && Enumerable.Range(bottom + 1, dated - bottom - 1).Any(k => IsBlank(lines[k].Text));
        if (bottom < 0 || !IsItem(lines[bottom].Text)) return [];
        // Every line of the run set at one indent: a box of fields with their values indented under them ("Posted" /
        // "      9 Sep 2030") is no list of sections. A label in capitals is the page's genre, not a section.
        var top = bottom;
        while (top - 1 >= 0 && IsItem(lines[top - 1].Text) && !TextShapes.IsCapitalsLabel(lines[top - 1].Text.Trim())
            && lines[top - 1].Line == lines[top].Line - 1
            && Indent(lines[top - 1].Text) == Indent(lines[top].Text)) top--;
        // "Ann Lee" / "Senior Fellow, Transport Programme" / "Bo Ma" / "Research Analyst": the authors' card, not sections.
        if (Enumerable.Range(top, bottom - top + 1).Any(k => IsPersonLine(lines[k].Text))) return [];
        if (setApart && top > 0 && IsBlank(lines[top - 1].Text))
        {
            // The run whole, with a blank line over it and the title over that.
            var above = top - 1;
            while (above >= 0 && IsBlank(lines[above].Text)) above--;
            return above >= 0 && bottom - top + 1 >= MinItems ? Enumerable.Range(top, bottom - top + 1).ToList() : [];
        }
        // A title longer than an item right over the run ("How to get a parking permit in the old town" / "Who can apply" / …):
        // the run whole is the list. A label in capitals or a breadcrumb over the run is no title: the run's top line is.
        var over = top - 1;
        if (over >= 0 && !IsBlank(lines[over].Text) && lines[over].Line == lines[top].Line - 1 && !TextShapes.IsCapitalsLabel(lines[over].Text.Trim())
            && TextLines.WordCount(lines[over].Text) > MaxItemWords && !HasPathSeparator(lines[over].Text))
            return bottom - top + 1 >= MinItems ? Enumerable.Range(top, bottom - top + 1).ToList() : [];
        // The title on top, then the list (its top line no title when a blank line sets the list apart under it).
        if (setApart) return [];
        return bottom - top >= MinItems ? Enumerable.Range(top + 1, bottom - top).ToList() : [];
    }

    private static bool IsBlank(string line) => line.Trim().Length == 0;

    private static bool IsPersonLine(string line) =>
        Byline.Read(line.Trim(), allowBare: true, dateFollows: true) is not null || AuthorRoleLine.Is(line.Trim()) || AuthorsBlock.Entry(line.Trim()) is not null;

    /// <summary>
    /// Line <paramref name="i"/> of a page's head stands amid a site's menu: a run of at least <see cref="MenuRun"/> lines of
    /// one to three words in capitals (it among them), two or more of them right above it and two or more right under it.
    /// A title may close such a run (under a menu, over its byline and date), never stand inside it.
    /// </summary>
    public static bool IsAmidList(IReadOnlyList<string> lines, int i)
    {
        if (i < 2 || i + 2 >= lines.Count || !IsMenuItem(lines[i])) return false;
        var top = i;
        while (top - 1 >= 0 && IsMenuItem(lines[top - 1])) top--;
        var bottom = i;
        while (bottom + 1 < lines.Count && IsMenuItem(lines[bottom + 1])) bottom++;
        return i - top >= 2 && bottom - i >= 2 && bottom - top + 1 >= MenuRun;
    }

    private const int MenuRun = 6;

    private static bool IsMenuItem(string line) => IsItem(line) && TextLines.WordCount(line) <= 3;

    /// <summary>A line of the text: a dozen words or more.</summary>
    private static bool IsProseLine(string line) => TextLines.WordCount(line) >= 12;

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static bool IsItem(string line)
    {
        var text = BulletMark.Without(line);
        return text.Length > 0 && char.IsUpper(text[0]) && TextLines.WordCount(text) <= MaxItemWords
            && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith('?') && !text.EndsWith('!') && !text.Any(char.IsDigit)
            // "Home > Travel > Norvik", "News | Events": a trail or a menu row, not a section's name; "By NAME": a byline.
            && !HasPathSeparator(text) && !text.StartsWith("By ", StringComparison.Ordinal);
    }

    /// <summary>"Home › Travel", "News | Events": the separators of a trail or a menu row.</summary>
    private static bool HasPathSeparator(string line) => line.Any(c => c is '>' or '›' or '»' or '|' or '/');

    private static bool IsOnThisPage(string line) =>
        line.Trim().TrimEnd(':').Equals("On this page", StringComparison.OrdinalIgnoreCase)
        || line.Trim().TrimEnd(':').Equals("In this article", StringComparison.OrdinalIgnoreCase);
}

using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// The table of contents of a whole issue, read line by line so that blank lines are a help, not a need: entries of a
/// page marker ("p.3", "Page 3") followed by a title (wrapped over lines, or a section label in capitals such as
/// BRIEFS) and an optional author line; or dotted entries on one line ("Title ….. 3", "Title ….. By NAME ….. 3", "BRIEF
/// ….. 1", "Title by NAME ….. 3"), where an author may follow on a dotted line of its own ("By NAME ….. 3"). The contents end at the first
/// line that is none of these; or one-line entries that print the page first ("p2 | Title | NAME"). Titles may end in
/// their page in brackets ("Title (p. 3)"), with the author on a "by NAME" line under them. Pure.
/// </summary>
internal static partial class IssueContents
{
    private const int MaxTitleLines = 6;

    /// <summary>The entries and the index (into <paramref name="lines"/>) of the first line after the contents.</summary>
    public static (IReadOnlyList<WholeIssueFormat.TocEntry> Entries, int End) Read(IReadOnlyList<SeedLine> lines, int start)
    {
        // Two columns run together line by line are read as one column, the left then the right.
        if (SideBySideColumns(lines, Skip(lines, start)) is { } sideBySide && ReadEntries(sideBySide.Lines, 0) is { Entries.Count: >= 2 } unfolded)
            return (GenresBeforeTitles(unfolded.Entries), sideBySide.End);
        var (entries, end) = ReadEntries(lines, start);
        // A list the entry readers read only in part or not at all (group names over indented titles, a genre before a
        // colon) is read by the titles it prints later. (Open question: a run of pieces under a plural label may then end
        // early, at the first piece whose title the list names.)
        if (ListedLaterTitles.Read(lines, Skip(lines, start)) is { } listed && listed.Titles.Count > entries.Count) (entries, end) = Entries(listed);
        return (ListedTogether(GenresBeforeTitles(WithoutLetterMarks(entries))), end);
    }

    /// <summary>
    /// "A.  Title", "B.  Title", "C.  Title": entries lettered in order from A carry their letter before the title, no
    /// part of it. One entry alone may be a title with an initial ("A. Lee's Last Case"), so the letters must run.
    /// </summary>
    private static IReadOnlyList<WholeIssueFormat.TocEntry> WithoutLetterMarks(IReadOnlyList<WholeIssueFormat.TocEntry> entries)
    {
        var lettered = entries.Select(e => LetterMark().Match(e.Title)).ToList();
        if (lettered.Count(m => m.Success) < 2 || lettered.Where(m => m.Success).Select((m, n) => m.Groups["letter"].Value[0] - 'A' == n).Any(inOrder => !inOrder))
            return entries;
        return [.. entries.Select((e, i) => lettered[i].Success ? e with { Title = e.Title[lettered[i].Length..] } : e)];
    }

    [GeneratedRegex(@"^(?<letter>[A-Z])[.)]\s+(?=\S)")]
    private static partial Regex LetterMark();

    private static (IReadOnlyList<WholeIssueFormat.TocEntry> Entries, int End) Entries(
        (IReadOnlyList<(int Line, string Title)> Titles, IReadOnlyList<(int Line, string Name)> Sections, int End) listed) =>
        ([.. listed.Titles.Select(t => new WholeIssueFormat.TocEntry(t.Title, [], IsSectionTitle(t.Title), t.Line))
            .Concat(listed.Sections.Select(s => new WholeIssueFormat.TocEntry(s.Name, [], true, s.Line)))
            .OrderBy(e => e.Line)], listed.End);

    /// <summary>
    /// "In Brief: Water Plant Attacked at Calder Rock; Ferry Operators Hire Guards ….. 1", "Reviews — Title One, 3; Title
    /// Two, 4": pieces a section lists on one line,
    /// apart by semicolons, are entries of their own, each of the line's kind. A title with a semicolon in it is rare; a
    /// part that is not title-like of two words or more keeps the line whole.
    /// </summary>
    private static IReadOnlyList<WholeIssueFormat.TocEntry> ListedTogether(IReadOnlyList<WholeIssueFormat.TocEntry> entries) =>
        [.. entries.SelectMany(e =>
        {
            if (e.IsSection || !e.Title.Contains("; ", StringComparison.Ordinal)) return [e];
            // "Title One, 3; Title Two" (the line's last page already read): each part without its own page.
            var parts = e.Title.Split("; ", StringSplitOptions.TrimEntries).Select(p => PartPage().Replace(p, "")).ToArray();
            return parts.All(p => TextLines.WordCount(p) >= 2 && TextShapes.IsTitleLike(p))
                ? parts.Select(p => e with { Title = p })
                : (IEnumerable<WholeIssueFormat.TocEntry>)[e];
        })];

    /// <summary>
    /// "Brief: A Deputy Returns ….. 1" / "Profile: The Quiet Cleric ….. 5": when two entries or more open with a genre and a
    /// colon (or every entry opens with a label and a colon, one of them a genre), the list files each entry under its
    /// genre that way; the genre is the entry's kind, no part of its title (which the body prints without it). One such
    /// entry among titles may be a title with a colon in it, and stays whole.
    /// </summary>
    private static IReadOnlyList<WholeIssueFormat.TocEntry> GenresBeforeTitles(IReadOnlyList<WholeIssueFormat.TocEntry> entries)
    {
        var labelled = entries.Select(e => e.IsSection || e.Kind is not null ? null : LabelBeforeTitle(e.Title)).ToList();
        var genres = labelled.Select(l => l is { } entry ? GenreKind(entry.Label) : null).ToList();
        // "Signal Log: A quiet week …" beside "Analysis: …": where every entry opens with such a label, the one the
        // catalogue does not know files its piece too; what kind a section name stands for is the body's to say (a
        // feature or a brief, by the piece's length), so the entry names none.
        var allLabelled = entries.Count(e => !e.IsSection) >= 2
            && entries.Select((e, i) => (e, i)).Where(p => !p.e.IsSection)
                .All(p => labelled[p.i] is { } entry && (genres[p.i] is not null || IsCapitalised(entry.Label)));
        var known = genres.Count(g => g is not null);
        if (known == 0 || known < 2 && !allLabelled) return entries;
        return [.. entries.Select((e, i) => labelled[i] is { } entry && (genres[i] is not null || allLabelled)
            ? e with { Title = entry.Title, Kind = genres[i] }
            : e)];
    }

    /// <summary>"Profile: Hafsa Marou" → the label before the colon and the title after it, or null.</summary>
    private static (string Label, string Title)? LabelBeforeTitle(string title)
    {
        if (GenreColon().Match(title.Trim()) is not { Success: true } match) return null;
        var rest = match.Groups["text"].Value.Trim();
        return rest.Length > 0 && char.IsLetterOrDigit(rest[0]) ? (match.Groups["genre"].Value, rest) : null;
    }

    /// <summary>The kind a label before a title names, in an issue's sense, or null for a label the catalogue does not know.</summary>
    private static string? GenreKind(string label) => LabelKind(label, SectionLabels.IssueKind) ?? LabelKind(label, Genres.OwnLabel);

    /// <summary>"Signal Log": every word of the label capitalised.</summary>
    private static bool IsCapitalised(string label) => label.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

    private static (IReadOnlyList<WholeIssueFormat.TocEntry> Entries, int End) ReadEntries(IReadOnlyList<SeedLine> lines, int start)
    {
        var entries = new List<WholeIssueFormat.TocEntry>();
        var i = Skip(lines, start);
        var end = start;
        // "In this issue: Title, by NAME (p. 1); Title (p. 4)" / "  wrapped; Briefs: A; B (p. 7)": the heading and every
        // entry in one paragraph.
        if (i < lines.Count && InlineParagraph(lines, i) is { } headedParagraph) return (headedParagraph.Entries, headedParagraph.After);
        // A heading over the list ("In This Issue:") belongs to the contents.
        var headed = i < lines.Count && (ContentsHeading.IsMatch(lines[i].Text) || IsColumnHeadingRow(lines, i));
        // A letter's list of the titles it prints further down, under a heading in its own words.
        if (!headed && ListedLaterTitles.Read(lines, i) is { } listed) return Entries(listed);
        if (headed) i = Skip(lines, i + 1);
        // "This issue:   Briefing: boardings off the islands" / "              Analysis: …": the heading and the first
        // entry on one line, the other entries under the first, each "Genre: what it is about".
        else if (i < lines.Count && HeadedGenreList(lines, i) is { } headedList)
            return headedList;
        // A list that prints pages ("• Title (NAME) — p. 2") is read by the entry shapes below, bullets and all.
        var bulletsWithoutPages = headed && !PrintsPages(lines, i);
        var listStart = i;
        // Each line's words (normalised) and the index of the last line printing them.
        var lastPrinted = new Lazy<Dictionary<string, int>>(() =>
        {
            var last = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = listStart; k < lines.Count; k++)
                if (!lines[k].IsBlank) last[TextShapes.NormalizeForMatch(lines[k].Text)] = k;
            return last;
        });
        var printedLaterEntries = 0;
        while (i < lines.Count)
        {
            var text = lines[i].Text.Trim();
            // A contents list names each article once: a title it has already listed is the article itself, after the list.
            // So is a section's label over such a title ("IN BRIEF" / "ARMED GROUP TAXES CHARCOAL CONVOYS").
            if (entries.Count > 0 && (RepeatsEntry(lines, i, entries)
                || TextShapes.IsCapitalsLabel(text) && Skip(lines, i + 1) is var under && under < lines.Count && RepeatsEntry(lines, under, entries))) break;
            // "Title — by NAME", bulleted or not: the entry's authors after a dash and "by" on its own line.
            if ((headed || entries.Count > 0) && DashByEntry(lines[i]) is { } dashByEntry)
            {
                entries.Add(dashByEntry);
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // "In Brief: Title 1", "Analysis: Title wrapped" / "onto lines — NAME & NAME 2": under the heading, the genre and a
            // colon, the title at the margin, the page last with no leader.
            if ((headed || entries.Count > 0) && GenrePagedEntry(lines, i) is { } pagedEntry)
            {
                entries.Add(pagedEntry.Entry);
                end = i = pagedEntry.After;
                i = Skip(lines, i);
                continue;
            }
            // "Inside:" / "In Focus: Two Tolls on One Road" / "Grain Silos on the Front Line" / "At a Glance: Torrens, Kleff": under a
            // heading, plain lines each naming a title the issue prints again on a line of its own (or a label it prints).
            // Only while every entry so far is of this shape.
            if (bulletsWithoutPages && entries.Count == printedLaterEntries && PrintedLaterEntry(lines, i, lastPrinted.Value) is { } printedEntry)
            {
                entries.Add(printedEntry);
                printedLaterEntries++;
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // Under a contents heading, bulleted titles with no page ("• Title", wrapped onto indented lines, "By NAME" under it).
            if (bulletsWithoutPages && (BulletedEntry(lines, i) ?? TitleOverByEntry(lines, i)) is { } bulleted)
            {
                entries.Add(bulleted.Entry);
                end = i = bulleted.After;
                i = Skip(lines, i);
                continue;
            }
            // "Dispatch — Title … p. 1": the genre, a dash, the title wrapped onto indented lines, the page last.
            if (GenreEntry(lines, i, listed: headed || entries.Count > 0) is { } genreEntry)
            {
                entries.Add(genreEntry.Entry);
                end = i = genreEntry.After;
                i = Skip(lines, i);
                continue;
            }
            // "Title — NAME", or the title wrapped and "— NAME" on the line under it: a list that credits its authors after a dash.
            if ((headed || entries.Count > 0) && (lines[i].Text.StartsWith(' ') || entries.Count > 0 && i == end) && DashAuthorEntry(lines, i) is { } dashEntry)
            {
                entries.Add(dashEntry.Entry);
                end = i = dashEntry.After;
                i = Skip(lines, i);
                continue;
            }
            // "Title wrapped     Ann Lee     1" / "  onto a second line": a contents list set in columns.
            if (ColumnEntry(lines, i, headed || entries.Count > 0) is { } columnEntry)
            {
                entries.Add(columnEntry.Entry);
                end = i = columnEntry.After;
                i = Skip(lines, i);
                continue;
            }
            // "  Analysis" between the entries: the name of the section the entries under it belong to, printed without a page
            // and indented like them (a label at the margin is the body's first section label).
            if ((entries.Count > 0 && i == end && char.IsWhiteSpace(lines[i].Text[0]) && IsSectionNameLine(text))
                // At the margin over column entries indented under it (the first right under the list's heading).
                || (entries.Count > 0 && i == end || headed && entries.Count == 0) && IsColumnGroupName(lines, i))
            {
                entries.Add(new WholeIssueFormat.TocEntry(text, [], true, lines[i].Number));
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // "ANALYSIS" / "Skiff Attacks Return ….. 1": a section's name in capitals right over its first dotted entry (not
            // over a name dotted to its page: that is a title's author); or a section's name in any case over an entry
            // indented under it ("In Brief" / "   Customs Posts Reopen ….. 1").
            // So is a name in capitals over entries that print their page first ("LOOSE THREADS" / "5  Title"), also as
            // the first line of a list with no heading when two such entries follow it.
            if ((headed || entries.Count > 0 || TextShapes.IsCapitalsLabel(text) && PageFirstEntriesUnder(lines, i) >= 2)
                && TextLines.WordCount(text) <= 4 && Dotted(text) is null
                && (TextShapes.IsCapitalsLabel(text) || i + 1 < lines.Count && IsGroupHeading(text, lines[i].Text, lines[i + 1].Text))
                && i + 1 < lines.Count && !lines[i + 1].IsBlank && AuthorDottedToPage(lines[i + 1].Text.Trim()) is null
                && (Dotted(lines[i + 1].Text.Trim()) is not null || WrappedEntry(lines, i + 1) is not null || PageFirstEntry(lines, i + 1) is not null))
            {
                entries.Add(new WholeIssueFormat.TocEntry(text, [], true, lines[i].Number));
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // "BRIEF: Seif Kaleba, the Ituri Commander …", "PROFILE: Abu Talha …": a genre in capitals before each entry's title
            // gives its kind; the title is what follows.
            if (GenreColon().Match(text) is { Success: true } capitals && TextShapes.IsCapitalsLabel(capitals.Groups["genre"].Value)
                && GenreColonEntry(text, lines[i].Number) is { Kind: not null } labelledEntry)
            {
                entries.Add(labelledEntry);
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            if (PageNumberLine.IsContentsReference(text))
            {
                var next = Skip(lines, i + 1);
                if (next >= lines.Count || PageNumberLine.IsContentsReference(lines[next].Text)) break;
                var (entry, after) = MarkedEntry(lines, next);
                entries.Add(entry);
                end = i = after;
                i = Skip(lines, i);
                continue;
            }
            // Every entry in one line or paragraph, each with its page in brackets ("This number: A (p. 1) · B (p. 3)").
            if (InlineParagraph(lines, i) is { } inline)
            {
                entries.AddRange(inline.Entries);
                end = i = inline.After;
                i = Skip(lines, i);
                continue;
            }
            // The page first, then the title and its authors on the same line ("p2 | Title | NAME, NAME"); an entry wrapped
            // onto indented lines ("5 · Title" / "    wrapped") is read whole by the page-gap shape below.
            var gapEntry = PageGapFirst(lines, i);
            if ((gapEntry is null || gapEntry.Value.After == i + 1) && PageFirst(text) is { } pageFirst)
            {
                entries.Add(new WholeIssueFormat.TocEntry(pageFirst.Title, pageFirst.Authors, IsSectionTitle(pageFirst.Title), lines[i].Number));
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // The page first and the title after a wide gap, wrapped onto indented lines, the authors on the last of them.
            if (gapEntry is { } gap)
            {
                entries.Add(gap.Entry);
                end = i = gap.After;
                i = Skip(lines, i);
                continue;
            }
            // A title on a line of its own, its author and page on the dotted line after it ("By NAME ….. 3").
            var below = Skip(lines, i + 1);
            if (Dotted(text) is null && TextShapes.IsTitleLike(text) && below < lines.Count
                && (Dotted(lines[below].Text.Trim()) is { Title.Length: 0, Authors.Count: > 0 } authorLine ? authorLine.Authors : IndentedAuthors(lines[below], lines[i])) is { } lineAuthors)
            {
                entries.Add(new WholeIssueFormat.TocEntry(text, lineAuthors, IsSectionTitle(text), lines[i].Number));
                end = i = below + 1;
                i = Skip(lines, i);
                continue;
            }
            // A name indented under a dotted entry that names no author ("Title ….. 1" / "   Ann Lee") is its author, not
            // the start of the next title.
            if (entries.Count > 0 && entries[^1].Authors.Count == 0 && i == end && i > 0 && DottedLine().IsMatch(lines[i - 1].Text.Trim())
                && Indent(lines[i].Text) > Indent(lines[i - 1].Text) && Dotted(text) is null && TextShapes.AuthorNames(text) is { } indentedNames)
            {
                entries[^1] = entries[^1] with { Authors = indentedNames };
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // "Signals" / "Title — NAME, p. 6": a group's name over its entries, printed later as the label of its run
            // ("SIGNALS"), is a section of the list, not the first line of a wrapped title.
            if ((headed || entries.Count > 0) && TextLines.WordCount(text) <= MaxGroupNameWords && Dotted(text) is null
                && IsLabelPrintedLater(lines, i, text) && i + 1 < lines.Count && !lines[i + 1].IsBlank
                && (Dotted(lines[i + 1].Text.Trim()) is not null || WrappedEntry(lines, i + 1) is not null))
            {
                entries.Add(new WholeIssueFormat.TocEntry(text, [], true, lines[i].Number));
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // A title wrapped before its dotted last line ("MOTORCYCLE TAXIS AND THE LOGISTICS OF" / "BANDITRY ….. 3"),
            // over two lines or more; the lines it wraps onto may start with a title's lower-case word ("of the …").
            if (Dotted(text) is null && TextShapes.IsTitleLike(EntryNumber().Replace(text, "")) && WrappedEntry(lines, i) is { } wrapped)
            {
                entries.Add(new WholeIssueFormat.TocEntry(wrapped.Title, wrapped.Authors, false, lines[i].Number));
                end = i = wrapped.After;
                i = Skip(lines, i);
                continue;
            }
            // "by NAME" on a plain line under a dotted entry names that entry's authors, unless a title the contents
            // list follows it past a blank line: then it is the first article's byline, printed above its title.
            if (entries.Count > 0 && entries[^1].Authors.Count == 0 && ByPrefix().Match(text) is { Success: true } by
                && TextShapes.AuthorNames(text[by.Length..]) is { } byNames && !(i > end && ListedTitleFollows(lines, i, entries)))
            {
                entries[^1] = entries[^1] with { Authors = byNames };
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            // A bare name line right under a dotted entry that names no author ("BRIEFS ….. 1" / "NAME") is its author.
            if (entries.Count > 0 && entries[^1].Authors.Count == 0 && i == end && DottedLine().IsMatch(lines[i - 1].Text.Trim())
                && Dotted(text) is null && TextShapes.AuthorNames(text) is { } bareNames)
            {
                entries[^1] = entries[^1] with { Authors = bareNames };
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            if (Dotted(text) is { } dotted)
            {
                if (dotted.Title.Length == 0 && dotted.Authors.Count > 0 && entries.Count > 0 && entries[^1].Authors.Count == 0)
                    entries[^1] = entries[^1] with { Authors = dotted.Authors };
                else if (dotted.Title.Length > 0)
                    entries.Add(new WholeIssueFormat.TocEntry(dotted.Title, dotted.Authors, IsSectionTitle(dotted.Title), lines[i].Number, dotted.Kind, dotted.Section));
                else break;
                end = i = i + 1;
                i = Skip(lines, i);
                continue;
            }
            break;
        }
        return (entries, entries.Count > 0 ? end : start);
    }

    /// <summary>
    /// The entry after a page marker: a section label alone, or title lines and an author line. With blank lines the
    /// title is the next block and the author a single line after it; without them, the lines up to the next page
    /// marker (the last one the author when it is one), or, for the last entry, up to the first author line.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After) MarkedEntry(IReadOnlyList<SeedLine> lines, int at)
    {
        var first = lines[at].Text.Trim();
        var span = new List<int>();
        for (var j = at; j < lines.Count && span.Count < MaxTitleLines + 1; j++)
        {
            if (lines[j].IsBlank)
            {
                // A blank line ends the title; a single author line may follow after it.
                var n = Skip(lines, j);
                if (span.Count > 0 && n < lines.Count && (n + 1 >= lines.Count || lines[n + 1].IsBlank)
                    && TextShapes.AuthorNames(lines[n].Text) is { } blockAuthors && !TextShapes.IsCapitalsLabel(lines[n].Text.Trim()))
                    return (Entry(lines, span, blockAuthors), n + 1);
                break;
            }
            if (PageNumberLine.IsContentsReference(lines[j].Text)) break;
            span.Add(j);
            if (span.Count == 1 && TextShapes.IsCapitalsLabel(first) && SectionLabels.KnownKind(first) is not null
                && j + 1 < lines.Count && TextShapes.AuthorNames(lines[j + 1].Text) is null && !lines[j + 1].IsBlank) break;
        }
        // Without a blank line or marker to close the last entry, the first author line after a title line closes it.
        var stopsAtMarker = span.Count > 0 && span[^1] + 1 < lines.Count && (lines[span[^1] + 1].IsBlank || PageNumberLine.IsContentsReference(lines[span[^1] + 1].Text));
        if (!stopsAtMarker)
            for (var k = 1; k < span.Count; k++)
                if (TextShapes.AuthorNames(lines[span[k]].Text) is not null
                    && (k + 1 >= span.Count || TextShapes.AuthorNames(lines[span[k + 1]].Text) is null))
                {
                    span = span.Take(k + 1).ToList();
                    break;
                }
        IReadOnlyList<string> authors = [];
        if (span.Count > 1 && TextShapes.AuthorNames(lines[span[^1]].Text) is { } names)
        {
            authors = names;
            span.RemoveAt(span.Count - 1);
        }
        var entry = Entry(lines, span, authors);
        var after = span.Count == 0 ? at + 1 : span[^1] + 1 + (authors.Count > 0 ? 1 : 0);
        return (entry, after);
    }

    private static WholeIssueFormat.TocEntry Entry(IReadOnlyList<SeedLine> lines, List<int> span, IReadOnlyList<string> authors)
    {
        var title = TextShapes.UnwrapTitle(span.Select(k => lines[k].Text));
        return new WholeIssueFormat.TocEntry(title, authors, span.Count == 1 && TextShapes.IsCapitalsLabel(title), lines[span[0]].Number);
    }

    /// <summary>
    /// A section's entry rather than an article's: a label in capitals ("BRIEFS"), or a genre's name printed as a title
    /// ("In Brief").
    /// </summary>
    private static bool IsSectionTitle(string title) =>
        TextShapes.IsCapitalsLabel(title) || TextLines.WordCount(title) <= 3 && SectionLabels.KnownKind(title) is not null;

    /// <summary>
    /// A title's first line at <paramref name="at"/>, up to <see cref="MaxTitleLines"/> lines it wraps onto (short, ending
    /// no sentence or clause, no blank line between), the last of them dotted to its page ("… Province ….. page 6").
    /// </summary>
    private static (string Title, IReadOnlyList<string> Authors, int After)? WrappedEntry(IReadOnlyList<SeedLine> lines, int at)
    {
        var parts = new List<string> { EntryNumber().Replace(lines[at].Text.Trim(), "") };
        for (var j = at + 1; j < lines.Count && j - at < MaxTitleLines; j++)
        {
            if (lines[j].IsBlank) return null;
            var text = lines[j].Text.Trim();
            // A section label in capitals over a title in lower case ("ANALYSIS" / "Skiff Attacks Return ….. 1") is no wrap.
            if (j == at + 1 && TextShapes.IsCapitalsLabel(parts[0]) && TextLines.WordCount(parts[0]) <= 3 && text.Any(char.IsLower)) return null;
            if (j == at + 1 && IsGroupHeading(parts[0], lines[at].Text, lines[j].Text)) return null;
            // "Signals" / "Title — NAME, p. 6", printed later as the label "SIGNALS" over the run: a group's name, no wrap.
            if (j == at + 1 && TextLines.WordCount(parts[0]) <= MaxGroupNameWords && IsLabelPrintedLater(lines, at, parts[0])) return null;
            if (IndentedAuthors(lines[j], lines[at]) is { } indented) return (TextShapes.UnwrapTitle(parts), indented, j + 1);
            // "Title (NAME and NAME) –" / "page 2": the leader ends the line above and the page wraps onto a line of its own.
            if (PageNumberLine.IsContentsReference(text) && PageNumberLine.EndsWithOpenLeader(parts[^1]))
            {
                text = parts[^1] + " " + text;
                parts.RemoveAt(parts.Count - 1);
            }
            var match = DottedLine().Match(text);
            if (match.Success && text.Length <= MaxEntryLength)
            {
                var pieces = Leader().Split(match.Groups["text"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                if (pieces.Count == 0 || TextLines.WordCount(pieces[0]) > WrappedLineWords) return null;
                if (parts.All(IsInCapitals) && AuthorDottedToPage(text) is { } nameLine)
                    return (TextShapes.UnwrapTitle(parts), nameLine, j + 1);
                IReadOnlyList<string> authors = [];
                foreach (var piece in pieces.Skip(1))
                {
                    var by = ByPrefix().Match(piece);
                    if (TextShapes.AuthorNames(by.Success ? piece[by.Length..] : piece) is { } names) authors = names;
                    else return null;
                }
                parts.Add(pieces[0]);
                // "Title wrapped" / "over lines" / "By NAME ….. 4": the dotted last line may be the entry's byline.
                var (title, byAuthors) = TitleThenBy.Split(TextShapes.UnwrapTitle(parts), authors);
                // "• Title wrapped" / "over lines (Ann Lee) — p. 3": the authors in brackets at the end of the title.
                if (byAuthors.Count == 0 && BracketNames(title) is { } bracketed) (title, byAuthors) = bracketed;
                // "Title — Ann Lee" / "   and Bo Ma, p. 3": the names after a dash, wrapped with the page.
                if (byAuthors.Count == 0 && TitleDashNames().Match(title) is { Success: true } dashed && StrictNames(dashed.Groups["names"].Value) is { } dashNames)
                    (title, byAuthors) = (dashed.Groups["title"].Value.Trim(), dashNames);
                return (title, byAuthors, j + 1);
            }
            if (TextLines.WordCount(text) > WrappedLineWords || text[^1] is '.' or ',' or ';' or ':' || PageNumberLine.IsContentsReference(text)) return null;
            parts.Add(text);
        }
        return null;
    }

    private const int WrappedLineWords = 12;

    /// <summary>
    /// "Ann Lee-Okoro ….. 4" under "THE QUIET MINES OF THE VALLEY": a person's name in upper and lower case, alone before
    /// its leader and page, is the author of the title in capitals above it, not that title's last line. Its names, or null.
    /// </summary>
    private static IReadOnlyList<string>? AuthorDottedToPage(string line)
    {
        var match = DottedLine().Match(line);
        if (!match.Success || line.Length > MaxEntryLength) return null;
        var pieces = Leader().Split(match.Groups["text"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return pieces is [var name] && name.Any(char.IsLower) && ByPrefix().Match(name) is { Success: false } ? StrictNames(name) : null;
    }

    private static bool IsInCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>
    /// A contents heading with its first entry after its colon on the same line, and the entries printed under that one,
    /// all "Genre: text" (<see cref="GenreColonEntry"/>), up to the first line that is not one. Null for any other line.
    /// </summary>
    private static (IReadOnlyList<WholeIssueFormat.TocEntry> Entries, int End)? HeadedGenreList(IReadOnlyList<SeedLine> lines, int at)
    {
        var text = lines[at].Text.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !ContentsHeading.IsMatch(text[..(colon + 1)]) || GenreColonEntry(text[(colon + 1)..], lines[at].Number) is not { } first)
            return null;
        var entries = new List<WholeIssueFormat.TocEntry> { first };
        var end = at + 1;
        for (var j = Skip(lines, end); j < lines.Count && GenreColonEntry(lines[j].Text, lines[j].Number) is { } entry; j = Skip(lines, end))
        {
            entries.Add(entry);
            end = j + 1;
        }
        return (entries, end);
    }

    private const int MaxGenreEntryWords = 16;

    /// <summary>
    /// "Briefing: boardings off the islands", "Analysis: The Coast Militias ….. 4", "Commentary: Why Boats Rot — Ana Ruiz":
    /// a genre (<see cref="Genres.OwnLabel"/>), a colon and a short text that ends no sentence, with an optional page and
    /// author after it. The entry's kind is the genre's (in an issue's sense, <see cref="SectionLabels.IssueKind"/>).
    /// </summary>
    internal static WholeIssueFormat.TocEntry? GenreColonEntry(string line, int number)
    {
        if (GenreColon().Match(line.Trim()) is not { Success: true } match || LabelKind(match.Groups["genre"].Value, Genres.OwnLabel) is null) return null;
        var text = match.Groups["text"].Value.Trim();
        IReadOnlyList<string> authors = [];
        if (DottedLine().Match(text) is { Success: true } dotted) text = dotted.Groups["text"].Value.Trim();
        var pieces = Leader().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0) return null;
        if (pieces.Count == 2 && TextShapes.AuthorNames(ByPrefix().Replace(pieces[1], "")) is { } names) authors = names;
        else if (pieces.Count > 1) return null;
        text = pieces[0];
        if (TextLines.WordCount(text) > MaxGenreEntryWords || IssueSegmenter.EndsSentence(text) || !char.IsLetterOrDigit(text[0])) return null;
        var genre = match.Groups["genre"].Value;
        var kind = LabelKind(genre, SectionLabels.IssueKind) ?? LabelKind(genre, Genres.OwnLabel);
        return new WholeIssueFormat.TocEntry(text, authors, false, number, kind);
    }

    /// <summary>
    /// "In Brief: Armed Group Taxes Convoys 1", "Analysis: Militias and Mining: The New Politics of" / "Coltan — Ana Ruiz &amp; Bo
    /// Lee 2": a section's name or a genre and a colon, the title run on at the margin over up to four lines
    /// (no blank line), the authors after a dash, and the page alone at the end of the last line. Null for any other lines.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? GenrePagedEntry(IReadOnlyList<SeedLine> lines, int at)
    {
        if (GenreColon().Match(lines[at].Text.Trim()) is not { Success: true } match
            || (LabelKind(match.Groups["genre"].Value, SectionLabels.IssueKind) ?? LabelKind(match.Groups["genre"].Value, Genres.OwnLabel)) is null) return null;
        var parts = new List<string> { match.Groups["text"].Value.Trim() };
        for (var j = at; j < lines.Count && j - at < MaxTitleLines; j++)
        {
            if (j > at)
            {
                if (lines[j].IsBlank || DottedLine().IsMatch(lines[j].Text.Trim())) return null;
                parts.Add(lines[j].Text.Trim());
            }
            if (TrailingPage().Match(parts[^1]) is not { Success: true } page) continue;
            var text = string.Join(' ', parts)[..^(page.Length)].Trim();
            var dash = text.LastIndexOf(" — ", StringComparison.Ordinal);
            IReadOnlyList<string> authors = dash > 0 && TextShapes.AuthorNames(text[(dash + 3)..]) is { } names ? names : [];
            var title = authors.Count > 0 ? text[..dash].Trim() : text;
            if (TextLines.WordCount(title) > MaxGenreEntryWords + 10 || IssueSegmenter.EndsSentence(title)) return null;
            title = string.Join(' ', lines[at].Text.Trim()[..(lines[at].Text.Trim().Length - parts[0].Length)].Trim(), title);
            // The genre stays before the title: GenresBeforeTitles files the list's entries under their genres all at once.
            return (new WholeIssueFormat.TocEntry(title, authors, false, lines[at].Number), j + 1);
        }
        return null;
    }

    // One space before the page: a page set apart by a run of spaces is a column layout's (ColumnEntry).
    [GeneratedRegex(@"(?<=\S) \d{1,3}$")]
    private static partial Regex TrailingPage();

    /// <summary>The kind a genre label names, or either side of a label in two languages ("Breve / Brief").</summary>
    private static string? LabelKind(string label, Func<string, string?> kind) =>
        BilingualLabel.Readings(label).Select(kind).FirstOrDefault(k => k is not null);

    [GeneratedRegex(@"^(?<genre>\p{L}+(?:\s\p{L}+)?(?:\s/\s\p{L}+(?:\s\p{L}+)?)?)\s*:\s+(?<text>\S.*)$")]
    private static partial Regex GenreColon();

    /// <summary>
    /// "Analysis — Prison Gangs, Not Cartels: Why" / "      the Violence Returns ….. p. 3": a genre (<see cref="Genres.OwnLabel"/>), a
    /// dash and the title, wrapped onto lines indented deeper than the first, the last of them ending in its page. The
    /// entry's kind is the genre's. Under a contents heading or after other entries (<paramref name="listed"/>) the label
    /// may be a section's name in sentence case or capitals before a title paged after a comma ("Around the coast —
    /// Title, 2"): the entry's section, no kind. Null for any other line.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? GenreEntry(IReadOnlyList<SeedLine> lines, int at, bool listed)
    {
        if (GenreFirst().Match(lines[at].Text.Trim()) is not { Success: true } first) return null;
        var label = first.Groups["genre"].Value;
        var kind = Genres.OwnLabel(label);
        // "Around the coast — Title, 2": a section's name before the title, its page after a comma ("Label — Title — 2"
        // is the kicker reader's, which keeps the name as well).
        var section = kind is null && listed && TextLines.WordCount(label) >= 2 && (ParagraphShape.IsSentenceCase(label) || TextShapes.IsCapitalsLabel(label))
            ? label : null;
        if (kind is null && section is null) return null;
        var parts = new List<string>();
        for (var j = at; j < lines.Count && j - at < MaxTitleLines; j++)
        {
            if (j > at && (lines[j].IsBlank || Indent(lines[j].Text) <= Indent(lines[at].Text))) return null;
            var text = j == at ? first.Groups["text"].Value.Trim() : lines[j].Text.Trim();
            // "Profile — The Harbour Boss, 1": the page after a comma, on the entry's one line.
            if (j == at && text.Length <= MaxEntryLength && CommaPage().Match(text) is { Success: true } commaPaged
                && TextShapes.IsTitleLike(PartPage().Replace(commaPaged.Groups["text"].Value.Split("; ")[0], "")))
                return (new WholeIssueFormat.TocEntry(commaPaged.Groups["text"].Value.Trim(), [], false, lines[at].Number, kind, section), j + 1);
            if (kind is null) return null;
            if (text.Length <= MaxEntryLength && DottedLine().Match(text) is { Success: true } dotted)
            {
                parts.Add(dotted.Groups["text"].Value.Trim());
                var title = TextShapes.UnwrapTitle(parts);
                return TextShapes.IsTitleLike(WrappedTitleLine.Core(parts[0])) || TextShapes.IsTitleLike(title)
                    ? (new WholeIssueFormat.TocEntry(title, [], false, lines[at].Number, kind), j + 1)
                    : null;
            }
            if (TextLines.WordCount(text) > WrappedLineWords || text[^1] is '.' or ';') return null;
            parts.Add(text);
        }
        return null;
    }

    [GeneratedRegex(@"^(?<genre>\p{L}+(?:\s\p{L}+){0,3})\s+[—–]\s+(?<text>\p{L}.*)$")]
    private static partial Regex GenreFirst();

    /// <summary>
    /// "      Ana Ruiz & Bo Lee ........ 6" under a title: a dotted line indented deeper than the title's first line whose
    /// only text is names (no "By") gives that title's authors and page. Null for any other line.
    /// </summary>
    private static IReadOnlyList<string>? IndentedAuthors(SeedLine line, SeedLine titleLine)
    {
        if (Indent(line.Text) < Indent(titleLine.Text) + 2) return null;
        var match = DottedLine().Match(line.Text.Trim());
        if (!match.Success) return null;
        var pieces = Leader().Split(match.Groups["text"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count != 1 || TextShapes.AuthorNames(pieces[0]) is not { Count: > 0 } names) return null;
        return names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names : null;
    }

    /// <summary>Whether the line at <paramref name="at"/> (or it and the line under it, a wrapped title) is a title already listed.</summary>
    private static bool RepeatsEntry(IReadOnlyList<SeedLine> lines, int at, IReadOnlyList<WholeIssueFormat.TocEntry> entries)
    {
        var first = EntryNumber().Replace(lines[at].Text.Trim(), "");
        var two = at + 1 < lines.Count && !lines[at + 1].IsBlank ? TextShapes.UnwrapTitle([first, lines[at + 1].Text]) : null;
        // "In Focus: Two Tolls on One Road" listed, "Two Tolls on One Road" printed under its label: the same title.
        return entries.Any(e => !e.IsSection && (Listed(e.Title).Any(t => SameTitle(t, first) || two is not null && SameTitle(t, two))));

        static IEnumerable<string> Listed(string title) =>
            LabelBeforeTitle(title) is { } labelled ? [title, labelled.Title] : [title];
    }

    private static bool SameTitle(string listed, string line) =>
        TextLines.WordCount(listed) >= 2 && TextShapes.NormalizeForMatch(listed) == TextShapes.NormalizeForMatch(line);

    /// <summary>"Title" / "      Ann Lee and Bo Park": names alone on a line indented under the title's, no page after them.</summary>
    private static IReadOnlyList<string>? IndentedNames(SeedLine line, SeedLine titleLine)
    {
        if (Indent(line.Text) < Indent(titleLine.Text) + 2 || TextShapes.AuthorNames(line.Text.Trim()) is not { Count: > 0 } names) return null;
        return names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names : null;
    }

    /// <summary>Whether the first line after line <paramref name="at"/> (past blank lines) is a title the entries list.</summary>
    private static bool ListedTitleFollows(IReadOnlyList<SeedLine> lines, int at, IReadOnlyList<WholeIssueFormat.TocEntry> entries)
    {
        var next = Skip(lines, at + 1);
        if (next >= lines.Count || next == at + 1) return false;
        var text = TextShapes.NormalizeForMatch(lines[next].Text.Trim());
        return entries.Any(e => TextShapes.NormalizeForMatch(e.Title) is { Length: > 0 } listed
            && (text == listed || text.StartsWith(listed + " ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// "• Title" (any bullet glyph), the title wrapped onto the lines under it that carry no bullet, an author line
    /// ("By NAME and NAME") last; a blank line or the next bullet ends the entry. Null when the line is no bulleted title.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? BulletedEntry(IReadOnlyList<SeedLine> lines, int at)
    {
        var first = BulletLine().Match(lines[at].Text);
        if (!first.Success || !TextShapes.IsTitleLike(first.Groups["text"].Value.Trim())) return null;
        var parts = new List<string> { first.Groups["text"].Value.Trim() };
        IReadOnlyList<string> authors = [];
        var j = at + 1;
        for (; j < lines.Count && !lines[j].IsBlank && !BulletLine().IsMatch(lines[j].Text) && j - at <= MaxTitleLines; j++)
        {
            var text = lines[j].Text.Trim();
            // "By Ann Lee ........ pp. 1–2": the leaders and pages after the names close the entry.
            if (ByPrefix().Match(text) is { Success: true } by && TextShapes.AuthorNames(LeadersAndPages().Replace(text[by.Length..], "")) is { } names)
            {
                authors = names;
                j++;
                break;
            }
            if (IssueSegmenter.EndsSentence(text) || TextLines.WordCount(text) > WrappedLineWords) return null;
            parts.Add(text);
        }
        var title = TextShapes.UnwrapTitle(parts);
        // "  2   Title wrapped" / "      over lines (Ann Lee)": the names in brackets after the title.
        if (authors.Count == 0 && BracketNames(title) is { } bracketed) (title, authors) = bracketed;
        return (new WholeIssueFormat.TocEntry(title, authors, IsSectionTitle(title), lines[at].Number), j);
    }

    /// <summary>
    /// Under a contents heading that prints no pages, an entry with no bullet: title lines (wrapped, in capitals or not,
    /// none ending a sentence) over a "By NAME" line that closes it. The "By" is the evidence: without it, the lines may be
    /// the first article's title. Null when the lines are not such an entry.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? TitleOverByEntry(IReadOnlyList<SeedLine> lines, int at)
    {
        // " 4    Title" prints its page first: PageGapFirst reads it.
        if (lines[at].IsBlank || !TextShapes.IsTitleLike(lines[at].Text.Trim()) || NumberedEntryLine().IsMatch(lines[at].Text)) return null;
        var parts = new List<string>();
        for (var j = at; j < lines.Count && !lines[j].IsBlank && j - at <= MaxTitleLines; j++)
        {
            var text = lines[j].Text.Trim();
            if (j > at && (ByPrefix().Match(text) is { Success: true } by && TextShapes.AuthorNames(text[by.Length..]) is { } byNames ? byNames : IndentedNames(lines[j], lines[at])) is { } names)
            {
                var title = TextShapes.UnwrapTitle(parts);
                return (new WholeIssueFormat.TocEntry(title, names, IsSectionTitle(title), lines[at].Number), j + 1);
            }
            // A title may ask a question ("Who Pays the Ferry Police?"); it ends no sentence of prose.
            if (IssueSegmenter.EndsSentence(text) && !text.EndsWith('?') || TextLines.WordCount(text) > 16) return null;
            parts.Add(text);
        }
        return null;
    }

    /// <summary>
    /// A contents line that is a title printed again further down on a line of its own ("Grain Silos on the Front Line"),
    /// also after a label and a colon ("In Focus: Two Tolls on One Road": the title after it, the label's kind when the
    /// catalogue knows it); or a section's label the issue prints over its pieces, with what the section holds after the
    /// colon ("At a Glance: Torrens, Kleff" under "AT A GLANCE"). Null for any other line.
    /// </summary>
    private static WholeIssueFormat.TocEntry? PrintedLaterEntry(IReadOnlyList<SeedLine> lines, int at, Dictionary<string, int> lastPrinted)
    {
        bool PrintedAfter(string words) => lastPrinted.TryGetValue(TextShapes.NormalizeForMatch(words), out var k) && k > at;
        var text = lines[at].Text.Trim();
        if (TextLines.WordCount(text) is < 2 or > 20 || IssueSegmenter.EndsSentence(text) && !text.EndsWith('?') || !TextShapes.IsTitleLike(text)) return null;
        // A byline, or a title with its byline under it, is the title-over-byline shape's.
        if (ByPrefix().IsMatch(text) || TextShapes.AuthorNames(text) is { } names && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true))) return null;
        // A line the next one continues ("… a quarrel" / "in the Coastal Shura  p. 1", "… TAXES THE" / "CROSSING") is part of a
        // wrapped entry.
        if (TitleContinuation.EndsOpen(text)) return null;
        if (at + 1 < lines.Count && lines[at + 1].Text.Trim() is var next
            && (ByPrefix().IsMatch(next) || IndentedNames(lines[at + 1], lines[at]) is not null || next.Length > 0 && char.IsLower(next[0]))) return null;
        if (PrintedAfter(text)) return new WholeIssueFormat.TocEntry(text, [], IsSectionTitle(text), lines[at].Number);
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || TextLines.WordCount(text[..colon]) > 4) return null;
        var (label, title) = (text[..colon].Trim(), text[(colon + 2)..].Trim());
        if (PrintedAfter(title))
            return new WholeIssueFormat.TocEntry(title, [], false, lines[at].Number, GenreKind(label));
        return PrintedAfter(label) ? new WholeIssueFormat.TocEntry(label, [], true, lines[at].Number) : null;
    }

    /// <summary>Whether any line of the block from <paramref name="at"/> to the next blank line prints a page (a dotted or page-first entry, a page before a gap: " 4   Title", or after one: "Title  4").</summary>
    private static bool PrintsPages(IReadOnlyList<SeedLine> lines, int at)
    {
        for (var j = at; j < lines.Count && !lines[j].IsBlank; j++)
            // "1. Title" counts its entries, and "11. The bag was found …" opens a wrapped sentence's line: neither prints a page.
            if (IsOneLineEntry(lines[j].Text) || NumberedEntryLine().Match(lines[j].Text) is { Success: true } numbered && !numbered.Groups["countDot"].Success
                || PageAfterGap().IsMatch(lines[j].Text.Trim())) return true;
        return false;
    }

    private static int Indent(string text) => text.Length - text.TrimStart().Length;

    /// <summary>
    /// "In Brief" / "   Customs posts reopen ….. 1": a section's name the catalogue knows over a line indented under it heads a
    /// group of entries; so does any line shaped as a label ("Field Reports") over an indented entry dotted to its page.
    /// </summary>
    private static bool IsGroupHeading(string text, string line, string next) =>
        Indent(next) > Indent(line)
        && (SectionLabels.IssueKind(text) is not null || SectionLabels.IsLabelShaped(text) && Dotted(next.Trim()) is not null);

    /// <summary>A section's name alone on a contents line ("Analysis", "Briefings"): a genre's name of three words at most, no page.</summary>
    private static bool IsSectionNameLine(string text) =>
        TextLines.WordCount(text) <= 3 && Dotted(text) is null && SectionLabels.KnownKind(text) is not null && !IssueSegmenter.EndsSentence(text);

    /// <summary>
    /// "Title — Ann Lee", "Title wrapped" / "over lines — Ann Lee and Bo Ma", "Title" / "— Ann Lee": title lines that print no
    /// page, the last of them (or the line under them) ending in the authors after a dash. Null for any other line.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? DashAuthorEntry(IReadOnlyList<SeedLine> lines, int at)
    {
        if (!TextShapes.IsTitleLike(WrappedTitleLine.Core(TitleDashNames().Replace(lines[at].Text.Trim(), m => m.Groups["title"].Value)))) return null;
        var parts = new List<string>();
        for (var j = at; j < lines.Count && !lines[j].IsBlank && j - at < MaxTitleLines; j++)
        {
            var text = lines[j].Text.Trim();
            if (Dotted(text) is not null || PageNumberLine.IsContentsReference(text)) return null;
            if (j > at && DashNamesLine().Match(text) is { Success: true } own && StrictNames(own.Groups["names"].Value) is { } ownNames)
                return (new WholeIssueFormat.TocEntry(TextShapes.UnwrapTitle(parts), ownNames, false, lines[at].Number), j + 1);
            if (TitleDashNames().Match(text) is { Success: true } dashed && StrictNames(dashed.Groups["names"].Value) is { } names)
            {
                parts.Add(dashed.Groups["title"].Value.Trim());
                return (new WholeIssueFormat.TocEntry(TextShapes.UnwrapTitle(parts), names, false, lines[at].Number), j + 1);
            }
            if (TextLines.WordCount(text) > WrappedLineWords || text[^1] is '.' or ';' or '!') return null;
            parts.Add(text);
        }
        return null;
    }

    /// <summary>Whether the text is printed again after line <paramref name="at"/> as a label in capitals of its own.</summary>
    private static bool IsLabelPrintedLater(IReadOnlyList<SeedLine> lines, int at, string text)
    {
        for (var k = at + 1; k < lines.Count; k++)
            if (lines[k].Text.Trim() is var line && TextShapes.IsCapitalsLabel(line) && string.Equals(line, text, StringComparison.OrdinalIgnoreCase) && line != text)
                return true;
        return false;
    }

    private static IReadOnlyList<string>? StrictNames(string text) =>
        TextShapes.AuthorNames(text.Trim()) is { Count: > 0 } names && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true))
            ? names
            : null;

    [GeneratedRegex(@"^[—–]\s*(?<names>\p{Lu}.*)$")]
    private static partial Regex DashNamesLine();

    /// <summary>A dotted contents line: "Title ….. 3", "BRIEF ….. 1", "By NAME ….. 3".</summary>
    public static bool IsDottedEntry(string line) => Dotted(line.Trim()) is not null;

    /// <summary>A contents line that is a whole entry: dotted ("Title ….. 3"), page first ("p2 | Title | NAME") or in columns with its authors ("Title     NAME     3").</summary>
    public static bool IsOneLineEntry(string line) =>
        Dotted(line.Trim()) is not null || PageFirst(line.Trim()) is not null || EntryCells(line) is { Names: not null };

    /// <summary>Contents entries are short; longer lines (paragraphs) are not tried against the leader pattern.</summary>
    private const int MaxEntryLength = 300;

    private sealed record DottedEntry(string Title, IReadOnlyList<string> Authors, string? Kind = null, string? Section = null);

    /// <summary>"Title ….. 3", "Title ….. By NAME ….. 3", "By NAME ….. 3" (then the title is empty), "NAME · page 3".</summary>
    private static DottedEntry? Dotted(string line)
    {
        if (line.Length > MaxEntryLength) return null;
        // "1. Title ….. 3", "2) Title ….. 5": a numbered list of entries; the number is no part of the title.
        line = EntryNumber().Replace(line, "");
        // "→ Title, 6", "• Title, 12": a bulleted entry with its page after a comma reads as "Title, p. 6" does.
        if (BulletMark.Opens(line) && CommaPage().Match(BulletMark.Without(line)) is { Success: true } commaPaged)
            line = $"{commaPaged.Groups["text"].Value}, p. {commaPaged.Groups["page"].Value}";
        var match = DottedLine().Match(line);
        if (!match.Success) return null;
        var parts = Leader().Split(match.Groups["text"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return null;
        var title = "";
        string? kicker = null;
        IReadOnlyList<string> authors = [];
        foreach (var part in parts)
        {
            var byPart = ByPrefix().Match(part);
            if (byPart.Success && TextShapes.AuthorNames(part[byPart.Length..]) is { } names) authors = names;
            // "Ann Lee and Bo Ma · Title · 1": the authors printed before the title.
            else if (title.Length > 0 && kicker is null && authors.Count == 0 && StrictNames(title) is { } before && StrictNames(part) is null
                && TextShapes.IsTitleLike(part))
                (title, authors) = (part, before);
            // "In three paragraphs — Second cable cut … — 2": a short section name (a kicker) before the title, which
            // follows it; "From the ice — The Quiet Harbour — Lee / Park — 3": the authors' surnames alone after it;
            // "Conversation — Admiral (ret.) Hedda Lind — 6": a name after a rank is the subject, the title; the part after
            // the kicker may run on in lower case ("Analysis — the long wait at the crossing — 2").
            else if (title.Length > 0 && kicker is null && authors.Count == 0 && TextLines.WordCount(title) <= MaxKickerWords
                && (StrictNames(part) is null || PersonNames.OpensWithRank(part)) && TextShapes.IsTitleLike(char.ToUpperInvariant(part[0]) + part[1..])
                && !IssueSegmenter.EndsSentence(part))
                (kicker, title) = (title, part);
            else if (title.Length > 0 && kicker is not null && authors.Count == 0 && part == parts[^1] && IsSurnames(part)) { }
            // "TITLE, NAME ….. 1": the author after the title's last comma.
            else if (title.Length == 0 && CommaNames(part) is { } commaNamed) (title, authors) = commaNamed;
            else if (title.Length == 0 && BracketNames(part) is { } bracketNamed) (title, authors) = bracketNamed;
            else if (title.Length == 0 && TextShapes.IsTitleLike(part)) title = part;
            else if (title.Length > 0 && TextShapes.AuthorNames(part) is { } bare) authors = bare;
            else return null;
        }
        var (plain, byAuthors) = TitleThenBy.Split(title, authors);
        return new DottedEntry(plain, byAuthors, kicker is null ? null : Genres.OwnLabel(kicker), kicker);
    }

    private const int MaxKickerWords = 3;

    /// <summary>"Aamodt-Barros / Rasmussen-Tay", "Lee & Park": capitalised surnames alone, one to four, between slashes or ampersands.</summary>
    private static bool IsSurnames(string part)
    {
        var names = SurnameSeparator().Split(part.Trim());
        return names.Length is >= 1 and <= 4 && names.All(n => n.Length > 1 && char.IsUpper(n[0]) && n.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'));
    }

    [GeneratedRegex(@"\s*[/&]\s*")]
    private static partial Regex SurnameSeparator();

    /// <summary>
    /// "SMUGGLED DIESEL ON THE FERRIES, Liv Aasheim-Carter", "Title, by NAME": a title, a comma and the authors' names
    /// (in upper and lower case, unlike a title in capitals), or null.
    /// </summary>
    private static (string Title, IReadOnlyList<string> Authors)? CommaNames(string part)
    {
        var comma = part.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0) return null;
        var (head, tail) = (part[..comma].Trim(), part[(comma + 2)..].Trim());
        var by = ByPrefix().Match(tail);
        if (by.Success) tail = tail[by.Length..];
        if (!tail.Any(char.IsLower) || !TextShapes.IsTitleLike(head) || TextShapes.AuthorNames(tail) is not { } names) return null;
        // "Salt, Fuel and Fealty": a title's own comma before two words that could be names is no author's.
        return by.Success || !head.Any(char.IsLower) || names.All(n => TextLines.WordCount(n) >= 2) ? (head, names) : null;
    }

    /// <summary>"1. ", "2) ", "• ": a list's number or bullet before an entry's title.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[•▪◦‣●▸►])\s+(?=\p{L})")]
    private static partial Regex EntryNumber();

    /// <summary>"Title (Ann Lee)", "Title (Ann Lee and Bo Park)": the authors in brackets after the title, or null.</summary>
    private static (string Title, IReadOnlyList<string> Authors)? BracketNames(string part)
    {
        if (BracketedTail().Match(part) is not { Success: true } m || TextShapes.AuthorNames(m.Groups["names"].Value) is not { } names) return null;
        var title = m.Groups["title"].Value.Trim();
        return TextShapes.IsTitleLike(title) && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? (title, names) : null;
    }

    [GeneratedRegex(@"^(?<title>.*\p{L}.*?)\s*\((?<names>[^()]+)\)$")]
    private static partial Regex BracketedTail();

    /// <summary>"p2 | Title | NAME", "Page 6 · Title · by NAME, NAME", "4 | Title": a page marker, then the entry.</summary>
    private static DottedEntry? PageFirst(string line)
    {
        if (line.Length > MaxEntryLength || PageFirstLine().Match(line) is not { Success: true } match) return null;
        var parts = FieldSeparator().Split(match.Groups["text"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0 || !TextShapes.IsTitleLike(parts[0])) return null;
        IReadOnlyList<string> authors = [];
        foreach (var part in parts.Skip(1))
        {
            var by = ByPrefix().Match(part);
            if (TextShapes.AuthorNames(by.Success ? part[by.Length..] : part) is not { } names) return null;
            authors = [.. authors, .. names];
        }
        return new DottedEntry(parts[0], authors);
    }

    /// <summary>
    /// How many entries that print their page first follow the line at <paramref name="label"/> one after another, past
    /// other section names in capitals over such entries ("ASSESSMENT" / "p. 1   Title" / "FEATURE" / "04 | Title").
    /// </summary>
    private static int PageFirstEntriesUnder(IReadOnlyList<SeedLine> lines, int label)
    {
        var count = 0;
        for (var j = label + 1; j < lines.Count;)
        {
            if (PageFirstEntry(lines, j) is { } after) (count, j) = (count + 1, Skip(lines, after));
            else if (TextShapes.IsCapitalsLabel(lines[j].Text.Trim()) && j + 1 < lines.Count && PageFirstEntry(lines, j + 1) is not null) j++;
            else break;
        }
        return count;
    }

    /// <summary>Where an entry that prints its page first ends, in either shape ("p. 3   Title", "03 | Title", "3 – Title"), or null.</summary>
    private static int? PageFirstEntry(IReadOnlyList<SeedLine> lines, int at) =>
        PageGapFirst(lines, at)?.After ?? (PageFirst(lines[at].Text.Trim()) is not null ? at + 1 : null);

    /// <summary>
    /// " 4  Salt, Trucks and Tithes: The Quiet" / "    Taxation of the Basin" / "    NAME, NAME": a page number, a gap of
    /// two spaces or more (or a tab, a dash or a bar: "2 – Title", "5 · Title") and the title; the lines under it that are indented (and carry no page of their
    /// own) continue the title, the last of them the authors when it reads as names.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? PageGapFirst(IReadOnlyList<SeedLine> lines, int at)
    {
        if (NumberedEntryLine().Match(lines[at].Text) is not { Success: true } match) return null;
        var first = match.Groups["text"].Value.Trim();
        var parts = new List<string> { first };
        var j = at + 1;
        for (; j < lines.Count && j - at <= MaxTitleLines; j++)
        {
            var raw = lines[j].Text;
            if (lines[j].IsBlank || !(raw.StartsWith('	') || raw.StartsWith("  ", StringComparison.Ordinal)) || NumberedEntryLine().IsMatch(raw)) break;
            parts.Add(raw.Trim());
        }
        // "1. Title" / "   wrapped (NAME) ….. 4": a counted entry that prints its page last is a dotted entry, read as one.
        if (match.Groups["countDot"].Success && parts.Any(p => DottedLine().IsMatch(p))) return null;
        IReadOnlyList<string> authors = [];
        // "  2   The Salt Road Cartel: How a … Became a" / "      Jihadist Quartermaster . . . . Helvi Anandaraj": the names after a
        // dot leader on the title's last line (the page is printed first), wrapped onto the lines under it ("& Bo Park").
        var led = parts.FindIndex(p => LeaderNames().IsMatch(p));
        if (led >= 0 && LeaderNames().Match(parts[led]) is var leader
            && TextShapes.AuthorNames(string.Join(' ', [leader.Groups["names"].Value, .. parts.Skip(led + 1)])) is { } ledNames)
        {
            parts = [.. parts.Take(led), leader.Groups["title"].Value.Trim()];
            authors = ledNames;
        }
        // The first line may end in a word that wraps ("… Became a"): the whole title, unwrapped, must read as one.
        if (!TextShapes.IsTitleLike(first) && (led < 0 || !TextShapes.IsTitleLike(TextShapes.UnwrapTitle(parts)))) return null;
        // "… What the Board Could" / "Learn From It": a title line ending open is continued by the next, which is no name
        // (unless names began after a dash on it: "— Ann Lee and" / "Bo Park").
        if (parts.Count > 1 && authors.Count == 0 && !(TitleContinuation.EndsOpen(parts[^2]) && !DanglingNames().IsMatch(parts[^2])))
        {
            var by = ByPrefix().Match(parts[^1]);
            // Without "by", the wrapped line must read strictly as names ("… the Crossings" / "It Cannot See" is the title's end).
            if (TextShapes.AuthorNames(by.Success ? parts[^1][by.Length..] : parts[^1]) is { } names
                && (by.Success || names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true))))
            {
                authors = names;
                parts.RemoveAt(parts.Count - 1);
                // "… Tajik Villages — Ann Lee and" / "Bo Park": the names began after a dash on the line above.
                if (DanglingNames().Match(parts[^1]) is { Success: true } open
                    && TextShapes.AuthorNames(open.Groups["names"].Value + " and " + string.Join(" and ", names)) is { } all)
                    (parts[^1], authors) = (open.Groups["title"].Value.Trim(), all);
            }
        }
        // "p. 1   Title — Ann Lee": the names after a dash on the entry's last line.
        if (authors.Count == 0 && TitleDashNames().Match(parts[^1]) is { Success: true } dashed && TextShapes.AuthorNames(dashed.Groups["names"].Value) is { } dashNames)
            (parts[^1], authors) = (dashed.Groups["title"].Value.Trim(), dashNames);
        if (parts.Skip(1).Any(p => TextLines.WordCount(p) > WrappedLineWords || p[^1] is '.' or ';')) return null;
        // "p. 6   PROFILE    Title", "6 ▸ PROFILE ▸ Title": the section's label in a column of its own before the title is no part of it.
        string? columnLabel = null;
        if (ColumnLabel().Match(parts[0]) is { Success: true } column && TextShapes.IsCapitalsLabel(column.Groups["label"].Value)
            && TextShapes.IsTitleLike(column.Groups["title"].Value))
            (columnLabel, parts[0]) = (column.Groups["label"].Value, column.Groups["title"].Value);
        var title = TextShapes.UnwrapTitle(parts);
        // "  2   Title wrapped" / "      over lines (Ann Lee)": the names in brackets after the title.
        if (authors.Count == 0 && BracketNames(title) is { } bracketed) (title, authors) = bracketed;
        // "  1  In brief — Ruzizi: a new militia coalition": a section's name before a dash gives the entry's kind, and the
        // title is what follows it.
        var kind = columnLabel is null ? null : SectionLabels.IssueKind(columnLabel) ?? Genres.OwnLabel(columnLabel);
        if (kind is null && KickerDash().Match(title) is { Success: true } kicked && SectionLabels.KnownKind(kicked.Groups["kicker"].Value) is { } kickerKind
            && TextShapes.IsTitleLike(kicked.Groups["title"].Value))
            (title, kind) = (kicked.Groups["title"].Value.Trim(), kickerKind);
        return (new WholeIssueFormat.TocEntry(title, authors, IsSectionTitle(title), lines[at].Number, kind), j);
    }

    [GeneratedRegex(@"^(?<title>.*\p{L}.*?)\s*(?:\.\s?){2,}\s*(?<names>\p{Lu}[^.]*)$")]
    private static partial Regex LeaderNames();

    [GeneratedRegex(@"^(?<kicker>\p{L}[\p{L} ]{0,30}?)\s[—–]\s(?<title>\p{L}.*)$")]
    private static partial Regex KickerDash();

    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{Lu}&/' -]{1,30}?)(?:\s{2,}|\t\s*|\s*[▸►›»]\s*)(?<title>\p{L}.*)$")]
    private static partial Regex ColumnLabel();

    [GeneratedRegex(@"^(?<title>.*\p{L}.*?)\s[—–]\s(?<names>\p{Lu}.*?)\s*(?:,|\band|&)$")]
    private static partial Regex DanglingNames();

    [GeneratedRegex(@"^(?<title>.*\p{L}.*?)\s[—–]\s(?<names>\p{Lu}[^—–]*)$")]
    private static partial Regex TitleDashNames();

    private const int MaxInlineParagraphLines = 8;

    /// <summary>
    /// A contents list printed as running text (<see cref="InlineContents"/>) in the paragraph at <paramref name="at"/>
    /// (wrapped lines up to a blank one), or on that line alone; the entries and the line after them.
    /// </summary>
    private static (List<WholeIssueFormat.TocEntry> Entries, int After)? InlineParagraph(IReadOnlyList<SeedLine> lines, int at)
    {
        var last = at;
        while (last + 1 < lines.Count && !lines[last + 1].IsBlank && last + 1 - at < MaxInlineParagraphLines) last++;
        for (var end = last; ; end = at)
        {
            var text = string.Join(' ', Enumerable.Range(at, end - at + 1).Select(k => lines[k].Text.Trim()));
            if (InlineContents.Entries(text) is { } read)
                return (read.Select(e => new WholeIssueFormat.TocEntry(e.Title, e.Authors, e.IsGroup || IsSectionTitle(e.Title), lines[at].Number)).ToList(), end + 1);
            if (end == at) return null;
        }
    }

    private static int Skip(IReadOnlyList<SeedLine> lines, int i)
    {
        while (i < lines.Count && lines[i].IsBlank) i++;
        return i;
    }

    // A leader (dots — two after a space will do —, an ellipsis, underscores, a dash, a bar) before the page number, or the page in brackets ("Title (p. 3)"),
    // or "p." / "page" after a comma or space ("Title, p. 3").
    [GeneratedRegex(@"^(?<text>.*?\p{L}.*?)\s*(?:(?:\.{3,}|\s\.\.|…+|(?:\s*[.·…]\s*){3,}|_{3,}|\s[—–|·]\s)\s*(?:(?:p\.?|page)\s*)?(?<page>\d{1,3})|[(\[](?:pp?\.?|page)\s*(?<page>\d{1,3})[)\]]|(?:,\s*|\s*[·•|]\s*|\s+)(?:p\.|page)\s*(?<page>\d{1,3}))$", RegexOptions.IgnoreCase)]
    private static partial Regex DottedLine();

    [GeneratedRegex(@"\s*(?:\.{3,}|\s\.\.(?=\s*\d)|…+|(?:\s*[.·…]\s*){3,}|_{3,}|\s[|–—·]\s)\s*")]
    private static partial Regex Leader();

    [GeneratedRegex(@"^(?:(?:p\.?|page)\s*)?(?<page>\d{1,3})\s*[|·•▸►›»]\s*(?<text>\p{L}.*)$|^(?:p\.?|page)\s*(?<page>\d{1,3})\s*[:–—]\s*(?<text>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFirstLine();

    /// <summary>"The Second Life of the Old Salt Road  2": a title, a gap of two spaces or more, its page.</summary>
    [GeneratedRegex(@"^\p{L}.*[\p{L}'’)](?:\s{2,}|\t\s*)\d{1,3}$")]
    private static partial Regex PageAfterGap();

    /// <summary>
    /// A contents line that prints a number before its title: a page ("p. 3   Title", "4 | Title") or the entry's own count
    /// ("01 | Title", "1 – Title", "1. Title", "Part 4 — Title", "No. 2: Title", "[3] Title", "(3) Title").
    /// </summary>
    [GeneratedRegex(@"^\s{0,3}(?:(?:(?:p\.?|page|part|no\.?|nr\.?|#)\s*)?\d{1,3}(?:\s{2,}|\t\s*|\s+[–—]\s+|\s*[|·•▸►›»]\s*|(?<countDot>\.)\s+)|(?:no\.?|part)\s*\d{1,3}\s*:\s*|[\[(]\d{1,3}[\])]\s+)(?<text>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedEntryLine();

    [GeneratedRegex(@"\s+[|·•▸►›»]\s+")]
    private static partial Regex FieldSeparator();

    // A hyphen, dash or asterisk set as a bullet in plain text ("  - Title") too.
    [GeneratedRegex(@"^\s*[•▪◦‣●■▸►*\-–]\s+(?<text>\S.*)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^by:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    /// <summary>"• Title — by Dr. Ann Lee and Bo Ma" (bullet or not): an entry with its authors after a dash and "by" on one line.</summary>
    private static WholeIssueFormat.TocEntry? DashByEntry(SeedLine line)
    {
        var text = BulletLine().Match(line.Text) is { Success: true } bullet ? bullet.Groups["text"].Value.Trim() : line.Text.Trim();
        if (DashBy().Match(text) is not { Success: true } dashBy || TextShapes.AuthorNames(dashBy.Groups["names"].Value) is not { } names) return null;
        var title = text[..dashBy.Index].Trim();
        return TextShapes.IsTitleLike(title) ? new WholeIssueFormat.TocEntry(title, names, IsSectionTitle(title), line.Number) : null;
    }

    /// <summary>" ........ pp. 1–2", " … 3": dotted leaders (or a wide gap) and a page or page range ending an entry's line.</summary>
    [GeneratedRegex(@"\s*(?:\.{3,}|…+|\s{3,})\s*(?:pp?\.?\s*)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*$")]
    private static partial Regex LeadersAndPages();

    /// <summary>" — by NAME" (or "– by", "- by") ending a contents entry's line.</summary>
    [GeneratedRegex(@"\s+[—–-]\s+[Bb]y\s+(?<names>\p{Lu}.*)$")]
    private static partial Regex DashBy();

    [GeneratedRegex(@"\s*,?\s*(?:p\.?\s*)?\d{1,3}$")]
    private static partial Regex PartPage();

    [GeneratedRegex(@"^(?<text>\p{L}.*[\p{L}?!'’”)]),\s*(?<page>\d{1,3})$")]
    private static partial Regex CommaPage();
}

using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 2: removes running page headers/footers and page numbers from PDF text. They are recognised
/// by shape and repetition, never by wording: a page-number line ("3", "Page 3 of 12", "p.5", "- 3 -"),
/// or a short line that recurs at page breaks (next to page numbers, splitting a sentence, or carrying
/// numbers and separators like "Volume XIX • Issue 22 | November 19, 2021").
/// The table of contents at the start (everything before the first prose paragraph, and any cluster
/// of "p.N" markers) is left alone: the reader needs it. Removed lines become blank lines, so the
/// seed's line numbers stay valid for later stages.
/// </summary>
public static partial class StripPageFurniture
{
    private const int MaxFurnitureLength = 120;
    private const int MaxFurnitureWords = 16;
    private const int MaxWeakWords = 8;
    private const int ProseWords = 15;
    private const int LongProseWords = 25;
    private const int WrappedLineWords = 8;
    private const int MaxPageNumber = 1000;
    private const int MaxWeakLinesAtBreak = 2;
    private const int MastheadSearchLines = 60;

    // What a removed line was, as the review report and the console's dropped list name it.
    internal const string PageNumber = "page number";
    internal const string RunningHeader = "running header";
    internal const string PageFooter = "page footer";
    internal const string MastheadLineWhat = "masthead line";

    private const string CountedFooter = "a footer counting its pages (\"page N of M\") after the issue's volume/issue or date";

    public static FixupResult Apply(string text, FixupContext context)
    {
        var lines = TextLines.Split(text);
        var protectedUntil = FirstProseLine(lines);
        var tocMarkers = TocMarkerLines(lines);
        var bios = Enumerable.Range(0, lines.Length).Where(i => BioParagraph.IsBio(lines[i])).ToHashSet();
        var ownNames = Publications(lines, protectedUntil, context);
        var publications = ownNames.Concat(context.Outlets.Select(o => o.Name).Where(n => TextLines.WordCount(n) >= 2)).ToList();

        var pageNumbers = PageNumberLines(lines, protectedUntil, tocMarkers);
        var furniture = RepeatedFurniture(lines, protectedUntil, pageNumbers.Keys.ToHashSet(), ownNames, publications, bios);
        var removed = new SortedDictionary<int, (string What, string Reason)>();
        foreach (var (i, reason) in pageNumbers) removed[i] = (PageNumber, reason);
        // "ASM 4/11      page 2 of 5": a footer counting its pages is furniture even where it is printed once.
        for (var i = protectedUntil; i < lines.Length; i++)
            if (!removed.ContainsKey(i) && !tocMarkers.Contains(i) && Text.RunningLines.IsPageCountFooter(lines[i]))
                removed[i] = (PageFooter, CountedFooter);
        foreach (var (i, reason) in furniture) removed.TryAdd(i, (RunningWhat(lines[i], publications), reason));
        PageBreaks(lines, protectedUntil, tocMarkers, bios, publications, removed);
        RunningCompanions(lines, protectedUntil, tocMarkers, bios, removed);
        RunningLinesMangledOnce(lines, protectedUntil, tocMarkers, bios, removed);
        // A note's wrapped tail ("Terrorism Monitor, Volume 27, Issue 20, 2029.", an address) is the note's text, though
        // it has a masthead's or footer's shape: kept, after it has served to find the page break it may sit beside.
        foreach (var i in CitationContinuation.Lines(lines))
            if (removed.TryGetValue(i, out var was) && was.What != PageNumber) removed.Remove(i);
        if (removed.Count == 0) return FixupResult.Unchanged(text);

        var actions = new List<FixupAction>();
        foreach (var (index, (what, reason)) in removed)
        {
            actions.Add(new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{what}: {lines[index].Trim()}", context.At(index)) { Reason = reason });
            lines[index] = "";
        }
        return new FixupResult(TextLines.Join(lines), [], actions);
    }

    /// <summary>What a running line is: the masthead repeated, a footer (©, an address), or a running header.</summary>
    private static string RunningWhat(string line, IReadOnlyList<string> publications) =>
        MastheadLine.Match(line.Trim(), publications) == MastheadMatch.Full ? MastheadLineWhat
        : CopyrightOrAddress().IsMatch(line) ? PageFooter
        : RunningHeader;

    /// <summary>
    /// The issue's own names a running header may repeat: every own publication of site.yml (names and aliases), the sidecar's, and the issue's
    /// masthead (the first short title line before its volume line, or the name on that line).
    /// </summary>
    private static List<string> Publications(string[] lines, int protectedUntil, FixupContext context)
    {
        var names = new List<string>();
        names.AddRange(context.OwnPublicationNames);
        if (context.SeedPublication is { } seed) names.Add(seed);
        var head = Math.Min(Math.Min(protectedUntil, lines.Length), MastheadSearchLines);
        for (var v = 0; v < head; v++)
        {
            if (VolumeIssueLine.Parse(lines[v]) is not { } volume) continue;
            if (volume.Before.Length > 0) names.Add(volume.Before);
            // The first block of the masthead, which may wrap the name over two lines ("EURASIA" / "SECURITY NOTES").
            var first = Enumerable.Range(0, v).FirstOrDefault(i => !TextLines.IsBlank(lines[i]), -1);
            if (first >= 0)
            {
                var block = lines.Skip(first).Take(v - first).TakeWhile(l => !TextLines.IsBlank(l)).Select(l => l.Trim()).ToList();
                var name = string.Join(' ', block);
                if (TextShapes.IsTitleLike(name, maxWords: 8)) names.Add(MastheadName.WithoutPublisher(name));
                // The name over its tagline with no blank line between ("Harbour Monitor" / "Ports, ships and the people …").
                else if (block.Count > 1 && TextLines.WordCount(block[0]) >= 2 && TextShapes.IsTitleLike(block[0], maxWords: 8)) names.Add(MastheadName.WithoutPublisher(block[0]));
            }
            break;
        }
        return names;
    }

    /// <summary>
    /// Page breaks found from what surely marks one (a page number, a running line, a line repeating the masthead, a
    /// lone number inside a sentence): the short lines around it that look like furniture (separators, ©, an
    /// address, a date, the publication's name, a number) go too, and when the break sits inside a sentence, so do
    /// short Title Case lines (an organisation's name), since a sentence holds no headings.
    /// </summary>
    private static void PageBreaks(string[] lines, int protectedUntil, HashSet<int> tocMarkers, HashSet<int> bios,
        IReadOnlyList<string> publications, SortedDictionary<int, (string What, string Reason)> removed)
    {
        bool Usable(int i) => i >= protectedUntil && !tocMarkers.Contains(i) && !bios.Contains(i) && !TextLines.IsBlank(lines[i]);

        // Running lines found by repetition had their own test; page numbers and masthead lines mark a page break.
        var anchors = new SortedSet<int>(removed.Where(r => r.Value.What == PageNumber || r.Value.Reason == CountedFooter).Select(r => r.Key));
        for (var i = protectedUntil; i < lines.Length; i++)
        {
            if (!Usable(i) || removed.ContainsKey(i)) continue;
            var line = lines[i].Trim();
            var masthead = MastheadLine.Match(line, publications);
            // "Publication: Harbour Review Volume: 9 Issue: 4": a web page's labelled field under its title names where the
            // article appeared, for the reader to read; no running header labels its parts.
            if (masthead == MastheadMatch.Full && PublicationField().IsMatch(line)) continue;
            if (masthead == MastheadMatch.Full)
            {
                removed[i] = (MastheadLineWhat, "matches the publication name and volume/issue or date of the issue's masthead");
                anchors.Add(i);
            }
            else if (masthead == MastheadMatch.NameOnly && (line.Any(char.IsDigit) || SplitsSentence(lines, i)))
            {
                removed[i] = (RunningHeader, line.Any(char.IsDigit) ? "the publication's name with a page number" : "the publication's name inside a sentence a page break split");
                anchors.Add(i);
            }
            else if (IsFooterMarked(line) && IsShort(line) && SplitsSentence(lines, i)
                && (CopyrightOrAddress().IsMatch(line) || publications.Any(p => Publisher.Core.Text.NameKey.Squash(p) is { Length: >= 6 } name && Publisher.Core.Text.NameKey.Squash(line).Contains(name, StringComparison.Ordinal))))
            {
                // A footer printed once ("Review | www.review.example") between the two halves of a sentence.
                removed[i] = (PageFooter, "an address or the publication's name with a separator, inside a sentence");
                anchors.Add(i);
            }
            else if (IsBarePageNumber(line) && Isolated(lines, i) && SplitsSentence(lines, i))
            {
                removed[i] = (PageNumber, "a lone number between the two halves of a sentence");
                anchors.Add(i);
            }
        }

        foreach (var anchor in anchors)
        {
            var members = new List<int> { anchor };
            foreach (var step in new[] { -1, +1 })
                for (var j = NeighbourIndex(lines, anchor, step); j is { } k && Usable(k) && IsShort(lines[k]) && (IsStrong(k) || IsWeak(k)); j = NeighbourIndex(lines, k, step))
                    members.Add(k);
            members.Sort();
            var before = NeighbourText(lines, members[0], -1);
            var after = NeighbourText(lines, members[^1], +1);
            var insideSentence = before is not null && after is not null && !SentenceEnd().IsMatch(before) && ParagraphShape.StartsLower(after);
            var weak = members.Where(m => !removed.ContainsKey(m) && !IsStrong(m)).ToList();
            foreach (var m in members)
            {
                if (removed.ContainsKey(m)) continue;
                if (IsStrong(m))
                    removed[m] = (PageNumberLine.IsBare(lines[m]) ? PageNumber : RunningWhat(lines[m], publications), "next to a page break's header or page number");
                else if (insideSentence && weak.Count <= MaxWeakLinesAtBreak)
                    removed[m] = (RunningHeader, "a short title-like line at a page break inside a sentence");
            }
        }

        bool IsStrong(int i)
        {
            if (removed.ContainsKey(i)) return true;
            var line = lines[i].Trim();
            return IsBarePageNumber(line) && Isolated(lines, i)
                || PageNumberLine.IsExplicit(line)
                || MastheadLine.Match(line, publications) != MastheadMatch.None
                || IsFooterMarked(line)
                || MastheadDate.Parse(line) is not null;
        }

        bool IsWeak(int i)
        {
            var line = lines[i].Trim();
            if (!TextShapes.IsTitleLike(line, maxWords: MaxWeakWords) || line[^1] is '?' or '!') return false;
            var significant = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToList();
            return significant.Count > 0 && significant.All(w => char.IsUpper(w.TrimStart('\'', '‘', '"', '“', '(')[0]));
        }
    }

    private static bool IsBarePageNumber(string line) =>
        PageNumberLine.IsBare(line) && int.Parse(line, System.Globalization.CultureInfo.InvariantCulture) < MaxPageNumber;

    private static bool IsShort(string line) =>
        line.Trim().Length <= MaxFurnitureLength && TextLines.WordCount(line) <= MaxFurnitureWords && !IsProse(line);

    /// <summary>
    /// The first line that reads like running prose: many words and a sentence end, or very many words (a sentence a
    /// page break cut); or the first line of a paragraph wrapped over several short lines (a PDF's columns) that does.
    /// </summary>
    private static int FirstProseLine(string[] lines)
    {
        var start = -1;
        var words = 0;
        var sentenceEnd = false;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || TextLines.IsBlank(lines[i]))
            {
                if (start >= 0 && (words >= ProseWords && sentenceEnd || words >= LongProseWords)) return start;
                (start, words, sentenceEnd) = (-1, 0, false);
                continue;
            }
            if (IsProse(lines[i]) || TextLines.WordCount(lines[i]) >= LongProseWords || StartsWrappedProse(lines, i)) return i;
            if (start < 0) start = i;
            // A letter-spaced masthead ("K A R S T    B U L L E T I N") is two words, not fourteen; a masthead's volume
            // line ("Volume II  ·  Issue 3  ·  September 2030") is no prose at all, whatever its words.
            if (!VolumeIssueLine.IsMatch(lines[i])) words += TextLines.WordCount(LetterSpacing.CollapseRuns(lines[i]));
            // A masthead's "Vol. 9 | No. 3" holds full stops but ends no sentence.
            sentenceEnd |= SentenceEnd().IsMatch(lines[i]) && !VolumeIssueLine.IsMatch(lines[i]);
        }
        return lines.Length;
    }

    /// <summary>
    /// Three full lines in a row with a sentence end among the first four: a paragraph hard-wrapped into lines, which
    /// text without blank lines (one block from the masthead to the end) shows only this way.
    /// </summary>
    private static bool StartsWrappedProse(string[] lines, int i)
    {
        if (i + 2 >= lines.Length) return false;
        for (var k = i; k <= i + 2; k++)
            if (TextLines.IsBlank(lines[k]) || TextLines.WordCount(lines[k]) < WrappedLineWords) return false;
        return Enumerable.Range(i, Math.Min(4, lines.Length - i)).Any(k => SentenceEnd().IsMatch(lines[k]));
    }

    internal static bool IsProse(string line) =>
        TextLines.WordCount(line) >= ProseWords && SentenceEnd().IsMatch(line);

    /// <summary>A footer's marks (separator, address, copyright) on a line that is neither prose, a table row nor a
    /// line carrying a Markdown link (a PDF link annotation turns prose into "[text](url)"), and whose address is not
    /// read on by the sentence around it ("… available at" / "https://… under a licence. A working …").</summary>
    private static bool IsFooterMarked(string line) =>
        FooterMarks().IsMatch(line) && !IsProse(line) && !line.StartsWith('|') && !line.Contains("](", StringComparison.Ordinal)
        && !AddressReadOn().IsMatch(line);

    /// <summary>"p.N" lines that belong to a contents list: two or more close together with no prose between.</summary>
    private static HashSet<int> TocMarkerLines(string[] lines)
    {
        var markers = Enumerable.Range(0, lines.Length).Where(i => PageNumberLine.IsContentsReference(lines[i])).ToList();
        var result = new HashSet<int>();
        for (var k = 0; k + 1 < markers.Count; k++)
        {
            var (a, b) = (markers[k], markers[k + 1]);
            if (b - a > 20) continue;
            if (Enumerable.Range(a + 1, b - a - 1).Any(i => IsProse(lines[i]))) continue;
            result.Add(a);
            result.Add(b);
        }
        return result;
    }

    /// <returns>Page-number lines with the evidence for each.</returns>
    private static Dictionary<int, string> PageNumberLines(string[] lines, int protectedUntil, HashSet<int> tocMarkers)
    {
        var result = new Dictionary<int, string>();
        var bare = new List<(int Line, int Number)>();
        for (var i = protectedUntil; i < lines.Length; i++)
        {
            if (tocMarkers.Contains(i)) continue;
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            // "Title (NAME) –" / "page 2": a contents entry's page wrapped onto a line of its own.
            if (i > 0 && PageNumberLine.IsContentsReference(line) && PageNumberLine.EndsWithOpenLeader(lines[i - 1])) continue;
            if (PageNumberLine.IsExplicit(line))
            {
                result.Add(i, "shaped like a page number (\"Page N of M\", \"p.N\", \"- N -\")");
            }
            else if (PageNumberLine.IsJump(line))
            {
                result.Add(i, "sends the reader to another page (\"Continued on page N\")");
            }
            else if (PageNumberLine.IsBare(line) && Isolated(lines, i))
            {
                bare.Add((i, int.Parse(line.Trim('-', '–', ' '), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        // A lone number could be anything; several increasing ones are page numbers. A year on its own line
        // ("2019" above a paragraph) is not a page of a newsletter.
        bare.RemoveAll(b => b.Number >= MaxPageNumber);
        if (bare.Count >= 2 && bare.Zip(bare.Skip(1)).All(p => p.Second.Number > p.First.Number))
            foreach (var (line, _) in bare) result.Add(line, $"one of {bare.Count} lone numbers that increase down the text");
        return result;
    }

    /// <summary>Not part of a column of numbers (a table): the nearest non-blank neighbours are not numbers.</summary>
    private static bool Isolated(string[] lines, int i)
    {
        var before = NeighbourText(lines, i, -1);
        var after = NeighbourText(lines, i, +1);
        return (before is null || !PageNumberLine.IsBare(before)) && (after is null || !PageNumberLine.IsBare(after));
    }

    private static string? NeighbourText(string[] lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Length; j += step)
            if (!TextLines.IsBlank(lines[j])) return lines[j].Trim();
        return null;
    }

    private static int? NeighbourIndex(string[] lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Length; j += step)
            if (!TextLines.IsBlank(lines[j])) return j;
        return null;
    }

    /// <returns>Running lines with the evidence for each ("repeats on 4 pages, next to page numbers").</returns>
    private static Dictionary<int, string> RepeatedFurniture(string[] lines, int protectedUntil, HashSet<int> pageNumbers, IReadOnlyList<string> ownNames, IReadOnlyList<string> publications, HashSet<int> bios)
    {
        // A sentence about a person ("X is the Editor of …") repeats under every brief; it is a bio, not furniture.
        // Lone numbers are page numbers or content (a table column); PageNumberLines decided which.
        var groups = Text.RunningLines.Groups(lines, i => i >= protectedUntil && !pageNumbers.Contains(i) && !bios.Contains(i) && !PageNumberLine.IsBare(lines[i]));

        var result = new Dictionary<int, string>();
        foreach (var (shape, occurrences) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (occurrences.Count < 2) continue;
            var nextToPageNumber = occurrences.Count(i => NextToPageNumber(lines, i, pageNumbers));
            var splitsSentence = occurrences.Any(i => SplitsSentence(lines, i));
            var looksLikeFurniture = FurnitureMarks().IsMatch(lines[occurrences[0]])
                || MastheadLine.Match(lines[occurrences[0]], publications) != MastheadMatch.None
                || ownNames.Any(p => lines[occurrences[0]].Contains(p, StringComparison.OrdinalIgnoreCase));
            // Same shape, different numbers: "… | 3", "… | 4" is a running line carrying the page number.
            var numbersVary = occurrences.Select(i => lines[i].Trim()).Distinct(StringComparer.Ordinal).Count() > 1;

            // Repeated dates or numbers alone are not enough (a timeline, a list of teasers): they must
            // also sit at page breaks, next to page numbers or inside split sentences.
            // The same line with a different page number at its end on each page ("ASM 5/9 — May 2029      1", "… 3").
            var pages = occurrences.Select(i => Text.RunningLines.TrailingPage(lines[i])).ToList();
            var carriesPages = pages.All(p => p is not null) && pages.Distinct().Count() == pages.Count;
            var isFurniture =
                nextToPageNumber >= 2
                || carriesPages
                || occurrences.Count >= 3 && (looksLikeFurniture || splitsSentence)
                || occurrences.Count >= 2 && splitsSentence && (looksLikeFurniture || numbersVary || Text.RunningLines.CarriesIssueFields(lines[occurrences[0]]));
            if (!isFurniture) continue;
            var evidence = new List<string> { $"repeats on {occurrences.Count} pages" };
            if (nextToPageNumber >= 2) evidence.Add("next to page numbers");
            if (splitsSentence) evidence.Add("inside a sentence a page break split");
            if (looksLikeFurniture) evidence.Add("carries the publication's name, a volume/issue, a separator or an address");
            if (numbersVary) evidence.Add(carriesPages ? "only its page number changes" : "only its numbers change");
            var reason = string.Join(", ", evidence);
            foreach (var i in occurrences) result.TryAdd(i, reason);
        }
        return result;
    }

    /// <summary>
    /// A running line's companion: a short line the issue prints on the same side of its running header or footer on
    /// every page it repeats on ("Frontier Monitor | Vol. 8, No. 4 | 1" over "Halvard Institute for Conflict Studies").
    /// Each occurrence alone is a title-like line, but one that repeats on two or more pages, each time right beside a
    /// line already removed as page furniture and on the same side of it, is that furniture's second line. Not a section
    /// label (capitals or a genre the catalogue reads), which an issue prints under the running line where an article opens.
    /// </summary>
    private static void RunningCompanions(string[] lines, int protectedUntil, HashSet<int> tocMarkers, HashSet<int> bios,
        SortedDictionary<int, (string What, string Reason)> removed)
    {
        var found = removed.Where(r => r.Value.What is RunningHeader or PageFooter or MastheadLineWhat).Select(r => r.Key).ToHashSet();
        var groups = Text.RunningLines.Groups(lines, i => i >= protectedUntil && !removed.ContainsKey(i) && !tocMarkers.Contains(i) && !bios.Contains(i)
            && IsShort(lines[i]) && !PageNumberLine.IsBare(lines[i]) && !IsSectionLabel(lines[i]));
        foreach (var (_, occurrences) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (occurrences.Count < 2) continue;
            int? Side(int i) =>
                NeighbourIndex(lines, i, -1) is { } before && found.Contains(before) ? -1
                : NeighbourIndex(lines, i, +1) is { } after && found.Contains(after) ? +1
                : null;
            var sides = occurrences.Select(Side).ToList();
            if (sides.Any(s => s is null) || sides.Distinct().Count() > 1) continue;
            foreach (var i in occurrences)
            {
                var neighbour = NeighbourIndex(lines, i, sides[0]!.Value)!.Value;
                removed[i] = (removed[neighbour].What == MastheadLineWhat ? RunningHeader : removed[neighbour].What,
                    $"repeats on {occurrences.Count} pages, each time beside the page's running line");
            }
        }
    }

    /// <summary>
    /// A running line printed once more with its spaces and separators lost ("TMVol.XL,No.9|6May20424" beside "TM  Vol. XL,
    /// No. 9  |  6 May 2042  |  2" removed at other page breaks): the same letters in the same order, whatever its numbers.
    /// </summary>
    private static void RunningLinesMangledOnce(string[] lines, int protectedUntil, HashSet<int> tocMarkers, HashSet<int> bios,
        SortedDictionary<int, (string What, string Reason)> removed)
    {
        var running = removed.Where(r => r.Value.What is RunningHeader or PageFooter or MastheadLineWhat)
            .Select(r => (Key: Text.RunningLines.SquashedKey(lines[r.Key]), r.Value.What, Line: lines[r.Key].Trim()))
            .Where(r => r.Key is not null).GroupBy(r => r.Key!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (running.Count == 0) return;
        for (var i = protectedUntil; i < lines.Length; i++)
        {
            if (removed.ContainsKey(i) || tocMarkers.Contains(i) || bios.Contains(i) || TextLines.IsBlank(lines[i])) continue;
            // The page's numbers (a volume, a date, the page) are what make the line a running line's copy, not a word of prose.
            if (Text.RunningLines.SquashedKey(lines[i]) is { } key && Text.RunningLines.KeyCarriesNumbers(key) && running.TryGetValue(key, out var same))
                removed[i] = (same.What, $"the running line \"{same.Line}\" printed with its spaces lost");
        }
    }

    /// <summary>A section label an issue prints where an article opens ("ANALYSIS", "Brief"): capitals, or a kind the genre catalogue reads.</summary>
    private static bool IsSectionLabel(string line)
    {
        var text = line.Trim();
        return text.Where(char.IsLetter).All(char.IsUpper) || Text.Genres.Of(text) is not null;
    }

    private static bool NextToPageNumber(string[] lines, int i, HashSet<int> pageNumbers) =>
        NeighbourIndex(lines, i, -1) is { } before && pageNumbers.Contains(before)
        || NeighbourIndex(lines, i, +1) is { } after && pageNumbers.Contains(after);

    /// <summary>The line sits inside a sentence: the text before it does not end one, the text after starts lower case.</summary>
    private static bool SplitsSentence(string[] lines, int i)
    {
        var before = NeighbourText(lines, i, -1);
        var after = NeighbourText(lines, i, +1);
        if (before is null || after is null) return false;
        return !SentenceEnd().IsMatch(before) && after.Length > 0 && char.IsLower(after[0]);
    }

    [GeneratedRegex(@"[.!?…][""'”’)\]]*\s*(\[\^?\d+\])?$|[.!?]\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[|•·©]|\bvol(?:ume)?\b|\bissue\b|\bno\.|www\.|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureMarks();

    /// <summary>What a page's footer carries that prose and lists do not: ©, an address, a separator between two words (not a bullet).</summary>
    [GeneratedRegex(@"©|\bwww\.|https?://|\S\s*[|•·]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex FooterMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>An address followed by a word in lower case: a sentence goes on after it, as no footer does.</summary>
    [GeneratedRegex(@"(?:https?://|\bwww\.)\S+\s+\p{Ll}{2,}")]
    private static partial Regex AddressReadOn();

    [GeneratedRegex(@"©|\(c\)\s*\d{4}|\bcopyright\b|\bwww\.|https?://|\S+@\S+\.\w", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOrAddress();

    [GeneratedRegex(@"^(?:publication|published\s+in|appeared\s+in|journal|periodical)\s*:\s", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationField();
}

using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

public static partial class StripBoilerplate
{
    private const int MinContentsEntries = 3;
    private const int MinRowRun = 2;

    /// <summary>
    /// Site furniture inside and around the text, by shape: live-blog stamps and key-events indexes, script notices,
    /// editing and translation notes, press-office labels, disclaimers, previous/next links, facts lines, licence
    /// notices, end-of-transcript marks; before the article's first paragraph also hatnotes, sourced photo captions and
    /// a facts box (key-tab-value rows) and a speaker list; and a numbered table of contents whose titles come back as headings. Each line
    /// is a <c>dropped-boilerplate</c> action with its full text and the reason.
    /// </summary>
    private static void DropPageFurniture(string[] lines, FixupContext context, List<FixupAction> actions)
    {
        var dropped = new List<(int Line, FixupAction Action)>();
        void Drop(int i, string what, string reason)
        {
            dropped.Add((i, new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{what}: {lines[i].Trim()}", context.At(i)) { Reason = reason }));
            lines[i] = "";
        }

        var firstProse = FirstProseLine(lines);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (TextLines.IsBlank(line)) continue;
            var before = i < firstProse;
            if (LineFurniture(line, before, CarriesOnBrokenSentence(lines, i)) is { } found) Drop(i, found.What, found.Reason);
        }

        foreach (var run in Runs(lines, LiveBlogChrome.IsKeyEventEntry, MinRowRun))
        {
            var label = PreviousNonBlank(lines, run[0]);
            if (label >= 0 && LiveBlogChrome.IsIndexLabel(lines[label])) Drop(label, "key-events index", "the label over a live blog's key-events index");
            foreach (var i in run) Drop(i, "key-events index", "a run of entries that each open with an age (\"2h ago\") and give a short title");
        }

        foreach (var run in Runs(lines, SpeakerList.IsEntry, MinRowRun).Where(r => r[^1] < firstProse))
        {
            var label = PreviousNonBlank(lines, run[0]);
            if (label >= 0 && SpeakerList.IsLabel(lines[label])) Drop(label, "speaker list", "the label of a list of speakers before the article's first paragraph");
            foreach (var i in run) Drop(i, "speaker list", "a run of name-comma-role lines before the article's first paragraph");
        }

        foreach (var run in Runs(lines, InfoboxRow.Is, MinRowRun).Where(r => r[0] < firstProse))
            foreach (var i in run) Drop(i, "facts box", "key-tab-value rows before the article's first paragraph");

        foreach (var run in Runs(lines, l => NumberedContents.Title(l) is not null, MinContentsEntries))
        {
            var later = lines.Skip(run[^1] + 1).Where(l => !TextLines.IsBlank(l)).Select(NumberedContents.HeadingKey).ToHashSet(StringComparer.Ordinal);
            var named = run.Count(i => later.Contains(NumberedContents.Title(lines[i])!.ToLowerInvariant()));
            if (named * 2 < run.Count) continue;
            foreach (var i in run) Drop(i, "table of contents", $"a numbered list of {run.Count} sections whose titles come back as headings ({named} of them)");
        }
        actions.AddRange(dropped.OrderBy(d => d.Line).Select(d => d.Action));
    }

    /// <summary>
    /// Where the article's text starts: its first line of long prose (web text, one paragraph a line), else the first
    /// paragraph of long prose (wrapped text), else past the end.
    /// </summary>
    private static int FirstProseLine(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
            if (TextSignals.Of(lines[i]).IsLongProse) return i;
        return Paragraph.Parse(lines).FirstOrDefault(p => TextSignals.Of(p.Flat).IsLongProse)?.StartLine ?? lines.Length;
    }

    private static (string What, string Reason)? LineFurniture(string line, bool beforeText, bool tailOfSentence)
    {
        var t = line.Trim();
        if (LiveBlogChrome.IsStamp(t)) return ("live-blog time stamp", "a line with only a time, an age or an update stamp");
        if (LiveBlogChrome.IsToggle(t)) return ("live-blog toggle", "the key-events switch of a live blog");
        if (ScriptNotice.Is(t)) return ("script notice", "a widget's notice to the reader's browser");
        if (EncyclopediaChrome.IsTagline(t)) return ("encyclopedia tagline", "the site's tagline above the entry");
        if (t[0] is '[' or '(' && EndMarks.IsEndMarkLine(t)) return ("end mark", "a bracketed end-of-text mark");
        if (EditorialNote.Is(t)) return ("editorial note", "a note on how the text was edited or translated");
        if (PressOfficeLine.Is(t)) return ("press-office label", "who issued the release, or its note to editors");
        if (Disclaimer.Is(t)) return ("disclaimer", "two disclaimer cues (information only, not advice, no liability)");
        if (SequenceLink.Is(t)) return ("previous/next link", "a link to the previous or next item of a series");
        if (FactsLine.Is(t)) return ("facts line", "short segments of labelled values or an event's date and time");
        if (LicenceLine.Is(t)) return ("licence notice", "the page's licence");
        if (beforeText && EncyclopediaChrome.IsHatnote(t)) return ("hatnote", "a pointer to another page before the article's first paragraph");
        if (beforeText && !tailOfSentence && PhotoCaption.IsSourced(t)) return ("photo caption", "a caption with a source credit before the article's first paragraph");
        return null;
    }

    /// <summary>Runs of at least <paramref name="min"/> consecutive non-blank lines (blank lines between allowed) that match.</summary>
    private static IEnumerable<List<int>> Runs(string[] lines, Func<string, bool> matches, int min)
    {
        var run = new List<int>();
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && TextLines.IsBlank(lines[i])) continue;
            if (i < lines.Length && matches(lines[i])) { run.Add(i); continue; }
            if (run.Count >= min) yield return run;
            run = [];
        }
    }
}

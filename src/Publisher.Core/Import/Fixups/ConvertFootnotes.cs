using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 4: turns "[n]" markers in the body into Markdown footnote references "[^n]" and the "[n] text"
/// entries of the Notes section into footnote definitions appended to the body (further paragraphs of a
/// note indented, as Markdown expects). Links ("[text](url)", "[1](url)"), reference links and bracketed
/// words like "[sic]" are not markers. A marker without a note stays as text; a note without a marker
/// or with a repeated number is kept as a plain paragraph after the footnotes, never dropped; each is a warning.
/// <para>
/// When the draft has no Notes section, an endnote list at the end of the body is used instead
/// (<see cref="EndnoteList"/>): word-processor endnotes ("[[i]](#_ednref1) …" with markers "[[i]](…#_edn1)" or
/// "[i]"), bracketed entries, or a numbered reference list ("1. Title – Site, accessed …, https://…"). Roman numerals
/// are renumbered 1..n. With a reference list and no bracketed markers, markers glued to the text ("attacks.2",
/// "said,3", "¹"), or else numbers in brackets at a clause's end ("… in two years (2).") are taken in order
/// (<see cref="GluedMarkers"/>). A list whose notes no marker refers to stays as it is.
/// </para>
/// </summary>
public static partial class ConvertFootnotes
{
    /// <param name="Number">The footnote number written ("4"; roman labels renumbered).</param>
    /// <param name="Label">The label as printed ("iv", "4").</param>
    /// <param name="Line">The 0-based body line of a note found in the body, for diagnostics; null for the Notes section.</param>
    /// <param name="NotesLine">The 0-based line of the Notes section the note starts on; null for a note found in the body.</param>
    private sealed record Note(string Number, List<string> Paragraphs, string? Label = null, int? Line = null, int? NotesLine = null)
    {
        public string Printed => Label ?? Number;
    }

    /// <param name="body">The draft body.</param>
    /// <param name="notes">The raw Notes section, or null.</param>
    /// <param name="context">Points at the body's first seed line.</param>
    /// <param name="notesLocation">Where note diagnostics point when the notes have no seed lines (<paramref name="notesContext"/>).</param>
    /// <param name="notesContext">The Notes section's seed lines (<see cref="ArticleDraft.NotesLineMap"/>), when the reader knows them.</param>
    /// <returns>The body with references and definitions; the notes are fully consumed into it.</returns>
    public static FixupResult Apply(string body, string? notes, FixupContext context, SourceLocation notesLocation, FixupContext? notesContext = null)
    {
        var diagnostics = new List<Diagnostic>();
        var actions = new List<FixupAction>();
        var lines = TextLines.Split(body);
        var original = (string[])lines.Clone();

        List<Note> parsed;
        List<string> stray;
        var list = notes is null ? EndnoteList.FindTrailing(lines) : null;
        if (list is not null)
        {
            parsed = list.Entries.Select((e, k) => new Note((list.Roman ? k + 1 : e.Label.Number).ToString(CultureInfo.InvariantCulture), [e.Text], e.Label.Label, e.Line)).ToList();
            stray = [];
            for (var i = list.StartLine; i <= list.EndLine; i++) lines[i] = "";
        }
        else (parsed, stray) = ParseNotes(notes ?? "");
        var notesMapped = notesContext is { LineMap.Count: > 0 };
        SourceLocation Where(Note note) =>
            note.Line is { } line ? context.At(line)
            : note.NotesLine is { } notesLine && notesMapped ? notesContext!.At(notesLine)
            : notesLocation;
        var strayLocation = notesMapped ? notesContext!.At(0) : notesLocation;

        if (stray.Count > 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteStrayNotesText,
                $"text in the Notes section before the first numbered note (\"{TextLines.Excerpt(stray[0], 50)}\") is kept as a paragraph after the footnotes", strayLocation));

        var defined = new Dictionary<string, Note>(StringComparer.Ordinal);
        var leftovers = new List<Note>();
        foreach (var note in parsed)
        {
            if (defined.TryAdd(note.Printed, note)) continue;
            leftovers.Add(note);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteDuplicateNumber,
                $"note [{note.Printed}] appears more than once in the Notes section; the later one (\"{TextLines.Excerpt(note.Paragraphs[0], 50)}\") is kept as a paragraph after the footnotes", Where(note)));
        }
        var romanNotes = parsed.Any(n => n.Label is { } l && !char.IsDigit(l[0]));

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        string? Reference(string label, int index, int column)
        {
            if (!defined.TryGetValue(label, out var note))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteMarkerWithoutNote,
                    $"footnote marker [{label}] has no note in the Notes section; left as text", context.At(index) with { Column = column }));
                return null;
            }
            if (!referenced.Add(note.Printed))
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.FootnoteDuplicateNumber,
                    $"footnote marker [{label}] appears more than once; every occurrence refers to the same note", context.At(index) with { Column = column }));
            return $"[^{note.Number}]";
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var index = i;
            lines[i] = WordProcessorMarker().Replace(lines[i], m => Reference(m.Groups["label"].Value, index, m.Index + 1) ?? m.Value);
            lines[i] = Marker().Replace(lines[i], m =>
            {
                var label = m.Groups["number"].Value;
                // "[i]" is a marker only where the notes are numbered in roman numerals.
                if (!char.IsDigit(label[0]) && !romanNotes) return m.Value;
                // The space PDF text puts before a marker would render as "elections. ¹": the reference attaches to its text.
                return Reference(label, index, m.Groups["marker"].Index + 1) ?? m.Value;
            });
        }

        // "(1)" glued to a word or a sentence's end refers to a list numbered "(1) …"; with a space before it, it numbers a point.
        if (list is { Style: EndnoteStyle.Parenthesised })
            for (var i = 0; i < lines.Length; i++)
            {
                var index = i;
                lines[i] = ParenthesisedMarker().Replace(lines[i], m => defined.ContainsKey(m.Groups["number"].Value)
                    ? Reference(m.Groups["number"].Value, index, m.Index + 1) ?? m.Value
                    : m.Value);
            }

        if (list is not null && referenced.Count == 0)
        {
            var joined = TextLines.Join(lines);
            var glued = GluedMarkers.Find(joined, parsed.Count);
            if (glued.Count == 0) glued = GluedMarkers.FindSpacedParenthesised(joined, parsed.Count);
            if (glued.Count > 0)
            {
                var text = TextLines.Join(lines);
                foreach (var marker in glued.Reverse())
                {
                    var note = parsed[marker.Number - 1];
                    referenced.Add(note.Printed);
                    text = text[..marker.Index] + $"[^{note.Number}]" + text[(marker.Index + marker.Length)..];
                }
                lines = TextLines.Split(text);
            }
        }

        if (list is not null && referenced.Count == 0)
        {
            // A bibliography nothing in the text points to: leave it as the author wrote it.
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteNoteWithoutMarker,
                $"the list of {parsed.Count} note{(parsed.Count == 1 ? "" : "s")} at the end (\"{TextLines.Excerpt(parsed[0].Paragraphs[0], 50)}\") has no markers in the text; left as a list",
                context.At(list.StartLine)));
            return new FixupResult(TextLines.Join(original), diagnostics, actions);
        }

        var definitions = new List<string>();
        foreach (var note in parsed.Where(n => defined[n.Printed] == n))
        {
            if (!referenced.Contains(note.Printed))
            {
                leftovers.Add(note);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteNoteWithoutMarker,
                    $"note [{note.Printed}] (\"{TextLines.Excerpt(note.Paragraphs[0], 50)}\") has no marker in the body; kept as a paragraph after the footnotes", Where(note)));
                continue;
            }
            definitions.Add(Definition(note));
            actions.Add(new FixupAction(FixupActionKinds.ConvertedFootnote, $"[{note.Printed}] {TextLines.Excerpt(note.Paragraphs[0])}", Where(note)));
        }

        var tail = new List<string>(definitions);
        tail.AddRange(stray);
        tail.AddRange(leftovers.OrderBy(n => parsed.IndexOf(n)).Select(n => $"\\[{n.Printed}\\] " + string.Join("\n\n", n.Paragraphs)));
        var result = TextLines.Join(lines);
        if (tail.Count > 0) result = result.TrimEnd('\n') + "\n\n" + string.Join("\n\n", tail);
        return new FixupResult(result, diagnostics, actions);
    }

    private static string Definition(Note note)
    {
        var sb = new StringBuilder();
        sb.Append("[^").Append(note.Number).Append("]: ").Append(note.Paragraphs[0]);
        foreach (var paragraph in note.Paragraphs.Skip(1))
            sb.Append("\n\n    ").Append(paragraph.Replace("\n", "\n    "));
        return sb.ToString();
    }

    private static (List<Note> Notes, List<string> Stray) ParseNotes(string notes)
    {
        var result = new List<Note>();
        var stray = new List<string>();
        foreach (var paragraph in Paragraph.Parse(TextLines.Split(notes)))
        {
            // An entry may start on any line of a paragraph when the notes were not separated by blank lines.
            var current = new List<string>();
            foreach (var (line, offset) in paragraph.Lines.Select((l, k) => (l.Trim(), k)))
            {
                var m = NoteStart().Match(line);
                if (m.Success && EndnoteShapes.Number(m.Groups[1].Value) is not null)
                {
                    Flush(current, result, stray);
                    var label = m.Groups[1].Value;
                    // "[iv] …": roman labels are renumbered in order, as in a list found in the body.
                    result.Add(char.IsDigit(label[0])
                        ? new Note(label, [], NotesLine: paragraph.StartLine + offset)
                        : new Note((result.Count + 1).ToString(CultureInfo.InvariantCulture), [], label, NotesLine: paragraph.StartLine + offset));
                    current.Add(line[m.Length..].Trim());
                }
                else current.Add(line);
            }
            Flush(current, result, stray);
        }
        return (result, stray);

        static void Flush(List<string> lines, List<Note> notes, List<string> stray)
        {
            if (lines.Count == 0) return;
            var text = string.Join(' ', lines.Where(l => l.Length > 0));
            lines.Clear();
            if (text.Length == 0) return;
            if (notes.Count == 0) stray.Add(text);
            else notes[^1].Paragraphs.Add(text);
        }
    }

    // Not a link ("[1](url)"), a reference link ("[text][1]", "[1][]"), a definition ("[1]: …") or escaped; markers side
    // by side ("[2][4]") are two markers, not a reference link.
    // Spaces between the preceding text and the marker are part of the match, so that they go with it.
    [GeneratedRegex(@"(?:(?<=\S)[ \t]+)?(?<marker>(?<![\\!^])(?<!(?<!\[\^?(?:\d{1,3}|[ivxlcdm]{1,7}))\])\[(?<number>\d{1,3}|[ivxlcdm]{1,7})\](?![(:])(?!\[(?!\^?(?:\d{1,3}|[ivxlcdm]{1,7})\])))")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<=[\p{L}.,;:!?""”’')])\((?<number>\d{1,3})\)")]
    private static partial Regex ParenthesisedMarker();

    [GeneratedRegex(@"^\[(\d{1,3}|[ivxlcdm]{1,7})\]\s*")]
    private static partial Regex NoteStart();

    // A word processor's endnote marker exported to the web: "[[iv]](https://site/page#_edn4)", "[[2]](#_ftn2)".
    [GeneratedRegex(@"(?:(?<=\S)[ \t]+)?\[\[(?<label>[ivxlcdm]{1,7}|\d{1,3})\]\]\([^)\s]*#_(?:edn|ftn)\d+\)")]
    private static partial Regex WordProcessorMarker();
}

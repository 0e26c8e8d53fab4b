using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 4: turns "[n]" markers in the body into Markdown footnote references "[^n]" and the "[n] text"
/// entries of the Notes section into footnote definitions appended to the body (further paragraphs of a
/// note indented, as Markdown expects). Links ("[text](url)", "[1](url)"), reference links and bracketed
/// words like "[sic]" are not markers. A marker without a note stays as text; a note without a marker
/// or with a repeated number is kept as a plain paragraph after the footnotes, never dropped; each is a warning.
/// </summary>
public static partial class ConvertFootnotes
{
    private sealed record Note(string Number, List<string> Paragraphs);

    /// <param name="body">The draft body.</param>
    /// <param name="notes">The raw Notes section, or null.</param>
    /// <param name="context">Points at the body's first seed line.</param>
    /// <param name="notesLocation">Where note diagnostics point (the notes have no line of their own in a draft).</param>
    /// <returns>The body with references and definitions; the notes are fully consumed into it.</returns>
    public static FixupResult Apply(string body, string? notes, FixupContext context, SourceLocation notesLocation)
    {
        var diagnostics = new List<Diagnostic>();
        var actions = new List<FixupAction>();
        var (parsed, stray) = ParseNotes(notes ?? "");
        if (stray.Count > 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteStrayNotesText,
                $"text in the Notes section before the first numbered note (\"{TextLines.Excerpt(stray[0], 50)}\") is kept as a paragraph after the footnotes", notesLocation));

        var defined = new Dictionary<string, Note>(StringComparer.Ordinal);
        var leftovers = new List<Note>();
        foreach (var note in parsed)
        {
            if (defined.TryAdd(note.Number, note)) continue;
            leftovers.Add(note);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteDuplicateNumber,
                $"note [{note.Number}] appears more than once in the Notes section; the later one (\"{TextLines.Excerpt(note.Paragraphs[0], 50)}\") is kept as a paragraph after the footnotes", notesLocation));
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var lines = TextLines.Split(body);
        for (var i = 0; i < lines.Length; i++)
        {
            var index = i;
            lines[i] = Marker().Replace(lines[i], m =>
            {
                var number = m.Groups["number"].Value;
                var column = m.Groups["marker"].Index + 1;
                if (!defined.ContainsKey(number))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteMarkerWithoutNote,
                        $"footnote marker [{number}] has no note in the Notes section; left as text",
                        context.At(index) with { Column = column }));
                    return m.Value;
                }
                if (!referenced.Add(number))
                    diagnostics.Add(Diagnostic.Info(DiagnosticCodes.FootnoteDuplicateNumber,
                        $"footnote marker [{number}] appears more than once; every occurrence refers to the same note",
                        context.At(index) with { Column = column }));
                // The space PDF text puts before a marker would render as "elections. ¹": the reference attaches to its text.
                return $"[^{number}]";
            });
        }

        var definitions = new List<string>();
        foreach (var note in parsed.Where(n => defined[n.Number] == n))
        {
            if (!referenced.Contains(note.Number))
            {
                leftovers.Add(note);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteNoteWithoutMarker,
                    $"note [{note.Number}] (\"{TextLines.Excerpt(note.Paragraphs[0], 50)}\") has no marker in the body; kept as a paragraph after the footnotes", notesLocation));
                continue;
            }
            definitions.Add(Definition(note));
            actions.Add(new FixupAction(FixupActionKinds.ConvertedFootnote, $"[{note.Number}] {TextLines.Excerpt(note.Paragraphs[0])}", notesLocation));
        }

        var tail = new List<string>(definitions);
        tail.AddRange(stray);
        tail.AddRange(leftovers.OrderBy(n => parsed.IndexOf(n)).Select(n => $"\\[{n.Number}\\] " + string.Join("\n\n", n.Paragraphs)));
        var text = TextLines.Join(lines);
        if (tail.Count > 0) text = text.TrimEnd('\n') + "\n\n" + string.Join("\n\n", tail);
        return new FixupResult(text, diagnostics, actions);
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
            foreach (var line in paragraph.Lines.Select(l => l.Trim()))
            {
                var m = NoteStart().Match(line);
                if (m.Success)
                {
                    Flush(current, result, stray);
                    result.Add(new Note(m.Groups[1].Value, []));
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

    // Not a link ("[1](url)"), a reference link ("[text][1]", "[1][]"), a definition ("[1]: …") or escaped.
    // Spaces between the preceding text and the marker are part of the match, so that they go with it.
    [GeneratedRegex(@"(?:(?<=\S)[ \t]+)?(?<marker>(?<![\]\\!^])\[(?<number>\d{1,3})\](?![(\[:]))")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\[(\d{1,3})\]\s*")]
    private static partial Regex NoteStart();
}

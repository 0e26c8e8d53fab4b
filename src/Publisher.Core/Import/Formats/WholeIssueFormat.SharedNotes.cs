using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>An issue's shared notes section, given out to its articles.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// Each group of the shared notes goes to the one article whose title its head names best
    /// (<see cref="TitleShortForm"/>), after that article's own notes, recorded at the head. A group whose head names
    /// no article (or two equally) is kept, head and entries, at the end of the last article's text, with a warning.
    /// </summary>
    private static List<ArticleDraft> GiveSharedNotes(List<ArticleDraft> drafts, SharedEndnotes.Section section,
        RawSource source, List<FixupAction> actions, List<Diagnostic> diagnostics, List<DroppedPiece> dropped)
    {
        var result = drafts.ToList();
        foreach (var group in section.Groups)
        {
            var at = new SourceLocation(source.Path, group.HeadLine);
            var scores = result.Select(d => TitleShortForm.Score(group.Head, d.Title)).ToList();
            var best = scores.DefaultIfEmpty(0).Max();
            if (best > 0 && scores.Count(x => x == best) == 1)
            {
                var d = scores.IndexOf(best);
                var notes = SharedEndnotes.Notes(group);
                result[d] = result[d] with
                {
                    Notes = string.IsNullOrWhiteSpace(result[d].Notes) ? notes.Text : result[d].Notes!.TrimEnd() + "\n\n" + notes.Text,
                    NotesLineMap = Appended(result[d].Notes, result[d].NotesLineMap, notes.LineMap),
                };
                dropped.Add(new DroppedPiece("notes group head", group.Head, at));
                actions.Add(new FixupAction(FixupActionKinds.DistributedNotes, group.Head, at)
                {
                    After = $"notes of \"{result[d].Title}\"",
                    Reason = "the issue prints its notes together after the articles, each group under its article's title",
                });
                continue;
            }
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportUnmatchedNoteGroup,
                $"the notes section heads a group \"{Preview(group.Head)}\" that names no article of the issue{(best > 0 ? " (it names more than one)" : "")}; its notes were kept at the end of \"{result[^1].Title}\" — move them to their article",
                at));
            var kept = SeedText.Body(new[] { (group.Head, group.HeadLine) }.Concat(group.Entries.SelectMany(NotesSection.NoteParagraphs)));
            var last = result[^1];
            result[^1] = last with
            {
                Body = string.IsNullOrWhiteSpace(last.Body) ? kept.Text : last.Body.TrimEnd() + "\n\n" + kept.Text,
                BodyLineMap = Appended(last.Body, last.BodyLineMap, kept.LineMap),
            };
        }
        dropped.Add(new DroppedPiece("notes heading", section.HeadingBlock.FirstText.Trim(), new SourceLocation(source.Path, section.HeadingBlock.Line)));
        return result;
    }

    /// <summary>The line map of a text with more paragraphs added after a blank line.</summary>
    private static IReadOnlyList<int> Appended(string? text, IReadOnlyList<int> map, IReadOnlyList<int> added) =>
        string.IsNullOrWhiteSpace(text) || map.Count == 0 ? added : [.. map, map[^1] + 1, .. added];
}

using Publisher.Core.Import.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Core.Import.Formats;

public sealed partial class WebScrapeFormat
{
    /// <summary>How far into the body the answer's head may stand: the question (perhaps over its date) comes first.</summary>
    private const int AnswerHeadWithin = 5;

    /// <summary>
    /// A written question's answer head after the question (<see cref="WrittenAnswer"/>): the answering member is an author
    /// beside the one who asked, and the answer's date is the record's (returned). The head's lines and the question's own
    /// "Asked on" line above it are dropped and recorded. Nothing is taken unless an answer line follows prose (the question)
    /// and answer text follows it.
    /// </summary>
    private static (DateReading Date, SourceLocation At, string Line)? TakeWrittenAnswer(List<TextBlock> blocks, string path, List<string> authors,
        List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        var at = -1;
        for (var k = 1; k < Math.Min(blocks.Count - 1, AnswerHeadWithin + 1); k++)
        {
            var text = blocks[k].Joined;
            if (WrittenAnswer.AnsweredBy(text) is not null || WrittenAnswer.AnswerDate(text) is not null) { at = k; break; }
        }
        if (at < 0 || !Enumerable.Range(0, at).Any(k => IsQuestion(blocks[k].Joined))) return null;

        (DateReading Date, SourceLocation At, string Line)? answered = null;
        var head = new List<int>();
        for (var k = at; k < blocks.Count - 1 && head.Count < 3; k++)
        {
            var text = blocks[k].Joined.Trim();
            var location = new SourceLocation(path, blocks[k].Line);
            var names = WrittenAnswer.AnsweredBy(text)
                ?? (k > at && WrittenAnswer.AnswerDate(blocks[k - 1].Joined) is not null && RoleCard.Read(text) is { } carded ? [carded] : null);
            var date = WrittenAnswer.AnswerDate(text);
            if (names is null && date is null) break;
            head.Add(k);
            if (date is not null) answered ??= (date, location, text);
            if (names is null) continue;
            var added = names.Where(n => !authors.Contains(n, StringComparer.Ordinal)).ToList();
            authors.AddRange(added);
            if (added.Count > 0) actions.Add(AuthorsFrom(text, added, location, "the member who answered the written question, beside the one who asked it"));
        }
        if (head.Count == 0) return null;
        foreach (var k in Enumerable.Range(0, at).Where(k => WrittenAnswer.IsAskedOn(blocks[k].Joined)).Concat(head).OrderDescending().ToList())
        {
            dropped.Add(new DroppedPiece(k < at ? "written question's date line" : "written answer's head", blocks[k].Joined.Trim(), new SourceLocation(path, blocks[k].Line)));
            blocks.RemoveAt(k);
        }
        return answered;
    }

    /// <summary>"To ask the Secretary of State …": the question, a paragraph of prose or one ending in a question mark.</summary>
    private static bool IsQuestion(string text) => IsProse(text) || text.TrimEnd().EndsWith('?');
}

using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

public static partial class StripBoilerplate
{
    /// <summary>
    /// What an email newsletter says to its reader about itself (<see cref="NewsletterAboutItself"/>), read unit by unit
    /// so that a hard-wrapped paragraph is judged whole: its welcome, sponsor, sign-off with the team's first names under
    /// it, paid tier, reader count, self-description and fee notice; a forwarding or sign-up appeal wrapped over several
    /// lines (<see cref="ReaderTool"/>, <see cref="SubscribeBox"/>, which read one line); a short letter to the readers
    /// over a valediction and its signer; and the newsletter's own lists under their labels (contents, links elsewhere,
    /// notices). Each unit is a <c>dropped-boilerplate</c> action with its full text and reason.
    /// </summary>
    private static void DropNewsletterFurniture(string[] lines, FixupContext context, List<FixupAction> actions)
    {
        var dropped = new List<(int Line, FixupAction Action)>();
        void Drop(int start, int end, string what, string reason)
        {
            var text = string.Join(' ', Enumerable.Range(start, end - start + 1).Select(i => lines[i].Trim()).Where(l => l.Length > 0));
            dropped.Add((start, new FixupAction(FixupActionKinds.DroppedBoilerplate, $"{what}: {text}", context.At(start)) { Reason = reason }));
            for (var i = start; i <= end; i++) lines[i] = "";
        }

        // A rule line boxes a newsletter's sections: it ends a unit, never joins one.
        var units = RejoinBrokenUnits(lines, TextUnits.Split(lines.Select(l => TitleLine.Furniture(l) == TitleFurniture.Rule ? "" : l).ToList()));
        for (var k = 0; k < units.Count; k++)
        {
            var (start, end) = units[k];
            if (TextLines.IsBlank(lines[start])) continue;
            // A unit rejoined over a blank line is read as one; its own blank lines stay blank.
            var joined = TextUnits.Flat(lines, units[k]);
            // A reader that joins a block's lines may glue the box's rule to the text inside it: the rule is not the text.
            var flat = GluedRule().Replace(joined, "");
            if (NewsletterAboutItself.ListLabel(flat) is { } list)
            {
                var items = ListItems(lines, end);
                if (items.Count > 0)
                {
                    Drop(start, end, $"newsletter list ({list})", "the label of the newsletter's own list, not the story's");
                    foreach (var (s, e) in items) Drop(s, e, $"newsletter list ({list})", "an item of the newsletter's own list under its label");
                    continue;
                }
                if (k + 1 < units.Count && NewsletterAboutItself.What(TextUnits.Flat(lines, units[k + 1])) is not null)
                {
                    Drop(start, end, $"newsletter list ({list})", "the label over the newsletter's notice");
                    continue;
                }
            }
            if (NewsletterAboutItself.What(flat) is { } what)
            {
                Drop(start, end, what, "the newsletter speaking to its reader about itself, not about the story");
                if (what == "newsletter sign-off" && k + 1 < units.Count && IsTeamNames(TextUnits.Flat(lines, units[k + 1])))
                {
                    Drop(units[k + 1].Start, units[k + 1].End, what, "the team's first names under the newsletter's sign-off");
                    k++;
                }
                continue;
            }
            // One line each, the line rules see no appeal in a paragraph wrapped over two; read whole, it is one.
            if ((IsWrapped(lines, start, end) || flat.Length < joined.Length) && (ReaderTool.What(flat) is { } tool || SubscribeBox.IsPrompt(flat) && (tool = "subscribe prompt") is not null))
            {
                Drop(start, end, tool, "a newsletter's appeal to its reader, wrapped over several lines");
                continue;
            }
            if (LetterToReaders().IsMatch(flat) && k + 2 < units.Count && Valediction.Is(TextUnits.Flat(lines, units[k + 1]))
                && IsSigner(TextUnits.Flat(lines, units[k + 2])))
            {
                Drop(start, end, "letter to the readers", "a short note to the newsletter's readers over a valediction, not a piece of it");
                Drop(units[k + 1].Start, units[k + 2].End, "letter to the readers", "the valediction and signer of a note to the readers");
                k += 2;
            }
        }
        actions.AddRange(dropped.OrderBy(d => d.Line).Select(d => d.Action));
    }

    /// <summary>
    /// Units a reader parted with a blank line in the middle of a sentence (a hard-wrapped line set as a paragraph of its
    /// own: "… Please pay at" / "any class or by bank transfer …"), joined again.
    /// </summary>
    private static List<(int Start, int End)> RejoinBrokenUnits(string[] lines, IReadOnlyList<(int Start, int End)> units)
    {
        var joined = new List<(int Start, int End)>();
        foreach (var unit in units)
        {
            if (joined.Count > 0 && joined[^1] is var last && unit.Start - last.End == 2 && WrappedLines.Continues(lines[last.End], lines[unit.Start]))
                joined[^1] = (last.Start, unit.End);
            else joined.Add(unit);
        }
        return joined;
    }

    /// <summary>A unit of several lines, each after the first carrying on a sentence the line above broke off (not a line of its own run on).</summary>
    private static bool IsWrapped(string[] lines, int start, int end) =>
        Enumerable.Range(start, end - start + 1).Where(i => !TextLines.IsBlank(lines[i])).ToList() is { Count: > 1 } text
        && text.Skip(1).Select((i, n) => WrappedLines.Continues(lines[text[n]], lines[i])).All(c => c);

    /// <summary>The bulleted or numbered items under a list's label (rule lines and one blank line before them skipped), each with its wrapped lines.</summary>
    private static List<(int Start, int End)> ListItems(string[] lines, int label)
    {
        var items = new List<(int Start, int End)>();
        var i = label + 1;
        while (i < lines.Length && (TextLines.IsBlank(lines[i]) || TitleLine.Furniture(lines[i]) == TitleFurniture.Rule) && i - label <= 3) i++;
        while (i < lines.Length && ListItem().IsMatch(lines[i]))
        {
            var start = i++;
            // A wrapped item goes on indented, or from a line it broke off mid-sentence.
            while (i < lines.Length && !TextLines.IsBlank(lines[i]) && !ListItem().IsMatch(lines[i])
                && (char.IsWhiteSpace(lines[i][0]) || WrappedLines.Continues(lines[i - 1], lines[i]) || !ItemLineEnds(lines[i - 1]))) i++;
            items.Add((start, i - 1));
            // One blank line may part the items (or stand where a line rule took an item before).
            if (i + 1 < lines.Length && TextLines.IsBlank(lines[i]) && ListItem().IsMatch(lines[i + 1])) i++;
        }
        return items;
    }

    /// <summary>"Ines, Tobiah and Saskia", "— the Harbour team": first names alone, as a team signs to readers who know it.</summary>
    private static bool IsTeamNames(string unit) => TeamNames().IsMatch(unit.Trim());

    private static bool IsSigner(string unit)
    {
        var t = unit.Trim();
        var comma = t.IndexOf(',');
        return Valediction.IsSignerName(t) || comma > 0 && Valediction.IsSignerName(t[..comma]) && Valediction.IsSignerRole(t[(comma + 1)..].Trim());
    }

    private static bool ItemLineEnds(string line) => line.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or ':' or ';' or ')';

    // Each run of dashes or equals signs is taken whole (atomic): a long rule split into runs of three in every possible
    // way made the search exponential when text followed the rule (an email's footer glued under it).
    [GeneratedRegex(@"^(?:\s*(?>-{3,}|={3,}))+\s*|(?:\s*(?>-{3,}|={3,}))+\s*$")]
    private static partial Regex GluedRule();

    [GeneratedRegex(@"^\s{0,3}(?:[*•▪◦·–-]|\d{1,2}[.)])\s+\S")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[—–-]?\s*(?:\p{Lu}[\p{Ll}'’\-]+(?:,\s+|\s+(?:&|and)\s+)){0,5}\p{Lu}[\p{Ll}'’\-]+$|^[—–-]?\s*(?:[Tt]he\s+)?\p{Lu}[\p{L}'’ ]{0,30}\s+[Tt]eam$")]
    private static partial Regex TeamNames();

    // "Dear friends, as the year draws to a close I want to thank …": a note that addresses the readers as a body.
    [GeneratedRegex(@"^(?:my\s+)?dear(?:est)?\s+(?:friends|members|readers|subscribers|supporters|all|everyone|colleagues)\b[^.!?]{0,200}?\b(?:thank|this\s+(?:issue|newsletter|edition|month's|week's)|our\s+(?:feature|newsletter))", RegexOptions.IgnoreCase)]
    private static partial Regex LetterToReaders();
}

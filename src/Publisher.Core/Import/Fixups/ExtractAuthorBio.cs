using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 7: a closing paragraph about one of the draft's authors ("Name is …", "Name, …, is …", "Dr. Surname
/// is a researcher specializes in …") moves out of the body into the author bio. The paragraph must start
/// with an author's full name or surname; otherwise the body is left alone. Footnote definitions and blank
/// lines at the end are looked past. The bio's lines are blanked, so line numbers hold.
/// </summary>
public static partial class ExtractAuthorBio
{
    private const int MaxBioWords = 120;

    public sealed record BioResult(string Body, string? Bio, FixupResult Details);

    public static BioResult Apply(string body, IReadOnlyList<string> authors, FixupContext context)
    {
        var lines = TextLines.Split(body);
        var paragraphs = Paragraph.Parse(lines);
        var last = paragraphs.LastOrDefault(p => !FootnoteDefinition().IsMatch(p.Lines[0]) && !p.Lines[0].StartsWith("    ", StringComparison.Ordinal));
        // Never the only paragraph: an article that is just a bio is not an article with a bio.
        if (last is null || paragraphs.Count < 2 || authors.Count == 0) return Unchanged(body);

        var flat = last.Flat;
        if (TextLines.WordCount(flat) > MaxBioWords || !authors.Any(a => IsAbout(flat, a))) return Unchanged(body);

        for (var i = last.StartLine; i <= last.EndLine; i++) lines[i] = "";
        var action = new FixupAction(FixupActionKinds.ExtractedAuthorBio, flat, context.At(last.StartLine));
        return new BioResult(TextLines.Join(lines), flat, new FixupResult(TextLines.Join(lines), [], [action]));
    }

    private static BioResult Unchanged(string body) => new(body, null, FixupResult.Unchanged(body));

    /// <summary>Starts with the author's full name or surname (optionally a title), then "is"/"was"/"has", directly or after an apposition.</summary>
    internal static bool IsAbout(string paragraph, string author)
    {
        var name = author.Trim();
        if (name.Length == 0) return false;
        var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        foreach (var candidate in new[] { name, surname }.Distinct(StringComparer.Ordinal))
        {
            var pattern = @"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Col|Gen)\.?\s+)?" + Regex.Escape(candidate)
                + @"(?:\s*\([^)]*\))?(?:,[^.]{1,160}?,)?\s+(?:is|was|has|serves|works|holds|writes|teaches|currently)\b";
            if (Regex.IsMatch(paragraph, pattern, RegexOptions.CultureInvariant)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\[\^[^\]]+\]:")]
    private static partial Regex FootnoteDefinition();
}

using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 7: a closing paragraph about one of the draft's authors ("Name is …", "Name, …, is …", "Dr. Surname
/// is a researcher specializes in …") moves out of the body into the author bio. The paragraph must start
/// with an author's full name or surname; otherwise the body is left alone. Footnote definitions and blank
/// lines at the end are looked past. The bio's lines are blanked, so line numbers hold.
/// Italic bios ("*Name is …*") are unwrapped; honorifics are kept out of names. The paragraph must also use bio
/// vocabulary (<see cref="BioParagraph.HasBioVocabulary"/>), so "Smith is likely to …" closing an analysis stays.
/// When the draft names no author, a last paragraph in bio shape ("Ann Lee and Bo Ma are fellows at …") is taken
/// and its names become the authors (<see cref="BioResult.NamedAuthors"/>, recorded as a decision).
/// </summary>
public static partial class ExtractAuthorBio
{
    private const int MaxBioWords = 120;

    /// <param name="NamedAuthors">The bio's names when the draft named no author and they became its authors.</param>
    public sealed record BioResult(string Body, string? Bio, FixupResult Details, IReadOnlyList<string>? NamedAuthors = null);

    public static BioResult Apply(string body, IReadOnlyList<string> authors, FixupContext context)
    {
        var lines = TextLines.Split(body);
        var paragraphs = Paragraph.Parse(lines);
        var last = paragraphs.LastOrDefault(p => !FootnoteDefinition().IsMatch(p.Lines[0]) && !p.Lines[0].StartsWith("    ", StringComparison.Ordinal));
        // Never the only paragraph: an article that is just a bio is not an article with a bio.
        if (last is null || paragraphs.Count < 2) return Unchanged(body);

        var flat = BioParagraph.Unwrap(last.Flat);
        if (TextLines.WordCount(flat) > MaxBioWords || !BioParagraph.HasBioVocabulary(flat)) return Unchanged(body);
        IReadOnlyList<string>? named = null;
        if (authors.Count > 0)
        {
            if (!authors.Any(a => IsAbout(flat, a))) return Unchanged(body);
        }
        else
        {
            named = BioParagraph.Subjects(flat);
            if (named.Count == 0) return Unchanged(body);
        }

        for (var i = last.StartLine; i <= last.EndLine; i++) lines[i] = "";
        var actions = new List<FixupAction> { new(FixupActionKinds.ExtractedAuthorBio, flat, context.At(last.StartLine)) };
        var diagnostics = new List<Diagnostic>();
        if (named is not null)
        {
            var names = string.Join(", ", named);
            actions.Add(new FixupAction(FixupActionKinds.AuthorsFromBio, names, context.At(last.StartLine))
            {
                Reason = "the page names no author in its header; its closing bio does",
            });
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.BioNamedAuthors,
                $"the page names no author, but its closing bio is about {names}: taken as the author(s)", context.At(last.StartLine)));
        }
        return new BioResult(TextLines.Join(lines), flat, new FixupResult(TextLines.Join(lines), diagnostics, actions), named);
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
            // "Dr. Lee, PhD, a fellow …, is", "Ann Lee and Bo Ma are", "Ann Lee (@annlee) is"
            var pattern = "^" + PersonNames.HonorificPattern + Regex.Escape(candidate)
                + @"(?:,?\s+(?:PhD|Ph\.D\.|DPhil|OBE|MBE|CBE|KBE))?(?:\s*\([^)]*\))?(?:\s*(?:,|\band\b|&)\s*[^.;]{2,80}?)??(?:,[^.]{1,160}?,)?\s+(?:is|are|was|were|has|have|serves|serve|works|work|holds|hold|writes|write|teaches|currently)\b";
            if (Regex.IsMatch(paragraph, pattern, RegexOptions.CultureInvariant)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\[\^[^\]]+\]:")]
    private static partial Regex FootnoteDefinition();
}

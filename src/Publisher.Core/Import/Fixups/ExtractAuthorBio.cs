using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 7: a closing paragraph (or the last one before the notes, or a short first one under the byline) about one of the draft's authors ("Name is …", "Name, …, is …", "Dr. Surname
/// is a researcher specializes in …") moves out of the body into the author bio. The paragraph must start
/// with an author's full name or surname; otherwise the body is left alone. Notes at the end (footnote definitions,
/// "[1] …", "1. …", "NOTES [1] …") and blank lines are looked past. A label leading into the bio ("About the authors:")
/// is not part of it; a label line over it ("## Contributors") goes with it. The bio's lines are blanked, so line numbers hold.
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
        // Never the only paragraph: an article that is just a bio is not an article with a bio.
        if (paragraphs.Count < 2) return Unchanged(body);

        var closing = ClosingIndex(paragraphs);
        var found = closing >= 0 ? Closing(paragraphs, closing, authors) : null;
        found ??= BeforeNotesHeading(paragraphs, authors);
        found ??= TailOfClosing(paragraphs, closing, authors);
        found ??= Opening(paragraphs, authors);
        found ??= Labelled(paragraphs, authors);
        if (found is null) return Unchanged(body);
        found = WithCoauthorBiosAbove(found.Value, paragraphs, lines, authors);
        var (bio, labels, flat, named, keep) = found.Value;

        for (var i = bio.StartLine; i <= bio.EndLine; i++) lines[i] = "";
        if (keep is { Length: > 0 }) lines[bio.StartLine] = keep;
        var actions = new List<FixupAction> { new(FixupActionKinds.ExtractedAuthorBio, flat, context.At(FirstBioLine(bio))) };
        foreach (var (line, text) in labels)
        {
            lines[line] = "";
            actions.Add(new FixupAction(FixupActionKinds.DroppedBioLabel, text, context.At(line))
            {
                Reason = ContactBlock.IsContactSentence(text) ? "the author's contact details after the bio, left out of it" : "the label over the author bio",
            });
        }
        var diagnostics = new List<Diagnostic>();
        if (named is not null)
        {
            var names = string.Join(", ", named);
            actions.Add(new FixupAction(FixupActionKinds.AuthorsFromBio, names, context.At(bio.StartLine))
            {
                Reason = "the page names no author in its header; its closing bio does",
            });
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.BioNamedAuthors,
                $"the page names no author, but its closing bio is about {names}: taken as the author(s)", context.At(bio.StartLine)));
        }
        return new BioResult(TextLines.Join(lines), flat, new FixupResult(TextLines.Join(lines), diagnostics, actions), named);
    }

    /// <param name="KeepBefore">The text before the bio on its first line, kept in the body (a bio run into the last paragraph's end).</param>
    private readonly record struct Found(Paragraph Bio, IReadOnlyList<(int Line, string Text)> Labels, string Flat, IReadOnlyList<string>? Named,
        string? KeepBefore = null);

    /// <summary>The first line of the bio paragraph that is not its label line.</summary>
    private static int FirstBioLine(Paragraph bio) => BioLabel.IsLabelLine(bio.Lines[0]) && bio.Lines.Count > 1 ? bio.StartLine + 1 : bio.StartLine;

    /// <summary>The last paragraph that is not part of the notes after it (footnote definitions, "[1] …", "NOTES …", indented code) nor a remnant without a word.</summary>
    private static int ClosingIndex(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            var first = paragraphs[i].Lines[0];
            if (first.StartsWith("    ", StringComparison.Ordinal) || FootnoteDefinition().IsMatch(first) || NotesParagraph.IsNotes(first)) continue;
            // A stray remnant of the page's furniture ("X" left of a share bar, a lone bullet) holds no word to close on.
            if (!WordOfTwoLetters().IsMatch(paragraphs[i].Flat)) continue;
            return i;
        }
        return -1;
    }

    /// <summary>The closing paragraph when it is a bio of an author (or, when the draft names none, of the people it opens with).</summary>
    private static Found? Closing(IReadOnlyList<Paragraph> paragraphs, int index, IReadOnlyList<string> authors)
    {
        var paragraph = paragraphs[index];
        var (flat, labels) = BioText(paragraph, authors);
        // A career told of a named author ("Colonel Lee served thirty years in …") is a bio without a bio's usual words.
        if (flat.Length == 0 || TextLines.WordCount(flat) > MaxBioWords || !BioParagraph.HasBioVocabulary(flat) && !authors.Any(a => IsCareerOf(flat, a))) return null;
        IReadOnlyList<string>? named = null;
        if (authors.Count > 0)
        {
            // "The writer is a former deputy governor of …": a bio that names its one author only as the writer.
            // "The authors work together on …; Dr Lee is a hydrologist …": a joint bio that names its authors after saying who they are together.
            if (!authors.Any(a => IsAbout(flat, a) || IsCareerOf(flat, a)) && !(authors.Count == 1 && TheWriter().IsMatch(flat))
                && !(authors.Count > 1 && TheAuthors().IsMatch(flat) && authors.All(a => flat.Contains(PersonNames.Surname(a), StringComparison.Ordinal)))) return null;
        }
        else
        {
            named = BioParagraph.Subjects(flat);
            if (named.Count == 0) return null;
        }
        return new Found(paragraph, labels.Concat(LabelAbove(paragraphs, index, authors)).ToList(), flat, named);
    }

    /// <summary>
    /// The paragraph right before the notes heading ("NOTES", "## References") when it is an author's bio: notes whose
    /// entries have no shape <see cref="ClosingIndex"/> knows ("1 Centre report, 2025") still come after their heading.
    /// </summary>
    private static Found? BeforeNotesHeading(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<string> authors)
    {
        var heading = -1;
        for (var i = paragraphs.Count - 1; i > 0 && heading < 0; i--)
            if (paragraphs[i].Lines.Count == 1 && EndnoteShapes.IsNotesHeading(paragraphs[i].Lines[0])) heading = i;
        return heading > 1 ? Closing(paragraphs, heading - 1, authors) : null;
    }

    /// <summary>Fewest words of text before a bio run into the end of the closing paragraph.</summary>
    private const int MinWordsBeforeTailBio = 12;

    /// <summary>
    /// A bio of a named author run into the end of the closing paragraph (no blank line between them in the PDF): from a
    /// sentence that opens with the author's full name and reads as a bio to the paragraph's end. The text before it stays.
    /// </summary>
    private static Found? TailOfClosing(IReadOnlyList<Paragraph> paragraphs, int index, IReadOnlyList<string> authors)
    {
        if (index < 1 || authors.Count == 0) return null;
        var paragraph = paragraphs[index];
        for (var k = paragraph.Lines.Count - 1; k >= 0; k--)
        {
            var line = paragraph.Lines[k];
            foreach (var author in authors.Where(a => a.Trim().Contains(' ')))
            {
                foreach (Match at in Regex.Matches(line, Regex.Escape(author.Trim()), RegexOptions.CultureInvariant))
                {
                    var before = line[..at.Index];
                    var opensLine = at.Index == 0 ? k > 0 : SentenceEnd.Closes(before);
                    if (!opensLine) continue;
                    var rest = string.Join(' ', new[] { line[at.Index..] }.Concat(paragraph.Lines.Skip(k + 1)).Select(l => l.Trim()));
                    var words = TextLines.WordCount(string.Join(' ', paragraph.Lines.Take(k).Append(before)));
                    if (words < MinWordsBeforeTailBio || TextLines.WordCount(rest) > MaxOpeningBioWords
                        || !BioParagraph.HasBioVocabulary(rest) || !IsAbout(rest, author)) continue;
                    var bio = new Paragraph(paragraph.StartLine + k, paragraph.Lines.Skip(k).ToList());
                    return new Found(bio, [], rest, null, before.TrimEnd());
                }
            }
        }
        return null;
    }

    /// <summary>Longest bio read under the byline, before the text; longer, an opening paragraph about the author is the article's own lede.</summary>
    private const int MaxOpeningBioWords = 60;

    /// <summary>A short bio of a named author printed as the first paragraph, with at least two paragraphs of text after it.</summary>
    private static Found? Opening(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0 || paragraphs.Count < 3) return null;
        var (flat, labels) = BioText(paragraphs[0], authors);
        if (flat.Length == 0 || TextLines.WordCount(flat) > MaxOpeningBioWords || !BioParagraph.HasBioVocabulary(flat)) return null;
        return authors.Any(a => IsAbout(flat, a)) ? new Found(paragraphs[0], labels, flat, null) : null;
    }

    /// <summary>How far from the end a labelled bio is looked for (related links, sign-up boxes may follow it).</summary>
    private const int MaxParagraphsAfterLabelledBio = 8;

    /// <summary>
    /// A bio of a named author under its own label ("About the author") among the last paragraphs, with other text
    /// (a related list, a sign-up box) after it: the label says what it is, wherever it stands.
    /// </summary>
    private static Found? Labelled(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0) return null;
        for (var i = paragraphs.Count - 2; i >= Math.Max(1, paragraphs.Count - 1 - MaxParagraphsAfterLabelledBio); i--)
        {
            var labelled = BioLabel.IsLabelLine(paragraphs[i].Lines[0]) && paragraphs[i].Lines.Count > 1
                || paragraphs[i - 1].Lines.Count == 1 && BioLabel.IsLabelLine(paragraphs[i - 1].Lines[0]);
            if (labelled && Closing(paragraphs, i, authors) is { } found) return found;
        }
        return null;
    }

    /// <summary>Longest one-sentence paragraph read as a co-author's bio without bio vocabulary.</summary>
    private const int MaxOneSentenceBioWords = 25;

    /// <summary>
    /// Co-authors' bios printed one paragraph each ("About the authors", then "Ann Lee is …", "Bo Ma is …"): the bios of
    /// the draft's other authors right above the one found join it, nearest first, so each author's profile gets theirs
    /// (<see cref="BioParagraph.SplitBetween"/> splits the joined bio by the names its sentences open with).
    /// </summary>
    private static Found WithCoauthorBiosAbove(Found found, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<string> lines, IReadOnlyList<string> authors)
    {
        if (authors.Count < 2 || found.Named is not null || found.KeepBefore is not null) return found;
        var index = -1;
        for (var i = 0; i < paragraphs.Count; i++)
            if (paragraphs[i].StartLine <= found.Bio.StartLine && found.Bio.StartLine <= paragraphs[i].EndLine) index = i;
        var covered = authors.Where(a => IsAbout(found.Flat, a)).ToHashSet(StringComparer.Ordinal);
        var (start, flat) = (found.Bio.StartLine, found.Flat);
        var labels = found.Labels.ToList();
        for (var i = index - 1; i >= 1 && covered.Count < authors.Count; i--)
        {
            var (above, aboveLabels) = BioText(paragraphs[i], authors);
            // Under its own label ("About the authors"), or as one short sentence right above another author's bio, a
            // paragraph opening with an author's name and a bio's verb is that author's bio in any words (the label may
            // already be gone as an author box).
            var underLabel = aboveLabels.Count > 0 || paragraphs[i - 1].Lines.Count == 1 && BioLabel.IsLabelLine(paragraphs[i - 1].Lines[0]);
            var shortSentence = TextLines.WordCount(above) <= MaxOneSentenceBioWords && TextLines.SentenceCount(above) == 1;
            if (above.Length == 0 || TextLines.WordCount(above) > MaxBioWords
                || !underLabel && !shortSentence && !BioParagraph.HasBioVocabulary(above)) break;
            var about = authors.Where(a => !covered.Contains(a) && IsAbout(above, a)).ToList();
            if (about.Count == 0) break;
            covered.UnionWith(about);
            (start, flat) = (paragraphs[i].StartLine, above + " " + flat);
            labels.AddRange(aboveLabels);
            labels.AddRange(LabelAbove(paragraphs, i, authors));
        }
        if (start == found.Bio.StartLine) return found;
        var joined = new Paragraph(start, lines.Skip(start).Take(found.Bio.EndLine - start + 1).ToList());
        return found with { Bio = joined, Flat = flat, Labels = labels.Distinct().ToList() };
    }

    /// <summary>The bio's text, unwrapped, without a label line or an "About the author:" lead-in; the label line, if any.</summary>
    private static (string Flat, IReadOnlyList<(int Line, string Text)> Labels) BioText(Paragraph paragraph, IReadOnlyList<string> authors)
    {
        var labels = new List<(int, string)>();
        var lines = paragraph.Lines;
        if (lines.Count > 1 && IsLabelOrSignOff(lines[0], authors))
        {
            labels.Add((paragraph.StartLine, lines[0].Trim()));
            lines = lines.Skip(1).ToList();
        }
        // Justified PDF text doubles spaces ("Petra  Vukovic-Hale  is …"): the bio is read with single ones.
        var flat = MultipleSpaces().Replace(BioParagraph.Unwrap(BioLabel.WithoutLeadIn(BioParagraph.Unwrap(TextShapes.UnwrapTitle(lines)))), " ");
        // "… covers the courts for the Courier. Contact him at …": the bio stays; how to reach the author is no part of it.
        if (ContactBlock.ContactSentenceAt(flat) is > 0 and var contact)
        {
            labels.Add((paragraph.EndLine, flat[contact..].Trim()));
            flat = flat[..contact].TrimEnd();
        }
        foreach (var author in authors)
        {
            // "— Ann Lee Ann Lee is the editor of …": a sign-off run into the bio it stands over.
            var signOff = Regex.Match(flat, @"^[—–]\s*" + Regex.Escape(author.Trim()) + @"\s+(?=" + Regex.Escape(author.Trim()) + @"\b)", RegexOptions.CultureInvariant);
            if (!signOff.Success) continue;
            labels.Add((paragraph.StartLine, signOff.Value.Trim()));
            flat = flat[signOff.Length..];
            break;
        }
        return (flat, labels);
    }

    /// <summary>A label line standing alone right above the bio ("## Contributors", "About the author", "— Ann Lee").</summary>
    private static IEnumerable<(int Line, string Text)> LabelAbove(IReadOnlyList<Paragraph> paragraphs, int index, IReadOnlyList<string> authors)
    {
        if (index == 0) yield break;
        var above = paragraphs[index - 1];
        if (above.Lines.Count == 1 && IsLabelOrSignOff(above.Lines[0], authors)) yield return (above.StartLine, above.Lines[0].Trim());
    }

    /// <summary>
    /// A bio label, or a closing byline that only repeats the draft's authors ("— Ann Lee" over "Ann Lee is the editor
    /// of …"): the authors are already the draft's, so the line goes with the bio.
    /// </summary>
    private static bool IsLabelOrSignOff(string line, IReadOnlyList<string> authors)
    {
        if (BioLabel.IsLabelLine(line)) return true;
        var text = line.Trim();
        if (authors.Count == 0 || !(text.StartsWith('—') || text.StartsWith('–'))) return false;
        return EndByline.Read(text) is { Count: > 0 } names && names.All(n => authors.Contains(n, StringComparer.Ordinal));
    }

    private static BioResult Unchanged(string body) => new(body, null, FixupResult.Unchanged(body));

    /// <summary>Starts with the author's full name or surname (optionally a title), then "is"/"was"/"has", directly or after an apposition.</summary>
    internal static bool IsAbout(string paragraph, string author) => OpensWithName(paragraph, author, BioParagraph.BioVerbs);

    /// <summary>Starts with the author's name (or surname after a title), then a career told in the past (<see cref="CareerVerbs"/>).</summary>
    private static bool IsCareerOf(string paragraph, string author) => OpensWithName(paragraph, author, CareerVerbs);

    private static bool OpensWithName(string paragraph, string author, string verbs)
    {
        var name = author.Trim();
        if (name.Length == 0) return false;
        // Justified PDF text doubles spaces ("Lejla  Hadžiomerović is …").
        paragraph = MultipleSpaces().Replace(paragraph, " ");
        var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        foreach (var candidate in new[] { name, surname }.Distinct(StringComparer.Ordinal))
        {
            // "Dr. Lee, PhD, a fellow …, is", "Ann Lee and Bo Ma are", "Ann Lee (@annlee) is"
            var pattern = "^" + PersonNames.HonorificPattern + Regex.Escape(candidate)
                + @"(?:,?\s+(?:PhD|Ph\.D\.|DPhil|OBE|MBE|CBE|KBE))?(?:\s*\([^)]*\))?(?:\s*(?:,|\band\b|&)\s*[^.;]{2,80}?)??(?:,[^.]{1,160}?,)?\s+(?:" + verbs + @")\b";
            if (Regex.IsMatch(paragraph, pattern, RegexOptions.CultureInvariant)) return true;
        }
        return false;
    }

    /// <summary>
    /// A career in the past tense ("Colonel Lee served thirty years in …", "Ann Lee commanded the garrison …"): a bio only
    /// of a name the byline gives, closing the piece, since a paragraph of the text may tell anyone's career so.
    /// </summary>
    private const string CareerVerbs = "served|commanded|spent";

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"^(?:The|This)\s+(?:writer|author|columnist|contributor)\s+(?:is|was|has|serves|works|teaches|leads|directs)\b")]
    private static partial Regex TheWriter();

    [GeneratedRegex(@"^The\s+(?:authors|writers|contributors)\s+(?:are|were|have|work|worked|serve|served|lead|teach|research|direct|met|write|wrote)\b")]
    private static partial Regex TheAuthors();

    [GeneratedRegex(@"^\[\^[^\]]+\]:")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"\p{L}{2}")]
    private static partial Regex WordOfTwoLetters();
}

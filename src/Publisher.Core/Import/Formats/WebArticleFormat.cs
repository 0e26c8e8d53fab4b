using System.Text.RegularExpressions;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// An article copied from the publisher's own web page: a title line (possibly followed on the same line by
/// "; Publication: …"), "Publication: Name Volume: 18 Issue: 19", "By: Name", then paragraphs (one per line,
/// blank lines optional), short standalone section headings, and an optional "Notes" section.
/// </summary>
public sealed partial class WebArticleFormat : IRawFormat
{
    public string Name => "web-article";

    public int TextFidelity => 2;

    public double Detect(string text)
    {
        var lines = SeedText.Lines(text).Where(l => !l.IsBlank).ToList();
        var head = lines.Take(HeadEnd(lines)).ToList();
        if (!head.Any(l => PublicationField().IsMatch(l.Text))) return 0;
        return head.Any(l => BylineField().IsMatch(l.Text.Trim())) ? 0.95 : 0.85;
    }

    public RawReadResult Read(string text, RawSource source)
    {
        var lines = SeedText.Lines(text).Where(l => !l.IsBlank).ToList();
        if (lines.Count == 0) return RawReadResult.Empty;

        // The page's own lines above the title (site name, menu, search) come before the publication field's line.
        var at = TitleIndex(lines);
        var dropped = lines.Take(at).Select(l => new DroppedPiece("site header", l.Text.Trim(), new SourceLocation(source.Path, l.Number))).ToList();
        lines = lines.Skip(at).ToList();
        var titleLine = lines[0];
        var title = TitleLine.StripHeadingMark(titleLine.Text).Trim();
        // The publication field may stand over the title (TitleIndex): it is read, not dropped with the site's header.
        string? publicationText = null;
        if (dropped.Count > 0 && PublicationField().Match(dropped[^1].Text) is { Success: true, Index: 0 } above)
        {
            publicationText = dropped[^1].Text[above.Length..];
            dropped.RemoveAt(dropped.Count - 1);
        }
        var split = PublicationField().Match(title);
        if (split.Success && split.Index > 0)
        {
            publicationText = title[(split.Index + split.Length)..];
            title = title[..split.Index].Trim().TrimEnd(';').Trim();
        }

        IReadOnlyList<string> authors = [];
        DateOnly? date = null;
        var dateRole = DateRole.Plain;
        var dateInferred = false;
        var next = 1;
        // Header fields follow the title in any order until the first line that is none of them.
        while (next < lines.Count)
        {
            var line = lines[next].Text.Trim();
            var publication = PublicationField().Match(line);
            if (publication.Success && publication.Index == 0) publicationText = line[publication.Length..];
            // A bare name right under the title, over the publication line, is the byline (TitleIndex).
            else if (Byline.Read(line, allowBare: next == 1 && IsBareNameByline(line), dateFollows: true) is { } byline)
            {
                authors = byline.Names;
                if (byline.Date is { } posted) date ??= posted.Date;
            }
            // "By:" with no name after it: the page names no author.
            else if (BylineField().IsMatch(line)) { }
            else if (DateLine.Read(line) is { } d)
            {
                // An update, a check or a journal's "Received" date gives way to the date the piece was published.
                if (date is not null && DateLine.GivesWay(d.Role) && DateLine.Rank(d.Role) >= DateLine.Rank(dateRole)) { next++; continue; }
                date = d.Date;
                dateRole = d.Role;
                dateInferred = !d.Full; // "May 2023": the day is not printed
            }
            // "Print | Download PDF | Email", a picture's caption with its credit: the page's furniture over the text.
            else if (HeadFurniture(line) is { } furniture)
                dropped.Add(new DroppedPiece(furniture, line, new SourceLocation(source.Path, lines[next].Number)));
            else break;
            next++;
        }

        var (name, volume, issue) = ParsePublication(publicationText);
        var paragraphs = lines.Skip(next).Select(l => new TextBlock([l])).ToList();
        var (bodyBlocks, notes) = NotesSection.Split(paragraphs);
        var body = SeedText.Body(MarkHeadings(bodyBlocks).Zip(bodyBlocks, (text, block) => (text, block.Line)));

        var draft = new ArticleDraft
        {
            Title = title,
            Authors = authors,
            Body = body.Text,
            BodyLineMap = body.LineMap,
            Notes = notes?.Text,
            NotesLineMap = notes?.LineMap ?? [],
            Publication = name,
            Volume = volume,
            Issue = issue,
            Date = date,
            Inferred = dateInferred ? ["date", KnownKeys.Article.Kind] : [KnownKeys.Article.Kind],
            // The page prints its periodical's volume and issue but no kind: the periodical's article is a feature.
            Kind = ArticleKinds.Feature,
            InferredFrom = [new InferredValue(KnownKeys.Article.Kind, ArticleKinds.Feature,
                "the page is the web version of a periodical's article (it prints the publication's volume and issue) and names no kind; such an article is a feature",
                new SourceLocation(source.Path, titleLine.Number))],
            Origin = new SourceLocation(source.Path, titleLine.Number),
            BodyStartLine = bodyBlocks.Count > 0 ? bodyBlocks[0].Line : titleLine.Number + 1,
            Sources = [source.Path],
        };
        return new RawReadResult([draft], [], dropped);
    }

    /// <summary>What a line between the header fields and the text is when it is page furniture, or null.</summary>
    private static string? HeadFurniture(string line)
    {
        if (NavigationBar.IsNavigation(line) || HeaderWidget.Is(line)) return "page widget";
        if (ReaderTool.What(line) is { } tool) return tool;
        return PhotoCaption.Is(line) || PhotoCaption.IsSourced(line) || PhotoCaption.IsHeadCaption(line) ? "photo caption" : null;
    }

    private const int HeadLines = 12;

    /// <summary>
    /// How many lines make the page's head: the first <see cref="HeadLines"/>, not counting a site menu printed one
    /// item per line (its length says nothing about where the article starts).
    /// </summary>
    private static int HeadEnd(IReadOnlyList<SeedLine> lines)
    {
        var menu = NavigationBar.VerticalMenu(lines.Select(l => l.Text.Trim()).ToList());
        var counted = 0;
        for (var i = 0; i < lines.Count; i++)
            if (!menu[i] && ++counted == HeadLines) return i + 1;
        return lines.Count;
    }

    /// <summary>
    /// The title's line: the one carrying "; Publication: …" after the title, or the one above a line that starts with
    /// "Publication:" (above the bare name printed between them); the first line when neither is among the first lines.
    /// </summary>
    private static int TitleIndex(IReadOnlyList<SeedLine> lines)
    {
        for (var i = 0; i < HeadEnd(lines); i++)
        {
            var match = PublicationField().Match(lines[i].Text.Trim());
            if (!match.Success) continue;
            if (match.Index > 0) return i;
            // "TITLE" over "NAME" over "Publication: …": the bare name is the byline, the line above it the title.
            if (i >= 2 && IsBareNameByline(lines[i - 1].Text) && TitleLine.IsTitleShaped(lines[i - 2].Text)) return i - 2;
            // "Home / Programs / Features" over "Publication: …" over "TITLE": the trail is no title; the line under the field is.
            if ((i == 0 || UiVocabulary.IsBreadcrumb(lines[i - 1].Text)) && i + 1 < lines.Count && TitleLine.IsTitleShaped(lines[i + 1].Text)) return i + 1;
            return Math.Max(0, i - 1);
        }
        return 0;
    }

    /// <summary>A line of names alone, without "By" (the publication line under it is its evidence).</summary>
    private static bool IsBareNameByline(string line) =>
        Byline.Read(line) is null && Byline.Read(line, allowBare: true, dateFollows: true) is { Bare: true } names
        // The names are the whole line ("Ann Lee and Bo Ma"), not two words of a title ("Solar Panels and Satellite Phones: How …").
        && names.Names.Sum(TextLines.WordCount) + names.Names.Count - 1 >= TextLines.WordCount(line);

    /// <summary>A short standalone line between two paragraphs, shaped like a heading, becomes "## Heading".</summary>
    internal static IEnumerable<string> MarkHeadings(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Joined;
            var followedByParagraph = i + 1 < blocks.Count && StartsLikeSentence(blocks[i + 1].Joined) && !ParagraphShape.LooksLikeTitleCaseHeading(blocks[i + 1].Joined);
            yield return i > 0 && followedByParagraph && text.Length <= 100 && ParagraphShape.LooksLikeTitleCaseHeading(text) ? "## " + text : text;
        }
    }

    private static bool StartsLikeSentence(string text)
    {
        var first = text.TrimStart('\'', '‘', '"', '“', '(');
        return first.Length > 0 && (char.IsUpper(first[0]) || char.IsDigit(first[0]));
    }

    private static (string? Name, int? Volume, int? Issue) ParsePublication(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null, null);
        var match = PublicationValue().Match(text.Trim());
        var name = match.Groups["name"].Value.Trim().TrimEnd(',', ';').Trim();
        return (name.Length > 0 ? name : null,
            match.Groups["volume"].Success ? TextShapes.ParseNumber(match.Groups["volume"].Value) : null,
            match.Groups["issue"].Success ? TextShapes.ParseNumber(match.Groups["issue"].Value) : null);
    }

    [GeneratedRegex(@"(?:^|;\s*)Publication:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationField();

    [GeneratedRegex(@"^By:\s*(?<names>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineField();

    [GeneratedRegex(@"^(?<name>.*?)\s*(?:Volume:\s*(?<volume>[0-9IVXLCDM]+))?\s*,?\s*(?:Issue:\s*(?<issue>[0-9IVXLCDM]+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationValue();
}

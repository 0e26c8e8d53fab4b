using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>
/// Applies a crawler block (<see cref="CrawlerFrontMatter"/>) to the draft read from its page, before the sidecar
/// (which still wins over both). The block fills what the text lacks; where both speak and disagree, a warning at the
/// block's line says what each says and which was used: the page's own title line and printed date win, unless
/// the title line is not title-shaped.
/// </summary>
public static class CrawlerMetadataApplier
{
    public static IReadOnlyList<ArticleDraft> Apply(IReadOnlyList<ArticleDraft> drafts, CrawlerMetadata metadata, string seedPath, List<Diagnostic> diagnostics)
    {
        SourceLocation At(int line) => new(seedPath, line);
        if (drafts.Count != 1)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportCrawlerMetadata,
                $"the crawler block (lines {metadata.FirstLine}–{metadata.LastLine}) describes one page but this seed holds {drafts.Count} articles; it is not applied",
                At(metadata.FirstLine)));
            return drafts;
        }
        var d = drafts[0];
        var taken = new List<string>();
        var inferred = new List<InferredValue>();
        string Because(string field) => $"the page's text gives no {field}; the crawler's metadata block above it does";

        if (metadata.Title is { } title)
        {
            var textTitle = d.Title.Trim();
            if (string.IsNullOrWhiteSpace(textTitle) || !TitleLine.IsTitleShaped(textTitle))
            {
                d = d with { Title = title.Value };
                taken.Add("title");
                inferred.Add(new InferredValue("title", title.Value,
                    string.IsNullOrWhiteSpace(textTitle) ? Because("title") : $"the page's first line (\"{textTitle}\") is not shaped like a title; the crawler's metadata block gives one", At(title.Line)));
            }
            else if (IsWrappedPrefix(textTitle, title.Value))
            {
                // The page printed its title over two lines and only the first was read as the title line.
                d = d with { Title = title.Value };
                taken.Add("title");
                inferred.Add(new InferredValue("title", title.Value,
                    $"the page's title line (\"{textTitle}\") is the start of the crawler block's title: the title was wrapped over two lines", At(title.Line)));
            }
            else if (!SameTitle(textTitle, title.Value))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportCrawlerConflict,
                    $"the crawler block's title \"{title.Value}\" differs from the page's title line \"{textTitle}\" (line {d.Origin.Line}); the page's title is used",
                    At(title.Line)));
            }
        }

        if (metadata.Date is { } date)
        {
            if (d.Date is null)
            {
                d = d with { Date = date.Value.Date, Inferred = date.Value.Full ? d.Inferred : d.Inferred.Append("date").ToList() };
                taken.Add(date.Value.Full ? "date" : "date (month only, marked inferred)");
                inferred.Add(InferredValue.Date(date.Value.Date,
                    Because("date") + (date.Value.Full ? "" : ", with the month only: dated the 1st"), At(date.Line)));
            }
            else if (d.Date != date.Value.Date)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportCrawlerConflict,
                    $"the crawler block's date {date.Value.Date:yyyy-MM-dd} differs from the date printed on the page, {d.Date:yyyy-MM-dd}; the page's date is used",
                    At(date.Line)));
            }
        }

        var siteNames = metadata.SiteName is { } siteName ? new[] { siteName } : [];
        if (metadata.Authors is { } byline && byline.Value.All(a => SiteName.IsSiteName(a, siteNames, metadata.Url?.Value ?? d.Url)))
        {
            // "author: Imereti Today": the site filed the page under its own name; that names no writer.
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportCrawlerAuthorIsSite,
                $"the crawler block's author '{string.Join(", ", byline.Value)}' is the site's own name, not a person; no author was taken from it",
                At(byline.Line)));
        }
        else if (metadata.Authors is { } account && account.Value.All(CmsAccountName.Is))
        {
            // "author: cms-editor-7": the content system's login that posted the page; no author beats a wrong one.
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportCmsAccountAuthor,
                $"the crawler block's author '{string.Join(", ", account.Value)}' is an account of the site's content system (a login or a team), not a person; no author was taken from it",
                At(account.Line)));
        }
        else if (metadata.Authors is { } authors)
        {
            if (d.Authors.Count == 0)
            {
                d = d with { Authors = authors.Value };
                taken.Add("authors");
                inferred.Add(InferredValue.Authors(authors.Value, Because("byline"), At(authors.Line)));
            }
            else if (!authors.Value.Select(TextShapes.NormalizeForMatch).Order(StringComparer.Ordinal)
                         .SequenceEqual(d.Authors.Select(TextShapes.NormalizeForMatch).Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportCrawlerConflict,
                    $"the crawler block names {string.Join(", ", authors.Value)} but the page's byline names {string.Join(", ", d.Authors)}; the byline is used",
                    At(authors.Line)));
            }
        }

        if (metadata.Url is { } url && d.Url is null)
        {
            d = d with { Url = url.Value };
            taken.Add("url");
            inferred.Add(new InferredValue("url", url.Value, Because("address"), At(url.Line)));
        }
        if (metadata.Description is { } description && d.Summary is null)
        {
            d = d with { Summary = description.Value };
            taken.Add("summary");
            inferred.Add(new InferredValue("summary", description.Value, Because("summary") + " (its description)", At(description.Line)));
        }

        diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportCrawlerMetadata,
            taken.Count > 0
                ? $"read the crawler block (lines {metadata.FirstLine}–{metadata.LastLine}): took {string.Join(", ", taken)}"
                : $"read the crawler block (lines {metadata.FirstLine}–{metadata.LastLine}): the page text already gives what it says",
            At(metadata.FirstLine)));
        return [d with { InferredFrom = d.InferredFrom.Concat(inferred).ToList() }];
    }

    /// <summary>
    /// The text's title is the block's title cut short at a word boundary (a title wrapped onto a second line); what the
    /// block adds is more words of the title, not a further suffix (" | by NAME", " - Site").
    /// </summary>
    internal static bool IsWrappedPrefix(string textTitle, string blockTitle)
    {
        var text = string.Join(' ', textTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var block = string.Join(' ', blockTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (text.Length < 12 || block.Length <= text.Length + 1 || !block.StartsWith(text + " ", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = block[(text.Length + 1)..];
        return char.IsLetterOrDigit(rest[0]) && !rest.Any(c => c is '|' or '–' or '—' or '·') && !rest.Contains(" - ", StringComparison.Ordinal);
    }

    private static bool SameTitle(string a, string b)
    {
        var na = TextShapes.NormalizeForMatch(a);
        var nb = TextShapes.NormalizeForMatch(b);
        return na == nb || na.Contains(nb, StringComparison.Ordinal) || nb.Contains(na, StringComparison.Ordinal) || TextShapes.WordSimilarity(a, b) >= 0.8;
    }
}

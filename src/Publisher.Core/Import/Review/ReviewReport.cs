using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Core.Import.Review;

/// <summary>
/// The import review report: one self-contained HTML page (inline CSS, no scripts, no external requests) that shows,
/// per article, the seed text beside the Markdown import wrote, with every decision marked at its seed line; a summary
/// of decisions by kind; a list per kind across articles; and every diagnostic with its file and line.
/// The same import gives the same bytes (no timestamps; every list in a fixed order).
/// </summary>
public static class ReviewReport
{
    public const string DefaultFileName = "import-report.html";

    public static string Render(ImportReport report) => Render(ReviewModel.From(report));

    public static string Render(ReviewModel model)
    {
        var html = new HtmlText();
        html.Line("<!DOCTYPE html>")
            .Line("<html lang=\"en\">")
            .Line("<head>")
            .Line("<meta charset=\"utf-8\">")
            .Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Line("<title>Import review</title>")
            .Line("<style>" + ReviewStyle.Css + "</style>")
            .Line("</head>")
            .Line("<body>");
        Header(html, model);
        html.Line("<main id=\"main\">");
        Summary(html, model);
        DiagnosticsSection(html, model);
        Articles(html, model);
        Outside(html, model);
        Kinds(html, model);
        html.Line("</main>").Line("</body>").Line("</html>");
        return html.ToString();
    }

    private static void Header(HtmlText html, ReviewModel model)
    {
        var r = model.Report;
        html.Line("<header>")
            .Line("<a class=\"skip\" href=\"#main\">Skip to the report</a>")
            .Line("<h1>Import review</h1>")
            .Raw("<p>").Text($"{N(r.Seeds.Count)} seed files, {N(model.Articles.Count)} articles, {N(r.Decisions.Count)} decisions, " +
                             $"{N(r.Warnings)} {(r.Warnings == 1 ? "warning" : "warnings")}. Every decision import took is marked at the seed line it is about.").Line("</p>")
            .Line("<nav aria-label=\"Report sections\"><ul>")
            .Line("<li><a href=\"#summary\">Summary</a></li>")
            .Line("<li><a href=\"#diagnostics\">Warnings and notes</a></li>")
            .Line("<li><a href=\"#articles\">Articles</a></li>");
        if (model.Outside.Count > 0) html.Line("<li><a href=\"#outside\">Seed text outside articles</a></li>");
        html.Line("<li><a href=\"#kinds\">Decisions by kind</a></li>")
            .Line("</ul></nav>")
            .Line("</header>");
    }

    private static void Summary(HtmlText html, ReviewModel model)
    {
        var r = model.Report;
        html.Line("<section id=\"summary\" aria-labelledby=\"summary-heading\">")
            .Line("<h2 id=\"summary-heading\">Summary</h2>");

        html.Line("<table class=\"counts\">").Line("<caption>Files</caption>")
            .Line("<thead><tr><th scope=\"col\">Files</th><th scope=\"col\">Count</th></tr></thead><tbody>");
        foreach (var (what, count) in new[]
                 {
                     ("Articles written", r.ArticlesWritten), ("Articles unchanged", r.ArticlesUnchanged),
                     ("Articles skipped (edited by an editor)", r.ArticlesSkipped), ("Author profiles written", r.AuthorsWritten),
                     ("Author profiles unchanged", r.AuthorsUnchanged), ("Warnings", r.Warnings),
                     ("Errors", r.Diagnostics.Count(d => d.Severity == Severity.Error)),
                 })
            html.Raw("<tr>").Element("th", what, "scope=\"row\"").Element("td", N(count)).Line("</tr>");
        html.Line("</tbody></table>");

        html.Line("<table class=\"counts\">").Line("<caption>Decisions by kind</caption>")
            .Line("<thead><tr><th scope=\"col\">Decision</th><th scope=\"col\">Count</th></tr></thead><tbody>");
        foreach (var kind in model.Kinds)
            html.Raw("<tr><th scope=\"row\">").Raw($"<a href=\"#{kind.Anchor}\">").Text(kind.Label).Raw("</a>")
                .Element("span", $" ({kind.Kind})", "class=\"kind-name\"").Raw("</th>").Element("td", N(kind.Items.Count)).Line("</tr>");
        if (model.Kinds.Count == 0) html.Line("<tr><th scope=\"row\">No decisions</th><td>0</td></tr>");
        html.Line("</tbody></table>");

        html.Line("<table>").Line("<caption>Seed files</caption>")
            .Line("<thead><tr><th scope=\"col\">Seed</th><th scope=\"col\">Read as</th><th scope=\"col\">Articles</th></tr></thead><tbody>");
        foreach (var seed in r.Seeds)
            html.Raw("<tr>").Element("th", seed.Path, "scope=\"row\"").Element("td", seed.Format ?? "not recognised").Element("td", N(seed.Articles)).Line("</tr>");
        html.Line("</tbody></table>")
            .Line("</section>");
    }

    private static void DiagnosticsSection(HtmlText html, ReviewModel model)
    {
        html.Line("<section id=\"diagnostics\" aria-labelledby=\"diagnostics-heading\">")
            .Line("<h2 id=\"diagnostics-heading\">Warnings and notes</h2>");
        var problems = model.Report.Diagnostics.Where(d => d.Severity != Severity.Info).ToList();
        var notes = model.Report.Diagnostics.Where(d => d.Severity == Severity.Info).ToList();
        html.Line("<h3>Warnings and errors</h3>");
        DiagnosticList(html, model, problems, "No warnings or errors.");
        html.Line("<h3>Notes</h3>")
            .Line("<p>Things import noticed and handled, such as a merge of two versions of an article (the command line shows them with <code>--verbose</code>).</p>");
        DiagnosticList(html, model, notes, "No notes.");
        html.Line("</section>");
    }

    private static void DiagnosticList(HtmlText html, ReviewModel model, IReadOnlyList<Diagnostic> diagnostics, string none)
    {
        if (diagnostics.Count == 0) { html.Element("p", none).Line(); return; }
        html.Line("<ul class=\"diagnostics\">");
        foreach (var d in diagnostics)
        {
            html.Raw("<li>");
            if (d.Location is not null)
            {
                if (model.AnchorFor(d.Location) is { } anchor) html.Raw($"<a href=\"#{anchor}\">").Text(d.Location.ToString()).Raw("</a>");
                else html.Element("code", d.Location.ToString());
                html.Text(": ");
            }
            html.Element("strong", $"{SeverityName(d)} {d.Code}", $"class=\"{SeverityName(d)}\"").Text(": " + d.Message).Line("</li>");
        }
        html.Line("</ul>");
    }

    private static void Articles(HtmlText html, ReviewModel model)
    {
        html.Line("<section id=\"articles\" aria-labelledby=\"articles-heading\">")
            .Line("<h2 id=\"articles-heading\">Articles</h2>")
            .Line("<p>Each article's seed text (left) beside the Markdown import made of it (right). Marked lines carry a decision or a diagnostic.</p>");
        foreach (var a in model.Articles) Article(html, a);
        if (model.Articles.Count == 0) html.Line("<p>No articles.</p>");
        html.Line("</section>");
    }

    private static void Article(HtmlText html, ReviewArticle review)
    {
        var a = review.Article;
        html.Line($"<article id=\"{review.Anchor}\" aria-labelledby=\"{review.Anchor}-heading\">")
            .Element("h3", a.Title, $"id=\"{review.Anchor}-heading\"").Line()
            .Raw("<p>").Element("code", a.Path).Text($" ({StatusText(a.Status)}), from ")
            .Text(string.Join(" and ", a.Spans.Select(s => $"{s.Path} lines {N(s.FirstLine)}–{N(s.LastLine)}")))
            .Text(a.Sources.Count > 1 ? $": merged from {N(a.Sources.Count)} seeds." : ".").Line("</p>");
        if (review.Decisions.Count > 0)
        {
            html.Raw("<p>Decisions: ");
            var first = true;
            foreach (var kind in DecisionLabels.Ordered(review.Decisions.Select(d => d.Kind)))
            {
                if (!first) html.Text(", ");
                first = false;
                html.Raw($"<a href=\"#{ReviewModel.KindAnchor(kind)}\">").Text(DecisionLabels.For(kind)).Raw("</a>")
                    .Text($" {N(review.Decisions.Count(d => d.Kind == kind))}");
            }
            html.Line(".</p>");
        }
        html.Line("<details open>").Element("summary", "Seed text and result side by side").Line()
            .Line("<div class=\"side\">")
            .Line("<div class=\"seed\">")
            .Element("h4", "Seed text").Line();
        foreach (var span in review.Spans) SpanTable(html, span);
        html.Line("</div>")
            .Line("<div class=\"result\">")
            .Element("h4", a.Status == FileStatus.Skipped ? $"Result (not written: {a.Path} was edited)" : $"Result: {a.Path}").Line()
            .Element("pre", a.Markdown).Line()
            .Line("</div>")
            .Line("</div>")
            .Line("</details>")
            .Line("</article>");
    }

    /// <summary>
    /// For a seed that is not text (a saved web page, a PDF): what its "seed text" is — the text import converted it to —
    /// so an editor does not look for these lines in the original file. Null for a text seed.
    /// </summary>
    internal static string? ConvertedNote(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var what = extension switch
        {
            ".html" or ".htm" => "a saved web page: the lines below are the text import converted it to — the page's metadata (JSON-LD, OpenGraph, <meta>) as a block at the top, each key with where it was read, then the article one paragraph per line, links resolved",
            ".pdf" => "a PDF: the lines below are the text import read from it — page by page in reading order, running headers, footers and page numbers removed",
            _ => null,
        };
        return what is null ? null : $"This seed is {what}. Line numbers in decisions and diagnostics count these converted lines, not the lines of {Path.GetFileName(path)}; the note on its first line says how it was read and what was left out.";
    }

    private static void SpanTable(HtmlText html, ReviewSpan span)
    {
        if (ConvertedNote(span.Path) is { } note) html.Element("p", note, "class=\"converted\"").Line();
        html.Line("<table class=\"lines\">")
            .Element("caption", $"{span.Path}, lines {N(span.FirstLine)}–{N(span.LastLine)}").Line()
            .Line("<thead><tr><th scope=\"col\" class=\"n\">Line</th><th scope=\"col\">Seed text</th><th scope=\"col\">Decisions</th></tr></thead>")
            .Line("<tbody>");
        foreach (var line in span.Lines)
        {
            html.Raw($"<tr id=\"{line.Anchor}\"{(line.IsMarked ? " class=\"marked\"" : "")}>")
                .Element("th", N(line.Number), "scope=\"row\" class=\"n\"")
                .Element("td", line.Text, "class=\"text\"")
                .Raw("<td>");
            if (line.IsMarked)
            {
                html.Raw("<ul class=\"decisions\">");
                foreach (var d in line.Decisions)
                {
                    html.Raw("<li>").Raw($"<a class=\"kind\" href=\"#{ReviewModel.KindAnchor(d.Kind)}\">").Text(DecisionLabels.For(d.Kind)).Raw("</a>: ");
                    Decision(html, d);
                    html.Raw("</li>");
                }
                foreach (var d in line.Diagnostics)
                    html.Raw("<li>").Element("strong", $"{SeverityName(d)} {d.Code}", $"class=\"{SeverityName(d)}\"").Text(": " + d.Message).Raw("</li>");
                html.Raw("</ul>");
            }
            html.Line("</td></tr>");
        }
        html.Line("</tbody></table>");
    }

    /// <summary>A decision's detail, then what it replaced and why, when the rule says.</summary>
    private static void Decision(HtmlText html, FixupAction d)
    {
        var detail = d.Detail;
        if (d.Kind is FixupActionKinds.DroppedBoilerplate or FixupActionKinds.DroppedPageElement && detail.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
            html.Element("strong", detail[..colon]).Text(": ").Element("span", detail[(colon + 2)..], "class=\"quoted\"");
        else
            html.Element("span", detail, "class=\"quoted\"");
        if (d.Before is { } before && before != detail)
            html.Raw(" <span class=\"label\">before</span> ").Element("span", before, "class=\"quoted\"");
        if (d.After is { } after && after != detail)
            html.Raw(" <span class=\"label\">after</span> ").Element("span", after, "class=\"quoted\"");
        if (d.Reason is { } reason) html.Raw(" <span class=\"label\">why</span> ").Element("span", reason, "class=\"reason\"");
    }

    private static void Outside(HtmlText html, ReviewModel model)
    {
        if (model.Outside.Count == 0) return;
        html.Line("<section id=\"outside\" aria-labelledby=\"outside-heading\">")
            .Line("<h2 id=\"outside-heading\">Seed text outside articles</h2>")
            .Line("<p>Lines no article was made from: mastheads, text before the first article, seeds nothing could be read from.</p>");
        foreach (var seed in model.Outside.GroupBy(s => s.Path, StringComparer.Ordinal))
        {
            html.Element("h3", seed.Key).Line();
            foreach (var span in seed) SpanTable(html, span);
        }
        html.Line("</section>");
    }

    private static void Kinds(HtmlText html, ReviewModel model)
    {
        html.Line("<section id=\"kinds\" aria-labelledby=\"kinds-heading\">")
            .Line("<h2 id=\"kinds-heading\">Decisions by kind</h2>");
        if (model.Kinds.Count == 0) html.Line("<p>Import took no decisions.</p>");
        foreach (var kind in model.Kinds)
        {
            html.Line($"<section id=\"{kind.Anchor}\" aria-labelledby=\"{kind.Anchor}-heading\">")
                .Raw($"<h3 id=\"{kind.Anchor}-heading\">").Text($"{kind.Label} ({N(kind.Items.Count)})").Line("</h3>")
                .Line("<table class=\"kind\">")
                .Element("caption", $"{kind.Label}: every one, with its seed line ({kind.Kind})").Line()
                .Line("<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Article</th><th scope=\"col\">Decision</th></tr></thead>")
                .Line("<tbody>");
            foreach (var item in kind.Items)
            {
                html.Raw("<tr><td>");
                var where = item.Decision.Location?.ToString() ?? "";
                if (item.LineAnchor is { } anchor) html.Raw($"<a href=\"#{anchor}\">").Text(where).Raw("</a>");
                else html.Text(where);
                html.Raw("</td><td>");
                if (item.Article is { } article) html.Raw($"<a href=\"#{article.Anchor}\">").Text(article.Article.Title).Raw("</a>");
                else html.Text("outside articles");
                html.Raw("</td><td>");
                Decision(html, item.Decision);
                html.Line("</td></tr>");
            }
            html.Line("</tbody></table>").Line("</section>");
        }
        html.Line("</section>");
    }

    private static string StatusText(FileStatus status) => status switch
    {
        FileStatus.Created => "created",
        FileStatus.Updated => "updated",
        FileStatus.Unchanged => "unchanged",
        FileStatus.Skipped => "not written: an editor changed it",
        FileStatus.Overwritten => "overwritten with --force; the edited text is backed up",
        FileStatus.Removed => "removed: the article's title changed, its old address redirects to the new file",
        _ => "not written: writing failed",
    };

    private static string SeverityName(Diagnostic d) => d.Severity switch
    {
        Core.Diagnostics.Severity.Error => "error",
        Core.Diagnostics.Severity.Warning => "warning",
        _ => "note",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

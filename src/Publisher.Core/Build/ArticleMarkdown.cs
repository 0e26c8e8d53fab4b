using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Build.Reading;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>An article body parsed once, rendered once per place it is shown.</summary>
/// <param name="RootLinks">Every root-relative link (<c>/articles/x/</c>) in the body, with where it is written.</param>
/// <summary>
/// What a build keeps of an article's Markdown between parsing it and rendering it: the links to check, the
/// opening text, the word count and the headings. Not the syntax tree: a tree costs about as much memory as the text
/// again, and a build would hold every article's until its feeds were written; rendering parses the body again instead
/// (<see cref="ArticleMarkdown.Render"/>).
/// </summary>
public sealed record ParsedBody(Article Article, IReadOnlyList<(string Url, SourceLocation Location)> RootLinks, string Description)
{
    /// <summary>Words of the body's text, footnotes left out (for the reading time).</summary>
    public int Words { get; init; }

    /// <summary>
    /// The body as plain text, footnotes included, one block a line: what search indexes (made from the parse already
    /// in hand). Held as UTF-8 until the search index is written (<see cref="ReleasePlainText"/>).
    /// </summary>
    public string PlainText { get => PlainTextHeld.ToString(); init => PlainTextHeld = new CompactText(value); }

    /// <summary><see cref="PlainText"/> as it is held (UTF-8), for search to read without decoding it.</summary>
    internal CompactText PlainTextHeld { get; set; } = CompactText.Empty;

    /// <summary>
    /// Lets the plain text go once the search index is written: nothing else reads it, and a build holds every
    /// article's body from parsing to the feeds (at 50,000 articles the plain texts alone are hundreds of megabytes).
    /// </summary>
    internal void ReleasePlainText() => PlainTextHeld = CompactText.Empty;

    /// <summary>The body's headings in order, after demotion (the shallowest is an h2), with the ids the page gives them.</summary>
    public IReadOnlyList<TocEntry> Headings { get; init; } = [];
}

/// <summary>
/// Markdown to HTML for article bodies and bios. The pipeline is built once; typographic quotes are left
/// alone (the text already has them). Body headings are shifted so the page title stays the only h1,
/// root-relative links are rewritten for the page they appear on, and footnote ids carry the article's
/// slug so several articles can share a page (or a feed reader's view) without clashing.
/// </summary>
public static partial class ArticleMarkdown
{
    public static readonly MarkdownPipeline Pipeline = BuildPipeline(autoLinks: true);

    /// <summary>
    /// <see cref="Pipeline"/> without its autolinks extension. That parser's opening letters (h, f, m, t, w) stop the
    /// literal text's scan at most words, so it cost about a twentieth of a clean build's CPU for three parses of every
    /// body (perf45) — and an article seldom holds a bare URL. A body is parsed with this pipeline first and again with
    /// <see cref="Pipeline"/> only when its text could hold an autolink (<see cref="MayHoldAutoLink"/>).
    /// </summary>
    internal static readonly MarkdownPipeline WithoutAutoLinks = BuildPipeline(autoLinks: false);

    /// <summary>The body's pipeline, one list of extensions for both (their order is the parsers' order).</summary>
    private static MarkdownPipeline BuildPipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseFootnotes()
            .UsePipeTables()
            .UseGridTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras();
        if (autoLinks) builder = builder.UseAutoLinks();
        return builder.UseFigures().UseDefinitionLists().Build();
    }

    /// <summary>
    /// Whether a tree parsed by <see cref="WithoutAutoLinks"/> could differ from <see cref="Pipeline"/>'s: whether any of its
    /// literal texts holds what an autolink starts with (<c>://</c> for http, https and ftp, <c>mailto:</c>, <c>tel:</c>,
    /// <c>www.</c>; any case). The autolink parser is tried only where the inline parser stands in literal text, and the
    /// two pipelines parse alike up to its first match, whose text (none of its characters opens another inline) is then
    /// inside one literal of the tree without it; a link's destination, a code span or raw HTML is not literal text, and
    /// an autolink's parser never sees it either.
    /// </summary>
    internal static bool MayHoldAutoLink(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.AsSpan();
            if (text.IndexOfAny(':', '.') < 0) continue;
            if (text.IndexOf("://", StringComparison.Ordinal) >= 0
                || text.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("mailto:", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("tel:", StringComparison.OrdinalIgnoreCase) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>The Markdown's syntax tree as <see cref="Pipeline"/> parses it, parsed without autolinks when it can hold none.</summary>
    internal static MarkdownDocument Tree(string markdown)
    {
        var document = Markdown.Parse(markdown, WithoutAutoLinks);
        return MayHoldAutoLink(document) ? Markdown.Parse(markdown, Pipeline) : document;
    }

    public static ParsedBody Parse(Article article)
    {
        var document = Document(article);
        var links = new List<(string, SourceLocation)>();
        foreach (var link in document.Descendants<LinkInline>())
            if (link.Url is { } url && IsRootRelative(url))
                links.Add((url, SourceLocation.FromZeroBased(article.SourcePath, article.BodyStartLine - 1 + link.Line, link.Column)));
        return new ParsedBody(article, links.Count == 0 ? [] : links.ToArray(), FirstParagraphText(document))
        {
            Words = WordCount(document),
            PlainText = PlainText(document),
            Headings = document.Descendants<HeadingBlock>()
                .Select(h => new TocEntry(h.Level, h.TryGetAttributes()?.Id ?? "", h.Inline is null ? "" : InlineText(h.Inline)))
                .ToList(),
        };
    }

    /// <summary>The body's syntax tree as it is rendered: headings shifted, outlet links marked.</summary>
    internal static MarkdownDocument Document(Article article)
    {
        var document = Tree(article.Body);
        DemoteHeadings(document);
        foreach (var link in document.Descendants<LinkInline>())
            // Import marks an outlet's home page standing in for a missing citation link by its title; the theme styles the class.
            if (link.Title == OutletLink.Title) link.GetAttributes().AddClass(OutletLink.CssClass);
        return document;
    }

    /// <summary>Renders <paramref name="body"/> for a page whose links are made by <paramref name="links"/>.</summary>
    public static string Render(ParsedBody body, LinkContext links)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => IsRootRelative(url) ? links.Href(Permalinks.Normalize(url)) : url,
        };
        Pipeline.Setup(renderer);
        renderer.Render(Document(body.Article));
        writer.Flush();
        return PrefixFootnotes(writer.ToString(), body.Article.Slug);
    }

    /// <summary>Renders a short Markdown text such as an author bio or tag description.</summary>
    public static string RenderSnippet(string markdown, LinkContext links)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => IsRootRelative(url) ? links.Href(Permalinks.Normalize(url)) : url,
        };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public static bool IsRootRelative(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>fn:1 → fn-slug-1 (and fnref likewise); back-links get a label screen readers can say.</summary>
    private static string PrefixFootnotes(string html, string slug)
    {
        html = FootnoteId().Replace(html, m => $"{m.Groups[1].Value}{m.Groups[2].Value}-{slug}-");
        return html
            .Replace("class=\"footnote-back-ref\"", "class=\"footnote-back-ref\" aria-label=\"Back to the text\"", StringComparison.Ordinal)
            .Replace("<div class=\"footnotes\">", "<div class=\"footnotes\" role=\"doc-endnotes\">", StringComparison.Ordinal);
    }

    [GeneratedRegex("(id=\"|href=\"#)(fn|fnref):")]
    private static partial Regex FootnoteId();

    /// <summary>Shifts body headings so the shallowest is an h2: the page's title is its only h1.</summary>
    private static void DemoteHeadings(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0) return;
        var shift = 2 - headings.Min(h => h.Level);
        if (shift <= 0) return;
        foreach (var heading in headings) heading.Level = Math.Min(6, heading.Level + shift);
    }

    /// <summary>The first paragraph as plain text, for descriptions when the article has no summary.</summary>
    private static string FirstParagraphText(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (paragraph?.Inline is null) return "";
        var sb = new StringBuilder();
        AppendText(paragraph.Inline, sb);
        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }

    /// <summary>
    /// The whole body as plain text, one line per block (paragraphs, headings, list items, table cells, footnotes), for
    /// search.
    /// </summary>
    private static string PlainText(MarkdownDocument document) => LeafText(document, withFootnotes: true);

    /// <summary>Words of every paragraph, heading, list and table outside the footnotes.</summary>
    private static int WordCount(MarkdownDocument document) => ReadingTime.CountWords(LeafText(document, withFootnotes: false));

    /// <summary>The text of every block that holds text, one line each.</summary>
    private static string LeafText(MarkdownDocument document, bool withFootnotes)
    {
        var sb = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null || (!withFootnotes && IsInFootnote(leaf))) continue;
            var start = sb.Length;
            AppendText(leaf.Inline, sb);
            if (sb.Length > start) sb.Append('\n');
        }
        return sb.ToString().TrimEnd();
    }

    private static bool IsInFootnote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is FootnoteGroup or Footnote) return true;
        return false;
    }

    private static string InlineText(ContainerInline inline)
    {
        var sb = new StringBuilder();
        AppendText(inline, sb);
        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }

    private static void AppendText(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case FootnoteLink:
                    break;
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline child:
                    AppendText(child, sb);
                    break;
            }
        }
    }
}

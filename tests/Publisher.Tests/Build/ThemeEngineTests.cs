using Publisher.Core.Build;
using Publisher.Core.Build.Views;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>The Scriban engine under the theme: escaping, truthiness, limits and where errors point.</summary>
public class ThemeEngineTests
{
    private static readonly ArticleCard Hostile = new()
    {
        Title = "<script>alert('x')</script> & \"quotes\" `ticks` a=b",
        Href = "javascript:alert(1)\" onmouseover=\"x",
        Date = "1 May 2024",
        IsoDate = "2024-05-01",
        Kind = "article",
        KindLabel = "<b>Kind</b>",
        Publication = "Monitor",
        Summary = "",
    };

    private static (string? Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string layout, object content, params (string Name, string Text)[] partials)
    {
        using var temp = new TempDirectory();
        temp.Write("theme/layouts/base.sbn-html", "{{ raw body }}");
        temp.Write("theme/layouts/test.sbn-html", layout);
        foreach (var (name, text) in partials) temp.Write($"theme/partials/{name}.sbn-html", text);
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(temp.Combine("theme"), ["test"], diagnostics);
        if (diagnostics.HasErrors) return (null, diagnostics.Sorted());
        var html = theme.Render(new PageToRender("/test/", "test", Model(content)));
        theme.ReportRenderFailures(diagnostics);
        return (html, diagnostics.Sorted());
    }

    private static PageModel Model(object content) => new()
    {
        Site = new SiteView { Title = "Site", Description = "", Publication = "Monitor", Language = "en", HomeHref = "index.html", AssetsHref = "assets/", Nav = [], SearchHref = "search/index.html", Feeds = new FeedLinks("a", "b", "c") },
        Page = new PageMeta { Kind = "test", Title = "T", Heading = "H", Description = "", Canonical = "https://example.org/", OgType = "website", JsonLd = "{}" },
        Content = content,
    };

    [Fact]
    public void Every_output_is_escaped_as_before_even_inside_attributes_and_partials()
    {
        var (html, diagnostics) = Render("<a href=\"{{ content.href }}\">{{ content.title }}</a>|{{ include \"kind\" card: content }}", Hostile, ("kind", "{{ card.kind_label }}"));

        Assert.Empty(diagnostics);
        Assert.Equal("<a href=\"javascript:alert(1)&quot; onmouseover&#x3D;&quot;x\">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot; &#x60;ticks&#x60; a&#x3D;b</a>|&lt;b&gt;Kind&lt;/b&gt;", html);
    }

    [Fact]
    public void Raw_writes_markup_unescaped()
    {
        var (html, _) = Render("{{ raw content.kind_label }}", Hostile);
        Assert.Equal("<b>Kind</b>", html);
    }

    [Theory]
    [InlineData("content.summary")]
    [InlineData("content.authors")]
    [InlineData("content.issue")]
    [InlineData("0")]
    public void Empty_text_empty_lists_zero_and_null_are_false(string expression)
    {
        var (html, _) = Render($"{{{{ if {expression} }}}}yes{{{{ else }}}}no{{{{ end }}}}", Hostile);
        Assert.Equal("no", html);
    }

    [Fact]
    public void A_loop_over_ten_thousand_items_renders()
    {
        var (html, diagnostics) = Render("{{ for n in content }}{{ include \"n\" n: n }}{{ end }}", Enumerable.Range(1, 10_000).ToArray(), ("n", "{{ n }},"));
        Assert.Empty(diagnostics);
        Assert.EndsWith("9999,10000,", html);
    }

    [Fact]
    public void A_runaway_loop_is_stopped_with_an_error_at_its_line()
    {
        var (html, diagnostics) = Render("<p>\n{{ while true }}x{{ end }}", Hostile);
        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Contains("limit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_stopped()
    {
        var (html, diagnostics) = Render("{{ include \"loop\" }}", Hostile, ("loop", "x{{ include \"loop\" }}"));
        Assert.Null(html);
        Assert.Contains("include itself", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_at_its_line_and_column_inside_the_partial()
    {
        var (html, diagnostics) = Render("<p>\n{{ include \"card\" card: content }}", Hostile, ("card", "<h2>\n  {{ card.titel }}</h2>"));
        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Equal("card.sbn-html:2:11", Path.GetFileName(error.Location!.ToString()));
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_is_an_error()
    {
        var (_, diagnostics) = Render("<p>{{ sitee.title }}</p>", Hostile);
        var error = Assert.Single(diagnostics);
        Assert.Equal("1:7", $"{error.Location!.Line}:{error.Location.Column}");
        Assert.Contains("sitee", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_block_points_at_its_opening_tag()
    {
        var (_, diagnostics) = Render("<div>\n{{ if content.title }}\n  {{ for a in content.authors }}\n  {{ end }}\n</div>\n", Hostile);
        var error = Assert.Single(diagnostics);
        Assert.Equal("2:4", $"{error.Location!.Line}:{error.Location.Column}");
        Assert.Contains("'if'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parse_error_is_reported_with_its_position()
    {
        var (_, diagnostics) = Render("<p>{{ content.title | }}</p>\n", Hostile, ("bad", "ok\n{{ 1 + }}\n"));
        Assert.Contains(diagnostics, d => d.Location!.Path.EndsWith("layouts/test.sbn-html", StringComparison.Ordinal) && d.Location.Line == 1 && d.Location.Column > 0);
        Assert.Contains(diagnostics, d => d.Location!.Path.EndsWith("partials/bad.sbn-html", StringComparison.Ordinal) && d.Location.Line == 2);
    }

    [Fact]
    public void A_missing_partial_is_an_error_where_it_is_included()
    {
        var (_, diagnostics) = Render("<p>\n  {{ include \"nope\" }}", Hostile);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateMissing, error.Code);
        Assert.Equal("2:6", $"{error.Location!.Line}:{error.Location.Column}");
    }

    [Fact]
    public void Partials_are_found_by_name_only()
    {
        var (html, diagnostics) = Render("{{ x = \"../layouts/base\" }}{{ include x }}", Hostile);
        Assert.Null(html);
        Assert.Contains("no partial named", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_functions_give_what_the_readme_says()
    {
        var (html, diagnostics) = Render("{{ plural 1 \"article\" \"articles\" }}|{{ plural 3 \"article\" \"articles\" }}|{{ format_date \"2021-11-19\" }}|{{ json content.title }}", Hostile);
        Assert.Empty(diagnostics);
        Assert.Equal("1 article|3 articles|19 November 2021|\"\\u003Cscript\\u003Ealert(\\u0027x\\u0027)\\u003C/script\\u003E \\u0026 \\u0022quotes\\u0022 \\u0060ticks\\u0060 a=b\"", html);
    }

    [Fact]
    public void The_clock_is_not_available()
    {
        var (html, diagnostics) = Render("{{ date.now }}", Hostile);
        Assert.Null(html);
        Assert.Single(diagnostics);
    }
}

using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Tests.Content;

public class ArticleFileTests
{
    [Fact]
    public void Write_then_read_round_trips_every_field()
    {
        // Given
        var fm = new ArticleFrontMatter
        {
            Title = "Pakistan's Deal: Statesmanship or Surrender?",
            Slug = "pakistans-deal",
            Authors = ["Syed Fazl-e-Haider"],
            Date = new DateOnly(2021, 11, 19),
            Publication = "Terrorism Monitor",
            Volume = 19,
            Issue = 22,
            Kind = "feature",
            Tags = ["Pakistan", "TLP"],
            Summary = "A deal: #1 \"quoted\" — and more",
            Url = "https://example.org/a?b=c",
            Sources = ["seeds/000.txt"],
            Inferred = ["date"],
        };

        // When
        var text = ArticleFile.Write(fm, "Body line.\n\nSecond paragraph.");
        var diagnostics = new List<Diagnostic>();
        var doc = ArticleFile.Read(text, "input/articles/x.md", diagnostics);

        // Then
        Assert.Empty(diagnostics);
        Assert.NotNull(doc);
        Assert.Equal(fm.Title, doc.FrontMatter.Title);
        Assert.Equal(fm.Authors, doc.FrontMatter.Authors);
        Assert.Equal(fm.Date, doc.FrontMatter.Date);
        Assert.Equal(fm.Volume, doc.FrontMatter.Volume);
        Assert.Equal(fm.Summary, doc.FrontMatter.Summary);
        Assert.Equal(fm.Tags, doc.FrontMatter.Tags);
        Assert.Equal(fm.Inferred, doc.FrontMatter.Inferred);
        Assert.Equal("Body line.\n\nSecond paragraph.\n", doc.Body);
        Assert.Equal(text, ArticleFile.Write(doc.FrontMatter, doc.Body));
    }

    [Theory]
    [InlineData("2022-03-04", "2022-03-04")]
    [InlineData("2022-03-04T10:30:00Z", "2022-03-04T10:30:00Z")]
    [InlineData("2022-03-04T12:30:00+02:00", "2022-03-04T10:30:00Z")]
    public void Draft_aliases_and_updated_round_trip(string updated, string written)
    {
        var text = $"---\ntitle: A\ndraft: true\nslug: a\naliases:\n- articles/old-a/\ndate: 2021-01-01\nupdated: {updated}\n---\n\nBody.\n";
        var diagnostics = new List<Diagnostic>();
        var doc = ArticleFile.Read(text, "a.md", diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.True(doc.FrontMatter.Draft);
        Assert.Equal(["articles/old-a/"], doc.FrontMatter.Aliases);
        Assert.Equal(DateTimeOffset.Parse(updated, System.Globalization.CultureInfo.InvariantCulture), doc.FrontMatter.Updated);
        var again = ArticleFile.Write(doc.FrontMatter, doc.Body);
        Assert.Contains($"updated: {written}\n", again, StringComparison.Ordinal);
        Assert.Contains("draft: true\n", again, StringComparison.Ordinal);
        Assert.Equal(doc.FrontMatter, ArticleFile.Read(again, "a.md", diagnostics)!.FrontMatter with { Aliases = doc.FrontMatter.Aliases, Authors = doc.FrontMatter.Authors, Tags = doc.FrontMatter.Tags, Sources = doc.FrontMatter.Sources, Inferred = doc.FrontMatter.Inferred });
    }

    [Fact]
    public void An_updated_that_is_no_date_is_a_warning_and_ignored()
    {
        var diagnostics = new List<Diagnostic>();
        var doc = ArticleFile.Read("---\ntitle: A\ndate: 2021-01-01\nupdated: last week\n---\n\nBody.\n", "a.md", diagnostics)!;

        Assert.Null(doc.FrontMatter.Updated);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FieldInvalid, warning.Code);
        Assert.Equal(4, warning.Location!.Line);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("2021-11-19")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("")]
    public void Text_that_looks_like_another_type_stays_text(string title)
    {
        var text = ArticleFile.Write(new ArticleFrontMatter { Title = "x", Summary = title, Date = new DateOnly(2020, 1, 1) }, "b");
        var doc = ArticleFile.Read(text, "a.md", new List<Diagnostic>());
        Assert.Equal(title.Length == 0 ? null : title, doc!.FrontMatter.Summary);
    }

    [Fact]
    public void Bad_values_are_warnings_at_their_line_and_fall_back()
    {
        var text = "---\ntitle: T\ndate: 2021-13-45\nvolume: nineteen\n---\nbody\n";
        var diagnostics = new List<Diagnostic>();
        var doc = ArticleFile.Read(text, "input/articles/t.md", diagnostics);

        Assert.NotNull(doc);
        Assert.Null(doc.FrontMatter.Volume);
        // The date is required: its error carries the reason, with no second message for the same value.
        Assert.Contains(diagnostics, d => d.ToString().StartsWith("input/articles/t.md:3:7: error PUB003: article has no usable 'date': 2021-13-45 is not a real date: month 13", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.FieldInvalid && d.Message.StartsWith("'date'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.ToString().StartsWith("input/articles/t.md:4:9: warning PUB004: 'volume'", StringComparison.Ordinal));
        Assert.Equal(6, doc.BodyStartLine);
    }

    [Fact]
    public void Broken_yaml_is_an_error_with_file_and_line_not_an_exception()
    {
        var diagnostics = new List<Diagnostic>();
        var doc = ArticleFile.Read("---\ntitle: T\ndate: [unclosed\n---\nbody", "a.md", diagnostics);

        Assert.Null(doc);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.StartsWith("a.md:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_front_matter_and_missing_title_are_errors()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Null(ArticleFile.Read("just text", "a.md", diagnostics));
        Assert.Null(ArticleFile.Read("---\ndate: 2020-01-01\n---\n", "b.md", diagnostics));
        Assert.Equal(["PUB001", "PUB003"], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Crlf_and_bom_are_read_like_plain_lf()
    {
        var doc = ArticleFile.Read("\uFEFF---\r\ntitle: T\r\ndate: 2020-01-01\r\n---\r\nbody\r\n", "a.md", new List<Diagnostic>());
        Assert.Equal("T", doc!.FrontMatter.Title);
        Assert.Equal("body\n", doc.Body);
    }
}

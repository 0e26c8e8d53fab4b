using System.Globalization;
using Publisher.Core.Import;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Cases written after the recognisers were built, to check them on shapes they were not fitted to.</summary>
public class UnseenCaseTests
{
    [Theory]
    [InlineData("BY NADIA OKONKWO", "Nadia Okonkwo")]
    [InlineData("By Sven Aaltonen and Dr Leila Haddad", "Sven Aaltonen; Leila Haddad")]
    [InlineData("By Marcus de la Cruz", "Marcus de la Cruz")]
    [InlineData("By Priya Raman, Contributing Writer", "Priya Raman")]
    [InlineData("Story by Jun Watanabe", "Jun Watanabe")]
    [InlineData("By Aoife Brennan & Kofi Mensah", "Aoife Brennan; Kofi Mensah")]
    [InlineData("Posted by Eli Sorensen | 12 January 2021", "Eli Sorensen")]
    [InlineData("By Professor Helga Strand", "Helga Strand")]
    public void Unseen_bylines(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)?.Names ?? []));

    [Theory]
    [InlineData("Nadia Okonkwo and Sven Aaltonen", "Nadia Okonkwo; Sven Aaltonen")]
    [InlineData("Amb. Rachel Obi", "Rachel Obi")]
    [InlineData("Economic Recovery Plans", "")]
    [InlineData("Key Takeaways", "")]
    [InlineData("Editor's Note", "")]
    [InlineData("Cairo Bureau", "")]
    public void Unseen_bare_lines(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line, allowBare: true)?.Names ?? []));

    [Theory]
    [InlineData("Sep 30, 2020", "2020-09-30")]
    [InlineData("30 September, 2020", "2020-09-30")]
    [InlineData("Published on Sept. 30, 2020", "2020-09-30")]
    [InlineData("Last updated: 2020-10-02 14:05 UTC", "2020-10-02")]
    [InlineData("Wed 30 Sep 2020", "2020-09-30")]
    [InlineData("31.12.2019", "2019-12-31")]
    [InlineData("First published 1 October 2020", "2020-10-01")]
    public void Unseen_date_lines(string line, string date) =>
        Assert.Equal(date, DateLine.Read(line)?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("02/03/2020")]
    [InlineData("The talks resumed on 30 September 2020 in Geneva.")]
    [InlineData("Issue 30, 2020")]
    public void Unseen_non_dates(string line) => Assert.Null(DateLine.Read(line));

    [Theory]
    [InlineData("Home » Africa » Sahel|Gold Mines Fund the Insurgency|By Ada Kerr", 1)]
    [InlineData("***|Gold Mines Fund the Insurgency|By Ada Kerr", 1)]
    [InlineData("12 July 2021|Home > World|## Gold Mines Fund the Insurgency", 2)]
    [InlineData("Gold Mines Fund the Insurgency in the Sahel|Analysis|By Ada Kerr", 0)]
    public void Unseen_title_choices(string lines, int expected) => Assert.Equal(expected, TitleLine.Choose(lines.Split('|')));

    [Theory]
    [InlineData("Gold and Guns: The Sahel's New Economy · Desert Watch", "Gold and Guns: The Sahel's New Economy · Desert Watch")]
    [InlineData("Gold and Guns | Desert Watch", "Gold and Guns")]
    [InlineData("Gold and Guns in the Sahel – Desert Watch", "Gold and Guns in the Sahel")]
    [InlineData("Mali – the view from Bamako after the coup of 2021 and what followed", "Mali – the view from Bamako after the coup of 2021 and what followed")]
    public void Unseen_site_suffixes(string title, string expected) => Assert.Equal(expected, CrawlerFrontMatter.SplitSiteSuffix(title).Title);

    [Fact]
    public void Unseen_crawler_block_with_quotes_and_published_key()
    {
        var (meta, _) = CrawlerFrontMatter.Read("\n---\ntitle: \"Gold and Guns | Desert Watch\"\nurl: 'https://desert.example/gold'\npublished: \"2021-07-12\"\nauthor: \"Ada Kerr\"\ntags: [sahel, gold]\n---\n# Gold and Guns\n");
        Assert.Equal("Gold and Guns", meta!.Title!.Value);
        Assert.Equal("https://desert.example/gold", meta.Url!.Value);
        Assert.Equal(new DateOnly(2021, 7, 12), meta.Date!.Value.Date);
        Assert.Equal(["Ada Kerr"], meta.Authors!.Value);
    }

    [Theory]
    [InlineData("_Helga Strand is a professor of economics at Tromsø University._", "Helga Strand")]
    [InlineData("Rachel Obi, a former diplomat, is a visiting fellow at the Lagos Centre.", "Rachel Obi")]
    [InlineData("Ada Kerr is a freelance journalist based in Niamey; Tom Vesely is a researcher at the Prague Sahel Project.", "Ada Kerr; Tom Vesely")]
    [InlineData("The army is expected to respond within days.", "")]
    public void Unseen_bio_subjects(string paragraph, string names) =>
        Assert.Equal(names, string.Join("; ", BioParagraph.Subjects(paragraph)));

    [Fact]
    public void Unseen_three_author_bio_split()
    {
        var parts = BioParagraph.SplitBetween(
            "Ada Kerr is a journalist based in Niamey. Tom Vesely is a researcher at the Prague Sahel Project; he holds a PhD from Charles University. Prof. Strand teaches economics.",
            ["Ada Kerr", "Tom Vesely", "Helga Strand"]);
        Assert.Equal(["Ada Kerr is a journalist based in Niamey.", "Tom Vesely is a researcher at the Prague Sahel Project; he holds a PhD from Charles University.", "Prof. Strand teaches economics."],
            parts.Select(p => p.Bio).ToArray());
    }

    [Fact]
    public void Unseen_pdf_column_text_is_not_web()
    {
        var text = string.Join("\n", Enumerable.Range(1, 80).Select(i =>
            i % 20 == 0 ? "" : i % 7 == 0 ? "control of the mines, which the govern-" : "Armed groups in the region have taken"));
        Assert.NotEqual(DocumentShapeKind.Web, DocumentShape.Classify(text).Kind);
    }
}

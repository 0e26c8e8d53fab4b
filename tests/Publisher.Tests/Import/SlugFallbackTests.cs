using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Import;

public class SlugFallbackTests
{
    [Fact]
    public void A_title_without_latin_letters_is_kept_filed_as_untitled_and_the_editor_is_told_to_set_a_slug()
    {
        // Given a web article whose title has no letters a URL can use
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/arabic.txt", "تحليل الأمن في الساحل\nPublication: Terrorism Monitor Volume: 19 Issue: 22\nBy: Kofi Mensah\nThe coastal states saw more attacks this year than in any year before.\n");
        project.Temp.Write("seeds/arabic.yml", "date: 2021-11-19\n");

        // When
        var report = project.Import();

        // Then
        var path = Assert.Single(project.ArticleFiles());
        Assert.EndsWith("/untitled.md", path, StringComparison.Ordinal);
        Assert.Contains("title: تحليل الأمن في الساحل", project.Read(path), StringComparison.Ordinal);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportSlugFallback);
        Assert.Equal("seeds/arabic.txt:1: warning PUB134: \"تحليل الأمن في الساحل\" has no letters or digits a web address can use; it is filed as 'untitled' (set 'slug' in its front matter)", warning.ToString());
    }
}

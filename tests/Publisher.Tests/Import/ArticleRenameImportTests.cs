using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Cli.Commands;

namespace Publisher.Tests.Import;

/// <summary>
/// A title corrected in its seed gives the article another slug on re-import: the new file lists the old address under
/// <c>aliases:</c> (build renders it as a redirect) and import removes the old file it wrote, unless an editor changed it.
/// </summary>
public class ArticleRenameImportTests
{
    private const string Seed = "{0}\nPublication: Coastal Watch Volume: 2 Issue: 1\nBy: Ann Lee\nThe column is about ports and ships and the sea.\n";

    private static ImportFixture ImportedOnce()
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/a.txt", string.Format(Seed, "Harbour Notes"));
        project.Temp.Write("seeds/a.yml", "date: 2020-01-01\n");
        project.Import();
        Assert.Equal(["input/articles/2020/harbour-notes.md"], project.ArticleFiles());
        return project;
    }

    [Fact]
    public void A_title_changed_in_the_seed_moves_the_article_and_keeps_its_old_address_as_an_alias()
    {
        using var project = ImportedOnce();
        project.Temp.Write("seeds/a.txt", string.Format(Seed, "Harbour Notes From the South"));

        var report = project.Import();

        Assert.Equal(["input/articles/2020/harbour-notes-from-the-south.md"], project.ArticleFiles());
        Assert.Contains("slug: harbour-notes-from-the-south\naliases:\n- articles/harbour-notes/\n",
            project.Read("input/articles/2020/harbour-notes-from-the-south.md"), StringComparison.Ordinal);
        var removed = Assert.Single(report.FilesWritten, f => f.Status == FileStatus.Removed);
        Assert.Equal("articles/2020/harbour-notes.md", removed.RelativePath);
        Assert.Equal("articles/2020/harbour-notes-from-the-south.md", removed.RenamedTo);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ImportArticleRenamed && d.Message.Contains("/articles/harbour-notes/", StringComparison.Ordinal));
        Assert.Contains(ImportCommand.WrittenLines(report, "input"), l =>
            l.Contains("removed     input/articles/2020/harbour-notes.md (its title changed", StringComparison.Ordinal));
        Assert.DoesNotContain("harbour-notes.md", project.Read("input/.import-manifest.yml"), StringComparison.Ordinal);

        var again = project.Import();
        Assert.True(again.NothingChanged, string.Join(", ", again.Files.Select(f => $"{f.RelativePath} {f.Status}")));
    }

    [Fact]
    public void A_title_changed_twice_keeps_both_old_addresses_and_changed_back_drops_its_own()
    {
        using var project = ImportedOnce();
        project.Temp.Write("seeds/a.txt", string.Format(Seed, "Harbour Notes From the South"));
        project.Import();
        project.Temp.Write("seeds/a.txt", string.Format(Seed, "Harbour Notes"));

        project.Import();

        Assert.Equal(["input/articles/2020/harbour-notes.md"], project.ArticleFiles());
        Assert.Contains("slug: harbour-notes\naliases:\n- articles/harbour-notes-from-the-south/\nauthors:",
            project.Read("input/articles/2020/harbour-notes.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_file_an_editor_changed_is_left_alone_and_the_new_title_gets_a_file_of_its_own()
    {
        using var project = ImportedOnce();
        project.Temp.Write("input/articles/2020/harbour-notes.md",
            project.Read("input/articles/2020/harbour-notes.md").Replace("ports and ships", "ports, ships", StringComparison.Ordinal));
        project.Temp.Write("seeds/a.txt", string.Format(Seed, "Harbour Notes From the South"));

        var report = project.Import();

        Assert.Equal(["input/articles/2020/harbour-notes-from-the-south.md", "input/articles/2020/harbour-notes.md"], project.ArticleFiles());
        Assert.DoesNotContain("aliases:", project.Read("input/articles/2020/harbour-notes-from-the-south.md"), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Files, f => f.Status == FileStatus.Removed);
    }

    [Fact]
    public void Articles_of_a_seed_with_several_new_titles_are_not_guessed_at()
    {
        var draft = new ImportedDraft(new ArticleDraft { Title = "X", Body = "", Origin = new SourceLocation("seeds/issue.txt", 1), Sources = ["seeds/issue.txt"] }, 0);
        var identities = new[] { new ArticleIdentity(draft, "one", "articles/2020/one.md"), new ArticleIdentity(draft, "two", "articles/2020/two.md") };
        var existing = new[] { new ExistingArticle("articles/2020/old.md", "old", new Core.Model.ArticleFrontMatter { Title = "Old", Sources = ["seeds/issue.txt"] }) };

        Assert.Empty(ArticleRenames.Find(identities, existing, _ => true));
        Assert.Single(ArticleRenames.Find(identities.Take(1).ToList(), existing, _ => true));
        Assert.Empty(ArticleRenames.Find(identities.Take(1).ToList(), existing, _ => false));
    }
}

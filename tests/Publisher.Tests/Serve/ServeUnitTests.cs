using Publisher.Cli.Serve;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Serve;

public class OutputPathsTests
{
    private static string MakeSite(TempDirectory temp)
    {
        temp.Write("output/index.html", "<p>home</p>");
        temp.Write("output/articles/one/index.html", "<p>one</p>");
        temp.Write("output/assets/style.css", "body{}");
        temp.Write("secret.txt", "not for the web");
        return temp.Combine("output");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/one/", "articles/one/index.html")]
    [InlineData("/articles/one/index.html", "articles/one/index.html")]
    [InlineData("/assets/style.css", "assets/style.css")]
    public void Serves_files_and_folder_indexes_inside_the_output_folder(string request, string expected)
    {
        using var temp = new TempDirectory();
        var output = MakeSite(temp);

        var (verdict, file) = OutputPaths.Resolve(output, request);

        Assert.Equal(PathVerdict.Found, verdict);
        Assert.Equal(Path.GetFullPath(Path.Combine(output, expected)), file);
    }

    [Fact]
    public void A_folder_without_its_trailing_slash_is_redirected_not_served()
    {
        using var temp = new TempDirectory();
        Assert.Equal(PathVerdict.FolderWithoutSlash, OutputPaths.Resolve(MakeSite(temp), "/articles/one").Verdict);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/assets/../../secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/C:/secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/index.html\0")]
    [InlineData("relative.html")]
    public void Refuses_paths_that_try_to_leave_the_output_folder(string request)
    {
        using var temp = new TempDirectory();
        Assert.Equal(PathVerdict.Refused, OutputPaths.Resolve(MakeSite(temp), request).Verdict);
    }

    [Theory]
    [InlineData("/secret.txt")]
    [InlineData("/articles/two/")]
    [InlineData("/%2e%2e/secret.txt")]
    public void Names_that_are_not_in_the_output_folder_are_not_found(string request)
    {
        using var temp = new TempDirectory();
        Assert.Equal(PathVerdict.NotFound, OutputPaths.Resolve(MakeSite(temp), request).Verdict);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_output_folder_is_refused_and_one_inside_is_followed()
    {
        using var temp = new TempDirectory();
        var output = MakeSite(temp);
        try
        {
            File.CreateSymbolicLink(Path.Combine(output, "leak.txt"), temp.Combine("secret.txt"));
            Directory.CreateSymbolicLink(Path.Combine(output, "outside"), temp.Path);
            File.CreateSymbolicLink(Path.Combine(output, "alias.css"), Path.Combine(output, "assets", "style.css"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // Links need privileges on some Windows machines; the guard is the same code either way.
        }

        Assert.Equal(PathVerdict.Refused, OutputPaths.Resolve(output, "/leak.txt").Verdict);
        Assert.Equal(PathVerdict.Refused, OutputPaths.Resolve(output, "/outside/secret.txt").Verdict);
        Assert.Equal(PathVerdict.Found, OutputPaths.Resolve(output, "/alias.css").Verdict);
    }
}

public class WatchedChangeTests
{
    [Theory]
    [InlineData("articles/.x.md.swp")]
    [InlineData("articles/x.md~")]
    [InlineData("articles/.#x.md")]
    [InlineData("articles/#x.md#")]
    [InlineData("articles/4913")]
    [InlineData("articles/2021/sedpkP74C")]
    [InlineData("~$site.yml")]
    [InlineData("articles/x.md.tmp")]
    [InlineData(".backups/articles/x.md")]
    [InlineData(".git/index")]
    public void Editor_temp_files_and_backups_are_ignored(string path) => Assert.True(WatchedChange.IsIgnored(path));

    [Theory]
    [InlineData("articles/2021/x.md")]
    [InlineData("site.yml")]
    [InlineData("layouts/base.sbn-html")]
    [InlineData("assets/style.css")]
    [InlineData("005_vol19_issue23.txt")]
    [InlineData("articles/sedition.md")]
    public void Content_theme_and_seed_files_count(string path) => Assert.False(WatchedChange.IsIgnored(path));
}

public class ReloadScriptTests
{
    [Fact]
    public void The_script_goes_before_the_last_closing_body_tag()
    {
        var html = ReloadScript.Inject("<html><body><p>x</p></BODY></html>", 7);
        Assert.EndsWith("</script></BODY></html>", html);
        Assert.Contains("var built=7;", html);
        Assert.Contains(ReloadScript.EventsPath, html);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_the_script_at_its_end() =>
        Assert.EndsWith("</script>", ReloadScript.Inject("<p>fragment</p>", 1));
}

public class ErrorPageTests
{
    [Fact]
    public void Shows_each_error_at_its_file_and_line_html_escaped_and_leaves_warnings_out()
    {
        var page = ErrorPage.Render(
        [
            Diagnostic.Error("PUB002", "a '[' is not <closed> & \"quoted\"", new SourceLocation("input/articles/x.md", 3)),
            Diagnostic.Warning("PUB015", "article has no 'tags'", new SourceLocation("input/articles/y.md", 2)),
        ], 4);

        Assert.Contains("<code>input/articles/x.md:3</code>", page);
        Assert.Contains("a &#39;[&#39; is not &lt;closed&gt; &amp; &quot;quoted&quot;", page);
        Assert.DoesNotContain("<closed>", page);
        Assert.DoesNotContain("y.md", page);
        Assert.Contains("The site did not build: 1 error", page);
        Assert.Contains(ReloadScript.Marker, page);
    }
}

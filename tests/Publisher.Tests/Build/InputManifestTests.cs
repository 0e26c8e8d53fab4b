using System.Text;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// What reading each article file gave is kept between builds (<see cref="InputManifest"/>): a build that takes an
/// unchanged file's document and diagnostics from it must give exactly a clean build's messages and files.
/// </summary>
public class InputManifestTests
{
    private const string Front = "---\ntitle: {0}\nauthors:\n- Jacob Zenn\ndate: 2021-03-0{1}\nkind: analysis\ncolour: blue\ntags:\n- Iraq\n---\n\n";

    [Fact]
    public void Unchanged_files_replay_a_clean_builds_diagnostics_and_output_after_each_edit()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var folder = Path.Combine(options.InputDir, "articles", "2021");
        var a = Path.Combine(folder, "manifest-a.md");
        var b = Path.Combine(folder, "manifest-b.md");
        // An unknown front matter key and footnote problems: warnings from reading the file and from its body's lint.
        File.WriteAllText(a, string.Format(Front, "Notes", 1) + "A claim.[^1] Another.[^2]\n\n[^1]: A source.\n\n[^3]: Unused.\n");
        // Windows line ends and a byte order mark: the body is cut from the decoded text, not from the bytes.
        File.WriteAllBytes(b, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes((string.Format(Front, "Ünïcode", 2) + "Body — with a claim.[^x]\n\nMore text.\n").Replace("\n", "\r\n"))]);
        var articles = Directory.GetFiles(Path.Combine(options.InputDir, "articles"), "*.md", SearchOption.AllDirectories).Length;

        var first = Compare(options, temp, 0);
        Assert.Equal(0, first.ReusedInputs);
        Assert.Contains(first.Warnings, d => d.Contains("PUB0", StringComparison.Ordinal) && d.Contains("[^2]", StringComparison.Ordinal));
        Assert.Contains(first.Warnings, d => d.Contains("colour", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir), InputManifest.FileName)));

        // Nothing changed: every file is read as the previous build read it.
        Assert.Equal(articles, Compare(options, temp, 1).ReusedInputs);
        // One file edited: it alone is read anew; a renamed file (same bytes, another path) is read anew too.
        File.AppendAllText(a, "A new paragraph.[^4]\n");
        Assert.Equal(articles - 1, Compare(options, temp, 2).ReusedInputs);
        File.Move(b, Path.Combine(folder, "manifest-c.md"));
        Assert.Equal(articles - 1, Compare(options, temp, 3).ReusedInputs);
        // Edited again: its warnings go with the text that gave them.
        File.WriteAllText(a, string.Format(Front, "Notes", 1) + "A claim.[^1]\n\n[^1]: A source.\n");
        var last = Compare(options, temp, 4);
        Assert.Equal(articles - 1, last.ReusedInputs);
        Assert.DoesNotContain(last.Warnings, d => d.Contains("[^2]", StringComparison.Ordinal));
    }

    /// <summary>
    /// The stat fast path: a file whose length and time are what the manifest recorded, and were settled (older than that
    /// build's start by the racy margin), is not read; any other file is read and hashed. Each build is compared with a
    /// clean build (files and messages).
    /// </summary>
    [Fact]
    public void Settled_files_are_not_read_and_any_change_of_length_or_time_or_a_racy_file_is_read_again()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var folder = Path.Combine(options.InputDir, "articles", "2021");
        var files = Directory.GetFiles(Path.Combine(options.InputDir, "articles"), "*.md", SearchOption.AllDirectories);
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var file in files) File.SetLastWriteTimeUtc(file, past);
        var a = files.Order(StringComparer.Ordinal).First();
        // A file whose time is not older than the build's start by the margin (here: ahead of the clock) is racy.
        var racy = Path.Combine(folder, "racy.md");
        File.WriteAllText(racy, string.Format(Front, "Racy", 1) + "The first text.\n");
        var ahead = DateTime.UtcNow.AddMinutes(10);
        File.SetLastWriteTimeUtc(racy, ahead);

        Assert.Equal(0, Compare(options, temp, 0).ReusedInputs);
        var second = Compare(options, temp, 1);
        Assert.Equal(files.Length + 1, second.ReusedInputs);
        Assert.Equal(files.Length, second.Unread);

        // The racy file edited with its length and time kept: read again, so seen.
        File.WriteAllText(racy, string.Format(Front, "Racy", 1) + "The other text.\n");
        File.SetLastWriteTimeUtc(racy, ahead);
        var third = Compare(options, temp, 2);
        Assert.Equal(files.Length, third.ReusedInputs);
        Assert.Equal(files.Length, third.Unread);
        Assert.Contains(Directory.GetFiles(options.OutputDir, "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("The other text.", StringComparison.Ordinal));

        // A settled file edited with its time kept but another length: read again.
        File.AppendAllText(a, "\nA paragraph with its time set back.\n");
        File.SetLastWriteTimeUtc(a, past);
        var fourth = Compare(options, temp, 3);
        Assert.Equal(files.Length, fourth.ReusedInputs);
        Assert.Equal(files.Length - 1, fourth.Unread);

        // Touched (the same bytes, a new time, settled now): read and hashed once, reused, then trusted by its new record.
        File.SetLastWriteTimeUtc(a, past.AddMinutes(1));
        var fifth = Compare(options, temp, 4);
        Assert.Equal(files.Length + 1, fifth.ReusedInputs);
        Assert.Equal(files.Length - 1, fifth.Unread);
        Assert.Equal(files.Length, Compare(options, temp, 5).Unread);
    }

    /// <summary>
    /// A settled file's body is deferred (not read while loading): if the file changes or vanishes between that and the
    /// read of its body, whichever phase reads it (here parsing, with the parsed-body cache gone; and rendering, with the
    /// render cache gone), the build fails with one error naming the file and leaves <c>output/</c> as it was; the next
    /// build gives a clean build's files. The seam is the progress report that starts each phase.
    /// </summary>
    [Theory]
    [InlineData("Parsing articles", ParsedBodyCache.FileName, false)]
    [InlineData("Parsing articles", ParsedBodyCache.FileName, true)]
    [InlineData("Rendering ", "render.bin", false)]
    [InlineData("Rendering ", "render.bin", true)]
    public void A_deferred_body_whose_file_changed_or_vanished_before_it_was_read_fails_the_build_cleanly(string phase, string lostCache, bool vanish)
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var files = Directory.GetFiles(Path.Combine(options.InputDir, "articles"), "*.md", SearchOption.AllDirectories);
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var file in files) File.SetLastWriteTimeUtc(file, past);
        var a = files.Order(StringComparer.Ordinal).First();
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = FixtureSite.Files(options.OutputDir).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(options.OutputDir, f)));
        File.Delete(Path.Combine(options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir), lostCache));

        var changed = false;
        var failed = SiteBuilder.Build(options, message =>
        {
            if (changed || !message.StartsWith(phase, StringComparison.Ordinal)) return;
            changed = true;
            if (vanish) File.Delete(a);
            else File.AppendAllText(a, "\nA paragraph added while the site was being built.\n");
        });

        Assert.True(changed);
        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.FileUnreadable, error.Code);
        Assert.Equal("changed while the site was being built; build again", error.Message);
        Assert.EndsWith("articles/" + Path.GetRelativePath(Path.Combine(options.InputDir, "articles"), a).Replace('\\', '/'), error.Location!.Path, StringComparison.Ordinal);
        // output/ untouched, no staging folder left beside it.
        Assert.Equal(before.Keys, FixtureSite.Files(options.OutputDir));
        foreach (var (file, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(options.OutputDir, file)));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(options.OutputDir)!, Path.GetFileName(options.OutputDir) + ".tmp-*"));
        // Built again: what a clean build gives.
        Compare(options, temp, 0);
    }

    /// <summary>
    /// The manifest stores each front matter field by name (InputManifest.WriteEntry and ReadEntry): a field added to
    /// <see cref="ArticleFrontMatter"/> must be added there too, or unchanged files would lose it. This list fails first.
    /// </summary>
    [Fact]
    public void Every_front_matter_field_is_one_the_manifest_stores()
    {
        string[] stored = ["Title", "Slug", "Authors", "Date", "Updated", "Draft", "Aliases", "Publication", "Volume", "Issue", "Kind", "Tags", "Summary", "Sources", "Url", "Inferred"];
        var properties = typeof(ArticleFrontMatter).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name);
        Assert.Equal(stored.Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
        var documentProperties = typeof(Publisher.Core.Content.ArticleDocument).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name);
        Assert.Equal(["Body", "BodyStartLine", "FieldLocations", "FrontMatter", "ItemLocations", "Path"], documentProperties.Order(StringComparer.Ordinal));
    }

    /// <summary>An incremental build and a clean one: the content files' diagnostics and the output's files, asserted equal.</summary>
    private static (IReadOnlyList<string> Warnings, int ReusedInputs, int Unread) Compare(BuildOptions options, TempDirectory temp, int n)
    {
        var incremental = SiteBuilder.Build(options);
        var clean = SiteBuilder.Build(options with { OutputDir = temp.Combine($"clean-{n}"), Clean = true, CacheDir = temp.Combine($"clean-cache-{n}") });
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        static List<string> Content(BuildResult result) =>
            result.Diagnostics.Where(d => d.Severity != Severity.Info && d.Code.StartsWith("PUB0", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();
        var mine = Content(incremental);
        Assert.Equal(Content(clean), mine);
        Assert.Equal(0, clean.ReusedInputs);
        var files = FixtureSite.Files(options.OutputDir);
        Assert.Equal(FixtureSite.Files(temp.Combine($"clean-{n}")), files);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(options.OutputDir, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Combine($"clean-{n}"), file))), $"{file} differs from a clean build's after step {n}");
        return (mine, incremental.ReusedInputs, incremental.UnreadInputs);
    }
}

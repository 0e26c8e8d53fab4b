using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Model;

namespace Publisher.ImportEval;

/// <summary>One article import wrote: its front matter, body and the seed names (file stems) it came from.</summary>
public sealed record ImportedArticle(ArticleFrontMatter FrontMatter, string Body, IReadOnlyList<string> SourceNames);

/// <summary>What import made of a whole set: the articles it wrote, and per seed (file stem) its format and errors.</summary>
public sealed record ImportOutcome(
    IReadOnlyList<ImportedArticle> Articles,
    IReadOnlyDictionary<string, string> FormatBySeed,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorsBySeed);

/// <summary>
/// Runs the real import over a corpus set in a throw-away project: every raw file of the set in one
/// <c>seeds/</c> folder (so signals across files work), the repository's editor config in <c>input/</c>.
/// </summary>
public static class ImportRun
{
    public static ImportOutcome Run(string repoRoot, IEnumerable<string> setFolders, bool withSidecars, IReadOnlyList<IRawFormat>? readers = null)
    {
        var project = Path.Combine(Path.GetTempPath(), "publisher-importeval-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = Directory.CreateDirectory(Path.Combine(project, "seeds")).FullName;
            var input = Directory.CreateDirectory(Path.Combine(project, "input")).FullName;
            foreach (var config in new[] { "site.yml", "tags.yml", "outlets.yml" })
                File.Copy(Path.Combine(repoRoot, "input", config), Path.Combine(input, config));
            foreach (var folder in setFolders)
            foreach (var raw in CorpusLabels.RawFiles(folder))
            {
                File.Copy(raw, Path.Combine(seeds, Path.GetFileName(raw)));
                var sidecar = Path.ChangeExtension(raw, ".yml");
                if (withSidecars && File.Exists(sidecar)) File.Copy(sidecar, Path.Combine(seeds, Path.GetFileName(sidecar)));
            }

            var report = Importer.Run(new ImportOptions
            {
                ProjectRoot = project,
                Pipeline = DefaultFixups.Create(),
                TagMatcher = TagMatcher.Match,
                Formats = readers ?? RawFormats.All,
            });
            // IMPORTEVAL_DECISIONS=1 prints every decision and diagnostic with its seed line (stderr), for reading a miss.
            if (Environment.GetEnvironmentVariable("IMPORTEVAL_DECISIONS") is "1")
            {
                foreach (var d in report.Decisions) Console.Error.WriteLine($"decision {Path.GetFileName(d.Location?.Path)}:{d.Location?.Line} {d.Kind}: {d.Detail} {d.After} {(d.Reason is null ? "" : "(" + d.Reason + ")")}");
                foreach (var d in report.Diagnostics) Console.Error.WriteLine($"diagnostic {Path.GetFileName(d.Location?.Path)}:{d.Location?.Line} {d.Code}: {d.Message}");
            }
            var formats = report.Seeds.ToDictionary(
                s => Path.GetFileNameWithoutExtension(s.Path), s => $"{s.Format ?? "not recognised"}, {s.Articles} article(s)", StringComparer.Ordinal);
            var errors = report.Diagnostics
                .Where(d => d.Severity == Severity.Error && d.Location is not null)
                .GroupBy(d => Path.GetFileNameWithoutExtension(d.Location!.Path), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => $"{d.Code}: {d.Message}").ToList(), StringComparer.Ordinal);
            return new ImportOutcome(ReadArticles(Path.Combine(input, "articles")), formats, errors);
        }
        finally
        {
            // IMPORTEVAL_KEEP=1 keeps the temporary project (its review report) for reading a run's decisions.
            if (Environment.GetEnvironmentVariable("IMPORTEVAL_KEEP") is "1") Console.Error.WriteLine($"kept {project}");
            else try { Directory.Delete(project, recursive: true); } catch (IOException) { }
        }
    }

    private static List<ImportedArticle> ReadArticles(string folder)
    {
        var articles = new List<ImportedArticle>();
        if (!Directory.Exists(folder)) return articles;
        foreach (var path in Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var document = ArticleFile.Read(File.ReadAllText(path), path, new List<Diagnostic>());
            if (document is null) continue;
            var sources = document.FrontMatter.Sources.Select(s => Path.GetFileNameWithoutExtension(s)).ToList();
            articles.Add(new ImportedArticle(document.FrontMatter, document.Body, sources));
        }
        return articles;
    }
}

using System.CommandLine;
using System.Globalization;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Sidecars;
using Publisher.Core.Model;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher new issue|article|author|seed</c>: writes a new file with its front matter filled in (today's date,
/// the slug of its title or name, the site's first publication), prints its path, and never overwrites a file.
/// </summary>
public static class NewCommand
{
    public static Command Create(TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        var command = new Command("new", "Start a new issue, article, author profile or seed sidecar, with its front matter filled in.");
        command.Subcommands.Add(IssueCommand(time));
        command.Subcommands.Add(ArticleCommand(time));
        command.Subcommands.Add(AuthorCommand());
        command.Subcommands.Add(SeedCommand());
        return command;
    }

    private static Option<string> InputOption() => new("--input") { Description = "The editors' input folder (site.yml, articles/, authors/)", DefaultValueFactory = _ => "input" };

    private static Option<string?> PublicationOption() => new("--publication") { Description = "Publication name or alias from site.yml; default: its first publication" };

    private static Option<string?> DateOption() => new("--date") { Description = "Date as YYYY-MM-DD; default: today" };

    private static Command IssueCommand(TimeProvider clock)
    {
        var input = InputOption();
        var publication = PublicationOption();
        var volume = new Option<int>("--volume") { Description = "Volume number", Required = true };
        var issue = new Option<int>("--issue") { Description = "Issue number", Required = true };
        var date = DateOption();
        var titles = new Option<string[]>("--title") { Description = "Title of an article of the issue (repeat for each); default: one article to rename", AllowMultipleArgumentsPerToken = false };
        var command = new Command("issue", "Write the articles of a new issue under input/articles/<year>/<publication>-<volume>-<issue>/.");
        foreach (var option in new Option[] { input, publication, volume, issue, date, titles }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (!TryDate(parse.GetValue(date), clock, out var day)) return ExitCodes.BadUsage;
            if (Publication(inputDir, parse.GetValue(publication)) is not { } own) return ExitCodes.Errors;
            if (parse.GetValue(volume) < 1 || parse.GetValue(issue) < 1)
            {
                Console.Error.WriteLine("publisher: --volume and --issue must be 1 or more");
                return ExitCodes.BadUsage;
            }
            var files = Scaffolds.Issue(own, parse.GetValue(volume), parse.GetValue(issue), day, parse.GetValue(titles) ?? []);
            return WriteArticles(inputDir, files);
        });
        return command;
    }

    private static Command ArticleCommand(TimeProvider clock)
    {
        var input = InputOption();
        var title = new Argument<string>("title") { Description = "The article's title" };
        var publication = PublicationOption();
        var volume = new Option<int?>("--volume") { Description = "Volume number (for an article of an issue)" };
        var issue = new Option<int?>("--issue") { Description = "Issue number (for an article of an issue)" };
        var authors = new Option<string[]>("--author") { Description = "An author's name (repeat for each)" };
        var kind = new Option<string?>("--kind") { Description = $"The kind of article; default: {Scaffolds.DefaultKind}" };
        var date = DateOption();
        var command = new Command("article", "Write a new article under input/articles/<year>/<slug>.md.");
        command.Arguments.Add(title);
        foreach (var option in new Option[] { input, publication, volume, issue, authors, kind, date }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (!TryDate(parse.GetValue(date), clock, out var day)) return ExitCodes.BadUsage;
            var given = parse.GetValue(publication);
            // An article may name a publication that is not the archive's own: that is press coverage.
            var own = Publication(inputDir, given, allowOther: given is not null);
            if (own is null && given is null) return ExitCodes.Errors;
            var file = Scaffolds.Article(parse.GetValue(title)!, day, own?.Name ?? given!.Trim(), parse.GetValue(volume), parse.GetValue(issue),
                parse.GetValue(authors) ?? [], parse.GetValue(kind));
            return WriteArticles(inputDir, [file]);
        });
        return command;
    }

    private static Command AuthorCommand()
    {
        var input = InputOption();
        var name = new Argument<string>("name") { Description = "The author's name as articles credit it" };
        var command = new Command("author", "Write a new author profile, input/authors/<slug>.md.");
        command.Arguments.Add(name);
        command.Options.Add(input);
        command.SetAction(parse => Write(parse.GetValue(input)!, [Scaffolds.Author(parse.GetValue(name)!)]));
        return command;
    }

    private static Command SeedCommand()
    {
        var seeds = new Option<string>("--seeds") { Description = "Folder of raw seed files and their sidecars", DefaultValueFactory = _ => "seeds" };
        var input = InputOption();
        var publication = new Option<string?>("--publication") { Description = "The publication the text appeared in (name or alias from site.yml, or another); default: left for you to fill in" };
        var name = new Argument<string>("name") { Description = "The seed's name: the sidecar is seeds/<name>.yml, beside the seed seeds/<name>.txt (or .pdf, .html, .htm)" };
        var command = new Command("seed", "Write a sidecar seeds/<name>.yml that lists and explains every field.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { seeds, input, publication }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var seedName = SeedName(parse.GetValue(name)!);
            if (seedName is null) return ExitCodes.BadUsage;
            var given = parse.GetValue(publication);
            // The sidecar's publication wins over the text, so it is set only when asked for: a seed may be press coverage.
            var own = Publication(parse.GetValue(input)!, given, allowOther: true, quiet: true);
            var text = SidecarTemplate.Render(seedName, given is null ? null : own?.Name ?? given.Trim(), examplePublication: own?.Name);
            var result = Write(parse.GetValue(seeds)!, [new ScaffoldFile($"{seedName}.yml", text)]);
            if (result == ExitCodes.Success)
                Console.WriteLine($"Put the seed beside it as {Path.Combine(parse.GetValue(seeds)!, seedName).Replace('\\', '/')}.txt (raw text), .pdf (the issue's PDF) or .html (a saved web page), then run 'publisher import'.");
            return result;
        });
        return command;
    }

    /// <summary>The seed's name without a .txt/.pdf/.html/.htm/.yml ending; null (with a message) when it is a path or empty.</summary>
    internal static string? SeedName(string name)
    {
        var trimmed = name.Trim();
        foreach (var ending in new[] { ".yml", ".txt", ".pdf", ".html", ".htm" })
            if (trimmed.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^ending.Length];
        if (trimmed.Length > 0 && trimmed.IndexOfAny(['/', '\\']) < 0 && trimmed != "." && trimmed != "..") return trimmed;
        Console.Error.WriteLine($"publisher: '{name}' is not a seed name (a file name without a folder, such as 005_vol19_issue23)");
        return null;
    }

    private static bool TryDate(string? text, TimeProvider clock, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        Console.Error.WriteLine($"publisher: --date '{text}' is not a date as YYYY-MM-DD");
        return false;
    }

    /// <summary>
    /// The publication from site.yml: the one <paramref name="name"/> names (by name or alias), else the first.
    /// Null with an error when site.yml cannot be read or names no such publication (unless <paramref name="allowOther"/>).
    /// </summary>
    private static PublicationConfig? Publication(string inputDir, string? name, bool allowOther = false, bool quiet = false)
    {
        var path = Path.Combine(inputDir, "site.yml");
        var display = path.Replace('\\', '/');
        if (!File.Exists(path))
        {
            if (!quiet && !allowOther) Console.Error.WriteLine($"{display}: error: not found; run publisher in the project folder or pass --input");
            return null;
        }
        var diagnostics = new List<Diagnostic>();
        var site = ConfigFiles.ReadSite(File.ReadAllText(path), display, diagnostics);
        var publications = site?.Publications ?? [];
        var found = name is null ? publications.FirstOrDefault() : publications.FirstOrDefault(p => p.IsNamed(name));
        if (found is not null || allowOther || quiet) return found;
        DiagnosticPrinter.Print(diagnostics.Where(d => d.Severity == Severity.Error));
        Console.Error.WriteLine(name is null
            ? $"{display}: error: lists no publications; add one under 'publications:' or pass --publication"
            : $"{display}: error: no publication is named '{name}'; the publications are {string.Join(", ", publications.Select(p => $"'{p.Name}'"))}");
        return null;
    }

    private static int WriteArticles(string root, IReadOnlyList<ScaffoldFile> files)
    {
        var exit = Write(root, files);
        if (exit == ExitCodes.Success) Console.WriteLine(Scaffolds.DraftNote);
        return exit;
    }

    /// <summary>Writes the files under <paramref name="root"/>, or none of them when any exists already.</summary>
    private static int Write(string root, IReadOnlyList<ScaffoldFile> files)
    {
        var existing = files.Where(f => File.Exists(Path.Combine(root, f.RelativePath))).ToList();
        foreach (var file in existing)
            Console.Error.WriteLine($"{Display(root, file)}: error: already exists; not overwritten (choose another title or name, or edit that file)");
        if (existing.Count > 0) return ExitCodes.Errors;
        foreach (var file in files)
        {
            var full = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file.Text, new System.Text.UTF8Encoding(false));
            Console.WriteLine($"Wrote {Display(root, file)}");
        }
        return ExitCodes.Success;
    }

    private static string Display(string root, ScaffoldFile file) => Path.Combine(root, file.RelativePath).Replace('\\', '/');
}

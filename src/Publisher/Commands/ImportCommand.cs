using System.CommandLine;
using System.Globalization;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Review;
using Publisher.Core.Model;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher import [--seeds DIR] [--input DIR] [--force] [--report PATH] [--verbose]</c>: raw seeds → Markdown articles and author profiles.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var seeds = new Option<string>("--seeds")
        {
            Description = "Folder of seed files (raw text *.txt, PDF issues *.pdf, saved web pages *.html/*.htm) and their sidecars (*.yml)",
            DefaultValueFactory = _ => "seeds",
        };
        var input = new Option<string>("--input")
        {
            Description = "The editors' input folder; articles go to <input>/articles, authors to <input>/authors",
            DefaultValueFactory = _ => "input",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite files an editor changed since import wrote them (the old text is kept in <input>/.backups)",
        };
        var report = new Option<string>("--report")
        {
            Description = "Where to write the HTML review report of every decision import took",
            DefaultValueFactory = _ => ReviewReport.DefaultFileName,
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Also print notes (info diagnostics), such as two versions of an article merged into one",
        };
        var command = new Command("import", "Turn the raw seed files into Markdown articles with front matter under input/.");
        command.Options.Add(seeds);
        command.Options.Add(input);
        command.Options.Add(force);
        command.Options.Add(report);
        command.Options.Add(verbose);
        command.SetAction(parse => Run(new ImportOptions
        {
            ProjectRoot = Directory.GetCurrentDirectory(),
            SeedsDirectory = parse.GetValue(seeds) ?? "seeds",
            InputDirectory = parse.GetValue(input) ?? "input",
            Force = parse.GetValue(force),
            Pipeline = CreatePipeline(),
            TagMatcher = CreateTagMatcher(),
        }, parse.GetValue(report) ?? ReviewReport.DefaultFileName, parse.GetValue(verbose)));
        return command;
    }

    /// <summary>The fix-up rules import runs.</summary>
    public static FixupPipeline CreatePipeline() => DefaultFixups.Create();

    /// <summary>The tag matcher import uses.</summary>
    public static Func<string, string?, string, IReadOnlyList<TagDefinition>, IReadOnlyList<string>> CreateTagMatcher() => TagMatcher.Match;

    /// <param name="reportPath">The review report's path, absolute or relative to the project root.</param>
    /// <param name="verbose">Print info diagnostics too.</param>
    public static int Run(ImportOptions options, string reportPath = ReviewReport.DefaultFileName, bool verbose = false)
    {
        // Nothing import reads changed since a run that wrote nothing: show that run's output again.
        var replay = ImportReplay.TryLoad(options, out var fingerprint, out var unreadable);
        if (replay is not null)
        {
            DiagnosticPrinter.Print(replay.Diagnostics, includeInfo: verbose);
            var replayed = WriteReport(replay.ReviewReportHtml, options.ProjectRoot, reportPath);
            Console.WriteLine(replay.NothingChangedLine);
            if (replayed is not null) Console.WriteLine($"Review report: {replayed}");
            return replayed is null ? ExitCodes.Errors : ExitCodes.Success;
        }

        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        ImportReport report;
        if (interactive)
        {
            report = null!;
            AnsiConsole.Status().Start("Importing…", context =>
            {
                report = Importer.Run(options, step => context.Status(Markup.Escape(StatusText(step))));
            });
        }
        else
        {
            report = Importer.Run(options, step =>
            {
                if (ProgressLine(step) is { } line) Console.WriteLine(line);
            });
        }

        DiagnosticPrinter.Print(unreadable is null ? report.Diagnostics : [unreadable, .. report.Diagnostics], includeInfo: verbose);
        var html = ReviewReport.Render(report);
        var written = WriteReport(html, options.ProjectRoot, reportPath);
        if (written is not null) ImportReplay.Save(options, fingerprint, report, html, NothingChangedLine(report));
        if (report.NothingChanged && !report.HasErrors)
            Console.WriteLine(NothingChangedLine(report));
        else
            PrintSummary(report, interactive, options.InputDirectory);
        if (written is not null) Console.WriteLine($"Review report: {written}");
        return report.HasErrors || written is null ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>How many progress lines a large run prints while it reads its seeds; a smaller run prints one per seed.</summary>
    internal const int ProgressSteps = 20;

    /// <summary>The live status of an interactive run: the step, and how far through the seeds it is.</summary>
    internal static string StatusText(ImportProgress step) =>
        step.Seed is null ? step.Step + "…" : $"{step.Step} ({N(step.SeedsRead + 1)} of {N(step.SeedCount)})";

    /// <summary>
    /// The plain progress line of a step when output is redirected, or null: every seed of a small run
    /// ("reading seeds/x.txt"); for a large one about <see cref="ProgressSteps"/> evenly spaced seeds with the count,
    /// and each later stage, since those take seconds there too.
    /// </summary>
    internal static string? ProgressLine(ImportProgress step)
    {
        var large = step.SeedCount > ProgressSteps;
        if (step.Seed is null) return large ? char.ToLowerInvariant(step.Step[0]) + step.Step[1..] + "…" : null;
        if (!large) return $"reading {step.Seed}";
        var i = step.SeedsRead;
        var shown = i == 0 || i * ProgressSteps / step.SeedCount != (i - 1) * ProgressSteps / step.SeedCount;
        return shown ? $"reading {step.Seed} ({N(i + 1)} of {N(step.SeedCount)})" : null;
    }

    /// <summary>The one line a run that wrote nothing prints instead of the summary.</summary>
    public static string NothingChangedLine(ImportReport report) =>
        $"Nothing changed: {Count(report.ArticlesUnchanged, "article", "articles")} and {Count(report.AuthorsUnchanged, "author profile", "author profiles")} are up to date";

    /// <summary>Writes the review report; returns its path as given (relative to the project root when it was), or null when writing failed.</summary>
    private static string? WriteReport(string html, string projectRoot, string reportPath)
    {
        var full = Path.GetFullPath(reportPath, projectRoot);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, html, new System.Text.UTF8Encoding(false));
            return Path.IsPathRooted(reportPath) ? full : Path.GetRelativePath(projectRoot, full).Replace('\\', '/');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{reportPath}: error: cannot write the review report: {e.Message}");
            return null;
        }
    }

    private static string Count(int n, string one, string many) => $"{N(n)} {(n == 1 ? one : many)}";

    /// <summary>
    /// The summary of this run: what it wrote (each file listed), and the decisions and dropped text of the seeds whose
    /// output changed, per seed; seeds whose articles were already up to date are only counted.
    /// </summary>
    private static void PrintSummary(ImportReport report, bool interactive, string inputDirectory)
    {
        var changed = report.ChangedSeeds.ToHashSet(StringComparer.Ordinal);
        var decisions = report.Decisions.Where(d => ImportReport.IsIn(d.Location, changed)).ToList();
        var dropped = report.AllDropped.Where(d => ImportReport.IsIn(d.Location, changed)).ToList();
        var rows = new List<(string What, string Value)>
        {
            ("Seed files read", N(report.Seeds.Count)),
            ("Seeds whose articles changed", N(changed.Count)),
            ("Articles written", N(report.ArticlesWritten)),
            ("Articles unchanged", N(report.ArticlesUnchanged)),
            ("Articles skipped (edited)", N(report.ArticlesSkipped)),
            ("Author profiles written", N(report.AuthorsWritten)),
            ("Warnings", N(report.Warnings)),
            ("Errors", N(report.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error))),
            ("Boilerplate dropped", N(dropped.Count)),
        };
        // Every decision once: dropped boilerplate is the row above, the rest by kind, named as the review report names them.
        rows.AddRange(CountsByKind(decisions).Select(f => ($"{DecisionLabels.For(f.Kind)} ({f.Kind})", N(f.Count))));
        var merges = report.Diagnostics.Count(d => d.Code == Core.Diagnostics.DiagnosticCodes.ImportDuplicateMerged);
        if (merges > 0) rows.Insert(3, ("Duplicate versions merged into one article", N(merges)));

        if (interactive)
        {
            var table = new Table().AddColumn("Import").AddColumn(new TableColumn("Count").RightAligned());
            foreach (var (what, value) in rows) table.AddRow(Markup.Escape(what), value);
            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var (what, value) in rows) Console.WriteLine($"{what}: {value}");
        }
        foreach (var line in WrittenLines(report, inputDirectory)) Console.WriteLine(line);
        foreach (var line in SeedLines(report, decisions)) Console.WriteLine(line);

        if (dropped.Count == 0) return;
        if (interactive)
        {
            var table = new Table().Title("Dropped as boilerplate").AddColumn("Where").AddColumn("What").AddColumn("Text");
            foreach (var piece in dropped)
                table.AddRow(Markup.Escape(piece.Location?.ToString() ?? ""), Markup.Escape(piece.What), Markup.Escape(FirstLineOf(piece.Text)));
            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var line in DroppedLines(dropped)) Console.WriteLine(line);
        }
    }

    /// <summary>"Files written this run:" and one line per file ("  created input/articles/…"), with a backup's place.</summary>
    public static IEnumerable<string> WrittenLines(ImportReport report, string inputDirectory)
    {
        var folder = inputDirectory.Replace('\\', '/').TrimEnd('/');
        var written = report.FilesWritten;
        if (written.Count == 0) yield break;
        yield return $"Files written this run ({N(written.Count)}):";
        foreach (var file in written)
        {
            var status = file.Status.ToString().ToLowerInvariant();
            if (file.BackupPath is not null)
                yield return $"  {status,-11} {folder}/{file.RelativePath} (the edited text is kept in {folder}/{file.BackupPath})";
            else if (file.RenamedTo is not null)
                yield return $"  {status,-11} {folder}/{file.RelativePath} (its title changed: the article is now {folder}/{file.RenamedTo}, which lists the old address under 'aliases:')";
            else
                yield return $"  {status,-11} {folder}/{file.RelativePath}";
        }
    }

    /// <summary>One line per seed whose articles changed, with its decisions by kind; one line counting the rest.</summary>
    public static IEnumerable<string> SeedLines(ImportReport report, IReadOnlyList<FixupAction> decisions)
    {
        var changed = report.ChangedSeeds.ToHashSet(StringComparer.Ordinal);
        foreach (var seed in report.Seeds.Where(s => changed.Contains(s.Path)))
        {
            var own = CountsByKind(decisions.Where(d => d.Location?.Path == seed.Path))
                .Select(f => $"{DecisionLabels.For(f.Kind)} {N(f.Count)}").ToList();
            var dropped = report.AllDropped.Count(d => d.Location?.Path == seed.Path);
            if (dropped > 0) own.Insert(0, $"Boilerplate dropped {N(dropped)}");
            var fixes = own.Count == 0 ? "no decisions" : string.Join(", ", own);
            yield return $"  {seed.Path}: {seed.Format ?? "not recognised"}, {N(seed.Articles)} article(s); {fixes}";
        }
        var same = report.Seeds.Count(s => !changed.Contains(s.Path));
        if (same > 0) yield return $"  {N(same)} other seed(s) read; their articles were already up to date or left alone";
    }

    private static IReadOnlyList<FixCount> CountsByKind(IEnumerable<FixupAction> decisions) =>
        decisions.GroupBy(f => f.Kind, StringComparer.Ordinal)
            .Select(g => new FixCount(g.Key, g.Count()))
            .Where(f => f.Kind != FixupActionKinds.DroppedBoilerplate)
            .OrderBy(f => f.Kind, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The plain-text list of dropped boilerplate: one entry per piece, its further lines indented under it so a
    /// dropped list of several lines cannot be mistaken for the next entries.
    /// </summary>
    public static IEnumerable<string> DroppedLines(ImportReport report) => DroppedLines(report.AllDropped);

    private static IEnumerable<string> DroppedLines(IEnumerable<DroppedText> pieces)
    {
        foreach (var piece in pieces)
        {
            var lines = piece.Text.Split('\n');
            var where = piece.Location is null ? "" : $" at {piece.Location}";
            yield return $"  dropped {piece.What}{where}: {lines[0]}";
            foreach (var line in lines.Skip(1)) yield return "      " + line;
        }
    }

    /// <summary>A table cell for a piece of text: its first line, and how many more lines it has.</summary>
    public static string FirstLineOf(string text)
    {
        var lines = text.Split('\n');
        return lines.Length == 1 ? lines[0] : $"{lines[0]} (+{N(lines.Length - 1)} lines)";
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

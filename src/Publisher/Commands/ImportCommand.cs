using System.CommandLine;
using System.Globalization;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Model;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher import [--seeds DIR] [--input DIR] [--force]</c>: raw seeds → Markdown articles and author profiles.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var seeds = new Option<string>("--seeds")
        {
            Description = "Folder of raw seed files (*.txt) and their sidecars (*.yml)",
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
        var command = new Command("import", "Turn the raw seed files into Markdown articles with front matter under input/.");
        command.Options.Add(seeds);
        command.Options.Add(input);
        command.Options.Add(force);
        command.SetAction(parse => Run(new ImportOptions
        {
            ProjectRoot = Directory.GetCurrentDirectory(),
            SeedsDirectory = parse.GetValue(seeds) ?? "seeds",
            InputDirectory = parse.GetValue(input) ?? "input",
            Force = parse.GetValue(force),
            Pipeline = CreatePipeline(),
            TagMatcher = CreateTagMatcher(),
        }));
        return command;
    }

    /// <summary>The fix-up rules import runs.</summary>
    public static FixupPipeline CreatePipeline() => DefaultFixups.Create();

    /// <summary>The tag matcher import uses.</summary>
    public static Func<string, string?, string, IReadOnlyList<TagDefinition>, IReadOnlyList<string>> CreateTagMatcher() => TagMatcher.Match;

    public static int Run(ImportOptions options)
    {
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        ImportReport report;
        if (interactive)
        {
            report = null!;
            AnsiConsole.Status().Start("Importing…", context =>
            {
                report = Importer.Run(options, seed => context.Status($"Reading {Markup.Escape(seed)}"));
            });
        }
        else
        {
            report = Importer.Run(options, seed => Console.WriteLine($"reading {seed}"));
        }

        DiagnosticPrinter.Print(report.Diagnostics);
        PrintSummary(report, interactive);
        return report.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static void PrintSummary(ImportReport report, bool interactive)
    {
        var rows = new List<(string What, string Value)>
        {
            ("Seed files read", N(report.Seeds.Count)),
            ("Articles written", N(report.ArticlesWritten)),
            ("Articles unchanged", N(report.ArticlesUnchanged)),
            ("Articles skipped (edited)", N(report.ArticlesSkipped)),
            ("Author profiles written", N(report.AuthorsWritten)),
            ("Warnings", N(report.Warnings)),
            ("Errors", N(report.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error))),
            ("Boilerplate dropped", N(report.AllDropped.Count)),
        };
        rows.AddRange(report.FixesByKind.Select(f => ($"Fixes: {f.Kind}", N(f.Count))));
        var backups = report.Files.Where(f => f.BackupPath is not null).ToList();

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
        foreach (var seed in report.Seeds)
            Console.WriteLine($"  {seed.Path}: {seed.Format ?? "not recognised"}, {N(seed.Articles)} article(s)");
        foreach (var backup in backups)
            Console.WriteLine($"  overwrote {backup.RelativePath}; the edited text is kept in {backup.BackupPath}");

        if (report.AllDropped.Count == 0) return;
        if (interactive)
        {
            var dropped = new Table().Title("Dropped as boilerplate").AddColumn("Where").AddColumn("What").AddColumn("Text");
            foreach (var piece in report.AllDropped)
                dropped.AddRow(Markup.Escape(piece.Location?.ToString() ?? ""), Markup.Escape(piece.What), Markup.Escape(FirstLineOf(piece.Text)));
            AnsiConsole.Write(dropped);
        }
        else
        {
            foreach (var line in DroppedLines(report)) Console.WriteLine(line);
        }
    }

    /// <summary>
    /// The plain-text list of dropped boilerplate: one entry per piece, its further lines indented under it so a
    /// dropped list of several lines cannot be mistaken for the next entries.
    /// </summary>
    public static IEnumerable<string> DroppedLines(ImportReport report)
    {
        foreach (var piece in report.AllDropped)
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

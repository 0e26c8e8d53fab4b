using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Build;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher build [--input DIR] [--theme DIR] [--output DIR] [--base-url URL] [--strict] [--drafts] [--clean] [--quiet|--verbose]</c></summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, tags.yml, authors/ and articles/", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Theme folder with layouts/, partials/ and assets/", DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = "Folder the site is written to (only files whose bytes change are rewritten)", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute address the site is served from; overrides site.yml's base_url" };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles with 'draft: true', marked as drafts and not indexed (a preview; never publish such a build)" };
        var strict = new Option<bool>("--strict") { Description = "Warnings count as errors: the build fails and output/ is not changed, for CI" };
        var clean = new Option<bool>("--clean") { Description = "Render every page, ignoring the render cache in .publisher-cache/ (the output is the same either way)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print notes, each phase, and every page added, changed or removed" };

        var command = new Command("build", "Render input/ into a static site in output/ with the theme.");
        command.Options.Add(input);
        command.Options.Add(theme);
        command.Options.Add(output);
        command.Options.Add(baseUrl);
        command.Options.Add(strict);
        command.Options.Add(drafts);
        command.Options.Add(clean);
        command.Options.Add(quiet);
        command.Options.Add(verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(quiet) && result.GetValue(verbose)) result.AddError("--quiet and --verbose cannot be used together");
        });
        command.SetAction(parse => Run(new BuildOptions
        {
            InputDir = parse.GetValue(input)!,
            ThemeDir = parse.GetValue(theme)!,
            OutputDir = parse.GetValue(output)!,
            BaseUrl = parse.GetValue(baseUrl),
            Strict = parse.GetValue(strict),
            Drafts = parse.GetValue(drafts),
            Clean = parse.GetValue(clean),
        }, VerbosityOptions.From(parse.GetValue(quiet), parse.GetValue(verbose))));
        return command;
    }

    public static int Run(BuildOptions options, Verbosity verbosity = Verbosity.Normal)
    {
        var stopwatch = Stopwatch.StartNew();
        BuildResult result;
        if (verbosity != Verbosity.Quiet && !Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            result = AnsiConsole.Status().Start("Building…", context =>
                SiteBuilder.Build(options, stage => context.Status(Markup.Escape(stage) + "…")));
        }
        else if (verbosity == Verbosity.Verbose)
        {
            // Redirected: plain lines, no ANSI codes.
            result = SiteBuilder.Build(options, stage => Console.WriteLine(stage + "…"));
        }
        else
        {
            result = SiteBuilder.Build(options);
        }

        DiagnosticPrinter.Print(verbosity == Verbosity.Quiet ? result.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error) : result.Diagnostics,
            includeInfo: verbosity == Verbosity.Verbose);
        var seconds = stopwatch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error);
            var strictNote = options.Strict ? " (--strict: warnings count as errors)" : "";
            Console.Error.WriteLine($"publisher: build failed with {errors} error(s){strictNote}; '{options.OutputDir}' was not changed."
                + DiagnosticPrinter.FirstErrorNote(result.Diagnostics));
            return ExitCodes.Errors;
        }
        if (verbosity == Verbosity.Quiet) return ExitCodes.Success;
        Console.WriteLine($"Built {result.Pages} pages and {result.Feeds} feeds into '{options.OutputDir}' in {seconds} s.");
        if (result.Changes is { } changes)
        {
            Console.WriteLine(BuildSummary.ChangeLine(changes, result.Diagnostics));
            if (verbosity == Verbosity.Verbose)
                foreach (var line in BuildSummary.ChangedFiles(changes)) Console.WriteLine(line);
        }
        return ExitCodes.Success;
    }
}

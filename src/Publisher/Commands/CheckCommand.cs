using System.CommandLine;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher check [--input DIR] [--theme DIR] [--base-url URL] [--format human|json] [--strict] [--drafts]</c>: validates
/// what <c>build</c> would (content, config, theme, rendered pages and their links) without writing the site.
/// Exit 0 when clean or only warnings, 1 on errors (with --strict, on warnings too), 2 on bad usage.
/// </summary>
public static class CheckCommand
{
    public const string Human = "human", Json = "json";

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, tags.yml, authors/ and articles/", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Theme folder with layouts/, partials/ and assets/", DefaultValueFactory = _ => "theme" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute address the site is served from; overrides site.yml's base_url" };
        var format = new Option<string>("--format") { Description = "human (file:line: warning CODE: message on stderr) or json (an array on stdout)", DefaultValueFactory = _ => Human };
        format.AcceptOnlyFromAmong(Human, Json);
        var drafts = new Option<bool>("--drafts") { Description = "Check as a --drafts build would: articles with 'draft: true' included" };
        var strict = new Option<bool>("--strict") { Description = "Warnings count as errors (exit 1), for CI" };

        var command = new Command("check", "Check input/ and the theme for mistakes without writing the site (exit 1 on errors).");
        command.Options.Add(input);
        command.Options.Add(theme);
        command.Options.Add(baseUrl);
        command.Options.Add(format);
        command.Options.Add(strict);
        command.Options.Add(drafts);
        command.SetAction(parse => Run(new BuildOptions
        {
            InputDir = parse.GetValue(input)!,
            ThemeDir = parse.GetValue(theme)!,
            BaseUrl = parse.GetValue(baseUrl),
            Strict = parse.GetValue(strict),
            Drafts = parse.GetValue(drafts),
        }, parse.GetValue(format)!));
        return command;
    }

    public static int Run(BuildOptions options, string format)
    {
        var result = SiteBuilder.Check(options);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (format == Json)
        {
            Console.Out.Write(DiagnosticJson.Write(result.Diagnostics));
        }
        else
        {
            DiagnosticPrinter.Print(result.Diagnostics);
            var verdict = errors > 0 ? "build would fail" : warnings > 0 ? "build would succeed; read the warnings" : "nothing to report";
            Console.WriteLine($"Checked '{options.InputDir}': {Labels.Count(errors, "error", "errors")}, {Labels.Count(warnings, "warning", "warnings")}; {verdict}."
                + (options.Strict && errors > 0 ? " (--strict: warnings count as errors)" : "")
                + DiagnosticPrinter.FirstErrorNote(result.Diagnostics));
        }
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Errors;
    }
}

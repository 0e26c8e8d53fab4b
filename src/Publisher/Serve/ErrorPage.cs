using System.Net;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli.Serve;

/// <summary>
/// The page <c>publisher serve</c> shows instead of any page of the site while the last build failed: each error
/// at its file and line, in plain words, so the editor fixes it without reading the terminal. The last good site
/// stays in <c>output/</c>; the page reloads by itself once a build succeeds.
/// </summary>
internal static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> diagnostics, long buildNumber)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var items = string.Concat(errors.Select(d =>
            $"<li><code>{Encode(d.Location?.ToString() ?? "(no file)")}</code> <span class=\"code\">{Encode(d.Code)}</span> {Encode(d.Message)}</li>\n"));
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Build failed — publisher serve</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #fff8f6; color: #1a1a1a; }
            .overlay { max-width: 60rem; margin: 2rem auto; padding: 1.5rem 2rem; border: 3px solid #b3261e; background: #fff; }
            h1 { color: #b3261e; margin-top: 0; }
            li { margin: .5rem 0; } code { font-weight: bold; } .code { color: #555; }
            </style>
            </head>
            <body>
            <div class="overlay" role="alert">
            <h1>The site did not build: {{count}}</h1>
            <p>Fix the place named below and save; this page reloads by itself. Until then <code>output/</code> keeps the last site that built.</p>
            <ol>
            {{items}}</ol>
            </div>
            {{ReloadScript.Tag(buildNumber)}}
            </body>
            </html>
            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

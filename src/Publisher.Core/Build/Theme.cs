using System.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using HandlebarsDotNet;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>
/// A Handlebars theme read at run time: <c>layouts/&lt;kind&gt;.hbs</c> wrapped by <c>layouts/base.hbs</c>,
/// <c>partials/*.hbs</c> registered by file name, and <c>assets/</c> copied as they are. A missing or broken
/// template is a diagnostic naming the file, never an exception.
/// </summary>
public sealed partial class Theme
{
    private readonly IHandlebars _handlebars;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _layoutTexts = new(StringComparer.Ordinal);
    private readonly string _themeDir;

    private Theme(string themeDir, IHandlebars handlebars)
    {
        _themeDir = themeDir;
        _handlebars = handlebars;
    }

    public string AssetsDir => Path.Combine(_themeDir, "assets");

    /// <summary>
    /// Helpers for self-contained pages (404), which a server shows at any depth, so they cannot reach the
    /// assets by a relative link: {{{inlineAsset "style.css"}}} → the file's text;
    /// {{assetDataUri "favicon.svg"}} → a data: URI of it. Files are read once per theme.
    /// </summary>
    private void RegisterAssetHelpers(DiagnosticBag diagnostics)
    {
        // Pages render in parallel: Lazy makes each file read (and a missing file reported) exactly once.
        var cache = new ConcurrentDictionary<string, Lazy<string>>(StringComparer.Ordinal);
        string Read(object? name) => cache.GetOrAdd(Convert.ToString(name, CultureInfo.InvariantCulture) ?? "", file => new Lazy<string>(() =>
        {
            var path = Path.Combine(AssetsDir, file);
            if (file.Length > 0 && !file.Contains("..", StringComparison.Ordinal) && File.Exists(path)) return TextFile.Read(path);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, $"asset '{file}' named by a template does not exist", SourceLocation.File(DisplayPath(_themeDir, "assets/" + file))));
            return "";
        })).Value;
        _handlebars.RegisterHelper("inlineAsset", (_, args) => args.Length > 0 ? Read(args[0]) : "");
        _handlebars.RegisterHelper("assetDataUri", (_, args) =>
        {
            if (args.Length == 0) return "";
            var name = Convert.ToString(args[0], CultureInfo.InvariantCulture) ?? "";
            var type = Path.GetExtension(name) == ".svg" ? "image/svg+xml" : "application/octet-stream";
            return $"data:{type};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(Read(name)))}";
        });
    }

    /// <summary>Loads base.hbs, the <paramref name="layouts"/> the site needs and every partial.</summary>
    public static Theme Load(string themeDir, IEnumerable<string> layouts, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration());
        ThemeHelpers.Register(handlebars);
        var theme = new Theme(themeDir, handlebars);
        theme.RegisterAssetHelpers(diagnostics);

        var partialsDir = Path.Combine(themeDir, "partials");
        if (Directory.Exists(partialsDir))
        {
            foreach (var file in Directory.GetFiles(partialsDir, "*.hbs").OrderBy(f => f, StringComparer.Ordinal))
            {
                var display = DisplayPath(themeDir, "partials/" + Path.GetFileName(file));
                if (ReadTemplate(file, display, diagnostics) is not { } text) continue;
                try
                {
                    // A one-line partial (a list of names) is used inside a line: its final newline would break that line.
                    var trimmed = text.TrimEnd('\n');
                    handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), WithoutPartialIndent(trimmed.Contains('\n') ? text : trimmed));
                }
                catch (HandlebarsException e)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, $"partial does not compile: {e.Message}", At(display, text, e.Message)));
                }
            }
        }

        foreach (var layout in layouts.Prepend("base").Distinct(StringComparer.Ordinal))
            theme.CompileLayout(layout, diagnostics);
        return theme;
    }

    /// <summary>Renders a page: its layout, then base.hbs around it. Null (with a diagnostic) when a template fails.</summary>
    public string? Render(PageToRender page, DiagnosticBag diagnostics)
    {
        if (!_layouts.TryGetValue(page.Layout, out var layout) || !_layouts.TryGetValue("base", out var wrapper))
            return null; // the missing template was reported when the theme was loaded
        var current = page.Layout;
        try
        {
            var body = layout(page.Model);
            current = "base";
            return TextFile.Normalize(wrapper(page.Model with { Body = body }));
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or FormatException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError,
                $"template failed while rendering {page.Url}: {e.Message}", At(LayoutPath(current), _layoutTexts.GetValueOrDefault(current) ?? "", e.Message)));
            return null;
        }
    }

    private void CompileLayout(string name, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(_themeDir, "layouts", name + ".hbs");
        var display = LayoutPath(name);
        if (!File.Exists(file))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateMissing,
                $"the theme has no '{name}' layout; create {display}", SourceLocation.File(display)));
            return;
        }
        if (ReadTemplate(file, display, diagnostics) is not { } text) return;
        try
        {
            _layouts[name] = _handlebars.Compile(WithoutPartialIndent(text));
            _layoutTexts[name] = text;
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, $"template does not compile: {e.Message}", At(display, text, e.Message)));
        }
    }

    /// <summary>
    /// Handlebars.Net 2.4.3 renders an indented standalone partial call (<c>  {{> author-box}}</c> on its own line)
    /// through an indenting writer that skips HTML escaping, so <c>{{name}}</c> inside it came out raw (an author
    /// named <c>&lt;script&gt;</c> ran as a script). Dropping the indentation keeps every partial on the escaping path;
    /// only the whitespace of the generated HTML changes, and line numbers stay as they are.
    /// </summary>
    internal static string WithoutPartialIndent(string template) => PartialIndent().Replace(template, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \t]+(?=\{\{~?>)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex PartialIndent();

    /// <summary>The template file, and the line the error points at when it can be found.</summary>
    private static SourceLocation At(string display, string text, string message) =>
        TemplateErrorLine.Find(text, message) is > 0 and var line ? new SourceLocation(display, line) : SourceLocation.File(display);

    private string LayoutPath(string name) => DisplayPath(_themeDir, $"layouts/{name}.hbs");

    private static string? ReadTemplate(string file, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return TextFile.Read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"cannot read template: {e.Message}", SourceLocation.File(display)));
            return null;
        }
    }

    private static string DisplayPath(string dir, string relative) =>
        dir.Replace('\\', '/').TrimEnd('/') + "/" + relative;
}

/// <summary>The helpers templates may call; theme/README.md documents them for editors.</summary>
internal static class ThemeHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        // {{formatDate page.publishedTime}} → "19 November 2021" (accepts a yyyy-MM-dd string or a date)
        handlebars.RegisterHelper("formatDate", (_, args) => args.Length > 0 ? FormatDate(args[0]) : "");

        // {{#if (eq page.kind "article")}} … {{/if}} → ordinal comparison of the two values as text
        handlebars.RegisterHelper("eq", (_, args) =>
            args.Length == 2 && string.Equals(Text(args[0]), Text(args[1]), StringComparison.Ordinal));

        // {{{json value}}} → the value as JSON (escaped so it is safe inside a script element)
        handlebars.RegisterHelper("json", (_, args) => args.Length > 0 ? JsonSerializer.Serialize(args[0]) : "null");

        // {{plural tag.articleCount "article" "articles"}} → "1 article", "3 articles"
        handlebars.RegisterHelper("plural", (_, args) =>
            args.Length == 3 && int.TryParse(Text(args[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? Labels.Count(n, Text(args[1]), Text(args[2]))
                : Text(args.Length > 0 ? args[0] : null));
    }

    private static string FormatDate(object? value) => value switch
    {
        DateOnly d => Labels.Date(d),
        DateTime dt => Labels.Date(DateOnly.FromDateTime(dt)),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => Labels.Date(d),
        _ => Text(value),
    };

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}

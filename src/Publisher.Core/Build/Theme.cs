using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publisher.Core.Build.Views;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Core.Build;

/// <summary>
/// A Scriban theme read at run time: <c>layouts/&lt;kind&gt;.sbn-html</c> wrapped by <c>layouts/base.sbn-html</c>,
/// <c>partials/*.sbn-html</c> included by file name, and <c>assets/</c> copied as they are. Every template is parsed
/// once when the theme loads; a missing or broken template is a diagnostic naming the file, line and column,
/// never an exception.
/// </summary>
public sealed partial class Theme
{
    public const string TemplateExtension = ".sbn-html";

    private readonly Dictionary<string, Template> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _parsedPartials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Path, string Text)> _partials = new(StringComparer.Ordinal);
    private readonly string _themeDir;
    private readonly ScriptObject _functions;
    private readonly PartialLoader _loader;

    // One context per worker thread, reused from page to page (a fresh one per page costs half the render time).
    private readonly ThreadLocal<ThemeContext?> _contexts = new();

    private Theme(string themeDir, DiagnosticBag diagnostics)
    {
        _themeDir = themeDir;
        _functions = ThemeFunctions.Create(AssetReader(diagnostics));
        _loader = new PartialLoader(_partials);
    }

    public string AssetsDir => Path.Combine(_themeDir, "assets");

    /// <summary>
    /// Files named by inline_asset and asset_data_uri (for self-contained pages such as 404). Pages render in
    /// parallel: Lazy makes each file read (and a missing file reported) exactly once.
    /// </summary>
    private Func<string, string> AssetReader(DiagnosticBag diagnostics)
    {
        var cache = new ConcurrentDictionary<string, Lazy<string>>(StringComparer.Ordinal);
        return name => cache.GetOrAdd(name, file => new Lazy<string>(() =>
        {
            var path = Path.Combine(AssetsDir, file);
            if (file.Length > 0 && !file.Contains("..", StringComparison.Ordinal) && File.Exists(path)) return TextFile.Read(path);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, $"asset '{file}' named by a template does not exist", SourceLocation.File(DisplayPath(_themeDir, "assets/" + file))));
            return "";
        })).Value;
    }

    /// <summary>Loads base, the <paramref name="layouts"/> the site needs and every partial, and checks every partial a template includes exists.</summary>
    public static Theme Load(string themeDir, IEnumerable<string> layouts, DiagnosticBag diagnostics)
    {
        var theme = new Theme(themeDir, diagnostics);
        var partialsDir = Path.Combine(themeDir, "partials");
        if (Directory.Exists(partialsDir))
        {
            foreach (var file in Directory.GetFiles(partialsDir, "*" + TemplateExtension).OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file)[..^TemplateExtension.Length];
                var display = DisplayPath(themeDir, "partials/" + Path.GetFileName(file));
                if (ReadTemplate(file, display, diagnostics) is not { } text) continue;
                theme._partials[name] = (display, text);
                if (Parse(text, display, diagnostics) is { } template) theme._parsedPartials[display] = template;
            }
        }

        foreach (var layout in layouts.Prepend("base").Distinct(StringComparer.Ordinal))
            theme.LoadLayout(layout, diagnostics);
        theme.CheckIncludes(diagnostics);
        return theme;
    }

    /// <summary>
    /// Renders a page: its layout, then base around it. Null when a template fails; the failure is kept for
    /// <see cref="ReportRenderFailures"/>, so a mistake in a partial used on 5,000 pages is one diagnostic, not 5,000.
    /// </summary>
    public string? Render(PageToRender page)
    {
        if (!_layouts.TryGetValue(page.Layout, out var layout) || !_layouts.TryGetValue("base", out var wrapper))
            return null; // the missing template was reported when the theme was loaded
        var context = _contexts.Value ??= new ThemeContext(_functions, _loader, _parsedPartials);
        var model = new ScriptObject
        {
            ["site"] = page.Model.Site,
            ["page"] = page.Model.Page,
            ["content"] = page.Model.Content,
        };
        context.PushGlobal(model);
        try
        {
            model["body"] = layout.Render(context);
            return TextFile.Normalize(wrapper.Render(context));
        }
        catch (Exception e) when (e is ScriptRuntimeException or InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            // A failed render can leave loops or outputs pushed: the next page on this thread gets a fresh context.
            _contexts.Value = null;
            _failures.GetOrAdd((Where(e, LayoutPath(page.Layout)), Describe(e)), _ => new ConcurrentBag<string>()).Add(page.Url);
            return null;
        }
        finally
        {
            if (_contexts.Value == context) context.PopGlobal();
        }
    }

    /// <summary>Each render failure once, at its template position, naming the first page it failed on (by URL) and how many others.</summary>
    public void ReportRenderFailures(DiagnosticBag diagnostics)
    {
        foreach (var ((where, message), urls) in _failures)
        {
            var pages = urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var which = pages.Count == 1 ? pages[0] : $"{pages[0]} and {Labels.Count(pages.Count - 1, "other page", "other pages")}";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, $"template failed while rendering {which}: {message}", where));
        }
        _failures.Clear();
    }

    private readonly ConcurrentDictionary<(SourceLocation Where, string Message), ConcurrentBag<string>> _failures = new();

    private void LoadLayout(string name, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(_themeDir, "layouts", name + TemplateExtension);
        var display = LayoutPath(name);
        if (!File.Exists(file))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateMissing,
                $"the theme has no '{name}' layout; create {display}", SourceLocation.File(display)));
            return;
        }
        if (ReadTemplate(file, display, diagnostics) is not { } text) return;
        _layoutTexts[display] = text;
        if (Parse(text, display, diagnostics) is { } template) _layouts[name] = template;
    }

    private readonly Dictionary<string, string> _layoutTexts = new(StringComparer.Ordinal);

    /// <summary>Every error Scriban finds, at its line and column; an unclosed block at the tag that opened it.</summary>
    private static Template? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, display);
        if (!template.HasErrors) return template;
        var unclosedReported = false;
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            if (message.Message.Contains("<end>", StringComparison.Ordinal) && TemplateErrorLine.UnclosedBlock(text) is { } open)
            {
                if (unclosedReported) continue;
                unclosedReported = true;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError,
                    $"this '{open.Keyword}' is never closed: add {{{{ end }}}} where its block ends", new SourceLocation(display, open.Line, open.Column)));
                continue;
            }
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, $"template does not parse: {message.Message}", At(message.Span, display)));
        }
        return null;
    }

    /// <summary>An include of a partial that does not exist fails the build before any page is rendered.</summary>
    private void CheckIncludes(DiagnosticBag diagnostics)
    {
        foreach (var (display, text) in _layoutTexts.Concat(_partials.Values.Select(p => KeyValuePair.Create(p.Path, p.Text))))
            foreach (Match include in IncludeCall().Matches(text))
            {
                var name = include.Groups[1].Value;
                if (_partials.ContainsKey(name)) continue;
                var line = text.AsSpan(0, include.Index).Count('\n') + 1;
                var column = include.Index - (text.LastIndexOf('\n', Math.Max(0, include.Index - 1)) + 1) + 1;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateMissing,
                    $"the theme has no partial '{name}'; create {DisplayPath(_themeDir, "partials/" + name + TemplateExtension)}", new SourceLocation(display, line, column)));
            }
    }

    [GeneratedRegex(@"\binclude\s+[""']([^""']*)[""']")]
    private static partial Regex IncludeCall();

    private static string Describe(Exception e) => e is ScriptRuntimeException script ? script.OriginalMessage : e.Message;

    /// <summary>Where a render error happened: the template (layout or partial) and position Scriban gives, else the layout.</summary>
    private static SourceLocation Where(Exception e, string layout) =>
        e is ScriptRuntimeException { Span.FileName: { Length: > 0 } file } script ? At(script.Span, file) : SourceLocation.File(layout);

    private static SourceLocation At(SourceSpan span, string display) =>
        SourceLocation.FromZeroBased(string.IsNullOrEmpty(span.FileName) ? display : span.FileName, span.Start.Line, span.Start.Column);

    private string LayoutPath(string name) => DisplayPath(_themeDir, $"layouts/{name}{TemplateExtension}");

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

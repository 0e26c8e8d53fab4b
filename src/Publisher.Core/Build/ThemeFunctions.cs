using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Core.Build;

/// <summary>The functions templates may call; theme/README.md documents them for editors.</summary>
internal static class ThemeFunctions
{
    /// <summary>
    /// <paramref name="readAsset"/> returns the text of a file in the theme's assets/ (and reports a missing one);
    /// the functions are shared by every worker thread's context, so they keep no state of their own.
    /// </summary>
    public static ScriptObject Create(Func<string, string> readAsset)
    {
        var functions = new ScriptObject();
        // {{ raw content.body_html }} → the text unescaped (for HTML the build made, never for front matter)
        functions["raw"] = new ThemeFunction("raw", ["value"], a => a[0] as TrustedHtml ?? new TrustedHtml(Text(a[0])));
        // {{ json value }} → the value as JSON (escaped so it is safe inside a script element)
        functions["json"] = new ThemeFunction("json", ["value"], a => new TrustedHtml(ThemeJson.Write(a[0])));
        // {{ plural tag.article_count "article" "articles" }} → "1 article", "3 articles"
        functions["plural"] = new ThemeFunction("plural", ["count", "one", "many"], a =>
            int.TryParse(Text(a[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Labels.Count(n, Text(a[1]), Text(a[2])) : Text(a[0]));
        // {{ format_date page.published_time }} → "19 November 2021" (a yyyy-MM-dd string or a date)
        functions["format_date"] = new ThemeFunction("format_date", ["value"], a => FormatDate(a[0]));
        // {{ inline_asset "style.css" }} → the file's text; {{ asset_data_uri "favicon.svg" }} → a data: URI of it
        functions["inline_asset"] = new ThemeFunction("inline_asset", ["name"], a => new TrustedHtml(readAsset(Text(a[0]))));
        functions["asset_data_uri"] = new ThemeFunction("asset_data_uri", ["name"], a =>
        {
            var file = Text(a[0]);
            var type = Path.GetExtension(file) == ".svg" ? "image/svg+xml" : "application/octet-stream";
            return $"data:{type};base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(readAsset(file)))}";
        });
        functions["include"] = new IncludePartial();
        return functions;
    }

    private static string FormatDate(object? value) => value switch
    {
        DateOnly d => Labels.Date(d),
        DateTime dt => Labels.Date(DateOnly.FromDateTime(dt)),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => Labels.Date(d),
        _ => Text(value),
    };

    internal static string Text(object? value) => value switch
    {
        null => "",
        TrustedHtml html => html.Html,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>
/// <c>{{ include "article-card" card: card level: 3 }}</c>: renders a partial (found through the context's
/// <see cref="PartialLoader"/>, by name only) with the named values as variables, on top of everything the
/// caller sees. Its output is markup, so it is written unescaped; what it wrote was escaped inside it.
/// </summary>
internal sealed class IncludePartial : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(TrustedHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var name = arguments.Count > 0 ? arguments[0] as string : null;
        var path = name is null ? null : context.TemplateLoader?.GetPath(context, span, name);
        if (path is null || !context.CachedTemplates.TryGetValue(path, out var partial))
            throw new ScriptRuntimeException(span, $"there is no partial named '{name}' (the partials are the files in theme/partials/, named without extension)");
        var theme = (ThemeContext)context;
        if (theme.PartialDepth >= ThemeContext.MaxPartialDepth)
            throw new ScriptRuntimeException(span, $"partials nested more than {ThemeContext.MaxPartialDepth} deep: does '{name}' include itself?");

        // Named arguments arrive as members of the argument list, beside the list's own 'size'.
        var values = new ScriptObject();
        IScriptObject members = arguments;
        foreach (var member in members.GetMembers())
            if (member != "size" && members.TryGetValue(context, span, member, out var value)) values[member] = value;

        theme.PartialDepth++;
        context.PushGlobal(values);
        context.PushOutput();
        string html;
        try
        {
            context.Evaluate(partial.Page!);
        }
        finally
        {
            html = context.PopOutput().ToString() ?? "";
            context.PopGlobal();
            theme.PartialDepth--;
        }
        return new TrustedHtml(html);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>
/// A template function of fixed arity whose arguments arrive as the template evaluated them: written out rather than
/// imported from a delegate, which Scriban reads by reflection (the CLI is compiled ahead of time, without run-time code).
/// </summary>
internal sealed class ThemeFunction(string name, string[] parameters, Func<object?[], object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters.Length;
    public int ParameterCount => parameters.Length;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameters[index]);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"'{name}' takes {parameters.Length} argument{(parameters.Length == 1 ? "" : "s")} ({string.Join(", ", parameters)}), not {arguments.Count}");
        return body(arguments.ToArray());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

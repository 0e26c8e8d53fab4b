using System.Collections;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Core.Build;

/// <summary>
/// The Scriban context every page renders in (one per worker thread, reused): HTML-escapes every
/// <c>{{ expr }}</c> unless the value is <see cref="TrustedHtml"/>, keeps the theme's truthiness (empty text,
/// empty lists, 0 and null are false), makes a misspelt variable an error, and stops a runaway template with
/// an error instead of cutting its output short.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    /// <summary>Iterations of nested loops together: far above a 10,000-article archive page, far below a hang.</summary>
    internal const int MaxLoopIterations = 1_000_000;

    /// <summary>Characters one page may have (64 MiB of text): a page beyond it is a runaway template.</summary>
    internal const int MaxOutputChars = 64 * 1024 * 1024;

    /// <summary>Partials inside partials: deeper than this is a partial that includes itself.</summary>
    internal const int MaxPartialDepth = 32;

    internal int PartialDepth;

    public ThemeContext(ScriptObject functions, ITemplateLoader partials, IReadOnlyDictionary<string, Template> parsed)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        LoopLimit = MaxLoopIterations;
        LimitToString = MaxOutputChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        TemplateLoader = partials;
        NewLine = "\n";
        AutoIndent = false; // a multi-line value is written as it is, like the Handlebars theme did
        PushCulture(CultureInfo.InvariantCulture);
        // Output must not depend on when the site is built.
        if (BuiltinObject["date"] is ScriptObject date) date.Remove("now");
        foreach (var (path, template) in parsed) CachedTemplates[path] = template;
        PushGlobal(functions);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is TrustedHtml trusted) return Write(trusted.Html);
        return Write(HtmlText.Escape(ObjectToString(textAsObject) ?? ""));
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        TrustedHtml html => html.Html.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        decimal m => m != 0,
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };
}

/// <summary>The escaping every template output gets, the same characters as the Handlebars theme before it.</summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny("&<>\"'`=");
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#x27;"),
                '`' => builder.Append("&#x60;"),
                '=' => builder.Append("&#x3D;"),
                var c => builder.Append(c),
            };
        }
        return builder.ToString();
    }
}

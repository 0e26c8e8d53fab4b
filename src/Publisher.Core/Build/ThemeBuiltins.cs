using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Core.Build;

/// <summary>
/// Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>date</c> …) for one <see cref="ThemeContext"/>, made the
/// first time a template names one of them. Making them costs a cold native process ~0.1 s of CPU however few pages it
/// renders: <c>date</c>'s constructor asks a delegate for its method, which makes the runtime index every method the
/// program may call by reflection (benchmarks/RESULTS.md, perf43). The bundled theme names none, so a build that
/// renders one page no longer pays for them; a theme that names one gets exactly what Scriban's default gives, less
/// <c>date.now</c> (output must not depend on when the site is built).
/// </summary>
internal sealed class ThemeBuiltins : ScriptObject
{
    /// <summary>
    /// The names <see cref="TemplateContext.GetDefaultBuiltinObject"/> defines, known without making them
    /// (ThemeBuiltinsTests pins them to Scriban's own list, so an upgrade that adds one fails a test, not a theme).
    /// </summary>
    internal static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "array", "blank", "date", "empty", "html", "include", "include_join", "math", "object", "regex", "string", "timespan",
    };

    private bool _made;

    // No import of this type's statics (ScriptObject's default for a subclass): it has none to offer templates.
    public ThemeBuiltins() : base(Names.Count, autoImportStaticsFromThisType: false)
    {
    }

    /// <summary>Whether Scriban's objects have been made (a test's view: a page naming none leaves them unmade).</summary>
    internal bool Made => _made;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        MakeIfNamed(member);
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool Contains(string member)
    {
        MakeIfNamed(member);
        return base.Contains(member);
    }

    public override bool CanWrite(string member)
    {
        MakeIfNamed(member);
        return base.CanWrite(member);
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        MakeIfNamed(member);
        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override bool Remove(string member)
    {
        MakeIfNamed(member);
        return base.Remove(member);
    }

    public override void SetReadOnly(string member, bool readOnly)
    {
        MakeIfNamed(member);
        base.SetReadOnly(member, readOnly);
    }

    public override IScriptObject Clone(bool deep)
    {
        Make();
        return base.Clone(deep);
    }

    public override void CopyTo(ScriptObject dest)
    {
        Make();
        base.CopyTo(dest);
    }

    private void MakeIfNamed(string? member)
    {
        if (!_made && member is not null && Names.Contains(member)) Make();
    }

    private void Make()
    {
        if (_made) return;
        _made = true;
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["date"] is ScriptObject date) date.Remove("now");
        // Scriban's own copy: each entry with its read-only flag, into this object's store.
        builtins.CopyTo(this);
    }
}

namespace Publisher.Core.Build;

/// <summary>
/// Markup a template may write without escaping. Only the theme's functions that return markup make one
/// (<c>raw</c>, <c>include</c>, <c>json</c>, <c>inline_asset</c>); every other value a template writes is escaped.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}

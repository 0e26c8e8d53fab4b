namespace Publisher.Core.Model;

/// <summary>
/// One entry of <c>input/outlets.yml</c>: a news outlet that citations name ("Dawn", "rudaw.net"),
/// and the address its name may be linked to.
/// </summary>
public sealed record Outlet
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary><c>input/outlets.yml</c> as a whole.</summary>
/// <param name="LinkMissingCitations">
/// When a citation's link is missing ("[Dawn](#)"), import links the outlet's name to its home page, marked as an
/// outlet link (<see cref="OutletLink"/>); false leaves the name as plain text.
/// </param>
public sealed record OutletsConfig(IReadOnlyList<Outlet> Outlets, bool LinkMissingCitations = true);

/// <summary>
/// How a link to an outlet's home page that import put in place of a missing citation link is marked: a Markdown
/// link title, which the build renders with a class (<see cref="CssClass"/>) the theme styles. Import writes it, build
/// recognises it: one definition for both.
/// </summary>
public static class OutletLink
{
    public const string Title = "Outlet home page (the original link was missing)";
    public const string CssClass = "outlet-link";

    /// <summary>The Markdown of such a link.</summary>
    public static string Markdown(string text, string url) => $"[{text}]({url} \"{Title}\")";
}

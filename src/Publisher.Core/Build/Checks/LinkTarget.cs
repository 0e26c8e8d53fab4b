namespace Publisher.Core.Build.Checks;

/// <summary>Where a URL written in the output points, as far as the link checker cares.</summary>
public abstract record LinkTarget
{
    private LinkTarget() { }

    /// <summary>Same page without a fragment, another host, or a scheme like mailto: — nothing to check.</summary>
    public sealed record NotChecked : LinkTarget;

    /// <summary>On this site: an output-relative path (not yet mapped to a file) and an optional fragment.</summary>
    public sealed record Internal(string Path, string Fragment) : LinkTarget;

    /// <summary>Same host, but above the site's base path: it will not exist once deployed.</summary>
    public sealed record OutsideSite(string Url) : LinkTarget;

    public sealed record Invalid : LinkTarget;
}

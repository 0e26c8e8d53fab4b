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

namespace Publisher.Core.Import.Text;

/// <summary>
/// The shapes of a page's head that name its authors without a "By" (<see cref="Byline"/> reads those): a role card
/// (<see cref="RoleCard"/>, one author a line) or reporters with their places (<see cref="PlacedNames"/>). Such a
/// line is never the headline; the headline is above it, perhaps over a standfirst. Pure.
/// </summary>
public static class HeadByline
{
    /// <summary>The authors a head line names in one of these shapes, or null.</summary>
    public static IReadOnlyList<string>? Read(string line) =>
        RoleCard.Read(line) is { } name ? [name] : PlacedNames.Read(line);

    /// <summary>A line of the head that is no headline: such a byline, an event's details or a call to action.</summary>
    public static bool IsNotHeadline(string line) =>
        Read(line) is not null || SessionDetailsLine.Is(line) || CallToAction.Is(line);
}

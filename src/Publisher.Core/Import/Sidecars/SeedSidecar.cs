namespace Publisher.Core.Import.Sidecars;

/// <summary>
/// <c>seeds/&lt;name&gt;.yml</c>: what an editor knows about a raw file that its text does not say.
/// <see cref="Publication"/>, <see cref="Site"/>, <see cref="Date"/>, <see cref="Volume"/> and <see cref="Issue"/>
/// apply to every article of the seed and win over the text; <see cref="Kind"/>, <see cref="Authors"/> and
/// <see cref="Summary"/> fill only articles that lack them (a kind given only by convention, such as an issue's
/// unlabelled feature, counts as lacking); <see cref="Url"/> applies to a single-article seed.
/// </summary>
public sealed record SeedSidecar
{
    public string? Publication { get; init; }

    /// <summary>The address of the site the text was taken from; relative links resolve against it.</summary>
    public string? Site { get; init; }

    public string? Url { get; init; }
    public DateOnly? Date { get; init; }
    public int? Volume { get; init; }
    public int? Issue { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Summary { get; init; }

    /// <summary>Project-relative path of the sidecar, for diagnostics.</summary>
    public required string Path { get; init; }
}

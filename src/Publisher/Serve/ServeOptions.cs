using Publisher.Core.Build;

namespace Publisher.Cli.Serve;

internal sealed record ServeOptions
{
    public required BuildOptions Build { get; init; }

    /// <summary>The seeds folder; a change there runs import (which never overwrites an edited file), then the build.</summary>
    public string? SeedsDir { get; init; }

    /// <summary>The project folder import's paths and review report are relative to.</summary>
    public string ProjectRoot { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5080;
}

/// <summary>One finished build as serve keeps it: its number (each page knows the number it was served from), result and time.</summary>
internal sealed record BuildOutcome(long Number, BuildResult Result, TimeSpan Elapsed)
{
    public bool Succeeded => Result.Succeeded;
}

namespace Publisher.Cli;

/// <summary>How much a command prints: <c>--quiet</c> errors only, <c>--verbose</c> notes and details too.</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

public static class VerbosityOptions
{
    public static Verbosity From(bool quiet, bool verbose) => quiet ? Verbosity.Quiet : verbose ? Verbosity.Verbose : Verbosity.Normal;
}

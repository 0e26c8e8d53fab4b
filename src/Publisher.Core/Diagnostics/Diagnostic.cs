namespace Publisher.Core.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>A message tied to a place in a source. Diagnostics are collected, never thrown.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null)
{
    public static Diagnostic Warning(string code, string message, SourceLocation? location = null) =>
        new(Severity.Warning, code, message, location);

    public static Diagnostic Error(string code, string message, SourceLocation? location = null) =>
        new(Severity.Error, code, message, location);

    public static Diagnostic Info(string code, string message, SourceLocation? location = null) =>
        new(Severity.Info, code, message, location);

    /// <summary><c>seeds/x.txt:42:7: warning PUB004: message</c></summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return Location is null
            ? $"{severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message}";
    }
}

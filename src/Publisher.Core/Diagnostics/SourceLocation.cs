namespace Publisher.Core.Diagnostics;

/// <summary>A position in a source file, 1-based like every editor and compiler prints it.</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>Converts Markdig's 0-based line (and column) into a 1-based location. The only place that does so.</summary>
    public static SourceLocation FromZeroBased(string path, int zeroBasedLine, int zeroBasedColumn = -1) =>
        new(path, zeroBasedLine + 1, zeroBasedColumn < 0 ? 0 : zeroBasedColumn + 1);

    public static SourceLocation File(string path) => new(path);

    /// <summary>Prints <c>path</c>, <c>path:line</c> or <c>path:line:col</c>, always with forward slashes.</summary>
    public override string ToString()
    {
        var path = Path.Replace('\\', '/');
        if (Line <= 0) return path;
        return Column <= 0 ? $"{path}:{Line}" : $"{path}:{Line}:{Column}";
    }
}

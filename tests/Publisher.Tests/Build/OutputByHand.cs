namespace Publisher.Tests.Build;

/// <summary>Changes to a built output folder made by hand, between builds, the ways people and tools make them.</summary>
internal static class OutputByHand
{
    /// <summary>Replaces the file as editors save: a new file written beside it and renamed over it (its folder's entries change).</summary>
    public static void Replace(string file, string text)
    {
        var beside = file + ".saving";
        File.WriteAllText(beside, text);
        File.Move(beside, file, overwrite: true);
    }

    /// <summary>Rewrites the file in place (same folder entry, same inode): its folder's time does not change.</summary>
    public static void RewriteInPlace(string file, string text)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
        stream.SetLength(0);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}

using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>
/// What every cache file in <c>.publisher-cache/</c> shares: a header naming its format, version and the code (or
/// settings) that wrote it; counts checked against the file's length before anything is allocated for them; and the
/// rule that a file that cannot be read is no cache at all — it only costs the next build the work it would have saved.
/// </summary>
internal static class CacheFileFormat
{
    /// <summary>What reading a damaged, truncated or foreign cache file throws (never a reason to fail a build).</summary>
    public static bool IsUnreadable(Exception e) =>
        e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or InvalidDataException
            or ArgumentException or OverflowException or System.Text.DecoderFallbackException or IndexOutOfRangeException;

    /// <summary>The previous build's entries read by <paramref name="read"/>; null when <paramref name="ignorePrevious"/>, when there is no file, or when it cannot be read.</summary>
    public static T? TryRead<T>(string file, bool ignorePrevious, Func<string, T?> read) where T : class
    {
        if (ignorePrevious || !File.Exists(file)) return null;
        try
        {
            return read(file);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
    }

    /// <summary>Deletes <paramref name="file"/> if it is there; false when the file system refuses (a record that must go before the output changes then stops the build).</summary>
    public static bool DeleteIfPresent(string file)
    {
        try
        {
            // File.Delete throws when the folder is missing: then there is nothing to delete.
            if (File.Exists(file)) File.Delete(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes <paramref name="file"/> whole through a temporary file beside it, moved over it once written: a reader never
    /// sees it part-written. A file that cannot be written is no file (the temporary one is deleted; the old one stays).
    /// </summary>
    public static void WriteWhole(string file, Action<BinaryWriter> write)
    {
        var temporary = file + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16), System.Text.Encoding.UTF8)) write(writer);
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // A leftover temporary file is never read.
            }
        }
    }

    public static void WriteHeader(BinaryWriter w, string magic, int version, string writer)
    {
        w.Write(magic);
        w.Write(version);
        w.Write(writer);
    }

    /// <summary>True when the file was written by <paramref name="writer"/>; false for another build's (or settings') file. Throws when it is not this format at all.</summary>
    public static bool ReadHeader(BinaryReader r, string magic, int version, string writer)
    {
        if (r.ReadString() != magic || r.ReadInt32() != version) throw new InvalidDataException($"not a {magic} file of version {version}");
        return r.ReadString() == writer;
    }

    /// <summary>A count no larger than <paramref name="limit"/> (the file's length: each counted item takes at least a byte).</summary>
    public static int Count(BinaryReader r, long limit)
    {
        var n = r.ReadInt32();
        return n >= 0 && n <= limit ? n : throw new InvalidDataException("a count out of range");
    }

    /// <summary>Exactly <paramref name="length"/> bytes, or <see cref="EndOfStreamException"/>.</summary>
    public static byte[] Exactly(BinaryReader r, int length)
    {
        var bytes = r.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }

    /// <summary>
    /// Diagnostics as a cache file keeps them; a location in <paramref name="ownPath"/> (the file an entry is about) is
    /// written without its path (<see cref="WriteLocation"/>). Read back by <see cref="ReadDiagnostics"/> with the same <paramref name="ownPath"/>.
    /// </summary>
    public static void WriteDiagnostics(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics, string? ownPath)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.Write((byte)d.Severity);
            w.Write(d.Code);
            w.Write(d.Message);
            w.Write(d.Location is not null);
            if (d.Location is { } location) WriteLocation(w, location, ownPath);
        }
    }

    public static Diagnostic[] ReadDiagnostics(BinaryReader r, long limit, string? ownPath)
    {
        var diagnostics = new Diagnostic[Count(r, limit)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = r.ReadByte();
            if (!Enum.IsDefined((Severity)severity)) throw new InvalidDataException("an unknown severity");
            var code = r.ReadString();
            var message = r.ReadString();
            diagnostics[i] = new Diagnostic((Severity)severity, code, message, r.ReadBoolean() ? ReadLocation(r, ownPath) : null);
        }
        return diagnostics;
    }

    /// <summary>A location; one in <paramref name="ownPath"/> without its path.</summary>
    public static void WriteLocation(BinaryWriter w, SourceLocation location, string? ownPath)
    {
        var own = string.Equals(location.Path, ownPath, StringComparison.Ordinal);
        w.Write(own);
        if (!own) w.Write(location.Path);
        w.Write(location.Line);
        w.Write(location.Column);
    }

    public static SourceLocation ReadLocation(BinaryReader r, string? ownPath) =>
        new(r.ReadBoolean() ? ownPath ?? throw new InvalidDataException("a location in no file") : r.ReadString(), r.ReadInt32(), r.ReadInt32());
}

using System.Security.Cryptography;

namespace Publisher.Core.Build;

/// <summary>
/// The append-only log that keeps an edit's cache write in proportion to the edit: a cache file is its header and base
/// block (every entry, written whole by a clean build or a compaction), then any number of segments, each an edit's
/// changed and removed entries. A segment is <see cref="Marker"/>, its block's length, the block and the block's SHA-256:
/// one cut short or damaged makes the whole file unreadable (the next build then does the work the cache would have
/// saved). A save appends a segment only to the very file the build read (same length and time) and while the segments
/// stay within <see cref="LogFraction"/> of the base; otherwise the whole file is written again, so reading it never
/// costs much more than reading its entries once.
/// </summary>
internal static class CacheSegments
{
    /// <summary>Each appended segment starts with this; anything else after the base is a damaged file.</summary>
    public const int Marker = 0x53454731; // "SEG1"

    /// <summary>The appended segments may grow to this fraction of the base before a save rewrites the whole file.</summary>
    public const double LogFraction = 0.25;

    /// <summary>A cache file as a build read it: its length and time (a segment may be appended while it is still so) and where its base ends.</summary>
    internal sealed record AsRead(long Length, long WriteTicks, long BaseLength)
    {
        /// <summary>Whether a segment of <paramref name="segmentLength"/> bytes may be appended, or the segments are to be compacted.</summary>
        public bool Fits(long segmentLength) => Length - BaseLength + segmentLength <= BaseLength * LogFraction;
    }

    /// <summary>The file's length and last-write time (UTC ticks) now; null when it is not there.</summary>
    public static (long Length, long WriteTicks)? Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>A segment of the block <paramref name="writeBlock"/> writes: marker, length, block, SHA-256.</summary>
    public static byte[] Frame(Action<BinaryWriter> writeBlock)
    {
        using var block = new MemoryStream();
        using (var w = new BinaryWriter(block, System.Text.Encoding.UTF8, leaveOpen: true)) writeBlock(w);
        return Frame(block.ToArray());
    }

    /// <summary>A segment of <paramref name="block"/>: marker, length, block, SHA-256.</summary>
    public static byte[] Frame(byte[] block)
    {
        using var segment = new MemoryStream(block.Length + 40);
        using (var w = new BinaryWriter(segment, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Marker);
            w.Write(block.Length);
            w.Write(block);
            w.Write(SHA256.HashData(block));
        }
        return segment.ToArray();
    }

    /// <summary>
    /// The block of the segment at the reader's position, checked against its hash; <paramref name="remaining"/> is how many
    /// bytes of the file are left from there. Throws on a damaged or truncated segment.
    /// </summary>
    public static byte[] ReadBlock(BinaryReader r, long remaining)
    {
        if (r.ReadInt32() != Marker) throw new InvalidDataException("a damaged segment");
        var length = r.ReadInt32();
        if (length < 0 || length > remaining - 40) throw new EndOfStreamException();
        var block = CacheFileFormat.Exactly(r, length);
        if (!SHA256.HashData(block).AsSpan().SequenceEqual(CacheFileFormat.Exactly(r, 32)))
            throw new InvalidDataException("a segment that does not match its hash");
        return block;
    }

    /// <summary>
    /// Appends <paramref name="segment"/> to <paramref name="file"/> when the file is still as <paramref name="read"/> (no other
    /// build wrote it since); true when appended. A file that changed meanwhile, or an append that failed part-way, is
    /// deleted (a part-written segment would make it unreadable; no cache only costs the next build its work).
    /// </summary>
    public static bool AppendIfUnchanged(string file, AsRead read, byte[] segment)
    {
        try
        {
            if (Stamp(file) != (read.Length, read.WriteTicks))
            {
                CacheFileFormat.DeleteIfPresent(file);
                return false;
            }
            using var append = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.None);
            append.Write(segment);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CacheFileFormat.DeleteIfPresent(file);
            return false;
        }
    }
}

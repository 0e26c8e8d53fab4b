namespace Publisher.Core.Build.Search;

/// <summary>
/// Lower-cased ASCII words, held as bytes, → a value (null allowed): an open-addressing hash table looked up by a byte
/// span and a hash the caller computed while it read the word (<see cref="Hash"/>), so a lookup is one pass over the
/// word's bytes and no string. The words are copied into one growing byte arena. Not thread-safe.
/// </summary>
internal sealed class AsciiWordTable<T> where T : class
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    // Length 0 marks an empty entry (a word has at least one byte).
    private struct Entry
    {
        public uint Hash;
        public int Start;
        public int Length;
    }

    private Entry[] entries = new Entry[4096];
    private T?[] values = new T?[4096];
    private byte[] arena = new byte[32 * 1024];
    private int used;
    private int count;
    private int shift = 32 - 12;

    /// <summary>The hash before the first byte.</summary>
    public static uint Start => Offset;

    /// <summary>The hash <paramref name="hash"/> with the byte <paramref name="b"/> after it (FNV-1a).</summary>
    public static uint Hash(uint hash, byte b) => (hash ^ b) * Prime;

    public bool TryGetValue(ReadOnlySpan<byte> word, uint hash, out T? value)
    {
        var mask = entries.Length - 1;
        for (var i = Slot(hash, shift); ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            if (entry.Length == 0) break;
            if (entry.Hash == hash && entry.Length == word.Length && arena.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
            {
                value = values[i];
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Adds a word that is not in the table.</summary>
    public void Add(ReadOnlySpan<byte> word, uint hash, T? value)
    {
        if ((count + 1) * 2 > entries.Length) Grow();
        if (used + word.Length > arena.Length) Array.Resize(ref arena, Math.Max(arena.Length * 2, used + word.Length));
        word.CopyTo(arena.AsSpan(used));
        Place(new Entry { Hash = hash, Start = used, Length = word.Length }, value, entries, values, shift);
        used += word.Length;
        count++;
    }

    // FNV-1a's low bits mix poorly: the slot comes from the high bits of a Fibonacci product.
    private static int Slot(uint hash, int shift) => (int)((hash * 0x9E3779B1u) >> shift);

    private static void Place(Entry entry, T? value, Entry[] into, T?[] valuesInto, int shift)
    {
        var mask = into.Length - 1;
        var i = Slot(entry.Hash, shift);
        while (into[i].Length != 0) i = (i + 1) & mask;
        into[i] = entry;
        valuesInto[i] = value;
    }

    private void Grow()
    {
        var (oldEntries, oldValues) = (entries, values);
        entries = new Entry[oldEntries.Length * 2];
        values = new T?[oldEntries.Length * 2];
        shift--;
        for (var i = 0; i < oldEntries.Length; i++)
            if (oldEntries[i].Length != 0) Place(oldEntries[i], oldValues[i], entries, values, shift);
    }
}

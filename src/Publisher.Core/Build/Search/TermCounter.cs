using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Publisher.Core.Build.Search;

/// <summary>
/// Counts documents' index terms as <see cref="SearchText.Terms"/> makes them, without a string per word: text is
/// folded into a pooled buffer (ASCII text by a vectorised lower-casing; any other through <see cref="SearchText.Fold"/>),
/// each word is looked up by its span in this counter's own word → term cache, and a word is stemmed (and its string
/// made) only the first time this counter sees it. Terms get ids from a <see cref="TermTable"/> shared by all counters,
/// so postings are merged by array index. One counter per thread: it is not thread-safe, the table is.
/// </summary>
internal sealed class TermCounter(TermTable table)
{
    /// <summary>A term as this counter knows it: its id in the table, and its weighted frequency in the current document.</summary>
    private sealed class Slot(int id)
    {
        public readonly int Id = id;
        public int Document = -1;
        public int Frequency;
    }

    // A word that is no term (a stop word or one letter) maps to null.
    private readonly Dictionary<string, Slot?> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> terms = new(StringComparer.Ordinal);
    private readonly List<Slot> touched = [];
    private int document = -1;
    private int length;

    /// <summary>Starts a document: the next <see cref="Add"/> calls count towards it.</summary>
    public void Begin(int id)
    {
        document = id;
        length = 0;
        touched.Clear();
    }

    /// <summary>Counts <paramref name="text"/>'s terms, each <paramref name="weight"/> times.</summary>
    public void Add(string text, int weight)
    {
        if (text.Length == 0) return;
        if (!Ascii.IsValid(text))
        {
            Count(SearchText.Fold(text), weight);
            return;
        }
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        Ascii.ToLower(text, rented, out var written);
        CountAscii(rented.AsSpan(0, written), weight);
        ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>Counts the terms of a text held as UTF-8 (<paramref name="utf8"/>), each <paramref name="weight"/> times; ASCII text is never decoded to a string.</summary>
    public void Add(ReadOnlySpan<byte> utf8, int weight)
    {
        if (utf8.Length == 0) return;
        if (!Ascii.IsValid(utf8))
        {
            Count(SearchText.Fold(Encoding.UTF8.GetString(utf8)), weight);
            return;
        }
        var rented = ArrayPool<char>.Shared.Rent(utf8.Length);
        Ascii.ToLower(utf8, rented, out var written);
        CountAscii(rented.AsSpan(0, written), weight);
        ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>Counts the words of folded (lower-cased, marks removed) text.</summary>
    private void Count(ReadOnlySpan<char> folded, int weight)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded[i]);
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            CountWord(lookup, folded[start..i], weight);
            start = -1;
        }
    }

    /// <summary>
    /// <see cref="Count"/> for lower-cased ASCII text, whose word characters are exactly a–z and 0–9: word boundaries
    /// are found by vectorised searches instead of a test per character.
    /// </summary>
    private void CountAscii(ReadOnlySpan<char> folded, int weight)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        while (true)
        {
            var start = folded.IndexOfAny(AsciiWordChars);
            if (start < 0) return;
            folded = folded[start..];
            var end = folded.IndexOfAnyExcept(AsciiWordChars);
            if (end < 0)
            {
                CountWord(lookup, folded, weight);
                return;
            }
            CountWord(lookup, folded[..end], weight);
            folded = folded[(end + 1)..];
        }
    }

    private void CountWord(Dictionary<string, Slot?>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, int weight)
    {
        if (word.Length < 2) return;
        if (!lookup.TryGetValue(word, out var slot))
        {
            var text = word.ToString();
            slot = SearchText.IsStopWord(text) ? null : SlotOf(EnglishStemmer.Stem(text));
            words[text] = slot;
        }
        if (slot is null) return;
        if (slot.Document != document)
        {
            slot.Document = document;
            slot.Frequency = 0;
            touched.Add(slot);
        }
        slot.Frequency += weight;
        length += weight;
    }

    private static readonly SearchValues<char> AsciiWordChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>The current document's (term id, weighted frequency) pairs, and its weighted length.</summary>
    public (TermFrequency[] Terms, int Length) End()
    {
        var result = new TermFrequency[touched.Count];
        for (var i = 0; i < result.Length; i++) result[i] = new TermFrequency(touched[i].Id, touched[i].Frequency);
        return (result, length);
    }

    private Slot SlotOf(string term)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out var exists);
        if (!exists) slot = new Slot(table.IdOf(term));
        return slot!;
    }

    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : SearchText.IsWordChar(c);
}

internal readonly record struct TermFrequency(int Term, int Frequency);

/// <summary>Every term's id, shared by the counters of all threads; ids are dense (0, 1, …) in order of first sight.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly Lock gate = new();

    public int IdOf(string term)
    {
        lock (gate)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, term, out var exists);
            if (!exists)
            {
                id = terms.Count;
                terms.Add(term);
            }
            return id;
        }
    }

    public int Count => terms.Count;

    public string this[int id] => terms[id];
}

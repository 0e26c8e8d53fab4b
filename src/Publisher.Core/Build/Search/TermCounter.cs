using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Publisher.Core.Build.Search;

/// <summary>
/// Counts documents' index terms as <see cref="SearchText.Terms"/> makes them, without a string per word. Text is cut
/// into tokens at ASCII characters that are not letters or digits (spaces, punctuation): such a character is its own
/// fold and no canonical reordering crosses it, so folding token by token gives what folding the whole text gives. A
/// token of ASCII letters and digits (nearly all) is one word, lower-cased into a small buffer; any other token is
/// folded (<see cref="SearchText.Fold"/>) and split into words once per distinct token this counter meets, and its
/// terms are kept. A body held as UTF-8 is cut into tokens on its bytes, never decoded whole; its ASCII words are looked
/// up by their bytes (<see cref="AsciiWordTable{T}"/>). Each word is looked up by its span in this counter's own word → term cache, so a word is stemmed
/// (and its string made) only the first time this counter sees it. Terms get ids from a <see cref="TermTable"/> shared
/// by all counters, so postings are merged by array index. One counter per thread: it is not thread-safe, the table is.
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

    private const int StackWord = 64;

    // A word that is no term (a stop word or one letter) maps to null.
    private readonly Dictionary<string, Slot?> words = new(StringComparer.Ordinal);
    // A token with characters other than ASCII letters and digits → the terms of its folded words, in order.
    private readonly Dictionary<string, Slot[]> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> terms = new(StringComparer.Ordinal);
    private readonly List<Slot> touched = [];
    private int document = -1;
    private int length;

    /// <summary>Starts a document: the next <see cref="Add(string, int)"/> calls count towards it.</summary>
    public void Begin(int id)
    {
        document = id;
        length = 0;
        touched.Clear();
    }

    /// <summary>Counts <paramref name="text"/>'s terms, each <paramref name="weight"/> times.</summary>
    public void Add(string text, int weight) => Count(text, weight);

    /// <summary>
    /// Counts the terms of a text held as UTF-8 (<paramref name="utf8"/>), each <paramref name="weight"/> times, cut into
    /// tokens on the bytes themselves (a byte of 128 or more is part of a character beyond ASCII, so tokens end where
    /// they do in the decoded text). A token of ASCII letters and digits is lower-cased and hashed in the same pass and
    /// looked up in <see cref="asciiWords"/>; any other token is decoded and counted as the text path counts it.
    /// </summary>
    public void Add(ReadOnlySpan<byte> utf8, int weight)
    {
        Span<byte> lower = stackalloc byte[StackWord];
        var i = 0;
        while (i < utf8.Length)
        {
            if (ByteKinds[utf8[i]] == Separator)
            {
                i++;
                continue;
            }
            var start = i;
            var kinds = 0;
            var hash = AsciiWordTable<Slot>.Start;
            for (; i < utf8.Length; i++)
            {
                var b = utf8[i];
                var kind = ByteKinds[b];
                if (kind == Separator) break;
                kinds |= kind;
                // ASCII letters and digits all have bit 5 set once lower-cased: or-ing it in lower-cases a letter, keeps a digit.
                var l = (byte)(b | 0x20);
                hash = AsciiWordTable<Slot>.Hash(hash, l);
                if (i - start < StackWord) lower[i - start] = l;
            }
            var length = i - start;
            if ((kinds & Beyond) != 0) CountToken(utf8[start..i], weight);
            else if (length >= 2)
            {
                if (length <= StackWord) CountAsciiWord(lower[..length], hash, weight);
                else
                {
                    var rented = ArrayPool<byte>.Shared.Rent(length);
                    for (var j = 0; j < length; j++) rented[j] = (byte)(utf8[start + j] | 0x20);
                    CountAsciiWord(rented.AsSpan(0, length), hash, weight);
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
    }

    private const byte Separator = 0, AsciiWord = 1, Beyond = 2;

    /// <summary>Each byte's kind in UTF-8 text: an ASCII letter or digit, another ASCII character (a separator), or part of a character beyond ASCII.</summary>
    private static readonly byte[] ByteKinds = Enumerable.Range(0, 256)
        .Select(b => b >= 128 ? Beyond : IsAsciiWordChar((char)b) ? AsciiWord : Separator).ToArray();

    // Lower-cased ASCII words → their term (null: a stop word); the bytes' own cache, beside the text path's.
    private readonly AsciiWordTable<Slot> asciiWords = new();

    private void CountAsciiWord(ReadOnlySpan<byte> word, uint hash, int weight)
    {
        if (!asciiWords.TryGetValue(word, hash, out var slot))
        {
            var text = Encoding.ASCII.GetString(word);
            slot = SearchText.IsStopWord(text) ? null : SlotOf(EnglishStemmer.Stem(text));
            asciiWords.Add(word, hash, slot);
        }
        if (slot is not null) Touch(slot, weight);
    }

    /// <summary>A token of UTF-8 with characters beyond ASCII: decoded, then counted as <see cref="CountToken(Dictionary{string, Slot?}.AlternateLookup{ReadOnlySpan{char}}, ReadOnlySpan{char}, int)"/> counts it.</summary>
    private void CountToken(ReadOnlySpan<byte> token, int weight)
    {
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        var rented = ArrayPool<char>.Shared.Rent(token.Length);
        var written = Encoding.UTF8.GetChars(token, rented);
        CountToken(words.GetAlternateLookup<ReadOnlySpan<char>>(), rented.AsSpan(0, written), weight);
        ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>Counts the words of <paramref name="text"/> (as written: not yet folded), token by token.</summary>
    private void Count(ReadOnlySpan<char> text, int weight)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[StackWord];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 128 && !IsAsciiWordChar(c))
            {
                i++;
                continue;
            }
            var start = i;
            var ascii = true;
            for (; i < text.Length; i++)
            {
                c = text[i];
                if (c >= 128) ascii = false;
                else if (!IsAsciiWordChar(c)) break;
            }
            var token = text[start..i];
            if (!ascii) CountToken(lookup, token, weight);
            else if (token.Length >= 2)
            {
                if (token.Length <= StackWord)
                {
                    Ascii.ToLower(token, lower, out var n);
                    CountWord(lookup, lower[..n], weight);
                }
                else
                {
                    var rented = ArrayPool<char>.Shared.Rent(token.Length);
                    Ascii.ToLower(token, rented, out var n);
                    CountWord(lookup, rented.AsSpan(0, n), weight);
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }
    }

    /// <summary>A token with characters beyond ASCII letters and digits: folded and split the first time, its terms counted.</summary>
    private void CountToken(Dictionary<string, Slot?>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> token, int weight)
    {
        var known = tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!known.TryGetValue(token, out var slots))
        {
            var raw = token.ToString();
            var found = new List<Slot>();
            foreach (var word in SearchText.Words(raw))
                if (word.Length >= 2 && SlotOfWord(lookup, word) is { } slot) found.Add(slot);
            tokens[raw] = slots = found.ToArray();
        }
        foreach (var slot in slots) Touch(slot, weight);
    }

    private void CountWord(Dictionary<string, Slot?>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, int weight)
    {
        if (SlotOfWord(lookup, word) is { } slot) Touch(slot, weight);
    }

    /// <summary>The term of a folded word of two letters or more; null for a stop word.</summary>
    private Slot? SlotOfWord(Dictionary<string, Slot?>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out var slot))
        {
            var text = word.ToString();
            slot = SearchText.IsStopWord(text) ? null : SlotOf(EnglishStemmer.Stem(text));
            words[text] = slot;
        }
        return slot;
    }

    private void Touch(Slot slot, int weight)
    {
        if (slot.Document != document)
        {
            slot.Document = document;
            slot.Frequency = 0;
            touched.Add(slot);
        }
        slot.Frequency += weight;
        length += weight;
    }

    private static bool IsAsciiWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

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

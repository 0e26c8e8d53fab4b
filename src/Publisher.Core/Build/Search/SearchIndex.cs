using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Publisher.Core.Build.Search;

/// <summary>
/// The search index written with the site, under <c>search/</c>. Every file is a script calling
/// <c>PublisherSearch.add(name, data)</c>, loaded by a script element (works from <c>file://</c>, where fetch is blocked):
/// <list type="bullet">
/// <item><c>meta.js</c>: document count, block size, the shard keys, the stop words.</item>
/// <item><c>t/&lt;key&gt;.js</c>: postings of the terms of a shard (<see cref="SearchShards"/>): term → [id, impact, Δid, impact, …] (ids delta-coded, impacts from <see cref="SearchScoring"/>).</item>
/// <item><c>f/&lt;kind&gt;/&lt;value&gt;.js</c>: a filter's ids, delta-coded (<see cref="SearchFacets"/>).</item>
/// <item><c>d/&lt;n&gt;.js</c>: records of documents n×50 … n×50+49: [path, title, authors, publication, ISO date, date label].</item>
/// <item><c>x/&lt;id&gt;.js</c>: one document's summary and plain text, for snippets and exact phrases (loaded only for results shown).</item>
/// </list>
/// Deterministic: the same documents give the same bytes. Streamed (<see cref="Write"/>): no step holds the whole index.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "search/";
    public const int BlockSize = 50;

    // Serialisers generated at compile time (SearchIndexJson below): a cold edit build no longer builds the reflection
    // resolver and its converters to write a few records.
    private static readonly SearchIndexJson Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Every index file: path under <see cref="Folder"/> without <c>.js</c> (e.g. <c>t/at</c>) → its script. Holds the whole index: for tests and benchmarks.</summary>
    public static SortedDictionary<string, string> Build(IReadOnlyList<SearchDocument> documents)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var gate = new Lock();
        Write(documents, (name, script) =>
        {
            lock (gate) files.Add(name, script);
        });
        return files;
    }

    /// <summary>
    /// Makes every index file and hands it to <paramref name="write"/> (its path under <see cref="Folder"/> without
    /// <c>.js</c>, its script) as soon as it is made, so the index is never held whole: a document's text file is made
    /// from its UTF-8 text when written, and what each step needs is let go once the next has it. <paramref name="write"/>
    /// is called from several threads at once, once per file; which file comes first is not fixed (<c>meta</c> comes last).
    /// </summary>
    public static void Write(IReadOnlyList<SearchDocument> documents, Action<string, string> write) => Write(documents, write, null);

    /// <summary><see cref="WriteUtf8"/> with each file as a string.</summary>
    internal static SearchIndexSteps Write(IReadOnlyList<SearchDocument> documents, Action<string, string> write, SearchCountCache? counts) =>
        WriteUtf8(documents, (name, script) => write(name, Encoding.UTF8.GetString(script)), counts);

    /// <summary>
    /// <see cref="Write(IReadOnlyList{SearchDocument}, Action{string, string})"/> with each file as UTF-8 bytes (no string per file), and with the previous build's term counts
    /// (<see cref="SearchCountCache"/>): a document counted then is not counted again, and this build's counts are
    /// written for the next. The bytes are the same as without the cache. Returns how many documents' counts came from
    /// it, and each step's wall time.
    /// </summary>
    /// <param name="texts">
    /// Keeps a document's text file as the previous build wrote it (<c>x/&lt;id&gt;</c>, a pure function of its name, summary and
    /// body, which the count key (<see cref="SearchCountCache.KeyOf"/>) with the name covers): asked with each file's name and its
    /// document's count key before the file is made; true means it is kept and neither made nor handed to
    /// <paramref name="write"/>. Only with <paramref name="counts"/> (which makes the keys); null makes every file.
    /// </param>
    internal static SearchIndexSteps WriteUtf8(IReadOnlyList<SearchDocument> documents, IndexFileWriter write, SearchCountCache? counts, SearchTextReuse? texts = null)
    {
        var clock = new StepClock();
        var (encoded, terms, reused, counting, keys) = EncodedPostings(documents, counts, clock);
        var postings = clock.Lap();
        var shardKeys = WriteShards(encoded, terms, write);
        var shards = clock.Lap();

        Parallel.ForEach(Facets(documents), PerCore.Options, facet => Emit(write, SearchFacets.FileName(facet.Key), DeltaCoded(facet.Value)));

        var blocks = (documents.Count + BlockSize - 1) / BlockSize;
        Parallel.For(0, blocks, PerCore.Options, block =>
        {
            var records = documents.Skip(block * BlockSize).Take(BlockSize).Select(d => new[]
            {
                Permalinks.OutputPath(d.Url), d.Title, string.Join(", ", d.Authors), d.Publication, Labels.IsoDate(d.Date), Labels.Date(d.Date),
            }).ToList();
            Emit(write, $"d/{block}", JsonSerializer.Serialize(records, Json.ListStringArray));
        });

        var facetsAndRecords = clock.Lap();
        var kept = 0;
        Parallel.For(0, documents.Count, PerCore.Options, id =>
        {
            var name = $"x/{id}";
            if (texts is not null && keys is not null)
            {
                if (texts.TryKeep(name, keys[id]))
                {
                    Interlocked.Increment(ref kept);
                    return;
                }
                write(name, TextScript(name, documents[id]));
                texts.Written(name, keys[id]);
                return;
            }
            write(name, TextScript(name, documents[id]));
        });
        var textsStep = clock.Lap() with { Detail = $"{kept} kept as the previous build wrote them" };

        var meta = new SearchIndexMeta(documents.Count, BlockSize, shardKeys, SearchText.StopWords);
        Emit(write, "meta", JsonSerializer.Serialize(meta, Json.SearchIndexMeta));
        return new SearchIndexSteps(reused, counting, postings, shards, facetsAndRecords, textsStep) { KeptTexts = kept };
    }

    /// <summary>Every term's postings as JSON (<c>[id, impact, Δid, impact, …]</c>), by term id, and the terms by id.</summary>
    private static (string[] Encoded, TermTable Terms, int Reused, StepTime Counting, UInt128[]? Keys) EncodedPostings(IReadOnlyList<SearchDocument> documents, SearchCountCache? counts, StepClock clock)
    {
        // Each thread counts its documents' terms with its own counter; term ids come from one shared table. A document
        // the cache has is only hashed here, and its counts read after (in turn: the cache maps its term ids to this table's).
        var table = new TermTable();
        var counted = new TermFrequency[documents.Count][];
        var lengths = new int[documents.Count];
        var keys = counts is null ? null : new UInt128[documents.Count];
        var cachedAt = counts is null ? null : new int[documents.Count];
        long keyTicks = 0, countTicks = 0;
        Parallel.For(0, documents.Count, PerCore.Options, () => new TermCounter(table), (i, _, counter) =>
        {
            var started = Stopwatch.GetTimestamp();
            if (counts is not null)
            {
                keys![i] = SearchCountCache.KeyOf(documents[i]);
                if (counts.TryFind(keys[i], out cachedAt![i])) return counter;
                cachedAt[i] = -1;
            }
            var hashed = Stopwatch.GetTimestamp();
            (counted[i], lengths[i]) = Count(counter, i, documents[i]);
            Interlocked.Add(ref keyTicks, hashed - started);
            Interlocked.Add(ref countTicks, Stopwatch.GetTimestamp() - hashed);
            return counter;
        }, _ => { });
        var cacheStarted = Stopwatch.GetTimestamp();
        var reused = 0;
        if (counts is not null)
        {
            for (var i = 0; i < counted.Length; i++)
            {
                if (cachedAt![i] < 0) continue;
                (counted[i], lengths[i]) = counts.Counts(cachedAt[i], table);
                reused++;
            }
            counts.WriteNext(keys!, counted, lengths, table);
        }
        var counting = clock.Lap() with { Detail = $"threads' time: keys {Seconds(keyTicks)} s, counting {Seconds(countTicks)} s; cache {Seconds(Stopwatch.GetTimestamp() - cacheStarted)} s" };

        // Postings in arrays of their exact size, filled in document order, so each list comes out sorted; a
        // document's counts are let go once they are in the postings.
        var postings = new (int Id, int Frequency)[table.Count][];
        var documentFrequency = new int[table.Count];
        foreach (var terms in counted)
            foreach (var (term, _) in terms) documentFrequency[term]++;
        for (var term = 0; term < postings.Length; term++) postings[term] = new (int, int)[documentFrequency[term]];
        Array.Clear(documentFrequency);
        for (var id = 0; id < counted.Length; id++)
        {
            foreach (var (term, frequency) in counted[id])
                postings[term][documentFrequency[term]++] = (id, frequency);
            counted[id] = null!;
        }
        var averageLength = lengths.Length == 0 ? 1 : lengths.Average(l => (double)l);

        var encoded = new string[table.Count];
        Parallel.For(0, table.Count, PerCore.Options, () => new StringBuilder(), (term, _, sb) =>
        {
            var list = postings[term];
            var idf = SearchScoring.Idf(documents.Count, list.Length);
            sb.Clear().Append('[');
            var previous = 0;
            foreach (var (id, frequency) in list)
            {
                if (sb.Length > 1) sb.Append(',');
                sb.Append(id - previous).Append(',').Append(SearchScoring.Impact(idf, frequency, lengths[id], averageLength));
                previous = id;
            }
            encoded[term] = sb.Append(']').ToString();
            postings[term] = null!;
            return sb;
        }, _ => { });
        return (encoded, table, reused, counting, keys);
    }

    /// <summary>Writes the postings shard by shard (<see cref="SearchShards"/>); returns the shard keys in order.</summary>
    private static List<string> WriteShards(string[] encoded, TermTable terms, IndexFileWriter write)
    {
        var termBytes = new Dictionary<string, int>(encoded.Length, StringComparer.Ordinal);
        for (var term = 0; term < encoded.Length; term++) termBytes[terms[term]] = terms[term].Length + encoded[term].Length + 4;
        var shardOf = SearchShards.Assign(termBytes);
        var shards = Enumerable.Range(0, encoded.Length).GroupBy(term => shardOf[terms[term]], StringComparer.Ordinal).ToList();
        Parallel.For(0, shards.Count, PerCore.Options, i =>
        {
            var sb = new StringBuilder("{");
            foreach (var term in shards[i].OrderBy(t => terms[t], StringComparer.Ordinal))
            {
                if (sb.Length > 1) sb.Append(',');
                AppendJsonString(sb, terms[term]).Append(':').Append(encoded[term]);
                encoded[term] = null!;
            }
            Emit(write, "t/" + shards[i].Key, sb.Append('}').ToString());
        });
        return shards.Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A document's weighted term frequencies (by term id) and weighted length (<see cref="SearchScoring"/>).</summary>
    private static (TermFrequency[] Terms, int Length) Count(TermCounter counter, int id, SearchDocument document)
    {
        counter.Begin(id);
        counter.Add(document.Title, SearchScoring.TitleWeight);
        foreach (var author in document.Authors) counter.Add(author, SearchScoring.AuthorWeight);
        if (document.Summary is { } summary) counter.Add(summary, SearchScoring.SummaryWeight);
        counter.Add(document.Text.Utf8, SearchScoring.BodyWeight);
        return counter.End();
    }

    private static SortedDictionary<string, List<int>> Facets(IReadOnlyList<SearchDocument> documents)
    {
        var facets = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
            foreach (var term in documents[id].Facets.Distinct(StringComparer.Ordinal))
            {
                if (!facets.TryGetValue(term, out var list)) facets[term] = list = [];
                list.Add(id);
            }
        return facets;
    }

    /// <summary>A term as a JSON string; a term of a–z and 0–9 (nearly all) needs no escaping.</summary>
    private static StringBuilder AppendJsonString(StringBuilder sb, string term) =>
        term.AsSpan().ContainsAnyExcept(PlainTermChars) ? sb.Append(JsonSerializer.Serialize(term, Json.String)) : sb.Append('"').Append(term).Append('"');

    private static readonly System.Buffers.SearchValues<char> PlainTermChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>[id, Δid, Δid, …] for ids in ascending order.</summary>
    private static string DeltaCoded(IEnumerable<int> ids)
    {
        var sb = new StringBuilder("[");
        var previous = 0;
        foreach (var id in ids)
        {
            if (sb.Length > 1) sb.Append(',');
            sb.Append(id - previous);
            previous = id;
        }
        return sb.Append(']').ToString();
    }

    private static string Seconds(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Hands <paramref name="write"/> the file <paramref name="name"/> (a script adding <paramref name="data"/>) as UTF-8, encoded into a pooled buffer.</summary>
    private static void Emit(IndexFileWriter write, string name, string data)
    {
        var script = $"PublisherSearch.add(\"{name}\",{data});\n";
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(script.Length));
        var length = Encoding.UTF8.GetBytes(script, buffer);
        write(name, buffer.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? textBuffer;

    /// <summary>
    /// A document's text file, <c>{"s":summary,"b":body}</c> in a script as <see cref="Emit"/> makes them: the body is escaped straight from
    /// the UTF-8 it is held as (the same bytes <see cref="JsonSerializer"/> gives for the two strings), into a buffer of
    /// this thread's (valid until the thread's next call).
    /// </summary>
    private static ReadOnlySpan<byte> TextScript(string name, SearchDocument document)
    {
        var buffer = textBuffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        Encoding.UTF8.GetBytes($"PublisherSearch.add(\"{name}\",", buffer);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("s", document.Summary ?? "");
            json.WriteString("b", document.Text.Utf8);
            json.WriteEndObject();
        }
        buffer.Write(");\n"u8);
        return buffer.WrittenSpan;
    }
}

/// <summary>
/// Keeps documents' text files (<c>x/&lt;id&gt;</c>) the previous build wrote (<see cref="SearchIndex.WriteUtf8"/>): <see cref="TryKeep"/>
/// with the file's name and the document's count key says whether the file the previous build wrote for that name and key is
/// still there untouched (and keeps it); <see cref="Written"/> records a file made this build. Called from several threads.
/// </summary>
internal sealed record SearchTextReuse(Func<string, UInt128, bool> TryKeep, Action<string, UInt128> Written);

/// <summary>Receives one index file: its path under <see cref="SearchIndex.Folder"/> without <c>.js</c>, and its bytes (UTF-8), valid only during the call.</summary>
internal delegate void IndexFileWriter(string name, ReadOnlySpan<byte> script);

/// <summary>What <see cref="SearchIndex.WriteUtf8"/> did: documents whose counts came from the cache, and each step's wall time (counting includes the cache's keys and writing its next file; each step includes handing its files to the writer).</summary>
internal sealed record SearchIndexSteps(int Reused, StepTime Counting, StepTime Postings, StepTime Shards, StepTime FacetsAndRecords, StepTime Texts)
{
    /// <summary>Documents' text files kept as the previous build wrote them (<see cref="SearchTextReuse"/>), neither made nor handed to the writer.</summary>
    public int KeptTexts { get; init; }

    /// <summary>The threads' time spent handing files to the writer (the output folder), all steps together.</summary>
    public TimeSpan WriteTime { get; init; }

    public override string ToString() =>
        $"counting {Counting}, postings {Postings}, shards {Shards}, filters and records {FacetsAndRecords}, texts {Texts}; writing files (threads' time) {WriteTime.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s";
}

/// <summary>A step's wall time and the process's CPU time (all threads) meanwhile.</summary>
internal readonly record struct StepTime(TimeSpan Wall, TimeSpan Cpu, TimeSpan GcPause)
{
    /// <summary>What the step's time was spent on, when it says.</summary>
    public string? Detail { get; init; }

    public override string ToString()
    {
        static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return $"{S(Wall)} s (cpu {S(Cpu)} s, gc pauses {S(GcPause)} s{(Detail is null ? "" : "; " + Detail)})";
    }
}

/// <summary>Times consecutive steps: each <see cref="Lap"/> is the wall and process CPU time since the previous one.</summary>
internal sealed class StepClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu = Cpu();
    private TimeSpan _lastPause = GC.GetTotalPauseDuration();

    public StepTime Lap()
    {
        var (wall, cpu, pause) = (_wall.Elapsed, Cpu(), GC.GetTotalPauseDuration());
        var step = new StepTime(wall - _lastWall, cpu - _lastCpu, pause - _lastPause);
        (_lastWall, _lastCpu, _lastPause) = (wall, cpu, pause);
        return step;
    }

    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}

/// <summary>The index's <c>meta</c> file: how many documents, how many to a record block, the shards' keys, the stop words.</summary>
internal sealed record SearchIndexMeta(
    [property: System.Text.Json.Serialization.JsonPropertyName("n")] int Count,
    [property: System.Text.Json.Serialization.JsonPropertyName("block")] int Block,
    [property: System.Text.Json.Serialization.JsonPropertyName("shards")] List<string> Shards,
    [property: System.Text.Json.Serialization.JsonPropertyName("stop")] IReadOnlyList<string> Stop);

[System.Text.Json.Serialization.JsonSerializable(typeof(SearchIndexMeta))]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<string[]>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class SearchIndexJson : System.Text.Json.Serialization.JsonSerializerContext;

using System.Collections.Concurrent;
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
/// Pure and deterministic: the same documents give the same bytes.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "search/";
    public const int BlockSize = 50;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every index file: path under <see cref="Folder"/> without <c>.js</c> (e.g. <c>t/at</c>) → its script.</summary>
    public static SortedDictionary<string, string> Build(IReadOnlyList<SearchDocument> documents)
    {
        var counted = new (Dictionary<string, int> Frequencies, int Length)[documents.Count];
        Parallel.For(0, documents.Count, PerCore.Options, i => counted[i] = Count(documents[i]));

        // Documents in id order, so each posting list comes out sorted.
        var postings = new Dictionary<string, List<(int Id, int Frequency)>>(StringComparer.Ordinal);
        for (var id = 0; id < counted.Length; id++)
            foreach (var (term, frequency) in counted[id].Frequencies)
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((id, frequency));
            }
        var averageLength = counted.Length == 0 ? 1 : counted.Average(c => (double)c.Length);

        var encoded = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(postings, PerCore.Options, entry =>
        {
            var idf = SearchScoring.Idf(documents.Count, entry.Value.Count);
            encoded[entry.Key] = DeltaCoded(entry.Value.Select(p => (p.Id, SearchScoring.Impact(idf, p.Frequency, counted[p.Id].Length, averageLength))));
        });

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shardOf = SearchShards.Assign(encoded.ToDictionary(e => e.Key, e => e.Key.Length + e.Value.Length + 4, StringComparer.Ordinal));
        foreach (var shard in encoded.Keys.GroupBy(t => shardOf[t], StringComparer.Ordinal))
        {
            var sb = new StringBuilder("{");
            foreach (var term in shard.Order(StringComparer.Ordinal))
            {
                if (sb.Length > 1) sb.Append(',');
                sb.Append(JsonSerializer.Serialize(term, Json)).Append(':').Append(encoded[term]);
            }
            files["t/" + shard.Key] = Script("t/" + shard.Key, sb.Append('}').ToString());
        }

        foreach (var facet in Facets(documents))
            files[SearchFacets.FileName(facet.Key)] = Script(SearchFacets.FileName(facet.Key), DeltaCoded(facet.Value));

        for (var block = 0; block * BlockSize < documents.Count; block++)
        {
            var records = documents.Skip(block * BlockSize).Take(BlockSize).Select(d => new[]
            {
                Permalinks.OutputPath(d.Url), d.Title, string.Join(", ", d.Authors), d.Publication, Labels.IsoDate(d.Date), Labels.Date(d.Date),
            });
            files[$"d/{block}"] = Script($"d/{block}", JsonSerializer.Serialize(records, Json));
        }

        for (var id = 0; id < documents.Count; id++)
            files[$"x/{id}"] = Script($"x/{id}", JsonSerializer.Serialize(new { s = documents[id].Summary ?? "", b = documents[id].Body }, Json));

        var meta = new
        {
            n = documents.Count,
            block = BlockSize,
            shards = files.Keys.Where(k => k.StartsWith("t/", StringComparison.Ordinal)).Select(k => k[2..]).ToList(),
            stop = SearchText.StopWords,
        };
        files["meta"] = Script("meta", JsonSerializer.Serialize(meta, Json));
        return files;
    }

    /// <summary>A document's weighted term frequencies and weighted length (<see cref="SearchScoring"/>).</summary>
    internal static (Dictionary<string, int> Frequencies, int Length) Count(SearchDocument document)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        void Add(string text, int weight)
        {
            foreach (var term in SearchText.Terms(text))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
                length += weight;
            }
        }
        Add(document.Title, SearchScoring.TitleWeight);
        foreach (var author in document.Authors) Add(author, SearchScoring.AuthorWeight);
        if (document.Summary is { } summary) Add(summary, SearchScoring.SummaryWeight);
        Add(document.Body, SearchScoring.BodyWeight);
        return (frequencies, length);
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

    /// <summary>[id, value, Δid, value, …] for ids in ascending order.</summary>
    private static string DeltaCoded(IEnumerable<(int Id, int Value)> postings)
    {
        var sb = new StringBuilder("[");
        var previous = 0;
        foreach (var (id, value) in postings)
        {
            if (sb.Length > 1) sb.Append(',');
            sb.Append(id - previous).Append(',').Append(value);
            previous = id;
        }
        return sb.Append(']').ToString();
    }

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

    private static string Script(string name, string data) => $"PublisherSearch.add(\"{name}\",{data});\n";
}

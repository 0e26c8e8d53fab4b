using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Publisher.Core.Build.Search;

namespace Publisher.Benchmarks;

/// <summary>
/// The search index at scale (issue 12): N synthetic articles with a Zipf-distributed vocabulary of 30,000 invented
/// words (~1,200-word bodies, as <see cref="SyntheticArchive"/>'s, whose 33-word vocabulary would make a toy index),
/// indexed by <see cref="SearchIndex.Build"/> (median of 3, in this process) and written to a scratch folder; then
/// the total size, the largest postings file and, for typical two-word queries (words at several frequency ranks), the
/// bytes a browser loads: meta.js, one postings file per word, and the record blocks and texts of the ten best results.
/// </summary>
public static class SearchIndexSize
{
    private const int Vocabulary = 30_000;

    public static int Run(int articles, int runs)
    {
        var random = new Random(12);
        var words = Words;
        string Sample() => ZipfWord(random);
        string Text(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Sample()));

        var documents = Enumerable.Range(0, articles).Select(i => new SearchDocument(
            $"/articles/a{i}/", Text(8), [$"Author {i % 180}"], "Synthetic Monitor", new DateOnly(1990 + i % 36, 1 + i % 12, 1 + i % 28),
            Text(30), string.Join('\n', Enumerable.Range(0, 12).Select(_ => Text(100))),
            [SearchFacets.Term(SearchFacets.Author, $"author-{i % 180}"), SearchFacets.Term(SearchFacets.Year, (1990 + i % 36).ToString(CultureInfo.InvariantCulture))])).ToList();

        var times = new List<double>();
        var cpu = new List<double>();
        SortedDictionary<string, string> files = null!;
        for (var run = 0; run < runs; run++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            files = SearchIndex.Build(documents);
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        var scratch = Path.Combine(Path.GetTempPath(), "publisher-bench", $"search-{articles}-{Environment.ProcessId}");
        try
        {
            var write = Stopwatch.StartNew();
            foreach (var (name, script) in files)
            {
                var path = Path.Combine(scratch, name + ".js");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, script);
            }
            var writeSeconds = write.Elapsed.TotalSeconds;
            long Bytes(string name) => files.TryGetValue(name, out var s) ? Encoding.UTF8.GetByteCount(s) : 0;
            var shards = files.Keys.Where(k => k.StartsWith("t/", StringComparison.Ordinal)).ToList();
            var total = files.Keys.Sum(Bytes);
            var largest = shards.MaxBy(Bytes)!;
            // The bytes' fingerprint: a change that only makes the index faster must leave it as it was.
            using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            foreach (var (name, script) in files) digest.AppendData(Encoding.UTF8.GetBytes(name + "\n" + script));

            Console.WriteLine($"search index of {articles} articles: build {Machine.Median(times):F2} s wall, {Machine.Median(cpu):F2} s CPU of all threads (medians of {runs}; load average {Machine.LoadAverage()}), write {writeSeconds:F2} s, " +
                $"{files.Count} files, {total / 1024.0 / 1024:F1} MB ({shards.Count} postings files, largest {largest} {Bytes(largest) / 1024} KB; " +
                $"texts {files.Keys.Where(k => k[0] == 'x').Sum(Bytes) / 1024.0 / 1024:F1} MB); SHA-256 {Convert.ToHexString(digest.GetHashAndReset())[..16]}");
            Console.WriteLine("| query (word ranks) | results | meta | postings | records | texts | total |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (a, b) in QueryRanks)
            {
                var terms = new[] { EnglishStemmer.Stem(words[a]), EnglishStemmer.Stem(words[b]) };
                var shardNames = terms.Select(t => "t/" + ShardFor(shards, t)).Distinct().ToList();
                var lists = terms.Select((t, i) => Decode(files["t/" + ShardFor(shards, t)], t)).ToList();
                var ranked = lists[0].Keys.Where(lists[1].ContainsKey).OrderByDescending(id => lists[0][id] + lists[1][id]).ThenByDescending(id => id).ToList();
                var top = ranked.Take(10).ToList();
                long meta = Bytes("meta"), postings = shardNames.Sum(Bytes);
                long records = top.Select(id => $"d/{id / SearchIndex.BlockSize}").Distinct().Sum(Bytes), texts = top.Sum(id => Bytes($"x/{id}"));
                Console.WriteLine($"| {words[a]} {words[b]} ({a + 1}, {b + 1}) | {ranked.Count} | {meta / 1024.0:F1} KB | {postings / 1024.0:F1} KB | {records / 1024.0:F1} KB | {texts / 1024.0:F1} KB | {(meta + postings + records + texts) / 1024.0:F0} KB |");
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return 0;
    }

    /// <summary>Two-word queries, as the ranks (from 0) of their words: frequent and rare, both rare, both frequent.</summary>
    public static readonly (int, int)[] QueryRanks = [(20, 200), (100, 1000), (300, 3000), (1000, 5000), (50, 60)];

    /// <summary>The vocabulary, by rank: pronounceable invented words.</summary>
    public static readonly string[] Words = Enumerable.Range(0, Vocabulary).Select(Word).ToArray();

    // Zipf: P(rank r) ∝ 1/r, sampled from the cumulative weights.
    private static readonly double[] Cumulative = Enumerable.Range(0, Vocabulary).Select(r => 1.0 / (r + 1)).ToArray().Aggregate(
        new List<double>(), (sums, w) => { sums.Add((sums.Count == 0 ? 0 : sums[^1]) + w); return sums; }).ToArray();

    /// <summary>A word of the vocabulary drawn with Zipf's law.</summary>
    public static string ZipfWord(Random random)
    {
        var at = Array.BinarySearch(Cumulative, random.NextDouble() * Cumulative[^1]);
        return Words[Math.Min(Vocabulary - 1, at < 0 ? ~at : at)];
    }

    /// <summary>Pronounceable invented words, distinct per index.</summary>
    private static string Word(int index)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var sb = new StringBuilder();
        var n = index + 1;
        while (n > 0)
        {
            sb.Append(consonants[n % consonants.Length]);
            n /= consonants.Length;
            sb.Append(vowels[n % vowels.Length]);
            n /= vowels.Length;
        }
        return sb.ToString();
    }

    private static string ShardFor(List<string> shards, string term)
    {
        var key = SearchShards.Key(term);
        for (var n = key.Length; n >= 2; n--)
            if (shards.Contains("t/" + key[..n])) return key[..n];
        throw new BenchmarkFailed($"no postings file for '{term}'");
    }

    private static Dictionary<int, int> Decode(string script, string term)
    {
        var json = script[(script.IndexOf(',') + 1)..^3];
        using var doc = JsonDocument.Parse(json);
        var list = doc.RootElement.GetProperty(term).EnumerateArray().Select(e => e.GetInt32()).ToList();
        var result = new Dictionary<int, int>();
        var id = 0;
        for (var i = 0; i < list.Count; i += 2) result[id += list[i]] = list[i + 1];
        return result;
    }
}

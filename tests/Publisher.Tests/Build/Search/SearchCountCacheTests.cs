using Publisher.Core.Build.Search;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build.Search;

public class SearchCountCacheTests
{
    private static SearchDocument Doc(string slug, string title, string body, string? summary = null, string author = "Ada Quill") =>
        new($"/articles/{slug}/", title, [author], "Harbour Monitor", new DateOnly(2020, 3, 1), summary, body, [SearchFacets.Term("p", "harbour-monitor")]);

    private static readonly IReadOnlyList<SearchDocument> Harbour =
    [
        Doc("ferries", "Ferry strikes in the north", "Dockers stopped the ferries for a week.\nThe harbour was quiet."),
        Doc("lighthouse", "A lighthouse keeper's diary", "The keeper wrote about ferries passing at night; the café closed.", author: "Bram Tolle"),
        Doc("tolls", "Harbour tolls rise", "Tolls on cargo rose again; ferry operators protested.", summary: "New tolls for the ferry lines."),
        Doc("cranes", "Cranes over the quay", "Four cranes unloaded grain, salt and timber."),
    ];

    private static (SortedDictionary<string, string> Files, int Reused) Build(IReadOnlyList<SearchDocument> documents, string cacheDir, bool clean = false)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var gate = new Lock();
        var counts = SearchCountCache.Open(cacheDir, clean);
        var reused = SearchIndex.Write(documents, (name, script) =>
        {
            lock (gate) files.Add(name, script);
        }, counts).Reused;
        counts.Save();
        return (files, reused);
    }

    [Fact]
    public void Counts_from_the_cache_give_the_bytes_a_clean_index_gives()
    {
        using var temp = new TempDirectory();
        var first = Build(Harbour, temp.Path);
        Assert.Equal(0, first.Reused);
        Assert.Equal(SearchIndex.Build(Harbour), first.Files);

        // One body edited, one title edited, one article added: only those three are counted again.
        List<SearchDocument> edited =
        [
            Harbour[0] with { Text = new Publisher.Core.Text.CompactText("Dockers stopped the ferries for a month; salt piled up.") },
            Harbour[1],
            Harbour[2] with { Title = "Harbour tolls fall" },
            Harbour[3],
            Doc("pilots", "Pilots on strike", "The pilots joined the dockers; ferries and cranes stood still."),
        ];
        var second = Build(edited, temp.Path);
        Assert.Equal(2, second.Reused);
        Assert.Equal(SearchIndex.Build(edited), second.Files);

        // A deleted article: the others come from the cache, and terms only it had are gone.
        var third = Build(edited.Where(d => d.Url != "/articles/lighthouse/").ToList(), temp.Path);
        Assert.Equal(4, third.Reused);
        Assert.Equal(SearchIndex.Build(edited.Where(d => d.Url != "/articles/lighthouse/").ToList()), third.Files);
        Assert.DoesNotContain(third.Files.Values, script => script.Contains("\"keeper\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_build_ignores_the_cache_and_a_changed_author_or_summary_counts_again()
    {
        using var temp = new TempDirectory();
        Build(Harbour, temp.Path);
        Assert.Equal(0, Build(Harbour, temp.Path, clean: true).Reused);
        List<SearchDocument> edited = [Harbour[0] with { Authors = ["Cleo Marsh"] }, Harbour[1], Harbour[2] with { Summary = null }, Harbour[3]];
        var again = Build(edited, temp.Path);
        Assert.Equal(2, again.Reused);
        Assert.Equal(SearchIndex.Build(edited), again.Files);
    }

    [Fact]
    public void A_corrupt_or_truncated_cache_is_ignored_and_replaced()
    {
        using var temp = new TempDirectory();
        Build(Harbour, temp.Path);
        var file = temp.Combine(SearchCountCache.FileName);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var truncated = Build(Harbour, temp.Path);
        Assert.Equal(0, truncated.Reused);
        Assert.Equal(SearchIndex.Build(Harbour), truncated.Files);
        Assert.Equal(4, Build(Harbour, temp.Path).Reused);

        File.WriteAllText(file, "not a cache");
        Assert.Equal(0, Build(Harbour, temp.Path).Reused);
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => f.Contains(".tmp-", StringComparison.Ordinal));
    }
}

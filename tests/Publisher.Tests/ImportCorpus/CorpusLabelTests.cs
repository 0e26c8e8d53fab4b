using Publisher.ImportEval;
using Publisher.Tests.Support;

namespace Publisher.Tests.ImportCorpus;

/// <summary>The import corpus's label files (tests/ImportCorpus/) are well-formed, and the checker catches malformed ones.</summary>
public class CorpusLabelTests
{
    /// <summary>Every folder of the corpus that holds labels, so a new set is checked the day it lands.</summary>
    public static TheoryData<string> Sets()
    {
        var corpus = Path.Combine(RepoPaths.Root, "tests", "ImportCorpus");
        var sets = Directory.EnumerateDirectories(corpus)
            .Where(folder => Directory.EnumerateFiles(folder, "*.labels.yml").Any())
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        var data = new TheoryData<string>();
        foreach (var set in sets) data.Add(set!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_label_file_of_the_set_is_well_formed(string set)
    {
        // Given
        var folder = Path.Combine(RepoPaths.Root, "tests", "ImportCorpus", set);
        var problems = new List<string>();

        // When
        var labels = CorpusLabels.LoadSet(folder, problems);

        // Then
        Assert.Empty(problems);
        Assert.NotEmpty(labels);
    }

    [Fact]
    public void Malformed_labels_are_reported()
    {
        // Given: a missing field, a bad date, overlapping ranges, a range past the end and a reversed range
        const string yaml = """
            articles:
              - title: "One"
                authors: []
                date: 2023-13-40
                kind: news
                publication: "X"
                volume: null
                text: [3-6, 5-8]
              - title: "Two"
                authors: []
                date: null
                kind: news
                publication: "X"
                volume: null
                issue: null
                text: [8, 12-30, 9-7]
            """;
        var problems = new List<string>();

        // When
        var labels = CorpusLabels.Parse("sample", yaml, problems);
        CorpusLabels.CheckAgainst(labels, lineCount: 20, problems);

        // Then
        Assert.Contains(problems, p => p.Contains("'issue' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not YYYY-MM-DD", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("line 5 is also claimed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("line 8 is also claimed by sample: article 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("outside the file's 20 lines", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'9-7' is not N or N-M", StringComparison.Ordinal));
    }

    [Fact]
    public void Well_formed_labels_give_no_problems()
    {
        const string yaml = """
            one_line_per_paragraph: true
            articles:
              - title: "One"
                authors: ["A B"]
                date: 2023-05-04
                kind: news
                publication: "X"
                volume: 3
                issue: null
                text: [2-4, 7]
            """;
        var problems = new List<string>();

        var labels = CorpusLabels.Parse("sample", yaml, problems);
        CorpusLabels.CheckAgainst(labels, lineCount: 7, problems);

        Assert.Empty(problems);
        Assert.True(labels.OneLinePerParagraph);
        Assert.Equal([new LineRange(2, 4), new LineRange(7, 7)], labels.Articles[0].Text);
        Assert.Equal(3, labels.Articles[0].Volume);
    }
}

using System.Text.RegularExpressions;
using Publisher.Tests.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import;

/// <summary>
/// "Never lose text", end to end: the whole importer (readers, sidecars, every rule, duplicate merging, the
/// planner's bios and profiles) runs over all five sample seeds at once, and every sentence of every seed must be
/// in the files it wrote (articles with their front matter, author profiles) or in the report's list of dropped
/// boilerplate. Where two seeds hold the same article, the merge keeps one wording of a sentence the two versions
/// word slightly differently ("afterwards" / "afterward"): such a sentence counts as kept when nearly all of its
/// word pairs are in the output.
/// </summary>
public partial class ImportKeepsEveryWordTests
{
    [Fact]
    public void Every_sentence_of_every_seed_is_written_or_reported_as_dropped()
    {
        using var project = new ImportFixture().WithSampleProject();

        var report = project.Import();

        var written = Directory.GetFiles(project.Temp.Combine("input"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText);
        var writtenText = string.Join("\n", written);
        var kept = SeedText.Letters(writtenText);
        var keptPairs = WordPairs(writtenText);
        var dropped = SeedText.Letters(string.Join("\n", report.AllDropped.Select(d => d.Text)));
        var lost = new List<string>();
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(seed).Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (var sentence in Sentences(WithoutFieldLabels(lines[i])))
                {
                    var letters = SeedText.Letters(sentence);
                    if (letters.Length == 0 || IsConsumedAsMetadata(sentence)) continue;
                    if (kept.Contains(letters, StringComparison.Ordinal) || dropped.Contains(letters, StringComparison.Ordinal)) continue;
                    var pairs = WordPairs(sentence);
                    if (pairs.Count >= 8 && pairs.Count(keptPairs.Contains) >= 0.85 * pairs.Count) continue;
                    lost.Add($"{Path.GetFileName(seed)}:{i + 1}: {sentence}");
                }
        }
        Assert.True(lost.Count == 0, "lost without a report:\n" + string.Join("\n", lost));
    }

    /// <summary>Field labels the readers read and drop ("By:", "; Publication: …"), so that what they label is compared.</summary>
    private static string WithoutFieldLabels(string line) =>
        PublicationField().Replace(Byline().Replace(line, ""), "");

    private static HashSet<string> WordPairs(string text)
    {
        var words = Regex.Split(SeedText.Comparable(text).ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).ToArray();
        return Enumerable.Range(0, Math.Max(0, words.Length - 1)).Select(i => words[i] + " " + words[i + 1]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Lines the readers turn into front matter in another form (the volume line becomes 'volume' and 'issue', a
    /// printed date becomes 'date', a contents section label such as "BRIEFS" becomes 'kind', contents page markers and
    /// the "Notes" label become structure).
    /// </summary>
    private static bool IsConsumedAsMetadata(string sentence)
    {
        var s = sentence.Trim();
        return PageMarker().IsMatch(s) || VolumeLine().IsMatch(s) || DateLine().IsMatch(s) || SectionLabel().IsMatch(s) || s == "Notes";
    }

    /// <summary>Sentences of one seed line; an address printed inside link text ("Name \(/path\)") repeats the link's target and is not counted.</summary>
    private static IEnumerable<string> Sentences(string line) =>
        Regex.Split(EmbeddedAddress().Replace(line, ""), @"(?<=[.!?])\s+").Where(s => s.Trim().Length > 0);

    [GeneratedRegex(@"^\s*by:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@";?\s*Publication:.*$")]
    private static partial Regex PublicationField();

    [GeneratedRegex(@"^[A-Z]{4,}$")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^p\.\s*\d+$")]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^VOLUME\s+[IVXLCDM\d]+\s*\|\s*ISSUE\s+[IVXLCDM\d]+$", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeLine();

    [GeneratedRegex(@"^[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\s*\\\([^)]*\\\)")]
    private static partial Regex EmbeddedAddress();
}

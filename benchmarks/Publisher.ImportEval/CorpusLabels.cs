using System.Globalization;
using Publisher.Core.Import.Originals;
using YamlDotNet.RepresentationModel;

namespace Publisher.ImportEval;

/// <summary>What one article of a raw corpus file should import as.</summary>
public sealed record ExpectedArticle(
    string Title,
    IReadOnlyList<string> Authors,
    string? Date,
    string? Kind,
    string? Publication,
    int? Volume,
    int? Issue,
    IReadOnlyList<LineRange> Text);

/// <summary>An inclusive range of 1-based seed lines.</summary>
public readonly record struct LineRange(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;
    public override string ToString() => First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}-{Last}";
}

/// <summary>
/// The labels of one raw corpus file (<c>NAME.labels.yml</c> beside <c>NAME.txt</c> or another seed original such as <c>NAME.html</c>): its articles and whether its
/// text is one line per paragraph (web pages; PDF issues are not, as page breaks split paragraphs).
/// </summary>
public sealed record FileLabels(string Name, bool OneLinePerParagraph, IReadOnlyList<ExpectedArticle> Articles)
{
    /// <summary>The article whose text holds this seed line, or null for a line that is not article text.</summary>
    public ExpectedArticle? OwnerOf(int line) => Articles.FirstOrDefault(a => a.Text.Any(r => r.Contains(line)));
}

/// <summary>Reads and checks label files. Problems are returned as plain messages, never thrown.</summary>
public static class CorpusLabels
{
    public static readonly string[] RequiredFields = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"];

    /// <summary>Parses a label file's text; <paramref name="problems"/> receives every malformed field.</summary>
    public static FileLabels Parse(string name, string yaml, List<string> problems)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlDotNet.Core.YamlException e) { problems.Add($"{name}: not valid YAML: {e.Message}"); return new FileLabels(name, false, []); }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add($"{name}: expected a mapping with 'articles'");
            return new FileLabels(name, false, []);
        }
        var oneLine = Scalar(root, "one_line_per_paragraph") is "true";
        if (!root.Children.TryGetValue(new YamlScalarNode("articles"), out var list) || list is not YamlSequenceNode articles || articles.Children.Count == 0)
        {
            problems.Add($"{name}: 'articles' is missing or empty");
            return new FileLabels(name, oneLine, []);
        }
        var result = new List<ExpectedArticle>();
        foreach (var (node, index) in articles.Children.Select((n, i) => (n, i + 1)))
        {
            var where = $"{name}: article {index}";
            if (node is not YamlMappingNode article) { problems.Add($"{where}: not a mapping"); continue; }
            foreach (var field in RequiredFields)
                if (!article.Children.ContainsKey(new YamlScalarNode(field))) problems.Add($"{where}: '{field}' is missing");
            var title = Scalar(article, "title");
            if (string.IsNullOrWhiteSpace(title)) problems.Add($"{where}: 'title' is empty");
            var date = Scalar(article, "date");
            if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                problems.Add($"{where}: date '{date}' is not YYYY-MM-DD");
            result.Add(new ExpectedArticle(
                title ?? "",
                Sequence(article, "authors"),
                date,
                Scalar(article, "kind"),
                Scalar(article, "publication"),
                Number(article, "volume", where, problems),
                Number(article, "issue", where, problems),
                Ranges(Sequence(article, "text"), where, problems)));
        }
        return new FileLabels(name, oneLine, result);
    }

    /// <summary>Checks the labels against the raw file they describe: ranges inside the file, in order, never overlapping.</summary>
    public static void CheckAgainst(FileLabels labels, int lineCount, List<string> problems)
    {
        var claimed = new Dictionary<int, string>();
        foreach (var (article, index) in labels.Articles.Select((a, i) => (a, i + 1)))
        {
            var where = $"{labels.Name}: article {index}";
            if (article.Text.Count == 0) problems.Add($"{where}: 'text' names no lines");
            foreach (var range in article.Text)
            {
                if (range.First < 1 || range.Last > lineCount)
                    problems.Add($"{where}: text range {range} is outside the file's {lineCount} lines");
                for (var line = Math.Max(1, range.First); line <= Math.Min(lineCount, range.Last); line++)
                    if (!claimed.TryAdd(line, where)) problems.Add($"{where}: line {line} is also claimed by {claimed[line]}");
            }
            for (var i = 1; i < article.Text.Count; i++)
                if (article.Text[i].First <= article.Text[i - 1].Last) problems.Add($"{where}: text ranges {article.Text[i - 1]} and {article.Text[i]} are out of order or overlap");
        }
    }

    /// <summary>Every <c>*.labels.yml</c> of a corpus set folder, checked against its raw file.</summary>
    public static IReadOnlyList<FileLabels> LoadSet(string folder, List<string> problems)
    {
        var sets = new List<FileLabels>();
        foreach (var raw in RawFiles(folder))
        {
            var name = Path.GetFileNameWithoutExtension(raw);
            var labelPath = Path.Combine(folder, name + ".labels.yml");
            if (!File.Exists(labelPath)) { problems.Add($"{name}: no label file {name}.labels.yml"); continue; }
            var labels = Parse(name, File.ReadAllText(labelPath), problems);
            CheckAgainst(labels, RawLines(SeedText(raw)).Length, problems);
            sets.Add(labels);
        }
        return sets;
    }

    /// <summary>The raw files of a set folder: every file <c>publisher import</c> reads as a seed (<c>.txt</c>, <c>.html</c>, …).</summary>
    public static IEnumerable<string> RawFiles(string folder) =>
        Directory.GetFiles(folder).Where(SeedOriginals.IsSeed).OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The raw file of a labelled name in a set folder.</summary>
    public static string RawFile(string folder, string name) => RawFiles(folder).First(f => Path.GetFileNameWithoutExtension(f) == name);

    /// <summary>The lines of the seed text of the raw file named <paramref name="name"/> (any seed ending) in a set folder.</summary>
    public static string[] RawLinesOf(string folder, string name) => RawLines(SeedText(RawFile(folder, name)));

    /// <summary>
    /// The seed text import reads from a raw file: the file itself for text, the converted text for an original such as a
    /// saved web page. Label line ranges count lines of this text.
    /// </summary>
    public static string SeedText(string path) =>
        SeedOriginals.ToText(File.ReadAllBytes(path), Path.GetFileName(path), new List<Publisher.Core.Diagnostics.Diagnostic>(), new List<Publisher.Core.Import.Fixups.FixupAction>());

    /// <summary>
    /// The raw file's lines as import counts them (1-based line n is element n-1), ligature glyphs spelled out as import's
    /// NormalizeText spells them (same lines), so "Conﬂict" in a labelled line is the "Conflict" import writes.
    /// </summary>
    public static string[] RawLines(string text)
    {
        text = Publisher.Core.Import.Text.Ligatures.Spell(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar
            && scalar.Value is { } value && value is not ("null" or "~" or "") ? value : null;

    private static IReadOnlyList<string> Sequence(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];

    private static int? Number(YamlMappingNode map, string key, string where, List<string> problems)
    {
        var value = Scalar(map, key);
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        problems.Add($"{where}: '{key}' is '{value}', not a number or null");
        return null;
    }

    private static List<LineRange> Ranges(IReadOnlyList<string> items, string where, List<string> problems)
    {
        var ranges = new List<LineRange>();
        foreach (var item in items)
        {
            var parts = item.Split('-');
            if (parts.Length is 1 or 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                && first <= last)
                ranges.Add(new LineRange(first, last));
            else
                problems.Add($"{where}: text range '{item}' is not N or N-M with N <= M");
        }
        return ranges;
    }
}

namespace Publisher.ImportEval;

/// <summary>How one labelled article fared: the output it was matched with (if any) and which fields came out right.</summary>
public sealed record ArticleScore(ExpectedArticle Expected, ImportedArticle? Found, IReadOnlyList<string> WrongFields);

/// <summary>Scores of one raw file (or, summed, of a whole set).</summary>
public sealed record FileScore
{
    public required string Name { get; init; }
    public int Expected { get; init; }
    public int Found { get; init; }
    public int Matched { get; init; }
    public int TitleOk { get; init; }
    public int AuthorsOk { get; init; }
    public int DateOk { get; init; }
    public int KindOk { get; init; }
    public int PublicationOk { get; init; }
    public int VolumeIssueOk { get; init; }
    public int TokensExpected { get; init; }
    public int TokensFound { get; init; }
    public int TokensKept { get; init; }
    public IReadOnlyList<string> FurnitureKept { get; init; } = [];
    public IReadOnlyList<string> Glued { get; init; } = [];
    public IReadOnlyList<string> Lost { get; init; } = [];
    public IReadOnlyList<ArticleScore> Articles { get; init; } = [];

    /// <summary>What import said about the file: its format and article count, then any errors.</summary>
    public IReadOnlyList<string> ImportNotes { get; init; } = [];

    public double Precision => TokensFound == 0 ? 0 : (double)TokensKept / TokensFound;
    public double Recall => TokensExpected == 0 ? 0 : (double)TokensKept / TokensExpected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static FileScore Total(string name, IReadOnlyList<FileScore> files) => new()
    {
        Name = name,
        Expected = files.Sum(f => f.Expected),
        Found = files.Sum(f => f.Found),
        Matched = files.Sum(f => f.Matched),
        TitleOk = files.Sum(f => f.TitleOk),
        AuthorsOk = files.Sum(f => f.AuthorsOk),
        DateOk = files.Sum(f => f.DateOk),
        KindOk = files.Sum(f => f.KindOk),
        PublicationOk = files.Sum(f => f.PublicationOk),
        VolumeIssueOk = files.Sum(f => f.VolumeIssueOk),
        TokensExpected = files.Sum(f => f.TokensExpected),
        TokensFound = files.Sum(f => f.TokensFound),
        TokensKept = files.Sum(f => f.TokensKept),
        FurnitureKept = files.SelectMany(f => f.FurnitureKept).ToList(),
        Glued = files.SelectMany(f => f.Glued).ToList(),
        Lost = files.SelectMany(f => f.Lost).ToList(),
    };
}

/// <summary>Compares what import wrote for one raw file with its labels.</summary>
public static class Scoring
{
    private const int MinFurnitureWords = 3;
    private const int LostRun = 4;
    private const int GlueSignature = 6;

    public static FileScore Score(FileLabels labels, string[] rawLines, ImportOutcome outcome)
    {
        var notes = new List<string> { "read as " + outcome.FormatBySeed.GetValueOrDefault(labels.Name, "nothing") };
        notes.AddRange(outcome.ErrorsBySeed.GetValueOrDefault(labels.Name, []));
        var outputs = outcome.Articles.Where(a => a.SourceNames.Contains(labels.Name, StringComparer.Ordinal)).ToList();
        var outputTokens = outputs.Select(o => Tokens.Of(o.Body)).ToList();
        var expectedTokens = labels.Articles.Select(a => Tokens.Of(ExpectedText(a, rawLines))).ToList();
        var pairs = Match(expectedTokens, outputTokens);

        var articles = labels.Articles.Select((a, i) =>
            pairs.TryGetValue(i, out var j) ? new ArticleScore(a, outputs[j], WrongFields(a, outputs[j])) : new ArticleScore(a, null, ["not found"])).ToList();
        int Ok(string field) => articles.Count(a => a.Found is not null && !a.WrongFields.Contains(field));

        return new FileScore
        {
            Name = labels.Name,
            Expected = labels.Articles.Count,
            Found = outputs.Count,
            Matched = pairs.Count,
            TitleOk = Ok("title"),
            AuthorsOk = Ok("authors"),
            DateOk = Ok("date"),
            KindOk = Ok("kind"),
            PublicationOk = Ok("publication"),
            VolumeIssueOk = Ok("volume/issue"),
            TokensExpected = expectedTokens.Sum(t => t.Length),
            TokensFound = outputTokens.Sum(t => t.Length),
            TokensKept = pairs.Sum(p => Tokens.Overlap(expectedTokens[p.Key], outputTokens[p.Value])),
            FurnitureKept = FurnitureKept(labels, rawLines, expectedTokens, outputTokens),
            Glued = labels.OneLinePerParagraph ? GluedParagraphs(labels, rawLines, outputs) : [],
            Lost = LostLines(labels, rawLines, outputTokens),
            Articles = articles,
            ImportNotes = notes,
        };
    }

    private static string ExpectedText(ExpectedArticle article, string[] rawLines) =>
        Tokens.JoinLines(article.Text.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).Where(n => n <= rawLines.Length).Select(n => rawLines[n - 1]));

    /// <summary>Greedy one-to-one matching by shared tokens; a pair needs a fifth of the smaller side in common.</summary>
    private static Dictionary<int, int> Match(List<string[]> expected, List<string[]> found)
    {
        var candidates = new List<(int E, int F, int Overlap)>();
        for (var e = 0; e < expected.Count; e++)
        for (var f = 0; f < found.Count; f++)
        {
            var overlap = Tokens.Overlap(expected[e], found[f]);
            if (overlap >= 5 && overlap * 5 >= Math.Min(expected[e].Length, found[f].Length)) candidates.Add((e, f, overlap));
        }
        var pairs = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (e, f, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.E).ThenBy(c => c.F))
            if (!pairs.ContainsKey(e) && used.Add(f)) pairs[e] = f;
        return pairs;
    }

    private static List<string> WrongFields(ExpectedArticle expected, ImportedArticle found)
    {
        var fm = found.FrontMatter;
        var wrong = new List<string>();
        void Check(string field, string? want, string? got)
        {
            if (!string.Equals(want?.Trim() ?? "", got?.Trim() ?? "", StringComparison.Ordinal)) wrong.Add(field);
        }
        Check("title", expected.Title, fm.Title);
        var wantAuthors = expected.Authors.Select(a => a.Trim()).ToHashSet(StringComparer.Ordinal);
        if (!wantAuthors.SetEquals(fm.Authors.Select(a => a.Trim()))) wrong.Add("authors");
        Check("date", expected.Date, fm.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Check("kind", expected.Kind, fm.Kind);
        Check("publication", expected.Publication, fm.Publication);
        if (expected.Volume != fm.Volume || expected.Issue != fm.Issue) wrong.Add("volume/issue");
        return wrong;
    }

    /// <summary>
    /// Lines that are not article text, of at least three words, whose words appear as a run in some output body but
    /// nowhere in the file's article text (a contents entry such as "the Lake Chad Basin" may repeat the prose).
    /// </summary>
    private static List<string> FurnitureKept(FileLabels labels, string[] rawLines, List<string[]> expectedTokens, List<string[]> outputTokens)
    {
        var kept = new List<string>();
        for (var n = 1; n <= rawLines.Length; n++)
        {
            if (labels.OwnerOf(n) is not null) continue;
            var words = Tokens.Of(rawLines[n - 1]);
            if (words.Length < MinFurnitureWords || expectedTokens.Any(e => Tokens.ContainsRun(e, words))) continue;
            if (outputTokens.Any(o => Tokens.ContainsRun(o, words))) kept.Add($"{labels.Name}:{n}: {Clip(rawLines[n - 1])}");
        }
        return kept;
    }

    /// <summary>
    /// Output paragraphs (non-blank body lines) that hold the openings of two or more raw text lines: paragraphs
    /// that were separate lines in a one-line-per-paragraph file glued together. An opening counts only where it is not
    /// part of another raw line's whole text found there: "Tobias Reinholt, thank you" inside the one line "MAREN
    /// CASTELLANO: Tobias Reinholt, thank you.", or the same first words two lines share ("There is a high threat of …")
    /// inside one of them, are one raw line, not two; a line printed twice is one line.
    /// </summary>
    internal static List<string> GluedParagraphs(FileLabels labels, string[] rawLines, List<ImportedArticle> outputs)
    {
        var lines = Enumerable.Range(1, rawLines.Length)
            .Where(n => labels.OwnerOf(n) is not null)
            .Select(n => Tokens.Of(rawLines[n - 1]))
            .Where(t => t.Length >= 3)
            .ToList();
        var glued = new List<string>();
        foreach (var output in outputs)
        foreach (var paragraph in output.Body.Split('\n').Where(l => l.Trim().Length > 0))
        {
            var tokens = Tokens.Of(paragraph);
            var whole = lines.SelectMany((l, k) => Occurrences(tokens, l).Select(at => (Line: k, From: at, To: at + l.Length))).ToList();
            var held = lines.Where((l, k) =>
            {
                var opening = l[..Math.Min(GlueSignature, l.Length)];
                return Occurrences(tokens, opening).Any(at => !whole.Any(w => w.Line != k && w.From <= at && at + opening.Length <= w.To && !lines[w.Line].SequenceEqual(l)));
            }).Select(l => string.Join(' ', l)).Distinct(StringComparer.Ordinal).Count();
            if (held >= 2) glued.Add($"{labels.Name}: {held} raw paragraphs in one: {Clip(paragraph)}");
        }
        return glued;
    }

    private static IEnumerable<int> Occurrences(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) yield return i;
    }

    /// <summary>
    /// Article-text lines with no run of four words (or, when shorter, not all their words) in any output of the file,
    /// note markers aside.
    /// A word a line-end hyphen split over two labelled lines ("organ-" / "ised bands.") is looked for whole as well as
    /// in its halves (<see cref="Tokens.JoinLines"/> joins it the same way for the kept-word scores): the halves alone
    /// are not words the output can hold once the break is mended.
    /// </summary>
    internal static List<string> LostLines(FileLabels labels, string[] rawLines, List<string[]> outputTokens)
    {
        var lost = new List<string>();
        for (var n = 1; n <= rawLines.Length; n++)
        {
            if (labels.OwnerOf(n) is null) continue;
            var words = Tokens.Of(rawLines[n - 1]);
            if (words.Length == 0) continue;
            // A note marker need not be found as a word: "built.[iv]" becomes "built.[^4]" when its note is converted.
            var unmarked = Tokens.Of(Tokens.WithoutNoteMarkers(rawLines[n - 1]));
            if (!Found(words, outputTokens) && !Found(Mended(labels, rawLines, n, words), outputTokens) && !Found(unmarked, outputTokens))
                lost.Add($"{labels.Name}:{n}: {Clip(rawLines[n - 1])}");
        }
        return lost;
    }

    private static bool Found(string[] words, List<string[]> outputTokens)
    {
        if (words.Length == 0) return false;
        var run = Math.Min(LostRun, words.Length);
        return Enumerable.Range(0, words.Length - run + 1).Any(i => outputTokens.Any(o => Tokens.ContainsRun(o, words[i..(i + run)])));
    }

    /// <summary>
    /// The line's words with a word split at a line-end hyphen, with the article's text line before or after it (the
    /// next labelled line of the same article, across a page's furniture, as <see cref="Tokens.JoinLines"/> reads them), made whole.
    /// </summary>
    private static string[] Mended(FileLabels labels, string[] rawLines, int n, string[] words)
    {
        var mended = (string[])words.Clone();
        var line = rawLines[n - 1].Trim();
        var owner = labels.OwnerOf(n);
        int? Neighbour(int step)
        {
            for (var m = n + step; m >= 1 && m <= rawLines.Length; m += step)
                if (rawLines[m - 1].Trim().Length > 0 && labels.OwnerOf(m) == owner) return m;
            return null;
        }
        if (Neighbour(-1) is { } p && line.Length > 0 && char.IsLower(line[0]) && BrokenAtEnd(rawLines[p - 1]) && Tokens.Of(rawLines[p - 1]) is { Length: > 0 } before)
            mended[0] = before[^1] + mended[0];
        if (BrokenAtEnd(line) && Neighbour(+1) is { } q && rawLines[q - 1].Trim() is var next && char.IsLower(next[0]) && Tokens.Of(next) is { Length: > 0 } after)
            mended[^1] += after[0];
        return mended;
    }

    private static bool BrokenAtEnd(string line) => line.TrimEnd() is { Length: > 1 } t && t[^1] == '-' && char.IsLetter(t[^2]);

    private static string Clip(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 90 ? trimmed : trimmed[..87] + "...";
    }
}

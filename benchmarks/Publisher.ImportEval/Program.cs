using Publisher.ImportEval;

// Import evaluation: runs the real import over the labelled corpus in tests/ImportCorpus/ and prints, per file and
// in total, metadata accuracy and the precision/recall of kept article text.
// Usage: dotnet run -c Release --project benchmarks/Publisher.ImportEval -- [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|all] [--no-sidecars]
//        [--markdown] [--verbose] [--dump] [--dir FOLDER: any labelled folder] [--seed-text FILE: the numbered seed text of one raw file]
var set = "all";
var withSidecars = true;
var markdown = false;
var verbose = false;
var dump = false;
string? dir = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--set" when i + 1 < args.Length && (args[i + 1] == "all" || DevelopmentSets.Names.Contains(args[i + 1])): set = args[++i]; break;
        case "--train-lines": return LineTraining.Run(args[(i + 1)..]);
        case "--no-sidecars": withSidecars = false; break;
        case "--markdown": markdown = true; break;
        case "--verbose": verbose = true; break;
        case "--dump": dump = true; break;
        // Measure with the line model switched on at drop-below P (LineModelVerdicts.DropBelow is import's own).
        // Titles chosen by a features-only head model (weights written by --train-head FILE) instead of the rules.
        case "--titles-by-model" when i + 1 < args.Length:
            Publisher.Core.Import.Text.TitleModel.UseForMeasuring(File.ReadAllText(args[++i]).Split(',').Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray()); break;
        case "--line-model" when i + 1 < args.Length:
            Publisher.Core.Import.Text.LineModelVerdicts.UseForMeasuring(double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture)); break;
        case "--train-head": return HeadTraining.Run(FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Directory.GetCurrentDirectory()) ?? ".",
            i + 1 < args.Length ? Path.GetFullPath(args[i + 1]) : null);
        case "--dir" when i + 1 < args.Length: dir = Path.GetFullPath(args[++i]); break;
        case "--seed-text" when i + 1 < args.Length:
            // The seed text import reads from a raw file (a saved web page converted), numbered: what label ranges count.
            foreach (var (line, n) in CorpusLabels.RawLines(CorpusLabels.SeedText(Path.GetFullPath(args[++i]))).Select((l, n) => (l, n + 1)))
                Console.WriteLine($"{n,4}  {line}");
            return 0;
        default:
            Console.Error.WriteLine("usage: Publisher.ImportEval [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|all] [--no-sidecars] [--markdown] [--verbose] [--dump] [--dir FOLDER]");
            return 2;
    }
}

var repoRoot = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Directory.GetCurrentDirectory());
if (repoRoot is null) { Console.Error.WriteLine("cannot find the repository root (Publisher.sln)"); return 2; }
var corpus = Path.Combine(repoRoot, "tests", "ImportCorpus");
var sets = dir is not null ? [dir] : set == "all" ? DevelopmentSets.Names : [set];

foreach (var name in sets)
{
    var folder = Path.Combine(corpus, name);
    var problems = new List<string>();
    var labels = CorpusLabels.LoadSet(folder, problems);
    foreach (var problem in problems) Console.Error.WriteLine($"label problem: {problem}");
    if (problems.Count > 0) return 1;

    var imported = ImportRun.Run(repoRoot, [folder], withSidecars);
    var scores = labels
        .Select(l => Scoring.Score(l, CorpusLabels.RawLinesOf(folder, l.Name), imported))
        .ToList();
    var caption = $"{name} set, {(withSidecars ? "with sidecars" : "without sidecars")}: {labels.Count} files";
    TablePrinter.Print(Console.Out, caption, scores, markdown, verbose);
    if (dump)
        foreach (var article in imported.Articles)
            Console.WriteLine($"\n=== {string.Join(", ", article.SourceNames)}: {article.FrontMatter.Title}\n{article.Body}");
}
if (!markdown)
{
    Console.WriteLine("Columns: articles expected/found (import's articles from the file)/matched (by shared words); field accuracy over expected");
    Console.WriteLine("articles; P/R/F1 of kept article words; furn = non-text lines of 3+ words kept in a body; glued = output paragraphs");
    Console.WriteLine("holding 2+ raw paragraph lines (web files only); lost = article-text lines with no 4-word run in any output.");
}
return 0;

static string? FindRepoRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
    return null;
}

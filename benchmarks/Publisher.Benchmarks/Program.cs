using System.Globalization;
using Publisher.Benchmarks;

// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- [articles=5000] [runs=3]
//       clean builds of one synthetic archive in this process: each phase, the median, peak memory.
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --curve [--sizes 500,5000,50000] [--runs 3]
//       the scale curve: each size in a fresh child process (so peak memory is per size), then one table.
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --edit-one [articles=5000] [--jit]
//       a clean build (filling the render cache), the same clean build by the CLI as installed in a cold process (its
//       site checked byte for byte against this process's), then one article edited and built again: in this process (warm,
//       with phases), by the CLI as `dotnet tool install` installs it here (on linux-x64 ReadyToRun) in a cold process
//       (wall and CPU) and in a cold child process of this program (phases); --jit: also by the CLI published without a
//       runtime identifier (JIT, as `dotnet run` and the portable tool package run), in a cold process.
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --hugo [articles=5000] [--runs 5]
//       issue 11's ratio on this machine: clean builds by Hugo (minimal theme, on the same articles) and by the CLI as
//       installed, alternating, each in a cold process; medians, peak memory, files written, the ratio. Needs `hugo`.
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --write-archive DIR articles
//       only writes the synthetic archive into DIR (to profile `--build-once DIR THEME OUTPUT` runs on it by hand).
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --startup [--runs 5]
//       cold-process cost of `publisher build` on the sample site, per JIT setting and with ReadyToRun,
//       against a warm build in a process that has built once already.
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --import [issues=500]
//       import of N synthetic raw whole-issue seeds in this process (seconds per 100 issues), then a re-import of
//       the unchanged seeds, which must write nothing (milliseconds per seed file).
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --search [articles=5000] [runs=3]
//       the search index of N synthetic articles: build time, size, and the bytes typical two-word queries load.
//   dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- --search-site [articles=5000]
//       a site of N articles with a Zipf vocabulary built (phases), then its search page timed in Chromium from file://.
// Speed claims in the README come from this program, never from unit tests. The scratch folders are under the
// temp folder (TMPDIR chooses the disk: TMPDIR=/dev/shm/ takes a slow disk's file creation out) and are removed
// when a size is done.
try
{
    if (args is ["--build-once", var onceInput, var onceTheme, var onceOutput])
        return EditOne.BuildOnce(onceInput, onceTheme, onceOutput);
    // For profiling by hand: the synthetic archive alone, then --build-once runs on it.
    if (args is ["--write-archive", var archiveInput, var archiveSize])
    {
        SyntheticArchive.Write(archiveInput, ParseInt(archiveSize));
        return 0;
    }
    if (args.Contains("--curve"))
        return ScaleCurve.Run(Option(args, "--sizes", "500,5000,50000").Split(',').Select(ParseInt).ToArray(), ParseInt(Option(args, "--runs", "3")));
    if (args.Contains("--startup"))
        return StartupCost.Run(ParseInt(Option(args, "--runs", "5")));
    // Not an option, nor the value of one ("--runs 5").
    var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] is not ("--runs" or "--sizes"))).ToArray();
    if (args.Contains("--import"))
        return ImportScale.Run(positional.Length > 0 ? ParseInt(positional[0]) : 500);
    if (args.Contains("--search-site"))
        return SearchSite.Run(positional.Length > 0 ? ParseInt(positional[0]) : 5000);
    if (args.Contains("--search"))
        return SearchIndexSize.Run(positional.Length > 0 ? ParseInt(positional[0]) : 5000, positional.Length > 1 ? ParseInt(positional[1]) : 3);
    if (args.Contains("--hugo"))
        return HugoComparison.Run(positional.Length > 0 ? ParseInt(positional[0]) : 5000, ParseInt(Option(args, "--runs", "5")));
    if (args.Contains("--edit-one"))
        return EditOne.Run(positional.Length > 0 ? ParseInt(positional[0]) : 5000, args.Contains("--jit"));
    return CleanBuilds.Run(positional.Length > 0 ? ParseInt(positional[0]) : 5000, positional.Length > 1 ? ParseInt(positional[1]) : 3);
}
catch (BenchmarkFailed failure)
{
    Console.Error.WriteLine(failure.Message);
    return 1;
}

static int ParseInt(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

static string Option(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

using System.Diagnostics;
using System.Globalization;
using Publisher.Core.Build;
using Publisher.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Publisher.Benchmarks -- [articles=5000] [runs=3]
// Writes a synthetic archive into a scratch folder, then times clean builds of it with the repository's
// theme. Prints the median, so anyone can check the speed claims in the README on their own machine.
// Each run prints the wall time of every build phase (SiteBuilder's progress steps) and the process's CPU
// time (all threads) beside the wall time: on a shared machine the CPU time shows whether a slower run did
// more work or only waited for the cores.
// The scratch folder is under the temp folder, so TMPDIR chooses the disk: TMPDIR=/dev/shm/ measures the build
// without the disk (on a slow or busy disk, creating thousands of folders and files can dominate the run).
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;

var root = Path.Combine(Path.GetTempPath(), "publisher-bench", articles.ToString(CultureInfo.InvariantCulture));
var input = Path.Combine(root, "input");
var output = Path.Combine(root, "output");
if (Directory.Exists(root)) Directory.Delete(root, recursive: true);

var write = Stopwatch.StartNew();
SyntheticArchive.Write(input, articles);
Console.WriteLine($"wrote {articles} synthetic articles in {write.Elapsed.TotalSeconds:F2} s");

var theme = Path.Combine(FindRepoRoot(), "theme");
var times = new List<double>();
for (var run = 1; run <= runs; run++)
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var phases = new List<(string Phase, TimeSpan At, TimeSpan Cpu)>();
    var result = SiteBuilder.Build(new BuildOptions { InputDir = input, ThemeDir = theme, OutputDir = output },
        phase => phases.Add((phase, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime)));
    stopwatch.Stop();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    if (!result.Succeeded)
    {
        foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
        return 1;
    }
    times.Add(stopwatch.Elapsed.TotalSeconds);
    for (var i = 0; i < phases.Count; i++)
    {
        var end = i + 1 < phases.Count ? phases[i + 1].At : stopwatch.Elapsed;
        var cpuEnd = i + 1 < phases.Count ? phases[i + 1].Cpu : cpuBefore + cpu;
        Console.WriteLine($"  {phases[i].Phase,-40} {(end - phases[i].At).TotalSeconds,6:F2} s (cpu {(cpuEnd - phases[i].Cpu).TotalSeconds,6:F2} s)");
    }
    Console.WriteLine($"run {run}: {result.Pages} pages, {result.Feeds} feeds in {stopwatch.Elapsed.TotalSeconds:F2} s (cpu {cpu.TotalSeconds:F2} s)");
}
times.Sort();
Console.WriteLine($"clean build of {articles} articles: median {times[times.Count / 2]:F2} s over {runs} runs ({Environment.ProcessorCount} cores)");
return 0;

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Publisher.sln not found");
}

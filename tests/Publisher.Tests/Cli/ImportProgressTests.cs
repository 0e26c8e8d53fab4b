using Publisher.Cli.Commands;
using Publisher.Core.Import;

namespace Publisher.Tests.Cli;

/// <summary>What <c>publisher import</c> prints while it runs with its output redirected.</summary>
public class ImportProgressTests
{
    private static List<string> Lines(int seeds)
    {
        var steps = Enumerable.Range(0, seeds).Select(i => new ImportProgress($"Reading seeds/s{i:D4}.txt", $"seeds/s{i:D4}.txt", i, seeds))
            .Append(new ImportProgress("Merging duplicate versions", null, seeds, seeds));
        return steps.Select(ImportCommand.ProgressLine).OfType<string>().ToList();
    }

    [Fact]
    public void A_small_run_names_every_seed_and_nothing_else()
    {
        Assert.Equal(["reading seeds/s0000.txt", "reading seeds/s0001.txt", "reading seeds/s0002.txt"], Lines(3));
    }

    [Fact]
    public void A_large_run_prints_about_twenty_seed_lines_with_the_count_and_each_later_stage()
    {
        var lines = Lines(500);

        var seedLines = lines.Where(l => l.StartsWith("reading ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ImportCommand.ProgressSteps, seedLines.Count);
        Assert.Equal("reading seeds/s0000.txt (1 of 500)", seedLines[0]);
        Assert.Equal("reading seeds/s0475.txt (476 of 500)", seedLines[^1]);
        Assert.Equal("merging duplicate versions…", lines[^1]);
    }

    [Fact]
    public void The_interactive_status_counts_the_seeds()
    {
        Assert.Equal("Reading seeds/a.txt (3 of 7)", ImportCommand.StatusText(new ImportProgress("Reading seeds/a.txt", "seeds/a.txt", 2, 7)));
        Assert.Equal("Writing files…", ImportCommand.StatusText(new ImportProgress("Writing files", null, 7, 7)));
    }
}

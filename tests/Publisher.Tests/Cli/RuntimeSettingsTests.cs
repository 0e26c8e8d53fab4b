using System.Text.Json;
using System.Xml.Linq;
using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>
/// The CLI's garbage collector and JIT settings (Publisher.Runtime.props): the benchmark's times and peak memory were
/// measured under them, so the CLI that editors run must carry them.
/// </summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void The_cli_runs_with_blocking_collections_and_conserves_memory()
    {
        // The SDK copies a referenced executable's runtimeconfig.json beside the tests.
        var file = Path.Combine(AppContext.BaseDirectory, "publisher.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(5, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    [Fact]
    public void The_cli_runs_without_tiered_pgo()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "publisher.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void The_native_cli_runs_with_a_32_mb_young_generation_written_as_its_runtime_reads_it()
    {
        // Only the native compiler reads IlcArg, so the setting is checked where it is written. The native runtime reads
        // the value as hex digits alone: "0x2000000" would be taken as no setting (perf36), and the build would run its
        // ~790 collections again without a word.
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Publisher.Runtime.props"));
        var options = props.Descendants("IlcArg").Select(e => (string?)e.Attribute("Include")).ToList();

        Assert.Contains("--runtimeopt:GCgen0size=2000000", options);
        Assert.DoesNotContain(options, o => o is not null && o.Contains("=0x", StringComparison.OrdinalIgnoreCase));
    }
}

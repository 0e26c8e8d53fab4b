using System.Text.Json;

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
}

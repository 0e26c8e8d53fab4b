using Publisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Cli;

/// <summary>The GitHub workflows parse as YAML and hold the steps README promises.</summary>
public class WorkflowTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    [Fact]
    public void Ci_runs_the_tests_through_ci_run_on_ubuntu_latest_with_dotnet_10()
    {
        var test = Map(Map(Load("ci.yml"), "jobs"), "test");
        Assert.Equal("ubuntu-latest", Scalar(test, "runs-on"));
        var steps = Steps(test);
        Assert.StartsWith("actions/checkout@", Scalar(steps[0], "uses"));
        var dotnet = steps.Single(s => Scalar(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.StartsWith("10.", Scalar(Map(dotnet, "with"), "dotnet-version"));
        var runs = steps.Select(s => Scalar(s, "run")).OfType<string>().ToList();
        // .ci/run installs only what the runner lacks; never an unconditional apt-get of chromium.
        Assert.Contains("bash .ci/run", runs);
        // .ci/run runs the packaged tool's check after the tests.
        Assert.Contains("bash .ci/tool-smoke", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")), StringComparison.Ordinal);
        Assert.DoesNotContain(runs, r => r.Contains("apt-get", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_builds_with_the_repository_base_url_and_deploys_with_the_pages_actions()
    {
        var workflow = Load("pages.yml");
        var on = Map(workflow, "on");
        var branches = (YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")];
        Assert.Equal(["main"], branches.Children.Select(b => ((YamlScalarNode)b).Value));
        var permissions = Map(workflow, "permissions");
        Assert.Equal("write", Scalar(permissions, "pages"));
        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("pages", Scalar(Map(workflow, "concurrency"), "group"));

        var jobs = Map(workflow, "jobs");
        var build = Steps(Map(jobs, "build"));
        var baseStep = build.Single(s => Scalar(s, "id") == "base");
        Assert.Equal("${{ github.repository }}", Scalar(Map(baseStep, "env"), "REPOSITORY"));
        var buildStep = build.Single(s => Scalar(s, "run")?.Contains(" build ", StringComparison.Ordinal) == true);
        Assert.Contains("--base-url \"$BASE_URL\"", Scalar(buildStep, "run"));
        Assert.Equal("${{ steps.base.outputs.url }}", Scalar(Map(buildStep, "env"), "BASE_URL"));
        var upload = build.Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("output", Scalar(Map(upload, "with"), "path"));

        var deploy = Map(jobs, "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        Assert.Contains(Steps(deploy), s => Scalar(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("owner/repo", "https://owner.github.io/repo/")]
    [InlineData("Some-Org/Monitor-Archive", "https://some-org.github.io/Monitor-Archive/")]
    [InlineData("Some-Org/some-org.github.io", "https://some-org.github.io/")]
    public void The_base_url_script_gives_the_pages_address(string repository, string expected)
    {
        var step = Steps(Map(Map(Load("pages.yml"), "jobs"), "build")).Single(s => Scalar(s, "id") == "base");
        using var temp = new TempDirectory();
        var output = temp.Combine("github_output");
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-euo", "pipefail", "-c", Scalar(step, "run")!])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["REPOSITORY"] = repository;
        start.Environment["GITHUB_OUTPUT"] = output;
        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Equal($"url={expected}\n", File.ReadAllText(output));
    }
}

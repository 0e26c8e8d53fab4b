using Publisher.Tests.Support;
using static Publisher.Tests.Import.Merge.MergeTestKit;

namespace Publisher.Tests.Import.Merge;

/// <summary>
/// Golden cases of a whole PDF/web merge: <c>-- web --</c> and <c>-- pdf --</c> bodies (the web one is the base),
/// optional <c>-- archive --</c> texts (one per paragraph), the merged body and every action the merge reports.
/// </summary>
public class DuplicateMergeGoldenTests
{
    public static TheoryData<string> Cases => GoldenCase.Names("DuplicateMerge");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merges_as_expected(string name)
    {
        var golden = GoldenCase.Get("DuplicateMerge", name);
        var archive = (golden.Section("archive") ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        var (body, actions, _) = MergeVersions(golden.Section("web")!, golden.Section("pdf")!, archive);

        if (Environment.GetEnvironmentVariable("MERGE_GOLDEN_DUMP") is { } dump) File.WriteAllText(dump + name, body + "\n-- actions --\n" + Render(actions));
        Assert.Equal(golden.Expected, body);
        Assert.Equal(golden.Section("actions"), Render(actions));
    }
}

using Publisher.Core.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Fixups;

/// <summary>One theory per rule over its golden cases in <c>Golden/&lt;RuleName&gt;/</c>.</summary>
public class FixupGoldenTests
{
    public static TheoryData<string> NormalizeTextCases => GoldenCase.Names(nameof(NormalizeText));
    public static TheoryData<string> StripPageFurnitureCases => GoldenCase.Names(nameof(StripPageFurniture));
    public static TheoryData<string> RejoinPageBreaksCases => GoldenCase.Names(nameof(RejoinPageBreaks));
    public static TheoryData<string> ConvertFootnotesCases => GoldenCase.Names(nameof(ConvertFootnotes));
    public static TheoryData<string> StripBoilerplateCases => GoldenCase.Names(nameof(StripBoilerplate));
    public static TheoryData<string> RepairLinksCases => GoldenCase.Names(nameof(RepairLinks));
    public static TheoryData<string> ExtractAuthorBioCases => GoldenCase.Names(nameof(ExtractAuthorBio));
    public static TheoryData<string> TagMatcherCases => GoldenCase.Names(nameof(TagMatcher));

    [Theory]
    [MemberData(nameof(NormalizeTextCases))]
    public void NormalizeText_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(NormalizeText), name);
        var input = Escapes.Decode(golden.Input);
        var result = NormalizeText.Apply(input, new GoldenContext(golden).Fixup);
        AssertSameLineCount(input.Replace("\r\n", "\n").Replace('\r', '\n'), result.Text);
        GoldenAssert.Matches(golden, Escapes.Encode(result.Text), result.Diagnostics, result.Actions);
    }

    [Theory]
    [MemberData(nameof(StripPageFurnitureCases))]
    public void StripPageFurniture_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(StripPageFurniture), name);
        var result = StripPageFurniture.Apply(golden.Input, new GoldenContext(golden).Fixup);
        AssertSameLineCount(golden.Input, result.Text);
        GoldenAssert.Matches(golden, result.Text, result.Diagnostics, result.Actions);
    }

    [Theory]
    [MemberData(nameof(RejoinPageBreaksCases))]
    public void RejoinPageBreaks_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(RejoinPageBreaks), name);
        var context = new GoldenContext(golden);
        var result = new RejoinPageBreaksFixup().Apply(context.Draft(golden.Input, golden.Section("notes")), context.Fixup);
        AssertSameLineCount(golden.Input, result.Draft.Body);
        GoldenAssert.Matches(golden, result.Draft.Body, result.Diagnostics, result.Actions);
        if (golden.Section("expected notes") is { } notes)
            GoldenAssert.Section(golden, "expected notes", GoldenAssert.TrimLayout(result.Draft.Notes ?? ""));
    }

    [Theory]
    [MemberData(nameof(ConvertFootnotesCases))]
    public void ConvertFootnotes_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(ConvertFootnotes), name);
        var context = new GoldenContext(golden);
        var result = new ConvertFootnotesFixup().Apply(context.Draft(golden.Input, golden.Section("notes")), context.Fixup);
        Assert.Null(result.Draft.Notes);
        GoldenAssert.Matches(golden, result.Draft.Body, result.Diagnostics, result.Actions);
    }

    [Theory]
    [MemberData(nameof(StripBoilerplateCases))]
    public void StripBoilerplate_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(StripBoilerplate), name);
        var context = new GoldenContext(golden);
        var result = new StripBoilerplateFixup().Apply(context.Draft(golden.Input, null), context.Fixup);
        AssertSameLineCount(golden.Input, result.Draft.Body);
        GoldenAssert.Matches(golden, result.Draft.Body, result.Diagnostics, result.Actions);
    }

    [Theory]
    [MemberData(nameof(RepairLinksCases))]
    public void RepairLinks_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(RepairLinks), name);
        var context = new GoldenContext(golden);
        var result = new RepairLinksFixup().Apply(context.Draft(golden.Input, null), context.Fixup);
        AssertSameLineCount(golden.Input, result.Draft.Body);
        GoldenAssert.Matches(golden, result.Draft.Body, result.Diagnostics, result.Actions);
    }

    [Theory]
    [MemberData(nameof(ExtractAuthorBioCases))]
    public void ExtractAuthorBio_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(ExtractAuthorBio), name);
        var context = new GoldenContext(golden);
        var result = new ExtractAuthorBioFixup().Apply(context.Draft(golden.Input, null), context.Fixup);
        AssertSameLineCount(golden.Input, result.Draft.Body);
        GoldenAssert.Matches(golden, result.Draft.Body, result.Diagnostics, result.Actions);
        GoldenAssert.Section(golden, "expected bio", result.Draft.AuthorBio ?? "");
        if (golden.Section("expected authors") is not null)
            GoldenAssert.Section(golden, "expected authors", string.Join("; ", result.Draft.Authors));
    }

    [Theory]
    [MemberData(nameof(TagMatcherCases))]
    public void TagMatcher_golden(string name)
    {
        var golden = GoldenCase.Get(nameof(TagMatcher), name);
        var context = new GoldenContext(golden);
        var diagnostics = new List<Publisher.Core.Diagnostics.Diagnostic>();
        var tags = Publisher.Core.Content.ConfigFiles.ReadTags(File.ReadAllText(Path.Combine(RepoPaths.Input, "tags.yml")), "input/tags.yml", diagnostics);
        Assert.Empty(diagnostics);

        var matched = TagMatcher.Match(context["title"] ?? "", context["summary"], golden.Input, tags);

        GoldenAssert.Section(golden, "expected", string.Join('\n', matched));
    }

    private static void AssertSameLineCount(string input, string output) =>
        Assert.Equal(input.Split('\n').Length, output.Split('\n').Length);
}

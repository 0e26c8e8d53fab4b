using System.Text.RegularExpressions;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Tests.Import.Fixups;

/// <summary>
/// "Never lose text": run every rule of <see cref="DefaultFixups"/> over each sample seed (the whole seed
/// as one draft, its Notes section as notes) and check that every sentence of the seed is still in the
/// draft, or was reported as dropped boilerplate.
/// </summary>
public partial class NoTextLostTests
{
    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_sentence_survives_or_is_reported_as_dropped(string seed)
    {
        // Given
        var raw = File.ReadAllText(SeedText.Path(seed));
        var (draft, actions) = RunAll(seed, raw);

        // Then
        // A social handle is not dropped but moved to the author's profile (AuthorLinks), where it is kept.
        var moved = actions.Where(a => a.Kind == FixupActionKinds.AuthorSocial).Select(a => a.Before ?? a.Detail);
        var kept = SeedText.Letters(string.Join("\n", [draft.Body, draft.Notes ?? "", draft.AuthorBio ?? "", draft.Summary ?? "", .. moved]));
        var dropped = SeedText.Letters(string.Join("\n", actions.Where(a => a.Kind == FixupActionKinds.DroppedBoilerplate).Select(a => a.Detail)));
        var lost = Sentences(raw)
            .Where(s => SeedText.Letters(s).Length > 0 && s.Trim() != "Notes") // the section label is the reader's, not a rule's
            .Where(s => !kept.Contains(SeedText.Letters(s), StringComparison.Ordinal) && !dropped.Contains(SeedText.Letters(s), StringComparison.Ordinal))
            .ToList();
        Assert.True(lost.Count == 0, "lost without a report:\n" + string.Join("\n", lost));
    }

    [Fact]
    public void Scrape_boilerplate_is_dropped_and_reported()
    {
        var (draft, actions) = RunAll("002", File.ReadAllText(SeedText.Path("002")));

        Assert.DoesNotContain("(AFP)", draft.Body);
        Assert.DoesNotContain("Short Url", draft.Body);
        Assert.DoesNotContain("(Opinion field)", draft.Body);
        Assert.DoesNotContain("Twitter: @pauliddon", draft.Body);
        Assert.Contains(actions, a => a.Kind == FixupActionKinds.AuthorSocial && a.Detail == "Twitter: @pauliddon");
        // The pull quote repeating a paragraph appears once; its first occurrence stays.
        Assert.Single(Regex.Matches(draft.Body, Regex.Escape("If Al-Hashd Al-Shaabi was indeed responsible")));
    }

    [Fact]
    public void Think_tank_related_list_is_dropped_and_links_repaired()
    {
        var (draft, actions) = RunAll("004", File.ReadAllText(SeedText.Path("004")), siteUrl: "https://www.washingtoninstitute.org/");

        Assert.DoesNotContain("RECOMMENDED", draft.Body);
        Assert.DoesNotContain("](#)", draft.Body);
        Assert.Contains("[Ali Al-Mikdam](https://www.washingtoninstitute.org/experts/ali-al-mikdam)", draft.Body);
        Assert.Contains("target Al-Kazemi's residence", draft.Body);
        Assert.Contains(actions, a => a.Kind == FixupActionKinds.DroppedBoilerplate && a.Detail.Contains("Farzin Nadimi", StringComparison.Ordinal));
    }

    private static (ArticleDraft Draft, List<FixupAction> Actions) RunAll(string seed, string raw, string? siteUrl = null)
    {
        var pipeline = DefaultFixups.Create();
        var diagnostics = new List<Diagnostic>();
        var context = new FixupContext
        {
            SourcePath = SeedText.Relative(seed),
            OwnPublication = "Terrorism Monitor",
            SiteUrl = siteUrl,
            Outlets = Publisher.Core.Content.ConfigFiles.ReadOutlets(File.ReadAllText(Path.Combine(Support.RepoPaths.Input, "outlets.yml")), "input/outlets.yml", diagnostics),
        };
        var actions = new List<FixupAction>();
        var text = raw;
        foreach (var rule in pipeline.TextRules)
        {
            var r = rule.Apply(text, context);
            text = r.Text;
            actions.AddRange(r.Actions);
        }

        var lines = text.Split('\n');
        var notesAt = Array.FindLastIndex(lines, l => l.Trim() == "Notes");
        var draft = new ArticleDraft
        {
            Title = "Sample",
            Authors = ["Rami Jameel", "Paul Iddon"],
            Body = string.Join('\n', notesAt < 0 ? lines : lines[..notesAt]),
            Notes = notesAt < 0 ? null : string.Join('\n', lines[(notesAt + 1)..]),
            Date = new DateOnly(2021, 11, 19),
            Origin = new SourceLocation(context.SourcePath, 1),
            BodyStartLine = 1,
        };
        foreach (var rule in pipeline.DraftRules)
        {
            var r = rule.Apply(draft, context);
            draft = r.Draft;
            actions.AddRange(r.Actions);
        }
        return (draft, actions);
    }

    /// <summary>Sentences of the raw seed, one line at a time; an address printed inside link text ("Name \(/path\)") repeats the link's target and is not counted.</summary>
    private static IEnumerable<string> Sentences(string raw) =>
        raw.Replace("\r\n", "\n").Split('\n')
            .Select(l => EmbeddedAddress().Replace(l, ""))
            .SelectMany(l => Regex.Split(l, @"(?<=[.!?])\s+"))
            .Where(s => s.Trim().Length > 0);

    [GeneratedRegex(@"\s*\\\([^)]*\\\)")]
    private static partial Regex EmbeddedAddress();
}

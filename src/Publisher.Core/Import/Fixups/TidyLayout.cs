using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// The last rule: the others blank lines instead of deleting them (so seed line numbers hold while they
/// run); this collapses the resulting runs of blank lines to one and trims the ends, giving the
/// "paragraphs separated by one blank line" layout the writer expects. Changes no text.
/// </summary>
public static partial class TidyLayout
{
    public static string Apply(string text) => BlankRun().Replace(text, "\n\n").Trim('\n');

    [GeneratedRegex(@"\n[ \t]*(?:\n[ \t]*)+\n")]
    private static partial Regex BlankRun();
}

/// <summary>Runs <see cref="TidyLayout"/> over a draft's body, notes and bio.</summary>
public sealed class TidyLayoutFixup : IDraftFixup
{
    public string Name => "tidy-layout";

    public DraftFixupResult Apply(ArticleDraft draft, FixupContext context) => new(draft with
    {
        Body = TidyLayout.Apply(draft.Body),
        // Collapsing blank lines moves lines: the seed line map no longer applies.
        BodyLineMap = [],
        NotesLineMap = [],
        AuthorBioLineMap = [],
        Notes = draft.Notes is null ? null : TidyLayout.Apply(draft.Notes),
        AuthorBio = draft.AuthorBio is null ? null : TidyLayout.Apply(draft.AuthorBio),
    }, [], []);
}

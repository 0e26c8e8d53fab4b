using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Review;

/// <summary>
/// Readable names for decision kinds (<see cref="Fixups.FixupActionKinds"/>), in the order the report lists them.
/// A kind missing here is still shown, under its own name, after the known ones: a new rule needs no report change.
/// </summary>
public static class DecisionLabels
{
    private static readonly (string Kind, string Label)[] Known =
    [
        ("dropped-boilerplate", "Text dropped as boilerplate"),
        ("unlinked-broken-link", "Broken link unlinked (its text kept)"),
        ("linked-outlet", "Broken link pointed at the outlet's site"),
        ("corrected-outlet-url", "Outlet address replaced from outlets.yml"),
        ("normalized-url", "Link address rewritten (normalised)"),
        ("absolutized-link", "Relative link made absolute"),
        ("cleaned-link-text", "Link text cleaned"),
        ("linked-self-citation", "Citation linked to the archive"),
        ("rejoined-page-break", "Paragraph joined across a page break"),
        ("made-heading", "Line made a heading"),
        ("converted-footnote", "Footnote converted"),
        ("distributed-notes", "Notes of a shared notes section given to their article"),
        ("extracted-author-bio", "Bio moved to the author's profile"),
        ("author-social", "Social handle moved to the author's profile"),
        ("used-for-field", "Label used for a front matter value"),
        ("inferred-value", "Value inferred"),
        ("authors-from-bio", "Authors taken from the closing bio"),
        ("normalized-publication", "Publication name spelt as the site spells it"),
        ("own-publication", "Publication recognised as one of the archive's own"),
        ("merged-duplicate", "Duplicate merged"),
        ("merge-difference", "Merge: the versions differ"),
        ("merge-added-paragraph", "Merge: paragraph added from the other version"),
        ("merge-skipped-paragraph", "Merge: paragraph of the other version left out"),
        ("repaired-mojibake", "Garbled characters repaired"),
        ("removed-invisible-characters", "Invisible characters removed"),
        ("replaced-non-breaking-spaces", "Non-breaking spaces replaced"),
        ("spelled-ligatures", "Ligature glyphs spelled out"),
        ("trimmed-trailing-whitespace", "Trailing spaces trimmed"),
        ("unboxed-text", "Box drawn around text taken off"),
        ("removed-link-markers", "Text browser's link markers removed"),
        ("normalized-line-ends", "Line ends normalised"),
        ("removed-bom", "Byte order mark removed"),
    ];

    private static readonly Dictionary<string, (string Label, int Order)> ByKind =
        Known.Select((k, i) => (k.Kind, k.Label, i)).ToDictionary(k => k.Kind, k => (k.Label, k.i), StringComparer.Ordinal);

    public static string For(string kind) => ByKind.TryGetValue(kind, out var known) ? known.Label : kind;

    /// <summary>Known kinds in the table's order, then the others by name.</summary>
    public static IEnumerable<string> Ordered(IEnumerable<string> kinds) =>
        kinds.Distinct(StringComparer.Ordinal)
            .OrderBy(k => ByKind.TryGetValue(k, out var known) ? known.Order : int.MaxValue)
            .ThenBy(k => k, StringComparer.Ordinal);
}

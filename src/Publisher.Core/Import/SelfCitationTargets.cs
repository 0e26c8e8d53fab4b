using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Build;
using Publisher.Core.Import.Fixups;

namespace Publisher.Core.Import;

/// <summary>
/// Self-citations of articles being imported are resolved in two steps. The link rule runs on each draft before
/// duplicates are merged and slugs chosen, so it links such a citation to a placeholder slug naming the draft
/// (<c>/articles/~draft-3/</c>; a real slug never holds '~'). Once <see cref="ArticleIdentities"/> has given every
/// article its final slug, <see cref="Resolve"/> puts the final address in its place, in the text and in the
/// rule's recorded actions, so a citation never points at an older article that happens to share a title.
/// </summary>
public static partial class SelfCitationTargets
{
    private const string Prefix = "~draft-";

    /// <summary>The placeholder slug of the <paramref name="draftIndex"/>-th draft of this import.</summary>
    public static string Placeholder(int draftIndex) => Prefix + draftIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>Replaces every placeholder address with the final one; an unknown draft's link keeps only its text.</summary>
    /// <param name="slugOfDraft">The final slug of the draft with that index, or null when it has none.</param>
    public static string Resolve(string text, Func<int, string?> slugOfDraft)
    {
        if (!text.Contains(Prefix, StringComparison.Ordinal)) return text;
        text = PlaceholderLink().Replace(text, m =>
            slugOfDraft(int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)) is { } slug
                ? $"[{m.Groups["text"].Value}]({Permalinks.Article(slug)})"
                : m.Groups["text"].Value);
        // Action details quote the address alone ("… → [Terrorism Monitor](/articles/~draft-3/)" is a link too,
        // but a message may name the bare address).
        return PlaceholderAddress().Replace(text, m =>
            slugOfDraft(int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)) is { } slug ? Permalinks.Article(slug) : m.Value);
    }

    public static FixupAction Resolve(FixupAction action, Func<int, string?> slugOfDraft) =>
        !action.Detail.Contains(Prefix, StringComparison.Ordinal) && action.After?.Contains(Prefix, StringComparison.Ordinal) != true
            ? action
            : action with
            {
                Detail = Resolve(action.Detail, slugOfDraft),
                After = action.After is null ? null : Resolve(action.After, slugOfDraft),
            };

    [GeneratedRegex(@"\[(?<text>[^\[\]]*)\]\(/articles/~draft-(?<index>\d+)/\)")]
    private static partial Regex PlaceholderLink();

    [GeneratedRegex(@"/articles/~draft-(?<index>\d+)/")]
    private static partial Regex PlaceholderAddress();
}

using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Import;

/// <summary>
/// A front matter value import inferred rather than read, recorded where it was decided: the field, the value as the
/// front matter writes it, why (in an editor's words) and the seed line of the evidence. The review report shows it as
/// an <c>inferred-value</c> decision, as long as the article still has that value (a sidecar or a merge may replace it).
/// </summary>
public sealed record InferredValue(string Field, string Value, string Reason, SourceLocation? Evidence)
{
    public static InferredValue Date(DateOnly date, string reason, SourceLocation? evidence) =>
        new("date", FormatDate(date), reason, evidence);

    public static InferredValue Authors(IReadOnlyList<string> authors, string reason, SourceLocation? evidence) =>
        new("authors", string.Join(", ", authors), reason, evidence);

    /// <summary>The value of <paramref name="field"/> in the front matter, formatted as <see cref="Value"/> is; null when unset or not a recorded field.</summary>
    public static string? ValueIn(ArticleFrontMatter fm, string field) => field switch
    {
        "title" => fm.Title,
        "date" => fm.Date is { } d ? FormatDate(d) : null,
        "authors" => fm.Authors.Count > 0 ? string.Join(", ", fm.Authors) : null,
        "publication" => fm.Publication,
        "kind" => fm.Kind,
        "summary" => fm.Summary,
        "url" => fm.Url,
        _ => null,
    };

    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;

namespace Publisher.Core.Build.Reading;

/// <summary>
/// A Chicago-style note citation (17th ed., journal article), in three parts so a page can set the publication in
/// italics: <c>Jane Doe and John Roe, “Title,” </c><i>Terrorism Monitor</i><c> 19, no. 22 (November 19, 2021), https://…</c>
/// </summary>
/// <param name="Lead">Authors and the quoted title, up to the publication.</param>
/// <param name="Container">The publication's name (italic).</param>
/// <param name="Tail">Volume, issue and date, up to the URL.</param>
public sealed record ChicagoCitation(string Lead, string Container, string Tail, string Url)
{
    /// <summary>Up to three authors are named; four or more are the first and "et al.".</summary>
    public const int MostAuthorsNamed = 3;

    /// <summary>The whole citation as plain text (for copying).</summary>
    public string Text => $"{Lead}{Container}{Tail}{Url}.";

    public static ChicagoCitation Of(Citation citation)
    {
        var lead = new StringBuilder();
        var authors = Authors(citation.Authors);
        if (authors.Length > 0) lead.Append(authors).Append(", ");
        lead.Append('“').Append(QuotedTitle(citation.Title)).Append('”').Append(' ');

        var tail = new StringBuilder();
        if (citation.Volume is { } volume)
        {
            tail.Append(' ').Append(volume.ToString(CultureInfo.InvariantCulture));
            if (citation.Issue is { } issue) tail.Append(", no. ").Append(issue.ToString(CultureInfo.InvariantCulture));
        }
        else if (citation.Issue is { } issue)
        {
            tail.Append(", no. ").Append(issue.ToString(CultureInfo.InvariantCulture));
        }
        tail.Append(" (").Append(citation.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("), ");
        return new ChicagoCitation(lead.ToString(), citation.Publication, tail.ToString(), citation.Url);
    }

    /// <summary>"A", "A and B", "A, B, and C", "A et al.".</summary>
    internal static string Authors(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        <= MostAuthorsNamed => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
        _ => $"{names[0]} et al.",
    };

    /// <summary>Double quotes inside a quoted title become single ones: curly, opening after a space or at the start.</summary>
    private static string SingleQuotes(string title)
    {
        var chars = title.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '“' => '‘',
                '”' => '’',
                '"' => i == 0 || char.IsWhiteSpace(chars[i - 1]) || chars[i - 1] is '(' or '[' ? '‘' : '’',
                var c => c,
            };
        }
        return new string(chars);
    }

    /// <summary>The title with the comma Chicago puts inside the quotes, unless it ends in its own ? or !; inner double quotes become single.</summary>
    private static string QuotedTitle(string title)
    {
        var inner = SingleQuotes(title.Trim());
        return inner.EndsWith('?') || inner.EndsWith('!') ? inner : inner + ",";
    }
}

using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The label over a site's list of its other pieces after the article: "More letters", "More in Opinion", "Other press
/// statements", "More episodes", "Related research", "Recent posts", "Latest from the blog". A quantifier of other pieces
/// ("more", "other", "related", "recent", "latest", "similar", "further") and at most four words naming the section or
/// the kind ("statements from the council"), nothing else: no figure, no punctuation but a closing colon. The shape alone
/// is loose ("Other groups followed" has it too): the classifier takes it as a rail's label only in the page's tail,
/// with no article prose after it, over headline lines (<see cref="BoilerplateClassifier"/>). Pure.
/// </summary>
public static partial class RailLabel
{
    private const int MaxWords = 5;

    /// <summary>True for a line shaped like the label of a list of other pieces.</summary>
    public static bool Is(string text)
    {
        var line = text.Trim().Trim('*', '#', ' ').TrimEnd(':').Trim();
        if (line.Length == 0 || line.Contains('\n') || TextLines.WordCount(line) > MaxWords) return false;
        return Label().IsMatch(line);
    }

    [GeneratedRegex(@"^(?:more|other|related|recent|latest|similar|further)(?:\s+[\p{L}&'’\-]+){1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}

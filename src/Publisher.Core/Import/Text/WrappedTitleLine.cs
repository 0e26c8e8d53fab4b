namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of a title wrapped over several lines that is not its last: it ends no sentence, and may stop at the colon
/// before a subtitle ("Tolls and Raids:" / "The Economics of a Faction") or, in title case, at a comma inside the
/// title's list ("The Drone Workshops of the Ridge Front: Supply," / "Skills and Limits"). Pure.
/// </summary>
internal static class WrappedTitleLine
{
    public static bool MayContinue(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text[^1] is '.' or ';') return false;
        if (text[^1] != ',') return true;
        var words = text.TrimEnd(',');
        // Capitals are a title's typography; otherwise most words must be capitalised, as in a title.
        return !words.Any(char.IsLower) || ParagraphShape.LooksLikeTitleCaseHeading(words);
    }

    /// <summary>The first line without the colon or comma it may end at, for the title-shape tests of a first line.</summary>
    public static string Core(string line) => line.TrimEnd().TrimEnd(':', ',');
}

namespace Publisher.Core.Import.Text;

/// <summary>
/// A label printed in two languages, one after the other with a slash between them ("SOMMAIRE / CONTENTS",
/// "Références / References", "EN BREF / IN BRIEF"): each side is the same label, so a recogniser that knows either
/// side knows the line. Only short sides (at most <see cref="MaxSideWords"/> words, no sentence end) count: a slash
/// in a title or a sentence ("Peace / War: the choice") is not a label in two languages. Pure.
/// </summary>
internal static class BilingualLabel
{
    private const int MaxSideWords = 4;

    /// <summary>The line itself and, when it is a label in two languages, each of its two sides.</summary>
    public static IEnumerable<string> Readings(string line)
    {
        yield return line;
        var parts = line.Split(" / ");
        if (parts.Length != 2) yield break;
        var (left, right) = (parts[0].Trim(), parts[1].Trim());
        if (!IsSide(left) || !IsSide(right)) yield break;
        yield return left;
        yield return right;
    }

    /// <summary>Whether <paramref name="recognise"/> knows the line or, for a label in two languages, either side.</summary>
    public static bool Any(string line, Func<string, bool> recognise) => Readings(line).Any(recognise);

    private static bool IsSide(string side) =>
        side.Length > 0 && side.Any(char.IsLetter) && TextLines.WordCount(side) <= MaxSideWords && side[^1] is not ('.' or '!' or '?' or ',');
}

using System.Globalization;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// Line-end hyphens resolved with the document's own vocabulary: "organi-" / "sation" becomes "organisation" on the
/// first line when the document prints "organisation" unhyphenated elsewhere; otherwise the hyphen stays (it may be a
/// compound such as "cross-border").
/// </summary>
internal static class Hyphenation
{
    private static readonly char[] Hyphens = ['-', '\u2010', '\u00AD'];

    public static List<string> Resolve(IReadOnlyList<string> lines)
    {
        var vocabulary = Vocabulary(lines);
        var result = lines.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var line = result[i];
            if (line.Length < 3 || !Hyphens.Contains(line[^1]) || !char.IsLetter(line[^2])) continue;
            var stemStart = line.LastIndexOf(' ') + 1;
            var stem = line[stemStart..^1];
            var next = result[i + 1];
            var wordEnd = next.IndexOf(' ');
            var continuation = wordEnd < 0 ? next : next[..wordEnd];
            var letters = new string(continuation.TakeWhile(char.IsLetter).ToArray());
            // A continuation that is the whole next line stays where it is: joining would empty the line.
            if (wordEnd < 0 || letters.Length == 0 || !char.IsLower(letters[0]) || !stem.All(char.IsLetter)) continue;
            if (!vocabulary.Contains((stem + letters).ToLower(CultureInfo.InvariantCulture))) continue;
            result[i] = line[..^1] + continuation;
            result[i + 1] = next[(wordEnd + 1)..];
        }
        return result;
    }

    /// <summary>The words the document prints whole (not at a line end before a hyphen, not at a line start after one).</summary>
    private static HashSet<string> Vocabulary(IReadOnlyList<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var afterHyphen = i > 0 && lines[i - 1].Length > 0 && Hyphens.Contains(lines[i - 1][^1]);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (t == 0 && afterHyphen) continue;
                if (t == tokens.Length - 1 && Hyphens.Contains(tokens[t][^1])) continue;
                words.Add(new string(tokens[t].Where(char.IsLetter).ToArray()).ToLower(CultureInfo.InvariantCulture));
            }
        }
        return words;
    }
}

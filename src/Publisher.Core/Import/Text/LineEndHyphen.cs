using System.Globalization;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A hyphen ending a line of PDF text: a word the typesetter broke ("govern-" / "ment") or a compound that broke at its
/// own hyphen ("pro-" / "government", "Al-" / "Qaeda"). Evidence first (<see cref="Evidence"/>): kept before a capital or
/// a figure, after a prefix that takes a hyphen, and where the text prints the hyphenated word elsewhere; dropped where it
/// prints the word whole. Without evidence the caller decides: a page break keeps the hyphen and says so; inside a
/// paragraph, where typesetters break words far more often than compounds, the hyphen goes unless the part before it is
/// a word the text prints on its own ("state-" / "sponsored" stays, "delib-" / "erate" is one word). Pure.
/// </summary>
internal static class LineEndHyphen
{
    private static readonly HashSet<string> KeptPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "pro", "non", "self", "ex", "co", "post", "pre", "neo", "semi", "multi", "inter", "intra",
        "counter", "cross", "well", "quasi", "all", "half", "mid", "ultra", "vice", "trans", "pan", "sub",
        "al", "el", "ul", "bin", "ibn", "abu", "abd", "e", "i",
    };

    private static readonly char[] Hyphens = ['-', '\u2010', '\u00AD'];

    /// <summary>
    /// Whether the hyphen in <paramref name="fragment"/>-<paramref name="continuation"/> is part of the word (true), a
    /// break to drop (false), or unknown (null); <paramref name="printed"/> counts a word's whole occurrences in the text.
    /// </summary>
    public static bool? Evidence(string fragment, string continuation, Func<string, int> printed)
    {
        if (fragment.Length == 0 || continuation.Length == 0) return true;
        if (char.IsUpper(continuation[0]) || char.IsUpper(fragment[0]) || char.IsDigit(continuation[0])) return true;
        if (KeptPrefixes.Contains(fragment)) return true;
        var hyphenated = printed(fragment + "-" + continuation);
        var solid = printed(fragment + continuation);
        if (solid > 0 && hyphenated == 0) return false;
        if (hyphenated > 0) return true;
        return null;
    }

    /// <summary>A line-end hyphen decided without evidence, the part before it not printed whole: the editor should see it.</summary>
    /// <param name="Index">0-based index of the line that ended in the hyphen.</param>
    internal sealed record UnsureJoin(int Index, string Fragment, string Continuation);

    /// <summary>
    /// The lines with each word broken at a line end made whole on the first line ("organi-" / "sation voted" becomes
    /// "organisation" / "voted"); a kept hyphen, a continuation that is the whole next line and a line before a blank
    /// (a page break, <see cref="Fixups.RejoinPageBreaks"/>'s) are left as they are. Line count and order are kept.
    /// </summary>
    public static List<string> Resolve(IReadOnlyList<string> lines) => Resolve(lines, []);

    /// <inheritdoc cref="Resolve(IReadOnlyList{string})"/>
    /// <param name="unsure">Receives each join made without evidence either way.</param>
    public static List<string> Resolve(IReadOnlyList<string> lines, List<UnsureJoin> unsure)
    {
        var counts = WholeWords(lines);
        int Printed(string word) => counts.GetValueOrDefault(word.ToLower(CultureInfo.InvariantCulture));
        var result = lines.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var line = result[i].TrimEnd();
            if (line.Length < 3 || !Hyphens.Contains(line[^1]) || !char.IsLetter(line[^2])) continue;
            var stem = line[(line.LastIndexOf(' ') + 1)..^1];
            var next = result[i + 1];
            var indent = next.Length - next.TrimStart().Length;
            var rest = next.TrimStart();
            var wordEnd = rest.IndexOf(' ');
            if (wordEnd < 0 || !stem.All(char.IsLetter)) continue;
            var continuation = rest[..wordEnd];
            var letters = new string(continuation.TakeWhile(char.IsLetter).ToArray());
            if (letters.Length == 0 || !char.IsLower(letters[0])) continue;
            // Inside a paragraph the hyphen stays by the evidence, else when the part before it is a word of its own.
            var evidence = Evidence(stem, letters, Printed);
            if (evidence ?? Printed(stem) > 0) continue;
            if (evidence is null) unsure.Add(new UnsureJoin(i, stem, letters));
            result[i] = line[..^1] + continuation;
            result[i + 1] = new string(' ', indent) + rest[(wordEnd + 1)..];
        }
        return result;
    }

    /// <summary>
    /// How often the text prints each word whole (lower case, inner hyphens kept): never counting the part of a word before
    /// a line-end hyphen or the part after it, whose wholeness is the question.
    /// </summary>
    private static Dictionary<string, int> WholeWords(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var afterHyphen = i > 0 && lines[i - 1].TrimEnd() is { Length: > 0 } above && Hyphens.Contains(above[^1]);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (t == 0 && afterHyphen) continue;
                if (t == tokens.Length - 1 && Hyphens.Contains(tokens[t][^1])) continue;
                var word = tokens[t].Trim('"', '“', '”', '\'', '‘', '’', ',', '.', ';', ':', '(', ')', '[', ']', '!', '?').ToLower(CultureInfo.InvariantCulture);
                if (word.Length > 0 && word.All(c => char.IsLetter(c) || c == '-')) counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        return counts;
    }
}

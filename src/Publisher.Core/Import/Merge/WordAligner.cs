using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Merge;

/// <summary>One whitespace-separated word of a text, with where it stands in that text.</summary>
/// <param name="Text">The word as written ("al-Sadr’s", "12.", "[Reuters](https://…),").</param>
/// <param name="Key">What the comparison sees: quotes, ligatures and link targets normalised away.</param>
internal readonly record struct WordToken(string Text, string Key, int Start, int End);

/// <summary>
/// A stretch of two aligned word sequences: equal words, or a difference (words <c>[AStart, AStart+ACount)</c> of the
/// first read <c>[BStart, BStart+BCount)</c> of the second; either count may be zero).
/// </summary>
internal readonly record struct AlignedRun(bool Equal, int AStart, int ACount, int BStart, int BCount);

/// <summary>
/// Word-by-word alignment of two versions of a text (Myers' O((N+M)·D) diff over word keys, after trimming the
/// common head and tail, so two nearly equal paragraphs cost about their length).
/// </summary>
internal static partial class WordAligner
{
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match m in NonSpace().Matches(text))
            tokens.Add(new WordToken(m.Value, Key(m.Value), m.Index, m.Index + m.Length));
        return tokens;
    }

    /// <summary>
    /// The word as the comparison sees it: typographic quotes as plain ones, ligatures and other compatibility forms
    /// decomposed (NFKC), soft hyphens dropped, and Markdown link syntax left out ("[Dawn](url)," reads "Dawn,").
    /// </summary>
    public static string Key(string word)
    {
        var text = LinkTarget().Replace(word, "");
        text = LinkOpen().Replace(text, "");
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            switch (c)
            {
                case '\u00AD': break;
                case '“' or '”' or '„' or '″' or '«' or '»': sb.Append('"'); break;
                case '‘' or '’' or '‚' or '′' or '`': sb.Append('\''); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public static IReadOnlyList<AlignedRun> Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;

        var matches = new List<(int A, int B)>();
        for (var i = 0; i < head; i++) matches.Add((i, i));
        matches.AddRange(Myers(a, head, a.Count - tail, b, head, b.Count - tail));
        for (var i = 0; i < tail; i++) matches.Add((a.Count - tail + i, b.Count - tail + i));
        return Runs(matches, a.Count, b.Count);
    }

    /// <summary>Matched index pairs (ascending) of a longest common subsequence of a[aFrom..aTo) and b[bFrom..bTo).</summary>
    private static List<(int A, int B)> Myers(IReadOnlyList<string> a, int aFrom, int aTo, IReadOnlyList<string> b, int bFrom, int bTo)
    {
        int n = aTo - aFrom, m = bTo - bFrom;
        var result = new List<(int A, int B)>();
        if (n == 0 || m == 0) return result;
        var max = n + m;
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= max && found < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
                var y = x - k;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) { x++; y++; }
                v[k + offset] = x;
                if (x >= n && y >= m) { found = d; break; }
            }
        }

        int cx = n, cy = m;
        for (var d = found; d >= 0; d--)
        {
            var vd = trace[d];
            var k = cx - cy;
            var prevK = k == -d || (k != d && vd[k - 1 + offset] < vd[k + 1 + offset]) ? k + 1 : k - 1;
            var prevX = d == 0 ? 0 : vd[prevK + offset];
            var prevY = d == 0 ? 0 : prevX - prevK;
            while (cx > prevX && cy > prevY) { cx--; cy--; result.Add((aFrom + cx, bFrom + cy)); }
            cx = prevX;
            cy = prevY;
        }
        result.Reverse();
        return result;
    }

    private static List<AlignedRun> Runs(List<(int A, int B)> matches, int aCount, int bCount)
    {
        var runs = new List<AlignedRun>();
        int a = 0, b = 0, i = 0;
        while (i < matches.Count || a < aCount || b < bCount)
        {
            var (nextA, nextB) = i < matches.Count ? matches[i] : (aCount, bCount);
            if (nextA > a || nextB > b) runs.Add(new AlignedRun(false, a, nextA - a, b, nextB - b));
            if (i >= matches.Count) break;
            var start = i;
            while (i + 1 < matches.Count && matches[i + 1].A == matches[i].A + 1 && matches[i + 1].B == matches[i].B + 1) i++;
            runs.Add(new AlignedRun(true, matches[start].A, i - start + 1, matches[start].B, i - start + 1));
            a = matches[i].A + 1;
            b = matches[i].B + 1;
            i++;
        }
        return runs;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonSpace();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    // A link's opening bracket (not a footnote marker's "[^").
    [GeneratedRegex(@"\[(?!\^)")]
    private static partial Regex LinkOpen();
}

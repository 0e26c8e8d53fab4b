using System.Text;

namespace Publisher.Tests.Support;

/// <summary>A small readable diff: the first differing lines with a little context, for failure messages.</summary>
public static class LineDiff
{
    public static string Describe(string expected, string actual, int maxHunks = 5)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var sb = new StringBuilder();
        var hunks = 0;
        int i = 0, j = 0;
        while ((i < a.Length || j < b.Length) && hunks < maxHunks)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j]) { i++; j++; continue; }
            hunks++;
            sb.Append($"@@ expected line {i + 1}, actual line {j + 1}\n");
            // Find the next line both share again, looking a bounded way ahead.
            var (nextI, nextJ) = Resync(a, b, i, j);
            for (var k = i; k < nextI; k++) sb.Append("- ").Append(a[k]).Append('\n');
            for (var k = j; k < nextJ; k++) sb.Append("+ ").Append(b[k]).Append('\n');
            i = nextI;
            j = nextJ;
        }
        if (hunks == maxHunks) sb.Append("… more differences\n");
        return sb.ToString();
    }

    private static (int, int) Resync(string[] a, string[] b, int i, int j)
    {
        const int window = 60;
        for (var distance = 1; distance < window * 2; distance++)
            for (var di = 0; di <= distance; di++)
            {
                var dj = distance - di;
                if (i + di < a.Length && j + dj < b.Length && a[i + di] == b[j + dj] && a[i + di].Length > 0)
                    return (i + di, j + dj);
            }
        return (Math.Min(i + window, a.Length), Math.Min(j + window, b.Length));
    }
}

using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A box drawn in characters around a block of text, as text extraction and plain-text newsletters print a contents
/// list or a sidebar: a top and a bottom border (<c>+-----+</c>, <c>┌─────┐</c>) with every line between them opened and
/// closed by a bar (<c>| … |</c>, <c>│ … │</c>), a rule across it (<c>├────┤</c>) parting a heading row from the rest. Unboxing keeps each line where it is: the borders become blank lines and
/// each inner line its text, less the indentation all inner lines share. Pure.
/// </summary>
internal static partial class TextBox
{
    /// <summary>The lines with every box unboxed, and the (first, last) line index of each box found.</summary>
    public static (string[] Lines, IReadOnlyList<(int First, int Last)> Boxes) Unbox(IReadOnlyList<string> lines)
    {
        var result = lines.ToArray();
        var boxes = new List<(int, int)>();
        for (var top = 0; top < lines.Count; top++)
        {
            if (!Border().IsMatch(lines[top])) continue;
            var bottom = top + 1;
            while (bottom < lines.Count && Inner().IsMatch(lines[bottom])) bottom++;
            if (bottom == top + 1 || bottom >= lines.Count || !Border().IsMatch(lines[bottom])) continue;
            var inner = Enumerable.Range(top + 1, bottom - top - 1).Select(k => Inner().Match(lines[k]).Groups["text"].Value.TrimEnd()).ToList();
            var indent = inner.Where(t => t.Trim().Length > 0).Select(t => t.Length - t.TrimStart().Length).DefaultIfEmpty(0).Min();
            result[top] = "";
            result[bottom] = "";
            for (var k = 0; k < inner.Count; k++) result[top + 1 + k] = inner[k].Length > indent ? inner[k][indent..] : inner[k].Trim();
            boxes.Add((top, bottom));
            // A rule across the box ("+----+" under its heading row, "├────┤") closes one part and opens the next.
            top = bottom - 1;
        }
        return (result, boxes);
    }

    [GeneratedRegex(@"^\s*(?:\+-{10,}\+|┌─{10,}┐|└─{10,}┘|├─{10,}┤|╔═{10,}╗|╚═{10,}╝|╠═{10,}╣)\s*$")]
    private static partial Regex Border();

    [GeneratedRegex(@"^\s*[|│║](?<text>.*)[|│║]\s*$")]
    private static partial Regex Inner();
}

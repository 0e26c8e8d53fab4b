namespace Publisher.Core.Import.Text;

/// <summary>
/// A page of several pieces each signed at its foot, one under another: a newspaper's letters page (a letter, then the
/// author's reply under its own title), readers' responses. Each piece is a title-shaped line over prose, closed by a
/// signature (a name line with at most two place or role lines under it, <see cref="Signature"/>); the next piece's
/// title follows the signature directly. Two or more such pieces make the page a run of signed pieces; what stands
/// above the first title is the page's head, shared by them all. Pure; indexes are 0-based over raw lines.
/// </summary>
internal static class SignedPieces
{
    /// <summary>Prose in a piece, in letters: less is a note or a teaser, not a piece.</summary>
    private const int MinProseLetters = 300;

    /// <summary>The most lines a signature takes (the name and two place or role lines).</summary>
    private const int MaxSignatureLines = 3;

    /// <param name="Title">Index of the piece's title line.</param>
    /// <param name="End">Index of its signature's last line.</param>
    internal sealed record Piece(int Title, int End);

    /// <summary>The signed pieces of <paramref name="lines"/>, in order, or null when there are fewer than two.</summary>
    public static IReadOnlyList<Piece>? Read(IReadOnlyList<string> lines)
    {
        var nb = Enumerable.Range(0, lines.Count).Where(k => lines[k].Trim().Length > 0).ToList();
        string At(int p) => lines[nb[p]].Trim();
        bool Prose(int p) => p < nb.Count && ProseParagraph.Is(At(p));
        var pieces = new List<Piece>();
        var title = -1;
        for (var p = 0; p + 1 < nb.Count; p++)
        {
            if (title < 0)
            {
                if (Prose(p + 1) && TitleLine.IsTitleShaped(At(p)) && !Prose(p)) title = p;
                continue;
            }
            if (p <= title || !Prose(p) || Prose(p + 1)) continue;
            // The prose of the piece ends here: a signature follows, then the next piece's title over prose (or the page's foot).
            var signature = SignatureAfter(p, nb.Count, At, Prose);
            if (signature is not { } s || ProseLetters(title + 1, p, At, Prose) < MinProseLetters)
            {
                title = -1;
                continue;
            }
            pieces.Add(new Piece(nb[title], nb[s.End]));
            title = s.NextTitle;
            p = s.End;
            if (title < 0) break;
        }
        return pieces.Count >= 2 ? pieces : null;
    }

    /// <summary>
    /// The signature under the prose ending at <paramref name="p"/>: its last line and the next piece's title (a
    /// title-shaped line right under it, over prose), or -1 when no piece follows. The shortest signature that a next
    /// title follows wins; without one, the longest the lines allow closes the run.
    /// </summary>
    private static (int End, int NextTitle)? SignatureAfter(int p, int count, Func<int, string> at, Func<int, bool> prose)
    {
        (int End, int NextTitle)? last = null;
        for (var size = 1; size <= MaxSignatureLines && p + size < count; size++)
        {
            var block = Enumerable.Range(p + 1, size).Select(at).ToList();
            if (Enumerable.Range(p + 1, size).Any(prose) || Signature.Names(block) is null) continue;
            var next = p + size + 1;
            if (next + 1 < count && TitleLine.IsTitleShaped(at(next)) && prose(next + 1)) return (p + size, next);
            last ??= (p + size, -1);
        }
        return last;
    }

    private static int ProseLetters(int from, int to, Func<int, string> at, Func<int, bool> prose) =>
        Enumerable.Range(from, to - from + 1).Where(prose).Sum(q => at(q).Count(char.IsLetter));
}

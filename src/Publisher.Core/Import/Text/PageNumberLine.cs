using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Lines that are only a page number, in the shapes PDF extractions print them. Pure.
/// <list type="bullet">
/// <item><see cref="IsContentsReference"/>: a contents list's page pointer ("p.5", "p 5", "page 5").</item>
/// <item><see cref="IsExplicit"/>: a page number that says it is one ("Page 3 of 12", "p.5", "- 3 -", "3/12").</item>
/// <item><see cref="IsJump"/>: a line sending the reader to another page ("Continued on page 4", "(Continued from p. 1)").</item>
/// <item><see cref="IsBare"/>: digits alone ("3"); a page number only where the context says so.</item>
/// <item><see cref="Is"/>: any of these, "pp. 4" and "4 of 12" too.</item>
/// <item><see cref="EndsWithOpenLeader"/>: a contents entry whose leader waits for the page on the next line ("Title –" / "page 2").</item>
/// </list>
/// </summary>
public static partial class PageNumberLine
{
    public static bool IsContentsReference(string line) => ContentsReference().IsMatch(line.Trim());

    public static bool IsExplicit(string line) => Explicit().IsMatch(line.Trim());

    public static bool IsBare(string line) => Bare().IsMatch(line.Trim());

    public static bool IsJump(string line) => Jump().IsMatch(line.Trim());

    /// <summary>
    /// A contents entry that ends in a leader waiting for its page: "Title (NAME) –", "Title ….", "Title . . .", "Title ____"
    /// (a wrapped sentence ending in a dash is no title).
    /// </summary>
    public static bool EndsWithOpenLeader(string line)
    {
        if (OpenLeader().Match(line.TrimEnd()) is not { Success: true } leader) return false;
        var entry = line[..leader.Index].Trim();
        return entry.EndsWith(')') || TextShapes.IsTitleLike(entry);
    }

    public static bool Is(string line)
    {
        var text = line.Trim();
        return Bare().IsMatch(text) || Explicit().IsMatch(text) || ContentsReference().IsMatch(text) || Counted().IsMatch(text);
    }

    [GeneratedRegex(@"(?:\s[–—]|\.{3,}|…+|(?:\s*[.·]){3,}|_{3,})$")]
    private static partial Regex OpenLeader();

    [GeneratedRegex(@"^(?:p\.?|page)\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsReference();

    [GeneratedRegex(@"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|p\.\s?\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Explicit();

    [GeneratedRegex(@"^[(\[]?\s*(?:continued|continues|cont'd|cont\.)\s+(?:on|from|to|overleaf\s+on)\s+(?:page|p\.?)\s*\d{1,4}\s*[)\]]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Jump();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?:(?:p|pp|page)\.?\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();
}

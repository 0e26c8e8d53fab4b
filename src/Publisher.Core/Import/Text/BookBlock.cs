using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The block a review prints for the book it reviews: the book's title, "By AUTHOR" and a details line of publisher,
/// page count and price ("Marlow Press, 412 pages, $32", "Harrow &amp; Lyle, 336pp, £25", "288 pp. | €24.90"), often
/// with a bookshop offer ("Buy from our bookshop for £21.25"). The block describes the book, not the review: its
/// title is not the page's and its author is not the reviewer. Pure.
/// </summary>
public static partial class BookBlock
{
    /// <summary>A details line: a page count with a price or a publisher, and nothing long besides.</summary>
    public static bool IsDetails(string line)
    {
        var text = line.Trim();
        if (text.Length is < 6 or > 160 || TextLines.WordCount(text) > 16) return false;
        // "Edited by NAME and NAME. Sorrel Academic, 2039. xii + 344 pp.": a publisher and its year before the pages read as
        // a citation, however many words the editors' names take.
        if (!Pages().IsMatch(text) || TextLines.WordCount(text) > 10 && !PublisherYear().IsMatch(text) && ProseParagraph.Is(text)) return false;
        // "7 October 2029 | 42 pages | ISBN …": a paper's own details under its title carry the day it was published; a
        // reviewed book's give the year at most, unless a price says it is for sale.
        if (!Price().IsMatch(text) && DateLine.FindIn(text) is { Full: true }) return false;
        return Price().IsMatch(text) || text.Contains(',') || text.Contains('|') || text.Contains('·');
    }

    /// <summary>
    /// "Buy from our bookshop", "Order your copy …", "… at our partner bookshop": a bookshop offer. The verb opens the
    /// line: in a sentence ("… made a confiscation order and barred him from …") "order" and "from" are reporting.
    /// </summary>
    public static bool IsBookshopOffer(string line)
    {
        var text = line.Trim();
        return TextLines.WordCount(text) <= 25 && Bookshop().IsMatch(text);
    }

    [GeneratedRegex(@"\b\d{2,4}\s*(?:pp\.?|pages?)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Pages();

    [GeneratedRegex(@"[£$€¥]\s*\d|\d\s*(?:€|EUR|USD|GBP)\b|\b(?:hardback|paperback|hardcover)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    [GeneratedRegex(@"^\W*(?:buy|order)\b.{0,40}\b(?:bookshop|bookstore|book\s+shop|copy|from)\b|\bour\s+(?:partner\s+)?(?:bookshop|bookstore)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bookshop();

    [GeneratedRegex(@"\p{L},\s+(?:1[5-9]|20)\d{2}\.\s")]
    private static partial Regex PublisherYear();
}

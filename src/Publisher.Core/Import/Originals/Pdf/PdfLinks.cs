using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>
/// The PDF's web links: the words under a link annotation with a web address (what a browser or word processor writes
/// for a link when it prints to PDF) are written as a Markdown link <c>[words](address)</c>, the shape the text
/// importer and the web-page reader keep. Links inside the document (to a note, to a page) are not web links.
/// </summary>
internal static partial class PdfLinks
{
    /// <summary>The page's link areas with a web or mail address; none when the annotations cannot be read.</summary>
    public static IReadOnlyList<(PdfRectangle Area, string Address)> Read(Page page)
    {
        try
        {
            return page.GetHyperlinks()
                .Select(h => (h.Bounds, Address: Address(h.Uri)))
                .Where(h => h.Address is not null)
                .Select(h => (h.Bounds, h.Address!))
                .ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [];
        }
    }

    /// <summary>Each word whose middle stands inside a link area carries that link's address.</summary>
    internal static List<PageReader.PlacedWord> Attach(List<PageReader.PlacedWord> words, IReadOnlyList<(PdfRectangle Area, string Address)> links)
    {
        if (links.Count == 0) return words;
        return words.Select(w =>
        {
            var x = (w.Word.BoundingBox.Left + w.Word.BoundingBox.Right) / 2;
            var y = (w.Word.BoundingBox.Bottom + w.Word.BoundingBox.Top) / 2;
            var link = links.FirstOrDefault(l => x >= l.Area.Left && x <= l.Area.Right && y >= l.Area.Bottom && y <= l.Area.Top);
            return link.Address is null ? w : w with { Link = link.Address };
        }).ToList();
    }

    /// <summary>A web or mail address as written in a Markdown link (spaces and parentheses escaped); null for any other.</summary>
    internal static string? Address(string? uri)
    {
        var trimmed = uri?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        var web = trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                  || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        return web ? trimmed.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal) : null;
    }

    /// <summary>Closes the link being written; the sentence's punctuation after its last word stays outside it.</summary>
    internal static void Close(StringBuilder text, string address)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?') end--;
        var punctuation = text.ToString(end, text.Length - end);
        if (end > 0 && text[end - 1] == '[') punctuation = "";
        else text.Length = end;
        text.Append("](").Append(address).Append(')').Append(punctuation);
    }

    /// <summary>
    /// A link that runs on from the end of one printed line to the start of the next (the same address) written as one
    /// link over the line break, as a link wrapped by the printer was one link in its source.
    /// </summary>
    internal static List<string> JoinWrapped(List<string> lines)
    {
        var joined = new List<string>(lines);
        for (var i = 0; i + 1 < joined.Count; i++)
        {
            var end = LinkAtEnd().Match(joined[i]);
            if (!end.Success || !joined[i + 1].StartsWith('[')) continue;
            var next = LinkAtStart().Match(joined[i + 1]);
            if (!next.Success || next.Groups["address"].Value != end.Groups["address"].Value) continue;
            joined[i] = joined[i][..end.Index];
            joined[i + 1] = joined[i + 1][1..];
        }
        return joined;
    }

    [GeneratedRegex(@"\]\((?<address>[^()\s]+)\)$")]
    private static partial Regex LinkAtEnd();

    [GeneratedRegex(@"^\[[^\[\]]*\]\((?<address>[^()\s]+)\)")]
    private static partial Regex LinkAtStart();
}

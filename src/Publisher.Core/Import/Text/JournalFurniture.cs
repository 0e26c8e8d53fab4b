using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The furniture of a journal's article page around the title and abstract: the DOI ("DOI: https://doi.org/…", the
/// address alone), counts of citations, views and downloads ("Cited by 3 · 2,045 views"), file and citation links
/// ("Download PDF", "PDF (Full text)  HTML", "Download citation: RIS | BibTeX", "Cite this article", "How to Cite"),
/// the issue and section fields ("Issue: Vol. 9 No. 1 (2028)", "Section: Research Articles"), the ISSN line and the
/// corresponding author's address. Short lines only: a sentence that mentions a DOI or a download is prose. Pure.
/// </summary>
public static partial class JournalFurniture
{
    private const int MaxWords = 16;

    /// <summary>What the line is ("DOI", "article metrics", "download link", …), or null.</summary>
    public static string? What(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords) return null;
        if (Doi().IsMatch(t)) return "DOI";
        if (Metrics().IsMatch(t)) return "article metrics";
        // A row of the page's file links; "References" or "Share" alone are headings and buttons, not this.
        if (Files().IsMatch(t) && FileWord().IsMatch(t)) return "download link";
        if (IsTabRow(t)) return "article tabs";
        if (Citing().IsMatch(t)) return "citation tools";
        if (IssueField().IsMatch(t)) return "issue field";
        if (Issn().IsMatch(t)) return "ISSN line";
        if (Correspondence().IsMatch(t)) return "corresponding author";
        return null;
    }

    public static bool Is(string line) => What(line) is not null;

    [GeneratedRegex(@"^(?:DOI\s*:?\s*)?(?:https?://(?:dx\.)?doi\.org/|doi:\s*|DOI\s*:?\s*)10\.\d{4,9}/\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();

    /// <summary>"Article metrics: 1,203 views · 311 downloads", "Cited by 3 · 2,045 views · 418 PDF downloads", "Citations (12)", "Views: 1,204   Downloads: 387".</summary>
    [GeneratedRegex(@"^(?:(?:article\s+)?metrics\s*:?\s*)?(?:(?:cited\s+by\s+[\d,]+|citations?\s*\(?[\d,]+\)?|[\d,.]+\s*[KkM]?\s+(?:(?:pdf|full[\s-]text|html)\s+)?(?:views?|downloads?|citations?|reads?|altmetric)|(?:views?|downloads?|reads?|citations?)\s*:\s*[\d,.]+\s*[KkM]?)(?:\s*[·|•,;]\s*|\s+|$))+$|^(?:article\s+)?metrics$", RegexOptions.IgnoreCase)]
    private static partial Regex Metrics();

    /// <summary>"Download PDF", "Download PDF (1.1 MB) · Download supplementary data", "PDF (Full text)  HTML  Supplementary data", "Full text PDF", "Download PDF | Export citation | Share".</summary>
    [GeneratedRegex(@"^(?:(?:download\s+(?:the\s+)?(?:pdf|article|full\s+text|epub|supplementary\s+(?:data|material|files?))(?:\s*\([^)]{1,20}\))?|pdf(?:\s*\([^)]{1,20}\))?|html|epub|xml|full[\s-]text(?:\s+(?:pdf|html))?|supplementary\s+(?:data|material|files?)|export\s+citation|share|print|figures?(?:\s*&\s*data)?|references\s*\(\d+\)|permissions|reprints(?:\s*&\s*permissions)?|view\s+(?:pdf|article))(?:\s*[|·•]\s*|\s{2,}|\s+|$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex Files();

    /// <summary>
    /// The row of tabs over a journal article's page ("Full Article   Figures &amp; data   References   Citations   Metrics"):
    /// three or more of the page's own sections and tools, set apart by wide spaces or bars, nothing else.
    /// </summary>
    private static bool IsTabRow(string t)
    {
        var items = TabSeparator().Split(t).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        return items.Count >= 3 && items.All(i => Tab().IsMatch(i));
    }

    [GeneratedRegex(@"\s{2,}|\s*[|·•]\s*")]
    private static partial Regex TabSeparator();

    [GeneratedRegex(@"^(?:full\s+(?:article|text)|abstract|figures?(?:\s*(?:&|and)\s*(?:data|tables))?|tables|references|citations?|cited\s+by|metrics|(?:reprints\s*(?:&|and)\s*)?permissions|reprints|get\s+access|supplementary\s+(?:data|material)|pdf|epub|html|related\s+research|peer\s+review|article\s+info(?:rmation)?)(?:\s*\(\d+\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Tab();

    [GeneratedRegex(@"\b(?:pdf|download|full[\s-]text|html|epub|supplementary|export\s+citation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileWord();

    /// <summary>"How to Cite", "Cite this article", "Download citation: RIS | BibTeX | EndNote", "Export citation".</summary>
    [GeneratedRegex(@"^(?:how\s+to\s+cite(?:\s+this(?:\s+\p{L}+)?)?|cite\s+this(?:\s+\p{L}+)?|(?:download|export)\s+(?:the\s+)?citations?(?:\s*:?\s*(?:RIS|BibTeX|EndNote|RefWorks|Zotero|Mendeley)(?:\s*[|·•,]\s*(?:RIS|BibTeX|EndNote|RefWorks|Zotero|Mendeley))*)?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Citing();

    /// <summary>"Issue: Vol. 9 No. 1 (2028)", "Section: Research Articles", "Article type: Original article".</summary>
    [GeneratedRegex(@"^(?:issue\s*:\s*vol(?:ume|\.)?\s*\d{1,3}\b.{0,30}|section\s*:\s*\p{Lu}[\p{L} &\-]{2,40}|article\s+type\s*:\s*\p{L}[\p{L} \-]{2,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueField();

    [GeneratedRegex(@"^(?:(?:print\s+|online\s+|e-)?ISSN\b|ISSN\s*[:(]?)\s*\d{4}-\d{3}[\dX]", RegexOptions.IgnoreCase)]
    private static partial Regex Issn();

    [GeneratedRegex(@"^[*✉]?\s*(?:corresponding\s+author|correspondence)\s*:?\s*\S+@\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Correspondence();
}

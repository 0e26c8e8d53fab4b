using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A page field's label, folded to lower case ("content type"), and its value.</summary>
public sealed record PageFieldReading(string Label, string Value);

/// <summary>
/// A field an aggregator or catalogue page prints about a document, label and value on one line: "Format: Situation
/// Report", "Source: Regional Emergency Coordination Unit", "Content type: Policy brief", "Primary country: Chad",
/// "Themes: Health, Protection", "Language: English", a government page's "From: Ministry of …", the work that holds the piece ("In: Maritime
/// Insecurity, edited by …", "Published in: …", "Part of: …"). Only labels of describing fields are read, so a sentence
/// opening "Note: …" or a speaker turn "ANNA: …" is not a field. Pure.
/// </summary>
public static partial class PageField
{
    /// <summary>The field's label and value, or null.</summary>
    public static PageFieldReading? Read(string line)
    {
        var m = Field().Match(line.Trim());
        if (!m.Success) return null;
        var value = m.Groups["value"].Value.Trim();
        if (value.Length == 0 || TextLines.WordCount(value) > 14) return null;
        // "From: NAME <address>": an email's header, read as such elsewhere.
        if (m.Groups["label"].Value.Equals("from", StringComparison.OrdinalIgnoreCase) && value.Contains('@', StringComparison.Ordinal)) return null;
        return new PageFieldReading(Regex.Replace(m.Groups["label"].Value.ToLowerInvariant(), @"\s+", " "), value);
    }

    /// <summary>
    /// "Source", "Format", "Origin" alone on a line, its value on the next: an aggregator's describing field set out as a
    /// stacked list (a text browser's rendering of a definition list). The label without its colon.
    /// </summary>
    public static bool IsLabelAlone(string line) => Field().IsMatch(line.Trim().TrimEnd(':') + ": x");

    /// <summary>The genre a "Format:" / "Type:" field names, or null.</summary>
    public static string? Genre(string line) =>
        Read(line) is { } f && f.Label is "format" or "type" or "content type" or "document type" or "report type" or "genre"
            ? Genres.Of(f.Value)
            : null;

    /// <summary>The organisation a "Source:" field names on a page that copies another's document, or null.</summary>
    public static string? Source(string line) =>
        Read(line) is { Label: "source" or "originally published by" or "author organisation" or "author organization" } f
            && !f.Value.Contains("://", StringComparison.Ordinal) && f.Value.Any(char.IsUpper)
            ? f.Value.TrimEnd('.')
            : null;

    /// <summary>
    /// A "Label: value" line that is page metadata, whatever the label's wording: a short label (at most three words,
    /// "Date of publication", "Still current at", "Author(s)", "Issued by") whose value is a date, or whose label says
    /// who wrote or issued the page. Such a line is never a title ("Transcript: Maritime Militancy …" is one).
    /// </summary>
    public static bool IsMetadataLine(string line)
    {
        var m = AnyLabel().Match(line.Trim());
        if (!m.Success) return false;
        var label = m.Groups["label"].Value.Trim();
        var value = m.Groups["value"].Value.Trim();
        if (value.Length == 0) return false;
        // "Monthly Overview: August 2027": a heading in title case naming the month a periodic report covers is a title.
        if (DateLine.Read(value) is { Full: false } && DateLine.Read(line) is null && IsTitleCaseHeading(label)) return false;
        return DateLine.Read(value) is not null || DateLine.Read(line) is not null || AuthorLabel().IsMatch(label) || ReferenceCode().IsMatch(value);
    }

    /// <summary>A value opened by a reference code of capitals and digits ("2028-07R1", "R1 (replaces …)", "SN/26/4"), not a bare year.</summary>
    [GeneratedRegex(@"^(?=[\p{Lu}\d/-]*\d)(?=[\d/-]*\p{Lu})[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)*(?:\s|$)")]
    private static partial Regex ReferenceCode();

    private static bool IsTitleCaseHeading(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]));
    }

    [GeneratedRegex(@"^(?<label>[\p{L}()]+\.?(?:\s+[\p{L}()]+\.?){0,3})\s*:\s*(?<value>.*)$")]
    private static partial Regex AnyLabel();

    [GeneratedRegex(@"^(?:author(?:s|\(s\))?|writers?|contributors?|reporters?|editors?|credits?|bylines?|(?:\p{L}+\s+){0,2}by)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLabel();

    [GeneratedRegex(@"^(?<label>from|publication|status|applies\s+to|format|type|content\s+type|document\s+type|report\s+type|genre|source|originally\s+published\s+by|in|published\s+in|part\s+of|author\s+organi[sz]ation|origin|primary\s+country|countr(?:y|ies)|region|themes?|topics?|disaster\s+types?|language|languages|filed\s+under|vulnerable\s+groups|attachments?)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}

using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The publisher's notice printed at the end of an issue: who publishes it and how often ("Coastal Monitor is published
/// twice a month by the Harbour Foundation.", "The Upland Review is an independent quarterly publication of …"), whose
/// views it prints, who may reproduce it, where to subscribe. A short paragraph that opens with a name said to be
/// published (or to be a publication, journal, newsletter …), and either that name is the issue's own or a second
/// cue follows (views disowned, reproduction, subscriptions, permissions, copyright, contact); or, without the opening,
/// three such cues. An article's sentence about some other outlet ("Al-Naba is published weekly by …") has neither. Pure.
/// </summary>
internal static partial class PublisherNotice
{
    private const int MaxWords = 90;

    /// <param name="publication">The issue's own name (from its masthead), or null when not known.</param>
    public static bool Is(string paragraph, string? publication)
    {
        var text = Spaces().Replace(paragraph.Trim(), " ");
        if (TextLines.WordCount(text) is 0 or > MaxWords) return false;
        var cues = Cues().Matches(text).Select(m => m.Groups.Values.Skip(1).First(g => g.Success).Name).Distinct(StringComparer.Ordinal).Count();
        if (Opening().Match(text) is not { Success: true } opening) return cues >= 3;
        return cues >= 1 || publication is not null && SameName(opening.Groups["name"].Value, publication);
    }

    /// <summary>
    /// "X is published every other Thursday by …": a paragraph opening as a notice does, without the second cue that tells
    /// it from an article's sentence — enough only where nothing but a notice can stand (the issue's last line).
    /// </summary>
    public static bool Opens(string paragraph) =>
        Spaces().Replace(paragraph.Trim(), " ") is var text && TextLines.WordCount(text) <= MaxWords && Opening().IsMatch(text);

    /// <summary>
    /// A paragraph that goes on with a notice printed right before it, in a block of its own ("Unauthorized reproduction
    /// … is prohibited. For comments … email pubs@…"): short, no opening of its own, and two different cues.
    /// </summary>
    public static bool Continues(string paragraph)
    {
        var text = Spaces().Replace(paragraph.Trim(), " ");
        if (TextLines.WordCount(text) is 0 or > MaxWords) return false;
        return Cues().Matches(text).Select(m => m.Groups.Values.Skip(1).First(g => g.Success).Name).Distinct(StringComparer.Ordinal).Count() >= 2;
    }

    private static bool SameName(string printed, string publication) =>
        TextShapes.NormalizeForMatch(TheAway().Replace(printed, "")) == TextShapes.NormalizeForMatch(TheAway().Replace(publication, ""));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TheAway();

    // "NAME is published [twice a month|weekly|…] by|for", "NAME is a|an [adjectives] publication|journal|newsletter … of|by|from".
    [GeneratedRegex(@"^(?<name>(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}'’&.-]*){0,7})\s+is\s+(?:(?:published|produced|issued|edited|printed)\b|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:publication|journal|newsletter|bulletin|periodical|review|magazine|series|report)\s+(?:of|by|from|published)\b)")]
    private static partial Regex Opening();

    [GeneratedRegex(@"(?<views>\b(?:views|opinions)\s+expressed\b)|(?<reproduce>\breproduc(?:e|ed|tion)\b|\breprint(?:s|ed)?\b)|(?<subscribe>\bsubscri(?:be|ptions?|bers?)\b)|(?<permission>\bpermissions?\b)|(?<copyright>©|\bcopyright\b|\ball\s+rights\s+reserved\b)|(?<contact>\b(?:contact|editor|enquiries|inquiries)\s*:|@[\p{L}\d-]+\.\p{L}{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex Cues();
}

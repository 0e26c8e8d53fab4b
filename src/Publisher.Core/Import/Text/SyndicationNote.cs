using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>The outlet a republished piece first appeared in, and the date it appeared there when the note gives one.</summary>
/// <param name="Publication">The first outlet; null when the note names only the paper's own print edition (the page's site).</param>
public sealed record SyndicationReading(string? Publication, DateReading? Date);

/// <summary>
/// A republishing site's note that the piece first came out elsewhere: "This article first appeared in NAME on DATE, and
/// is republished here with permission", "Originally published in NAME.", "This column was first published by NAME on
/// DATE". The piece is the first outlet's (a copy is its original's, as an aggregator's "Source:" is), so the note gives
/// the publication and the date. Only a note whose subject is the piece itself, or that opens with the verb, is read:
/// "The group first appeared in 2029" is prose. Pure.
/// </summary>
public static partial class SyndicationNote
{
    /// <summary>The longest note read: a sentence or two, never a paragraph of the text.</summary>
    public const int MaxWords = 40;

    /// <summary>The first outlet and its date, or null when the line is no such note.</summary>
    public static SyndicationReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (TextLines.WordCount(text) > MaxWords) return null;
        // "This article first appeared in the Wexmoor Courier print edition of Saturday 3 May 2031": the site's own paper, on a day.
        if (PrintEdition().Match(text) is { Success: true } print)
            return DateLine.FindIn(print.Groups["where"].Value + " " + print.Groups["date"].Value) is { Full: true } printed ? new SyndicationReading(null, printed with { Role = DateRole.Published }) : null;
        if (Note().Match(text) is not { Success: true } m) return null;
        var name = m.Groups["name"].Value.Trim().TrimEnd('.', ',', ';');
        // "first published by the Orland Post": the article the sentence put before the name is not part of it.
        if (name.StartsWith("the ", StringComparison.Ordinal)) name = name[4..];
        // An outlet's name opens with a capital ("The Corran Ledger", "Harbour Review"); "in print", "in 2029" are no names.
        if (name.Length < 3 || !char.IsUpper(name[0]) || DateLine.FindIn(name) is not null) return null;
        var date = m.Groups["rest"].Success ? DateLine.FindIn(m.Groups["rest"].Value) : null;
        return new SyndicationReading(name, date is { Full: true } ? date with { Role = DateRole.Published } : null);
    }

    /// <summary>
    /// "(This|A version of this) article|piece|column|… (was) first|originally appeared|published|ran in|by|on NAME", the
    /// name running to " on DATE", a comma, a full stop or the end.
    /// </summary>
    /// <summary>
    /// "(This|A version of this) article (first) appeared|appears|was printed in (the) … (print|weekend|…) edition of|dated|on
    /// DATE", "… appeared in print on page 12 of the 3 May 2031 edition": the note of a newspaper's own site.
    /// </summary>
    [GeneratedRegex(@"^(?:this|the|a\s+version\s+of\s+this)\s+(?:article|piece|column|story|report|obituary|review|interview|letter)\s+(?:was\s+|has\s+)?(?:first\s+)?(?:appeared|appears|printed|published|ran)\s+in\s+(?:print\b)?(?<where>[^.;]{0,80}?)\bedition\b(?<date>[^;]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrintEdition();

    [GeneratedRegex(@"^(?:(?:this|the|a\s+version\s+of\s+this)\s+(?:article|piece|column|essay|op-ed|oped|commentary|story|post|analysis|interview|review|report|letter)\s+(?:was\s+|has\s+been\s+)?)?(?:first|originally)\s+(?:appeared|published|ran|run|printed)\s+(?:in|by|on)\s+(?<name>[^,.;]+?)(?=\s+on\s|\s*[,.;]|\s*$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}

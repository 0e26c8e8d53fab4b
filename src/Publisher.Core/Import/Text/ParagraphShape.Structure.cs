using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>Lines that are structure, not running text: Markdown blocks, list items, date lines.</summary>
internal static partial class ParagraphShape
{
    /// <summary>Markdown structure that never continues the paragraph before it (headings, lists, notes, quotes, tables, code).</summary>
    public static bool IsStructural(string line) =>
        Structural().IsMatch(line) || EndnoteShapes.Entry(line) is { } entry && (entry.Label.Roman || EndnoteShapes.HasWordProcessorAnchor(line));

    /// <summary>A line that is only a (labelled) date ("Nov 8, 2021", "Posted 8 November 2021"): a dateline, not a sentence.</summary>
    public static bool IsDateLine(string line) => DateLine.Read(line) is not null;

    /// <summary>A list item, possibly indented a little ("  • point", "1. point").</summary>
    public static bool IsListItem(string line) => ListItem().IsMatch(line);

    /// <summary>
    /// Markdown structure, a bullet or a numbered item, a note marker, or a lettered item opening a sentence ("(a) Republic
    /// of …", a note or clause lettered in brackets).
    /// </summary>
    [GeneratedRegex(@"^(#{1,6}\s|>|\||```|~~~|\s{4}|\t|\s{0,3}[-*+•▪◦]\s|\s{0,3}\d{1,3}[.)]\s|\s{0,3}\([a-z]\)\s+\p{Lu}|\[\^?\d+\]|!\[)")]
    private static partial Regex Structural();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+•▪◦]|\d{1,3}[.)])\s")]
    private static partial Regex ListItem();
}

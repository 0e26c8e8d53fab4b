using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A paragraph of running prose: at least one real sentence (eight words or more, ending in sentence punctuation),
/// not a heading, page number, caption or credit. What a PDF extraction has besides prose is furniture.
/// </summary>
public static partial class ProseParagraph
{
    public const int MinWords = 8;

    /// <summary>Why <paramref name="paragraph"/> is not prose, in an editor's words; null when it is.</summary>
    public static string? WhyNot(string paragraph)
    {
        var text = LinkTarget().Replace(paragraph, "").Trim();
        if (text.StartsWith('#')) return "a heading";
        if (PageNumberLine.Is(text)) return "a page number";
        if (PhotoCaption.IsCaptionOrCredit(text)) return "a caption or credit";
        var words = TextLines.WordCount(text);
        if (words < MinWords) return $"only {words} word{(words == 1 ? "" : "s")}, not a sentence";
        if (!SentenceEnd().IsMatch(text)) return NoSentencePunctuation;
        if (!StartsLikeSentence().IsMatch(text)) return "does not start like a sentence";
        return null;
    }

    private const string NoSentencePunctuation = "no sentence punctuation";

    public static bool Is(string paragraph) => WhyNot(paragraph) is null;

    /// <summary>A sentence this long ending on a year is prose, not a caption or a bio's dates.</summary>
    private const int MinWordsEndingOnYear = 15;

    /// <summary>
    /// "The guild was a small group of river pilots that met in the old customs house between 2019 and 2024.": prose
    /// but for ending on a year, which <see cref="Is"/> leaves out for captions and bios; a sentence this long is neither.
    /// </summary>
    public static bool IsLongEndingOnYear(string paragraph)
    {
        var text = LinkTarget().Replace(paragraph, "").Trim();
        return TextLines.WordCount(text) >= MinWordsEndingOnYear && YearEnd().IsMatch(text) && StartsLikeSentence().IsMatch(text) && WhyNot(text) == NoSentencePunctuation;
    }

    [GeneratedRegex(@"\s\p{N}{4}[.!?…]$")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    // A sentence end: . ! ? or … followed by a closing quote, bracket or footnote markers ("river.[1]", "1931.[2][5]",
    // "[^3]"), then a space or the end; also after a citation in brackets that ends in a number ("… the road (Hrodna
    // Today, February 12)."); and after a year when a note marker or another sentence follows ("… in 1921. She was …"):
    // a year closing a paragraph ("… since 2012.") is left out, as the bios and captions that end so have always been read.
    [GeneratedRegex(@"(?:\p{L}[\p{L}\p{N})\]]*|\p{N}[)\]])[.!?…][""”’'\)\]]*(?:" + EndnoteShapes.MarkerRun + @")?(?:\s|$)|(?<=\s)\p{N}{4}[.!?…](?:" + EndnoteShapes.MarkerRun + @"|\s+[\p{Lu}""“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[\p{Lu}\p{N}""“‘'(\[]")]
    private static partial Regex StartsLikeSentence();
}

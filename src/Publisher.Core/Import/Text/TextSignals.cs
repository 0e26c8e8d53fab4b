using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The measurable shape of one paragraph, as boilerplate detectors (jusText, boilerpipe) read it: length in words,
/// share of function words, share of characters inside links, share of capitalised words, whether it ends like a
/// sentence, and the interface phrases it contains.
/// </summary>
internal sealed partial record TextSignals(
    string Text,
    int Words,
    int Characters,
    double StopwordDensity,
    double LinkDensity,
    int Links,
    double CapitalisedShare,
    bool EndsSentence,
    IReadOnlyList<UiHit> UiHits,
    int UiWords)
{
    /// <summary>Share of the words that belong to interface phrases.</summary>
    public double UiShare => Words == 0 ? 0 : Math.Min(1, (double)UiWords / Words);

    /// <summary>
    /// Reads like a sentence of prose: two words or more ending as a sentence does, few links, and function words
    /// among them unless it is very short ("Talks collapsed.").
    /// </summary>
    public bool IsProseLike => Words >= 2 && (StopwordDensity >= 0.15 || Words <= 6) && LinkDensity < 0.5 && EndsSentence;

    /// <summary>
    /// Prose that leads into a quotation or a list and so ends in a colon ("Ship masters are unimpressed. One of them put it
    /// plainly:"): a sentence finished inside it, or fifteen words or more, with function words among them.
    /// </summary>
    public bool IsProseLeadIn => Text.TrimEnd().EndsWith(':') && StopwordDensity >= 0.2 && LinkDensity < 0.5
        && (Words >= 15 || Words >= 6 && InnerSentenceEnd().IsMatch(Text));

    /// <summary>
    /// A long paragraph of ordinary prose: jusText's "good" block. One signal against it is never enough to drop it.
    /// </summary>
    public bool IsLongProse => Words >= 25 && StopwordDensity >= 0.25 && LinkDensity < 0.5;

    public static TextSignals Of(string text)
    {
        var visible = MarkdownLink().Replace(text, "${text}");
        var linkChars = MarkdownLink().Matches(text).Sum(m => m.Groups["text"].Length);
        var links = MarkdownLink().Matches(text).Count;
        foreach (Match url in BareUrl().Matches(visible))
        {
            linkChars += url.Length;
            links++;
        }
        var words = Word().Matches(BareUrl().Replace(visible, " ")).Select(m => m.Value).ToList();
        var characters = visible.Trim().Length;
        var significant = words.Where(w => !Stopwords.Contains(w) && char.IsLetter(w[0])).ToList();
        var capitalised = significant.Count == 0 ? 0 : (double)significant.Count(w => char.IsUpper(w[0])) / significant.Count;
        var hits = UiVocabulary.Find(visible);
        var uiWords = hits.Sum(h => h.Phrase.Split(' ').Length);
        return new TextSignals(text, words.Count, characters, Stopwords.Density(words),
            characters == 0 ? 0 : Math.Min(1, (double)linkChars / characters), links, capitalised, EndsLikeSentence(visible), hits, uiWords);
    }

    private static bool EndsLikeSentence(string text)
    {
        var t = TrailingMarker().Replace(text.TrimEnd(), "").TrimEnd('"', '\'', '”', '’', '»', ')', ']', '*', '_');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' && !t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith(".)", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<?\b(?:https?://|www\.)[^\s<>)\]]+>?")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(\s*\[\^?\w+\])+$")]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"\p{Ll}[.!?][""”’]?\s+\p{Lu}")]
    private static partial Regex InnerSentenceEnd();
}

using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A call to action on a page: a short link or button telling the reader to do something ("Access the data export
/// tool →", "Explore the dashboard", "Register for the webinar »", "Read the full report"). It opens with an
/// imperative verb or closes with an arrow, and is no sentence. Pure.
/// </summary>
public static partial class CallToAction
{
    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length < 4 || TextLines.WordCount(text) > 12 || text[^1] is '.' or '?' or '!') return false;
        if (Arrow().IsMatch(text)) return true;
        return Imperative().IsMatch(text) && TextLines.WordCount(text) <= 8 && !text.Contains(':', StringComparison.Ordinal);
    }

    private const int MaxPromptWords = 25;
    private const int MaxPromptQuestionWords = 6;

    /// <summary>
    /// A prompt the page addresses to its reader, in a box, rail or footer rather than the article: a line that opens
    /// with a command (<see cref="UiVocabulary.StartsWithCommand"/>: "Sign the petition", "Forward to a friend", "Join the
    /// network — membership is free …"; a way back: "Back to all abstracts"; a campaign's verb: "Defend the right to
    /// protest in …") and is no plain statement — no full stop, or it speaks to the reader, or a dash sets the pitch
    /// after the command —, or a question to the reader followed by a command ("Spotted a claim you want us to check?
    /// Send it to us …", "Not a member yet? Join …": a short question, or one opening with its verb ("Have a question …?"), need not say "you"). Capitalised, at most 25 words and two sentences. A shape, not a verdict: a how-to's step and
    /// an article's closing exhortation open the same way, so the classifier weighs where it stands. Pure.
    /// </summary>
    public static bool IsReaderPrompt(string line)
    {
        var text = line.Trim().Trim('*', '_', '#', '•', ' ').Trim();
        if (text.Length < 4 || !char.IsUpper(text[0]) || TextLines.WordCount(text) > MaxPromptWords) return false;
        var sentences = PromptSentence().Split(text).Where(x => x.Length > 0).ToList();
        if (sentences.Count > 2) return false;
        if (OpensWithCommand(text))
            return text[^1] is not ('.' or '!' or '?') || UiVocabulary.AddressesReader(text) || PitchDash().IsMatch(text);
        return sentences.Count == 2 && sentences[0].EndsWith('?')
            && (ReaderWord().IsMatch(sentences[0]) || TextLines.WordCount(sentences[0]) <= MaxPromptQuestionWords || UnsaidYou().IsMatch(sentences[0]))
            && OpensWithCommand(sentences[1]);
    }

    private const int MaxControlWords = 6;

    /// <summary>
    /// A page's control set as a short command to the reader ("Print this page", "Share this page", "Email this story"):
    /// a reader prompt (<see cref="IsReaderPrompt"/>) of at most six words. After a notes list it closes the list.
    /// </summary>
    public static bool IsShortCommand(string line) => TextLines.WordCount(line) <= MaxControlWords && IsReaderPrompt(line);

    private static bool OpensWithCommand(string text) => UiVocabulary.StartsWithCommand(text) || CampaignOrReturn().IsMatch(text);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)")]
    private static partial Regex PromptSentence();

    /// <summary>A campaign's imperative or a way back to the site's lists, then a word: "Defend the …", "Back to all …".</summary>
    [GeneratedRegex(@"^(?:defend|protect|stop|end|free|save|demand|stand\s+with|act|help|back\s+to|return\s+to|go\s+back\s+to)\b[\s:,(]+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CampaignOrReturn();

    /// <summary>The command, a dash, then the pitch: "Join the network — membership is free".</summary>
    [GeneratedRegex(@"^\S.*?\s[—–]\s\S")]
    private static partial Regex PitchDash();

    /// <summary>"Have a question we have not answered?", "Spotted something we missed?": a question to the reader without its "you".</summary>
    [GeneratedRegex(@"^(?:have|got|know|spotted|seen|noticed|want|need|found|enjoyed|missed|interested\s+in)\s+(?:a|an|any|some|something|anything|more|this|what|how|who)\b|^(?:want|need|like|care)\s+to\s+\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex UnsaidYou();

    [GeneratedRegex(@"\b(?:you|your|you'd|you’d|you're|you’re)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderWord();

    [GeneratedRegex(@"(?:[→➔➜⟶»›▸▶]|->)\s*$")]
    private static partial Regex Arrow();

    /// <summary>An imperative verb and the thing offered ("Access the …", "Explore our …"): "Access denied to …" is a headline.</summary>
    [GeneratedRegex(@"^(?:(?:access|explore|download|discover|register\s+for|sign\s+up\s+for|join|try|visit|watch|listen\s+to|subscribe\s+to|request|get|view|read|see|open|browse|search)\s+(?:the|our|your|this|these|all|a|an|more|full)\b|(?:learn|find\s+out|read|see)\s+more\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();
}

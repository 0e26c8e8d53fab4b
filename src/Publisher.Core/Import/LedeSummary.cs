using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>
/// A summary taken from an article's lede when the raw text has no standfirst: the first sentences of
/// the first prose paragraph, as plain text without citation parentheses (<see cref="CitationParenthesis"/>), up to about <see cref="TargetLength"/> characters.
/// Import marks it as inferred so editors know to review it.
/// </summary>
public static partial class LedeSummary
{
    public const int TargetLength = 240;
    private const int HardLimit = 320;

    public static string? From(string markdownBody)
    {
        var paragraph = FirstProseParagraph(markdownBody);
        if (paragraph is null) return null;

        // Citations are for the article's reader; in a summary (issue pages, feeds, search results) they are noise.
        var text = CitationParenthesis.Remove(PlainText(paragraph));
        var summary = new StringBuilder();
        foreach (var sentence in SentenceEnd().Split(text))
        {
            if (summary.Length > 0 && summary.Length + 1 + sentence.Length > TargetLength) break;
            if (summary.Length > 0) summary.Append(' ');
            summary.Append(sentence);
        }
        return summary.Length <= HardLimit ? summary.ToString() : CutAtWord(summary.ToString(), HardLimit);
    }

    /// <summary>The first paragraph that is prose: not a heading, list, quote, table, footnote definition or run-in label.</summary>
    private static string? FirstProseParagraph(string body)
    {
        foreach (var block in body.Replace("\r\n", "\n").Split("\n\n"))
        {
            var trimmed = block.Trim();
            if (trimmed.Length == 0) continue;
            if (trimmed[0] is '#' or '>' or '|' or '-' or '*' or '<' || trimmed.StartsWith("[^", StringComparison.Ordinal)) continue;
            // "Executive Summary:" names the paragraph under it; it is not the lede.
            if (ColonLabel.Is(trimmed)) continue;
            return trimmed.Replace('\n', ' ');
        }
        return null;
    }

    /// <summary>Markdig reads the Markdown (emphasis, links, escapes, entities) the way the build will render it.</summary>
    private static string PlainText(string markdown)
    {
        var text = Markdig.Markdown.ToPlainText(FootnoteReference().Replace(markdown, ""));
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string CutAtWord(string text, int limit)
    {
        var cut = text.LastIndexOf(' ', limit - 1);
        return (cut > limit / 2 ? text[..cut] : text[..(limit - 1)]).TrimEnd(',', ';', ':') + "…";
    }

    // A sentence ends at . ! or ? (optionally closed by a quote or bracket) before a space and a capital
    // or an opening quote; "U.S. and" or "Nov. 7" do not end one, and neither do initialisms ("U.S. Secretary")
    // or common abbreviated titles and months ("Gen. Qaani", "Nov. Elections").
    [GeneratedRegex(@"(?<=[.!?][”""’)]?)(?<!\b(?:[A-Z]\.){2,})(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)\s+(?=[A-Z“""‘(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\[\^[^\]]+\]")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

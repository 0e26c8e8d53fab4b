using System.Globalization;

namespace Publisher.Core.Build.Reading;

/// <summary>How long an article takes to read, from the words of its body (footnotes left out).</summary>
public static class ReadingTime
{
    /// <summary>
    /// Silent reading of non-fiction in English: about 238 words a minute (Brysbaert 2019, a meta-analysis of 190
    /// studies); rounded down a little for dense policy analysis.
    /// </summary>
    public const int WordsPerMinute = 230;

    /// <summary>Whole minutes, rounded to the nearest and never less than one.</summary>
    public static int Minutes(int words) => Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    /// <summary>"6 min read".</summary>
    public static string Label(int words) => string.Create(CultureInfo.InvariantCulture, $"{Minutes(words)} min read");

    /// <summary>Words in <paramref name="text"/>: runs of letters or digits (joined by apostrophes or hyphens count once).</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) count++;
                inWord = true;
            }
            else if (inWord && IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // "don't", "al-Qaeda", "3.5": one word
            }
            else
            {
                inWord = false;
            }
        }
        return count;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐' or '.' or ',';
}

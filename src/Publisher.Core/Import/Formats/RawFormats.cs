namespace Publisher.Core.Import.Formats;

/// <summary>The known raw formats and the choice between them.</summary>
public static class RawFormats
{
    /// <summary>Below this confidence a format is still used when it is the best one, but import warns.</summary>
    public const double Confident = 0.5;

    public static IReadOnlyList<IRawFormat> All { get; } = [new WholeIssueFormat(), new WebArticleFormat(), new WebScrapeFormat()];

    /// <summary>The most confident format (the first listed wins a tie), or null when none sees its shape at all.</summary>
    public static (IRawFormat? Format, double Confidence) Choose(string text, IReadOnlyList<IRawFormat> formats)
    {
        IRawFormat? best = null;
        var bestScore = 0.0;
        foreach (var format in formats)
        {
            var score = format.Detect(text);
            if (score > bestScore)
            {
                best = format;
                bestScore = score;
            }
        }
        return (best, bestScore);
    }
}

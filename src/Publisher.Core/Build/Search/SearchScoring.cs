namespace Publisher.Core.Build.Search;

/// <summary>
/// BM25F, computed at build time. A term's frequency in a document is the weighted sum over its fields (a title or
/// author match counts <see cref="TitleWeight"/> times a body match), the document's length likewise; the
/// index stores for each (term, document) the BM25 score times ten, rounded (at least 1): its impact. The client only
/// adds impacts, so it needs no document lengths to rank.
/// </summary>
public static class SearchScoring
{
    public const int TitleWeight = 3;
    public const int AuthorWeight = 3;
    public const int SummaryWeight = 2;
    public const int BodyWeight = 1;

    private const double K1 = 1.2;
    private const double B = 0.75;

    public static double Idf(int documents, int documentFrequency) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

    public static int Impact(double idf, int weightedFrequency, int length, double averageLength)
    {
        var norm = K1 * (1 - B + B * length / Math.Max(1, averageLength));
        var score = idf * weightedFrequency * (K1 + 1) / (weightedFrequency + norm);
        return Math.Max(1, (int)Math.Round(score * 10, MidpointRounding.AwayFromZero));
    }
}

using System.Globalization;

namespace Publisher.Benchmarks;

/// <summary>
/// One size's result: the median clean build (wall and CPU seconds) and the process's peak memory, written by the
/// child process as one line the parent parses back.
/// </summary>
public sealed record BuildSample(int Articles, int Pages, int Feeds, double WallSeconds, double CpuSeconds, double PeakMb)
{
    private const string Prefix = "sample ";

    public string ToLine() => Prefix + string.Join(' ',
        Articles.ToString(CultureInfo.InvariantCulture), Pages.ToString(CultureInfo.InvariantCulture), Feeds.ToString(CultureInfo.InvariantCulture),
        WallSeconds.ToString("R", CultureInfo.InvariantCulture), CpuSeconds.ToString("R", CultureInfo.InvariantCulture), PeakMb.ToString("R", CultureInfo.InvariantCulture));

    public static BuildSample? TryParse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var f = line[Prefix.Length..].Split(' ');
        if (f.Length != 6) return null;
        return new BuildSample(Int(f[0]), Int(f[1]), Int(f[2]), Real(f[3]), Real(f[4]), Real(f[5]));

        static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
        static double Real(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    }
}

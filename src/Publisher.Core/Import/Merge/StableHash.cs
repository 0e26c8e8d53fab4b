namespace Publisher.Core.Import.Merge;

/// <summary>
/// 64-bit FNV-1a over a string's UTF-16 code units: the same on every run and platform (unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process), so an index built from it is deterministic.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}

namespace Publisher.Core.Build.Search;

/// <summary>
/// Which file holds a term's postings. Terms are grouped by their first two characters (<c>t/at.js</c>); a group
/// larger than <see cref="MaxShardBytes"/> is split by one more character (<c>t/att.js</c>, …), again and again up to
/// <see cref="MaxKeyLength"/>; a term shorter than its group's split stays in the group's own file. A term's shard is
/// the longest listed key that starts its key (search.js: shardFor), so a query loads one file per word.
/// </summary>
public static class SearchShards
{
    public const int MaxShardBytes = 48 * 1024;
    public const int MaxKeyLength = 6;
    private const int FirstKeyLength = 2;

    /// <summary>A term's characters as a file name can carry them: a–z and 0–9 kept, anything else '_'.</summary>
    public static string Key(string term)
    {
        var chars = term.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) chars[i] = '_';
        return new string(chars);
    }

    /// <summary>Assigns every term (with its encoded size in bytes) to a shard key. Deterministic.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyDictionary<string, int> termBytes)
    {
        var shardOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = termBytes.Keys.GroupBy(t => Prefix(Key(t), FirstKeyLength), StringComparer.Ordinal);
        foreach (var group in groups) Place(group.Key, group.ToList(), termBytes, shardOf);
        return shardOf;
    }

    private static void Place(string key, List<string> terms, IReadOnlyDictionary<string, int> termBytes, Dictionary<string, string> shardOf)
    {
        if (key.Length >= MaxKeyLength || terms.Sum(t => termBytes[t]) <= MaxShardBytes)
        {
            foreach (var term in terms) shardOf[term] = key;
            return;
        }
        var longer = key.Length + 1;
        foreach (var term in terms.Where(t => t.Length < longer)) shardOf[term] = key;
        foreach (var group in terms.Where(t => t.Length >= longer).GroupBy(t => Prefix(Key(t), longer), StringComparer.Ordinal))
            Place(group.Key, group.ToList(), termBytes, shardOf);
    }

    private static string Prefix(string key, int length) => key.Length <= length ? key : key[..length];
}

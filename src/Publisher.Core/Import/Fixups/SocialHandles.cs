namespace Publisher.Core.Import.Fixups;

/// <summary>An author's social handle ("Twitter: @name") as a Markdown line for the author profile, linked where the network's profile address is known.</summary>
public static class SocialHandles
{
    private static readonly Dictionary<string, (string Name, string Prefix, string Suffix)> Profiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Twitter"] = ("Twitter", "https://twitter.com/", ""),
        ["X"] = ("X", "https://x.com/", ""),
        ["Instagram"] = ("Instagram", "https://www.instagram.com/", "/"),
        ["Facebook"] = ("Facebook", "https://www.facebook.com/", ""),
        ["Telegram"] = ("Telegram", "https://t.me/", ""),
        ["Threads"] = ("Threads", "https://www.threads.net/@", ""),
        ["TikTok"] = ("TikTok", "https://www.tiktok.com/@", ""),
        ["Bluesky"] = ("Bluesky", "https://bsky.app/profile/", ""),
    };

    /// <summary>"Twitter: [@name](https://twitter.com/name)"; a network without a known profile address keeps "Network: @name".</summary>
    public static string ProfileLine(string network, string handle)
    {
        handle = handle.TrimStart('@');
        return Profiles.TryGetValue(network, out var p)
            ? $"{p.Name}: [@{handle}]({p.Prefix}{handle}{p.Suffix})"
            : $"{network}: @{handle}";
    }

    /// <summary>Reads the detail of an <c>author-social</c> action ("Twitter: @name").</summary>
    public static string? ProfileLineFromDetail(string detail)
    {
        var colon = detail.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var handle = detail[(colon + 1)..].Trim();
        return handle.Length <= 1 ? null : ProfileLine(detail[..colon].Trim(), handle);
    }
}

namespace Publisher.Core.Build.Sitemap;

/// <summary>One page in the sitemap: its absolute URL and, when known, the date its content last changed.</summary>
public sealed record SitemapEntry(string Url, DateOnly? LastModified);

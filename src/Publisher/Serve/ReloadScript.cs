namespace Publisher.Cli.Serve;

/// <summary>
/// The few lines of JavaScript <c>publisher serve</c> adds to every HTML response (never to the files in
/// <c>output/</c>): they listen on <see cref="EventsPath"/> and reload the page when a build finishes, or at once
/// when a build finished between serving the page and connecting.
/// </summary>
internal static class ReloadScript
{
    public const string EventsPath = "/__publisher/events";

    /// <summary>The marker the tests look for: the script's element id.</summary>
    public const string Marker = "publisher-serve-reload";

    public static string Tag(long buildNumber) =>
        $"<script id=\"{Marker}\">(function(){{var built={buildNumber};var events=new EventSource(\"{EventsPath}\");"
        + "function check(e){if(Number(e.data)!==built){events.close();location.reload();}}"
        + "events.addEventListener(\"hello\",check);events.addEventListener(\"reload\",check);})();</script>";

    /// <summary>Puts the script before the last <c>&lt;/body&gt;</c>, or at the end of a page without one.</summary>
    public static string Inject(string html, long buildNumber)
    {
        var tag = Tag(buildNumber);
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : string.Concat(html.AsSpan(0, at), tag, html.AsSpan(at));
    }
}

using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 5: no link with an empty or "#" target survives. A broken link to a known outlet (name or alias in
/// <see cref="FixupContext.Outlets"/>, case-insensitive) links to the outlet's home page, marked as an outlet link
/// (<see cref="OutletLink"/>) unless outlets.yml turns that off; any other broken link becomes
/// its plain text; a link named after a known outlet that points at the bare root of another host takes the
/// outlet's address. Escaped link text ("Name \(/path\)") is cleaned; relative targets become absolute against
/// the scrape's site (plain text and a warning when it is unknown); malformed addresses are normalised
/// (<see cref="UrlNormalizer"/>). Citations of the site's own publication, plain or linked, link to the
/// cited archive article (<see cref="SelfCitations"/>) as a root-relative "/articles/slug/".
/// </summary>
public static partial class RepairLinks
{
    /// <param name="text">Markdown text (a body, a bio).</param>
    /// <param name="context">Outlets, archive, own publication, site address, and where the text starts.</param>
    /// <param name="articleDate">The citing article's date: the year of citations that give none.</param>
    /// <param name="siteUrl">The address relative links resolve against (defaults to <see cref="FixupContext.SiteUrl"/>).</param>
    public static FixupResult Apply(string text, FixupContext context, DateOnly? articleDate, string? siteUrl = null)
    {
        siteUrl ??= context.SiteUrl;
        var diagnostics = new List<Diagnostic>();
        var actions = new List<FixupAction>();
        var lines = TextLines.Split(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var work = new LineWork(lines[i], context.At(i), context, articleDate, siteUrl, diagnostics, actions);
            lines[i] = LinkPlainSelfCitations(Link().Replace(lines[i], work.Repair), work);
        }
        var result = TextLines.Join(lines);
        return result == text ? FixupResult.Unchanged(text) with { Diagnostics = diagnostics } : new FixupResult(result, diagnostics, actions);
    }

    private sealed record LineWork(string Line, SourceLocation Location, FixupContext Context, DateOnly? ArticleDate, string? SiteUrl,
        List<Diagnostic> Diagnostics, List<FixupAction> Actions)
    {
        public void Act(string kind, string detail) => Actions.Add(new FixupAction(kind, detail, Location));

        public string Repair(Match m)
        {
            var original = m.Value;
            var text = Unescape(m.Groups["text"].Value).Trim();
            var target = m.Groups["target"].Value.Trim();
            // A link that already has a title ("[Dawn](https://www.dawn.com/ \"…\")") was written by Publisher or an editor: keep it.
            if (TitledTarget().IsMatch(target)) return original;

            // "Name (/path)": the scrape printed the address inside the link text.
            var embedded = EmbeddedAddress().Match(text);
            if (embedded.Success && (IsBroken(target) || embedded.Groups["address"].Value == target))
            {
                target = embedded.Groups["address"].Value;
                text = embedded.Groups["label"].Value.Trim();
            }

            if (IsOwnPublication(text) && (IsBroken(target) || IsSiteRoot(target)))
            {
                var linked = LinkSelfCitation(text, m.Index + m.Length);
                if (linked is not null) return Record(original, $"[{text}]({linked})", FixupActionKinds.LinkedSelfCitation);
            }

            if (IsBroken(target))
            {
                if (text.Length == 0) return Record(original, "", FixupActionKinds.UnlinkedBrokenLink);
                // The outlet's home page stands in for the missing link, marked as such: it is not the cited article.
                if (Context.LinkMissingCitationsToOutlet && FindOutlet(text) is { } outlet)
                    return Record(original, OutletLink.Markdown(EscapeText(text), outlet.Url), FixupActionKinds.LinkedOutlet,
                        $"the link was missing; {outlet.Name}'s home page from outlets.yml stands in for it");
                return Record(original, text, FixupActionKinds.UnlinkedBrokenLink);
            }

            if (target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                return Rebuild(original, text, target);

            string? absolute;
            if (UrlNormalizer.IsRelative(target))
            {
                if (SiteUrl is null || !Uri.TryCreate(SiteUrl, UriKind.Absolute, out var site))
                {
                    Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RelativeLinkUnresolved,
                        $"relative link \"{target}\" cannot be made absolute: the site address is unknown; kept as text", Location));
                    return Record(original, text.Length > 0 ? text : target, FixupActionKinds.UnlinkedBrokenLink);
                }
                absolute = UrlNormalizer.Normalize(new Uri(site, target).AbsoluteUri);
                if (absolute is not null) Act(FixupActionKinds.AbsolutizedLink, $"{target} → {absolute}");
            }
            else
            {
                absolute = UrlNormalizer.Normalize(target);
                if (absolute is not null && absolute != target) Act(FixupActionKinds.NormalizedUrl, $"{target} → {absolute}");
            }

            if (absolute is null)
            {
                Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.LinkMalformed,
                    $"link target \"{target}\" is not a valid web address; left as it is, fix it by hand", Location));
                return original;
            }
            // A link named after a known outlet that points at the bare root of some other host is a guessed
            // address ("[The Jamestown Foundation](http://TheJamestownFoundation.com)"): the outlet list knows the
            // right one. A deep link to another host may be a real citation (a syndicated copy) and is kept.
            if (FindOutlet(text) is { } known && IsSiteRoot(absolute) && !SameSite(absolute, known.Url)
                && UrlNormalizer.Normalize(known.Url) is { } knownUrl)
            {
                Act(FixupActionKinds.CorrectedOutletUrl, $"{target} → {knownUrl} (the outlet list's address for {known.Name})");
                return Rebuild(original, text, knownUrl);
            }
            return Rebuild(original, text.Length > 0 ? text : null, absolute);
        }

        private string Rebuild(string original, string? text, string target)
        {
            var rebuilt = text is null ? $"<{target}>" : $"[{EscapeText(text)}]({target})";
            if (rebuilt != original && text is not null && Unescape(Link().Match(original).Groups["text"].Value).Trim() != text)
                Act(FixupActionKinds.CleanedLinkText, $"{original} → {rebuilt}");
            return rebuilt;
        }

        private string Record(string original, string replacement, string kind, string? reason = null)
        {
            Actions.Add(new FixupAction(kind, $"{original} → {(replacement.Length == 0 ? "(nothing)" : replacement)}", Location)
            {
                Before = original,
                After = replacement,
                Reason = reason,
            });
            return replacement;
        }

        public string? LinkSelfCitation(string citationText, int after)
        {
            var date = SelfCitations.DateAfter(Line, after);
            if (!date.Success) return null;
            var resolved = SelfCitations.ResolveDate(date, ArticleDate);
            if (resolved is null) return null;
            var entry = SelfCitations.Find(resolved.Value, citationText, Context, citationText + date.Value, Location, Diagnostics);
            return entry is null ? null : SelfCitations.LinkTo(entry);
        }

        private bool IsOwnPublication(string text) => Context.IsOwnPublication(text);

        private Outlet? FindOutlet(string text) =>
            Context.Outlets.FirstOrDefault(o =>
                string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase)
                || o.Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
                || HostOf(o.Url) is { } host && string.Equals(host, text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? text[4..] : text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Plain-text citations of the own publication with a date: "(Terrorism Monitor, July 15)".</summary>
    private static string LinkPlainSelfCitations(string line, LineWork work)
    {
        var names = work.Context.OwnPublicationNames.Where(n => line.Contains(n, StringComparison.OrdinalIgnoreCase)).ToList();
        if (names.Count == 0) return line;
        // Longest first, so "Terrorism Monitor Weekly" is not cut to "Terrorism Monitor"; whole words only ("TM", not "ATM").
        var alternatives = string.Join('|', names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
        var pattern = new Regex(@"(?<=[(;]\s*)(?:" + alternatives + @")(?=,)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return pattern.Replace(line, m =>
        {
            if (InsideLink(line, m.Index)) return m.Value;
            var target = work.LinkSelfCitation(m.Value, m.Index + m.Length);
            if (target is null) return m.Value;
            work.Act(FixupActionKinds.LinkedSelfCitation, $"{m.Value} → [{m.Value}]({target})");
            return $"[{m.Value}]({target})";
        });
    }

    private static bool InsideLink(string line, int index)
    {
        foreach (Match link in Link().Matches(line))
            if (index >= link.Index && index < link.Index + link.Length) return true;
        return false;
    }

    private static bool IsBroken(string target) => target.Length == 0 || target == "#" || target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static bool IsSiteRoot(string target) =>
        UrlNormalizer.Normalize(target) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && uri.Query.Length == 0;

    private static bool SameSite(string a, string b) =>
        HostOf(a) is { } hostA && HostOf(b) is { } hostB && string.Equals(hostA, hostB, StringComparison.OrdinalIgnoreCase);

    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host) : null;

    private static string Unescape(string text) => Escaped().Replace(text, "$1");

    private static string EscapeText(string text) => text.Replace("[", "\\[").Replace("]", "\\]");

    // [text](target), not an image; the target may contain one level of parentheses or stray spaces.
    [GeneratedRegex(@"(?<!!)\[(?<text>(?:\\.|[^\[\]\\])*)\]\((?<target>(?:[^()\n]|\([^()\n]*\))*)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\S+\s+""[^""]*""$")]
    private static partial Regex TitledTarget();

    [GeneratedRegex(@"^(?<label>.*?)\s*\((?<address>/[^()\s]*|https?://[^()\s]+)\)$")]
    private static partial Regex EmbeddedAddress();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!])")]
    private static partial Regex Escaped();
}

using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>The name of the site a page was scraped from, and what said so ("the crawler title's suffix").</summary>
public sealed record SiteNameReading(string Name, string Evidence);

/// <summary>
/// The name of a scraped page's site, from evidence on the page: the site suffix of the crawler's title
/// ("Title | Site Name"), a short name line at the top that the copyright line or the page's address confirms, the
/// copyright holder ("© 2023 Site Name Ltd. All rights reserved."). Also says whether a line is the site's name, so
/// the title finder can pass over it. Pure.
/// </summary>
public static partial class SiteName
{
    /// <summary>How many non-blank lines at the top of a page may hold the site's name line.</summary>
    private const int TopLines = 6;

    /// <summary>Company suffixes a copyright line adds to a name ("Ltd.", "Inc.", "LLC").</summary>
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ltd", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "ag", "sa", "co", "corp", "corporation", "company", "group", "media", "publishing",
    };

    /// <summary>Subdomains that name a part of any site ("news.", "blogs."), never the site.</summary>
    private static readonly HashSet<string> GenericSubdomains = new(StringComparer.Ordinal)
    {
        "news", "blog", "blogs", "press", "media", "events", "questions", "shop", "store", "mobile", "static", "home", "web", "www2", "live", "community",
    };

    /// <summary>
    /// The site's name by the strongest evidence: the crawler's suffix, a top line confirmed by the copyright holder
    /// or the address, the copyright holder alone (unless it is one of <paramref name="authors"/>). Null when none.
    /// </summary>
    /// <param name="crawlerAuthors">The crawler block's authors: a newsletter's block often names the site as its author.</param>
    public static SiteNameReading? Find(IReadOnlyList<string> lines, string? crawlerSite, string? url, IReadOnlyCollection<string> authors,
        IReadOnlyCollection<string>? crawlerAuthors = null, string? title = null) =>
        FindAsPrinted(lines, crawlerSite, url, authors, crawlerAuthors, title) is not { } found ? null
        // "NPHA" (the crawler's site name) over "NORTHERN PORTS HAULAGE ASSOCIATION": the name the initials stand for.
        : AcronymExpansion.Find(found.Name, lines) is { } spelt
        ? found with { Name = spelt, Evidence = $"{found.Evidence}, spelt out as the page prints the name its initials stand for ('{spelt}')" }
        : found with { Name = WithPrintedAcronyms(found.Name, lines) };

    private static SiteNameReading? FindAsPrinted(IReadOnlyList<string> lines, string? crawlerSite, string? url, IReadOnlyCollection<string> authors,
        IReadOnlyCollection<string>? crawlerAuthors, string? title)
    {
        var titleAt = title is null ? -1 : IndexOfTitle(lines, title);
        var tops = TopNames(lines, authors, title, titleAt);
        var holders = lines.Select(CopyrightHolder).OfType<string>().ToList();
        // "From: Ministry of Home Affairs" under the title of a government portal's page: the issuing body, not the portal
        // the crawler's title suffix names ("… - GOV.EXAMPLE").
        if (IssuingBody.Find(lines, titleAt) is { } issuing && !authors.Any(a => SameName(a, issuing.Name)))
        {
            // "Issued by: Press Office of the Ministry of Justice" under "… | Ministry of Justice of the Republic of Valmora":
            // the body's name as the site prints it in full.
            IEnumerable<string> printedNames = [.. string.IsNullOrWhiteSpace(crawlerSite) ? [] : new[] { crawlerSite.Trim() }, .. tops.Where(t => t.Index < titleAt).Select(t => t.Name), .. holders];
            return LongerPrintedName(issuing.Name, printedNames) is { } fuller
                ? new SiteNameReading(fuller, issuing.Evidence + $", as the page prints it in full ('{fuller}')")
                : issuing;
        }
        // "Deep Water is produced by the Kessandu Policy Forum" under a masthead that prints "Deep Water": the show, newsletter
        // or review the page belongs to, not the body that makes it.
        if (ProducedName(lines, tops) is { } produced)
            return produced;
        // "Published in / Frontline Notes" under a post on a blogging platform: the platform's publication, not the platform.
        if (PublishedIn(lines, titleAt) is { } platformPublication && !authors.Any(a => SameName(a, platformPublication.Name)))
            return platformPublication;
        if (!string.IsNullOrWhiteSpace(crawlerSite))
        {
            // "… | Corvane Centre" over a masthead or a closing line printing "Corvane Centre for Security Studies": the
            // title's suffix is the short form; the publication is the name as the masthead prints it.
            if (LongerPrintedName(crawlerSite.Trim(), tops.Where(t => titleAt < 0 || t.Index < titleAt).Select(t => t.Name).Concat(lines.Skip(lines.Count / 2).Select(SelfDescribedName).OfType<string>()).Concat(holders)) is { } longer)
                return new SiteNameReading(longer, $"the name the page prints in full ('{longer}'), of which the crawler title's site suffix '{crawlerSite.Trim()}' is the short form");
            // "… | Harbour Today English": the outlet's English edition; the page prints the outlet's own name.
            if (SiteNameLine.WithoutEdition(crawlerSite) is { } outletName
                && (tops.Any(t => SameName(t.Name, outletName)) || holders.Any(h => SameName(h, outletName)) || crawlerAuthors?.Any(a => SameName(a, outletName)) == true))
                return new SiteNameReading(tops.FirstOrDefault(t => SameName(t.Name, outletName)).Name ?? outletName,
                    $"the crawler title's site suffix '{crawlerSite.Trim()}' without its edition word, the name the page prints");
            // "… – Conflict Centre Blog": a section of an organisation's site; the organisation's name at the top
            // of the page holds the section's other words ("Aldermoor Centre for Conflict and Peace Studies").
            if (SiteNameLine.WithoutSectionWord(crawlerSite) is { } rest)
            {
                if (tops.Where(t => HoldsWords(t.Name, rest)).Select(t => t.Name).FirstOrDefault() is { } organisation)
                    return new SiteNameReading(organisation, $"a name line at the top of the page that holds the words of the crawler title's section name '{crawlerSite.Trim()}'");
                // "… – Aldercourt Society Blog" over "© 2028 Aldercourt Society for Conflict Studies": the holder spells the organisation out.
                if (holders.FirstOrDefault(h => HoldsWords(h, rest)) is { } owner)
                    return new SiteNameReading(owner, $"the copyright line's holder, which holds the words of the crawler title's section name '{crawlerSite.Trim()}'");
            }
            return new SiteNameReading(crawlerSite.Trim(), "the crawler title's site suffix");
        }
        // "… | Kittiwake Review" over a masthead printing "The Kittiwake Review": the name with the article the site prints.
        if (SelfNamed(lines, title) is { } selfNamed)
            return selfNamed with { Name = WithPrintedArticle(selfNamed.Name, lines, lines.Select(CopyrightHolder).OfType<string>()) };
        var described = lines.Skip(lines.Count / 2).Select(SelfDescribedName).OfType<string>().ToList();
        var hosts = HostLabels(url);
        if (SiteUnit.Find(lines, tops.Select(t => (t.Name, t.Index)).ToList(), titleAt) is { } unit)
            return unit;
        // A programme or desk named under the site's masthead is a section of that site, not the site.
        if (tops.Count > 1) tops = [tops[0], .. tops.Skip(1).Where(t => !SiteUnit.IsSectionOfParent(t.Name))];
        foreach (var (name, index) in tops)
        {
            var line = name;
            // "Rivermouth Herald — English Edition" over "© 2031 Rivermouth Herald": the edition is not part of the outlet's
            // name. (A section word is: "Kestrel News" over "© Kestrel" is the wire's own name.)
            if (SiteNameLine.WithoutEdition(line) is { } outletName && holders.Any(h => SameName(h, outletName)))
                return new SiteNameReading(outletName, "a name line at the top of the page without its edition words, the name its copyright line gives");
            if (holders.FirstOrDefault(h => SameName(h, line)) is { } holder)
                return new SiteNameReading(line.Any(char.IsLower) ? line : WithArticleOf(line, holder), "a name line at the top of the page, repeated in its copyright line");
            // "The Highland Courier" over "© Highland Courier Newspapers Ltd": the holder is the company named after the site.
            // A name in capitals is a logo; the holder then spells the name out ("HARBOUR WIRE" over "© Harbour Wire Service").
            if (holders.FirstOrDefault(h => StartsWithName(h, line)) is { } company)
                return new SiteNameReading(line.Any(char.IsLower) ? line : WithArticleOf(line, LeadingWords(company, line)), "a name line at the top of the page that opens its copyright line's holder");
            // "OCMB | Organisation for Cooperation in the Mediterranean Basin" over "© OCMB 2026" (or at ocmb.example).
            if (holders.Any(h => SiteNameLine.IsAcronymOf(h, line)) || hosts.Any(h => SiteNameLine.IsAcronymOf(h.ToUpperInvariant(), line)))
                return new SiteNameReading(line, "a name line at the top of the page whose initials are the copyright holder or the page's address");
            if (IsDistinctiveWord(line) && holders.FirstOrDefault(h => h.StartsWith(line + " ", StringComparison.Ordinal)) is { } owner)
                return new SiteNameReading(line, $"a name line at the top of the page that opens its copyright line's holder '{owner}'");
            // "WKXR NewsRadio 1230" over "© 2029 WKXR": a broadcaster's call sign owns the copyright, its full name heads the page.
            if (holders.FirstOrDefault(h => IsDistinctiveWord(h) && line.StartsWith(h + " ", StringComparison.Ordinal)) is { } sign)
            {
                // "WKXR 7 News": the station is its call sign and channel; "News" names its newsroom.
                var station = StationNews().Match(line) is { Success: true } news ? news.Groups["station"].Value : line;
                return new SiteNameReading(station, station == line
                    ? $"a name line at the top of the page that opens with its copyright holder '{sign}'"
                    : $"a name line at the top of the page ('{line}') that opens with its copyright holder '{sign}', without the word for the station's newsroom");
            }
            // "Radio Kessel News" over "Radio Kessel is part of …": the closing word names the site's newsroom.
            if (SiteNameLine.WithoutSectionWord(line) is { } bareName && described.FirstOrDefault(d => SameName(d, bareName)) is { } describedBare)
                return new SiteNameReading(bareName.Any(char.IsLower) ? bareName : WithArticleOf(bareName, describedBare),
                    $"a name line at the top of the page ('{line}') without its section word, the name the page's closing lines describe");
            if (described.FirstOrDefault(d => SameName(d, line) || StartsWithName(line, d)) is { } describedName)
                return new SiteNameReading(line.Any(char.IsLower) || !SameName(describedName, line) ? line : WithArticleOf(line, describedName),
                    "a name line at the top of the page that the page's closing lines describe ('… is a charity')");
            if (crawlerAuthors?.Any(a => SameName(a, line)) == true)
                return new SiteNameReading(line, "a name line at the top of the page that the crawler block gives as the author");
            // "INTERGOVERNMENTAL COUNCIL ON MARITIME SECURITY" at icms-council.example: the address spells the name's initials.
            if (AcronymExpansion.AddressSpells(line, url))
                return new SiteNameReading(line, "a name line at the top of the page whose initials the page's address spells");
            if (hosts.Any(host => MatchesHost(line, host)) || HostWordsIn(line, url))
            {
                // "Loomwire Newsroom" at loomwire.example: the address names the outlet, the last word its section.
                if (SectionOf(line, hosts) is { } outlet)
                    return new SiteNameReading(outlet, $"a name line at the top of the page ('{line}') whose last word names a section of the site at the page's address");
                return new SiteNameReading(line, "a name line at the top of the page that matches the page's address");
            }
            if (RepeatedBelow(lines, index, line) is { } spelt)
                return new SiteNameReading(line.Any(char.IsLower) ? line : spelt, "a name line at the top of the page, printed again further down ('… is published by', a credit, the footer)");
        }
        // "Radio Seahaven is part of the Eastcoast Radio Group" in the closing lines, the name printed in a busy top line.
        foreach (var name in described)
        {
            // "Radio Kestrel 98.4 FM" at the top, "Radio Kestrel is part of …" below: the masthead as printed, with its frequency.
            if (lines.Take(TopLines).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) && StationBand().IsMatch(l[name.Length..].Trim())) is { } banded)
                return new SiteNameReading(banded, "a name line at the top of the page: the organisation the page's closing lines describe, with the station's frequency");
            if (hosts.Any(host => MatchesHost(name, host)) || HostWordsIn(name, url))
                return new SiteNameReading(WithPrintedArticle(name, lines, holders), "the organisation the page's closing lines describe, matching the page's address");
            if (lines.Take(TopLines).Any(l => ContainsName(l, name)))
                return new SiteNameReading(WithPrintedArticle(name, lines, holders), "the organisation the page's closing lines describe, named in the page's top line");
        }
        // A masthead the page never prints again: the name over the site's menu or controls, or shaped like a periodical's
        // or a publishing body's name, above the title. The page's own unit (an embassy, a centre) over its parent's copyright.
        // "Menu ≡ THE CIVIC LEDGER Search" over "© 2026 The Civic Ledger": the holder's name printed inside a busy top line.
        // ("An official website of the Republic of Tallory", "[Coat of arms of the Republic …]" under the ministry's name
        // speak of the parent: a line naming the holder after "of" is not its masthead.)
        if (holders.FirstOrDefault(h => !authors.Any(a => SameName(a, h)) && h.Contains(' ', StringComparison.Ordinal)
                && tops.Any(t => !SameName(t.Name, h) && ContainsName(t.Name, h) && !ContainsName(t.Name, "of " + h) && !ContainsName(t.Name, "of the " + h))) is { } inTop)
            return new SiteNameReading(inTop, "the copyright line's holder, printed inside a line at the top of the page");
        var above = tops.Where(t => titleAt >= 0 && t.Index < titleAt && IsCleanName(t.Name) && !IsSpacedRow(t.Name) && !SiteMasthead.IsSiteControls(lines[t.Index])).ToList();
        // The parent body that holds the copyright is named in the evidence, so the editor sees which of the two was chosen.
        var parent = holders.FirstOrDefault(h => !authors.Any(a => SameName(a, h)));
        string OverParent(string name) => parent is not null && !SameName(parent, name) ? $"; chosen over the copyright line's holder '{parent}'" : "";
        foreach (var (name, index) in above)
        {
            if (SiteMasthead.OverControls(lines, index))
                return new SiteNameReading(name, "a name line at the top of the page, over the site's menu or controls (a masthead)" + OverParent(name));
        }
        foreach (var (name, _) in above)
        {
            // "Dispatch" over a headline: a genre word alone is the piece's label, not a periodical's name.
            if (SiteMasthead.HasPublisherNoun(name) && !authors.Any(a => SameName(a, name)) && !IsGenreWordAlone(name))
                return new SiteNameReading(name, "a name line above the page's title shaped like a publication's or a publishing body's name (a masthead)" + OverParent(name));
        }
        // "Borderwise" over "© 2024 Borderwise Audio": the copyright holder is the masthead's name and a company word.
        if (above.Count > 0 && holders.FirstOrDefault(h => h.StartsWith(above[0].Name + " ", StringComparison.Ordinal)) is { } wider)
            return new SiteNameReading(above[0].Name, $"the first name line at the top of the page, which opens its copyright line's holder '{wider}'");
        foreach (var holder in holders)
        {
            if (authors.Any(a => SameName(a, holder))) continue;
            if (IsNameShaped(holder)) return new SiteNameReading(holder, "the copyright line's holder");
        }
        // "marginalia" as the logo, "marginalia is written by …" in the closing lines: a name set in lower case, as printed.
        if (LowerCaseLogo(lines, titleAt) is { } logo)
            return new SiteNameReading(logo, "a name in lower case at the top of the page that the page's closing lines open with ('… is written by')");
        return null;
    }

    /// <summary>
    /// The first line of the page when it is one word in lower case (a logo set that way) and a line in the page's lower
    /// half opens with that word as the subject of a sentence about the site ("marginalia is written by …") or a
    /// copyright line names it; null otherwise.
    /// </summary>
    private static string? LowerCaseLogo(IReadOnlyList<string> lines, int titleAt)
    {
        var first = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is null || first.Length < 4 || !first.All(char.IsLower) || titleAt == 0) return null;
        var said = new Regex(@"^(?:©\s*(?:\d{4}\s+)?)?" + Regex.Escape(first) + @"(?:\s+(?:is|was)\s+\p{Ll}|[.,]|\s*$)");
        return lines.Skip(Math.Max(1, lines.Count / 2)).Any(l => said.IsMatch(l.Trim())) ? first : null;
    }

    /// <summary>
    /// The name a page prints in full of which <paramref name="shortName"/> is the opening words ("Corvane Centre" →
    /// "Corvane Centre for Security Studies"), from <paramref name="printed"/> (top name lines, closing self-descriptions,
    /// copyright holders) in that order; null when none is longer.
    /// </summary>
    internal static string? LongerPrintedName(string shortName, IEnumerable<string> printed) =>
        printed.FirstOrDefault(p => IsNameShaped(p) && StartsWithName(p, shortName) && TextLines.WordCount(p) - TextLines.WordCount(shortName) is >= 2 and <= 6
            && SiteMasthead.HasPublisherNoun(p) && !SiteNameLine.IsSectionName(p) && SiteNameLine.WithoutEdition(p) is null && SiteNameLine.WithoutSectionWord(p) is null);

    /// <summary>
    /// "Deep Water is produced by the Kessandu Policy Forum", "The Lantern Review is published by the Lantern Trust": the
    /// named show or periodical, when the top of the page prints it (its masthead); null otherwise.
    /// </summary>
    private static SiteNameReading? ProducedName(IReadOnlyList<string> lines, IReadOnlyList<(string Name, int Index)> tops)
    {
        for (var i = lines.Count / 3; i < lines.Count; i++)
        {
            var m = MadeBy().Match(lines[i].Trim());
            if (!m.Success) continue;
            var name = m.Groups["name"].Value.Trim();
            if (!IsNameShaped(name) || !CapitalisedWords(name)) continue;
            if (tops.FirstOrDefault(t => SameName(t.Name, name)) is { Name: not null } top && top.Index >= 0)
                return new SiteNameReading(top.Name.Any(char.IsLower) ? top.Name : WithArticleOf(top.Name, name),
                    $"the name at the top of the page that a closing line says is {m.Groups["verb"].Value} by another body (line '{lines[i].Trim()}')");
        }
        return null;
    }

    /// <summary>
    /// "Published in" with the publication's name after it or on the next line, in the head under a post's title (a
    /// blogging platform's publication: "Published in / Frontline Notes"); null when the head has none.
    /// </summary>
    internal static SiteNameReading? PublishedIn(IReadOnlyList<string> lines, int titleAt)
    {
        if (titleAt < 0) return null;
        for (var i = titleAt + 1; i < Math.Min(lines.Count, titleAt + 10); i++)
        {
            var m = PublishedInLabel().Match(lines[i].Trim());
            if (!m.Success) continue;
            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0 && i + 1 < lines.Count) value = lines[i + 1].Trim();
            if (IsNameShaped(value) && CapitalisedWords(value) && !YearLike().IsMatch(value) && !IsControl(value) && DateLine.Parse(value) is null)
                return new SiteNameReading(value, $"the publication the post's head names after 'Published in' (line '{lines[i].Trim()}')");
        }
        return null;
    }

    [GeneratedRegex(@"^Published\s+in:?(?:\s+(?<value>\p{Lu}.*))?$")]
    private static partial Regex PublishedInLabel();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N}'’&\- ]{2,60}?)\s+is\s+(?<verb>produced|published|made|presented)\s+by\s+\p{L}")]
    private static partial Regex MadeBy();

    /// <summary>
    /// "HALDEN &amp; QUIRKE ADVISORY" and its holder "Halden &amp; Quirke Advisory LLP": the holder's words the logo prints,
    /// without the legal form the logo leaves out.
    /// </summary>
    private static string LeadingWords(string holder, string logo)
    {
        var count = logo.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (logo.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !holder.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) count--;
        var words = holder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Only a legal form is left out: "Compass Press Agency" under "COMPASS PRESS" keeps its last word.
        return count > 0 && count < words.Length && words.Skip(count).All(w => LegalForms.Contains(w.Trim('.', ',')))
            ? string.Join(' ', words.Take(count)) : holder;
    }

    /// <summary>A firm's legal form after its name, which a logo leaves out ("LLP", "Ltd", "GmbH").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.OrdinalIgnoreCase) { "llp", "lp", "llc", "ltd", "limited", "inc", "plc", "gmbh", "bv", "b.v", "sa", "ag" };

    /// <summary>A name as a masthead prints it: words of four letters or more capitalised, nothing but letters, digits and a name's marks.</summary>
    private static bool IsCleanName(string name) =>
        CapitalisedWords(name) && name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '&' or '\'' or '’' or '-' or '.' or ',' or '(' or ')');

    /// <summary>
    /// The site naming itself at the top of the page: its title bar printed as the first line ("Slack water | Portal of
    /// Tides", the title, a bar, the site's name), or a reference work's tagline ("From the Portal of Tides, the free
    /// glossary of …", <see cref="EncyclopediaTagline"/>). Null when neither is there.
    /// </summary>
    private static SiteNameReading? SelfNamed(IReadOnlyList<string> lines, string? title)
    {
        if (title is not null && lines.FirstOrDefault(l => l.Trim().Length > 0) is { } first && TitleBar().Match(first.Trim()) is { Success: true } bar
            && SameName(bar.Groups["title"].Value, title) && bar.Groups["site"].Value.Trim() is var site
            && TextLines.WordCount(site) is >= 2 and <= 8 && IsCleanName(site) && !IsGenreWordAlone(site))
            return new SiteNameReading(site, "the page's title bar printed as its first line ('title | site')");
        foreach (var line in lines.Take(TopLines * 3))
            if (EncyclopediaTagline.SiteName(line) is { } tagged && TextLines.WordCount(tagged) is >= 1 and <= 8)
                return new SiteNameReading(tagged, "the reference work's tagline under the title ('From …, the …')");
        return null;
    }

    [GeneratedRegex(@"^(?<title>.+?)\s+[|–—]\s+(?<site>[^|–—]+)$")]
    private static partial Regex TitleBar();

    /// <summary>Where the page prints its title (the first line that is the title), or -1.</summary>
    private static int IndexOfTitle(IReadOnlyList<string> lines, string title)
    {
        for (var i = 0; i < lines.Count; i++)
            if (SameName(lines[i], title)) return i;
        return -1;
    }

    /// <summary>Shaped like a person's name ("Agnes Thorvald") and naming no periodical or body ("Harbour Ledger" does).</summary>
    private static bool IsPersonShaped(string name) =>
        !SiteMasthead.HasPublisherNoun(name) && Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true);

    /// <summary>
    /// "VALDORIA NATIONAL CERT" → "Valdoria National CERT" when the page's sentences print "CERT" in capitals: a name in
    /// capitals in Title Case, but for the words the page writes as acronyms. Any other name as it is.
    /// </summary>
    internal static string WithPrintedAcronyms(string name, IReadOnlyList<string> lines)
    {
        if (name.Any(char.IsLower)) return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var acronyms = words.Where(w => w.Count(char.IsLetter) >= 2 && lines.Any(l => PrintedAsAcronym(l, w))).ToHashSet(StringComparer.Ordinal);
        if (acronyms.Count == 0 || acronyms.Count == words.Length) return name;
        var cased = PublicationName.TitleCase(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return cased.Length != words.Length ? name : string.Join(' ', cased.Select((w, i) => acronyms.Contains(words[i]) ? words[i] : w));
    }

    /// <summary>The word in capitals inside a sentence of the page (a line in mixed case): "The national CERT is aware …".</summary>
    private static bool PrintedAsAcronym(string line, string word) =>
        line.Count(char.IsLower) > line.Count(char.IsUpper)
        && Regex.IsMatch(line, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])");

    /// <summary>"THE SALTMARSH ALMANAC" spelt "Saltmarsh Almanac" below: the logo's "The" kept.</summary>
    private static string WithArticleOf(string logo, string spelt) =>
        logo.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !spelt.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? "The " + spelt : spelt;

    /// <summary>
    /// The name-shaped lines at the top of a page (a logo line read for its name: <see cref="SiteNameLine.Name"/>),
    /// with their index; the page's title and its authors are not site names.
    /// </summary>
    private static List<(string Name, int Index)> TopNames(IReadOnlyList<string> lines, IReadOnlyCollection<string> authors, string? title, int titleAt)
    {
        var found = new List<(string, int)>();
        // A cookie banner and its buttons over the masthead are not counted among the top lines.
        var banner = 0;
        for (var i = 0; i < Math.Min(TopLines + banner, lines.Count); i++)
        {
            var line = lines[i].Trim();
            if (banner < TopLines && i == banner && IsBannerLine(line, banner > 0)) { banner++; continue; }
            var name = SiteNameLine.Name(line) ?? line;
            if (!IsNameShaped(name) || SiteNameLine.IsSectionName(name)) continue;
            // "Sign in", "Subscribe", "View this email in your browser": the page's controls, never its name.
            if (IsControl(line)) continue;
            if (title is not null && (SameName(line, title) || ContainsName(title, name))) continue;
            if (authors.Any(a => SameName(a, name))) continue;
            // A person's name under the title is a byline (or the person a review or interview is about), never the site.
            if (titleAt >= 0 && i > titleAt && IsPersonShaped(name)) continue;
            found.Add((name, i));
        }
        return found;
    }

    /// <summary>
    /// A line of a cookie banner at the top of a page: its notice ("Cookies on the … website", "We use some essential
    /// cookies …"), or, under it, its buttons and the controls that follow ("Accept additional cookies", "Skip to main content").
    /// </summary>
    private static bool IsBannerLine(string line, bool underNotice) =>
        UiVocabulary.IsCookieNotice(line)
        || TextLines.WordCount(line) <= 30 && line.Contains("cookie", StringComparison.OrdinalIgnoreCase)
        || underNotice && (IsControl(line) || SiteMasthead.IsSiteControls(line));

    /// <summary>A control of the page in a top line: only interface words ("Sign in", "Subscribe"), or a call to action.</summary>
    internal static bool IsControl(string line) => TextSignals.Of(line).UiShare >= 0.99 || CallToAction.Is(line);

    /// <summary>
    /// The spelling of <paramref name="name"/> on a line below the top (inside a sentence, a credit or a footer,
    /// not a line of its own); null when it is not printed again. A name of one word must look like a name
    /// ("CaseLens", "OCMB"), not a word a menu repeats.
    /// </summary>
    private static string? RepeatedBelow(IReadOnlyList<string> lines, int index, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var oneWord = words.Length == 1;
        if (oneWord && !IsDistinctiveWord(name)) return null;
        if (!CapitalisedWords(name)) return null;
        var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(name).Replace("\\ ", "\\s+", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase);
        for (var i = index + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (SameName(line, name)) continue;
            // Among the top lines only a sentence or a credit counts ("Photograph: … for The Ridgeline Review"), not a menu's name.
            if (i < TopLines && IsNameShaped(line)) continue;
            // Printed as a name there too: "for The Borderland Quarterly", not "more local news".
            foreach (Match m in pattern.Matches(line))
                if (oneWord ? m.Value == name : CapitalisedWords(m.Value)) return m.Value;
        }
        return null;
    }

    /// <summary>A one-word name no menu or heading would print: "CaseLens" (a capital inside), "OCMB" (a short acronym).</summary>
    private static bool IsDistinctiveWord(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Length >= 3
        && (name.Skip(1).Any(char.IsUpper) && name.Any(char.IsLower) || name.Length <= 5 && name.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    /// <summary>Every word of four letters or more opens with a capital.</summary>
    private static bool CapitalisedWords(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).All(w => char.IsUpper(w[0]));

    /// <summary>
    /// The name with the article the page prints before it: "The Halvard Institute" at the top and in the copyright line,
    /// "THE TIDEWAY HOUR" as the logo, "The Tideway Hour is produced by …" opening a closing line. A masthead printing the
    /// name alone at the top ("Fellguard Field Manual") outweighs a sentence opening with it, whose "The" any sentence takes.
    /// </summary>
    private static string WithPrintedArticle(string name, IReadOnlyList<string> lines, IEnumerable<string> holders)
    {
        if (name.StartsWith("The ", StringComparison.Ordinal)) return name;
        var top = lines.Take(TopLines).ToList();
        if (top.Concat(holders).Any(l => l.Contains("The " + name, StringComparison.Ordinal))
            || top.Any(l => string.Equals(l.Trim(), "The " + name, StringComparison.OrdinalIgnoreCase)))
            return "The " + name;
        var mastheadBare = top.Any(l => string.Equals(l.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return !mastheadBare && lines.Any(l => l.TrimStart().StartsWith("The " + name + " ", StringComparison.Ordinal)) ? "The " + name : name;
    }

    private static bool ContainsName(string line, string name) =>
        (" " + TextShapes.NormalizeForMatch(line) + " ").Contains(" " + TextShapes.NormalizeForMatch(name) + " ", StringComparison.Ordinal);

    /// <summary>Whether every word of <paramref name="words"/> stands in <paramref name="name"/> (and the name is longer).</summary>
    private static bool HoldsWords(string name, string words)
    {
        var have = TextShapes.NormalizeForMatch(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var need = TextShapes.NormalizeForMatch(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return need.Length > 0 && have.Length > need.Length && need.All(w => have.Contains(w));
    }

    /// <summary>
    /// A site's name without the tagline printed after it: "Openwiki, the free encyclopedia" → "Openwiki" (a comma,
    /// then "the" and words in lower case describe the site; they are not its name). Other names are returned as given.
    /// </summary>
    public static string Bare(string name)
    {
        var m = Tagline().Match(name.Trim());
        return m.Success ? m.Groups["name"].Value.Trim() : name.Trim();
    }

    /// <summary>
    /// An edition or language version of a site rather than its name: "English Edition", "International edition",
    /// "Edición en español", "Édition internationale" — one to four words, opening or closing with the word for edition.
    /// </summary>
    public static bool IsEditionName(string text) => EditionName().IsMatch(text.Trim());

    /// <summary>Whether <paramref name="line"/> is the site's name (as <paramref name="names"/> give it, or matching the address).</summary>
    public static bool IsSiteName(string line, IReadOnlyCollection<string> names, string? url)
    {
        var text = line.Trim();
        if (DomainName().Match(text) is { Success: true } domain)
            return HostLabel(url) is { } siteHost && domain.Groups["label"].Value.Replace("-", "", StringComparison.Ordinal).Equals(siteHost, StringComparison.OrdinalIgnoreCase);
        if (!IsNameShaped(text)) return false;
        if (names.Any(n => SameName(n, text))) return true;
        return HostLabel(url) is { } host && MatchesHost(text, host) || HostWordsIn(text, url);
    }

    /// <summary>
    /// The words of a hyphenated host label ("caravel-review") all stand, in order, in the line ("Caravel Security
    /// Review"): the site's name with a word the address leaves out.
    /// </summary>
    private static bool HostWordsIn(string line, string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        var labels = uri.Host.ToLowerInvariant().Split('.').Where(l => l is not ("www" or "m" or "amp" or "en")).ToList();
        if (labels.Count < 2) return false;
        var parts = labels[^2].Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return false;
        var words = TextShapes.NormalizeForMatch(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        foreach (var word in words)
            if (at < parts.Length && word == parts[at]) at++;
        return at == parts.Length && words.Length <= parts.Length + 2;
    }

    /// <summary>"© 2023 The Atlas Review Ltd. All rights reserved." → "The Atlas Review"; null when the line names no holder.</summary>
    public static string? CopyrightHolder(string line)
    {
        var m = Copyright().Match(line.Trim());
        if (!m.Success) m = HolderBeforeSign().Match(line.Trim());
        // "Accessibility | Privacy | © Ministry of the Interior", "Registered charity. © MedAid 2026.": the notice after a separator.
        if (!m.Success && SignAfterSeparator().Match(line) is { Success: true } sign) m = Copyright().Match(line[sign.Groups["sign"].Index..].Trim());
        if (!m.Success) return null;
        var words = m.Groups["holder"].Value.Trim().TrimEnd('.', ',', ';').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "© Vessberg Centre for Security Policy 2026": the year after the name.
        if (words.Count > 1 && TrailingYear().IsMatch(words[^1])) words.RemoveAt(words.Count - 1);
        while (words.Count > 1 && CompanySuffixes.Contains(words[^1].Trim('.', ','))) words.RemoveAt(words.Count - 1);
        var holder = string.Join(' ', words).TrimEnd('.', ',');
        // "© 2024 All rights reserved.": the notice names no holder.
        if (holder.StartsWith("all rights", StringComparison.OrdinalIgnoreCase)) return null;
        // "© Crown copyright", "© Assembly copyright 2029": a kind of copyright, not its holder.
        if (holder.EndsWith(" copyright", StringComparison.OrdinalIgnoreCase)) return null;
        return holder.Length >= 3 && IsNameShaped(holder) ? holder : null;
    }

    /// <summary>"https://www.caspian-wire.example/…" → "caspianwire": the host's main label, letters and digits only.</summary>
    public static string? HostLabel(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var labels = uri.Host.ToLowerInvariant().Split('.').Where(l => l is not ("www" or "m" or "amp" or "en")).ToList();
        if (labels.Count == 0) return null;
        var main = labels.Count >= 2 ? labels[^2] : labels[0];
        if (labels.Count >= 3 && main.Length <= 3) main = labels[^3]; // "site.co.uk"
        var letters = new string(main.Where(char.IsLetterOrDigit).ToArray());
        return letters.Length >= 4 ? letters : null;
    }

    /// <summary>
    /// The host's main label and, on a host with a subdomain ("harbour-notes.blogplatform.example"), the subdomain's:
    /// a site hosted on a platform is named by its subdomain.
    /// </summary>
    private static IReadOnlyList<string> HostLabels(string? url)
    {
        var main = HostLabel(url);
        var found = main is null ? new List<string>() : [main];
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return found;
        var labels = uri.Host.ToLowerInvariant().Split('.').Where(l => l is not ("www" or "m" or "amp" or "en")).ToList();
        if (labels.Count >= 3 && labels[^2].Length > 3)
        {
            var sub = new string(labels[^3].Where(char.IsLetterOrDigit).ToArray());
            if (sub.Length >= 4 && !GenericSubdomains.Contains(sub) && !found.Contains(sub)) found.Add(sub);
        }
        return found;
    }

    /// <summary>
    /// "Safe Harbour Rights is a non-profit organisation registered in …", "The Vessberg Centre is an independent
    /// charity.": the organisation a page's closing lines describe; null for any other line.
    /// </summary>
    public static string? SelfDescribedName(string line)
    {
        var m = SelfDescription().Match(line.Trim());
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        // "Radio Tarn 102.6 is part of …": a station's name with its frequency, which the name's shape leaves out.
        var shaped = WithoutStationBand(name);
        return IsNameShaped(shaped) && TextLines.WordCount(shaped) >= 2 ? name : null;
    }

    /// <summary>"Radio Tarn 102.6", "Radio Kestrel 98.4 FM" → the name before the frequency; any other name as it is.</summary>
    private static string WithoutStationBand(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Max(1, words.Length - 3); k < words.Length; k++)
            if (StationBand().IsMatch(string.Join(' ', words[k..]))) return string.Join(' ', words[..k]);
        return name;
    }

    /// <summary>Whether <paramref name="longer"/> opens with the words of <paramref name="name"/> (2+ words, a leading "The" aside).</summary>
    private static bool StartsWithName(string longer, string name)
    {
        static string Key(string s)
        {
            var k = TextShapes.NormalizeForMatch(s);
            return k.StartsWith("the ", StringComparison.Ordinal) ? k[4..] : k;
        }
        var n = Key(name);
        return n.Contains(' ', StringComparison.Ordinal) && Key(longer).StartsWith(n + " ", StringComparison.Ordinal);
    }

    /// <summary>The line's letters (a leading "The" left out) start with the host's label, or spell its initials.</summary>
    /// <summary>
    /// The outlet's name when <paramref name="line"/> is that name and a section word ("Newsroom", "Blog", "Insights")
    /// and the address spells the name without it; a bare "News" is left, as many papers are called "… News".
    /// </summary>
    private static string? SectionOf(string line, IReadOnlyCollection<string> hosts)
    {
        if (SiteNameLine.WithoutSectionWord(line) is not { } bare || line.EndsWith(" news", StringComparison.OrdinalIgnoreCase)) return null;
        var words = TextShapes.NormalizeForMatch(bare).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the");
        var letters = string.Concat(words);
        return letters.Length > 0 && hosts.Contains(letters) ? bare : null;
    }

    private static bool MatchesHost(string line, string host)
    {
        var words = TextShapes.NormalizeForMatch(line).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
        if (words.Count == 0) return false;
        var letters = string.Concat(words);
        // "Fieldnotes from the Littoral" at fieldnoteslittoral.example: the address leaves out the joining words.
        var content = string.Concat(words.Where(w => w is not ("of" or "the" or "and" or "for" or "from" or "on" or "in" or "at" or "a" or "an" or "to")));
        if (words.Count >= 3 && content.Length >= 8 && content == host) return true;
        // "thecompassmagazine.example": an address that keeps the name's "The".
        if (host.StartsWith("the", StringComparison.Ordinal) && letters.Length >= 5 && host.StartsWith("the" + letters, StringComparison.Ordinal)) return true;
        if (letters.StartsWith(host, StringComparison.Ordinal) || letters.Length >= 6 && host.StartsWith(letters, StringComparison.Ordinal)) return true;
        return words.Count >= 3 && string.Concat(words.Select(w => w[0])) == host;
    }

    /// <summary>A short name: 1–8 words, a capital first, no sentence end, no year or long number, no separators of a menu.</summary>
    private static bool IsNameShaped(string text)
    {
        if (text.Length is < 3 or > 70 || !char.IsUpper(text[0])) return false;
        if (text[^1] is '.' or '?' or '!' or ':' or ',' || YearLike().IsMatch(text) && !BroadcasterName().IsMatch(text)) return false;
        if (text.IndexOfAny(['|', '›', '»', '/', '·', '•']) >= 0) return false;
        var words = TextLines.WordCount(text);
        // "Ministry of Foreign Affairs of the Republic of Belmoria": an institution's long name, every word capitalised but
        // the joining words, with a body's noun.
        return words <= 8 || words <= 12 && IsInstitutionName(text);
    }

    /// <summary>Every word capitalised but the joining words ("of", "the", "and", "for"), and a publishing body's noun among them.</summary>
    private static bool IsInstitutionName(string text) =>
        SiteMasthead.HasPublisherNoun(text)
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "for" or "on" or "in" or "&");

    private static bool SameName(string a, string b)
    {
        static string Key(string s)
        {
            var k = TextShapes.NormalizeForMatch(s);
            return k.StartsWith("the ", StringComparison.Ordinal) ? k[4..] : k;
        }
        return Key(a) == Key(b);
    }

    /// <summary>A station's band and frequency after its name ("98.4 FM", "1230 AM", "FM 101.2").</summary>
    [GeneratedRegex(@"^(?:(?:FM|AM|DAB)\s+)?\d{2,4}(?:[.,]\d{1,2})?(?:\s*(?:FM|AM|MHz|kHz))?$", RegexOptions.IgnoreCase)]
    private static partial Regex StationBand();

    [GeneratedRegex(@"\d{3}|\d[:.]\d")]
    private static partial Regex YearLike();

    /// <summary>
    /// A broadcaster's name: a call sign of capitals first, a channel or frequency (not a year) last ("WKXR NewsRadio
    /// 1230", "KQTV 12 News", "CJRM 98.7 FM").
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}{3,5}\s(?:[\p{L}&\- ]+\s)?(?!(?:19|20)\d\d\b)\d{1,4}(?:\.\d)?(?:\s+(?:AM|FM|HD|News|TV|Radio))?$")]
    private static partial Regex BroadcasterName();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex TrailingYear();

    /// <summary>"KQTV 12 News": a call sign and channel, then the newsroom's word.</summary>
    [GeneratedRegex(@"^(?<station>\p{Lu}{3,5}\s+\d{1,3})\s+News$")]
    private static partial Regex StationNews();

    /// <summary>"Lantern Media Group © 2026 · Terms": the holder printed before the sign.</summary>
    [GeneratedRegex(@"^(?<holder>\p{Lu}[^.|©·•\d]{1,70}?)\s*(?:©|\(c\))\s*(?:19|20)\d{2}\b")]
    private static partial Regex HolderBeforeSign();

    [GeneratedRegex(@"^(?:The\s+)?(?<name>\p{Lu}(?:[\p{L}\p{N}'’&\- ]|(?<=\d)\.(?=\d)){2,60}?)\s+is\s+(?:(?:an?|the)\s+(?:[\p{L}\-]+,?\s+){0,4}(?:charity|organi[sz]ation|non-?profit|think[\s-]tank|institute|foundation|company|newspaper|publication|agency|network|centre|center|group|trust|society|broadcaster|magazine|production|signatory|station|journal|newsletter|podcast)\b|(?:published|owned|produced|run)\s+by\b|(?:part|a\s+(?:member|service|division|subsidiary|unit)|an?\s+(?:initiative|project|programme|program|publication|imprint))\s+of\b)")]
    private static partial Regex SelfDescription();

    [GeneratedRegex(@"^(?<name>[^,]{2,60}),\s+the\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,4}$")]
    private static partial Regex Tagline();

    [GeneratedRegex(@"^(?:(?:[\p{L}\-]+\s+){0,3}(?:edition|edição|edición|édition|ausgabe)|(?:edition|edição|edición|édition|ausgabe)(?:\s+[\p{L}\-]+){0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex EditionName();

    /// <summary>A line that is a bare address, "lakesideherald.com" or "www.lakeside-herald.co.uk": the site's name as its address.</summary>
    [GeneratedRegex(@"^(?:www\.)?(?<label>[a-z0-9][a-z0-9-]{2,})(?:\.[a-z]{2,10}){1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainName();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*)?(?:by\s+)?(?<holder>[\p{Lu}][^.|©·•]{1,70}?(?:\s+(?:Ltd|Inc|Co|Corp)\.?)?)(?=\s{2,}|\s*(?:[.|·•,;]|all rights|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"(?:[|·•]|\.|\s{2})\s*(?<sign>©|\(c\)|copyright\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SignAfterSeparator();

    /// <summary>"Dispatch", "Weeknotes": one word naming a genre.</summary>
    private static bool IsGenreWordAlone(string name) => !name.Trim().Contains(' ', StringComparison.Ordinal) && Genres.OwnLabel(name.Trim(), sentenceCase: true) is not null;

    /// <summary>"Episodes   About   Support": items set apart by runs of spaces are a menu row, never a masthead's name.</summary>
    private static bool IsSpacedRow(string name) => name.Contains("  ", StringComparison.Ordinal) || name.Contains('\t');
}

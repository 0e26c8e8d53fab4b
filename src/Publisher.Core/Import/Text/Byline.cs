using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>What a byline line says: the author names, and the date when the line gives one ("Posted May 4, 2023 by …").</summary>
public sealed record BylineReading(IReadOnlyList<string> Names, DateReading? Date, bool Bare);

/// <summary>
/// Byline lines in their many shapes: "By NAME", "By: NAME and NAME", "Written by NAME", "Words by NAME", "Guest post by NAME", "Entry by NAME", "Interview by NAME", "Hosted by NAME", "Asked by NAME (Place)", "Answered by NAME", "Reviewed by NAME", "Posted &lt;date&gt; by NAME",
/// "Posted by NAME on &lt;date&gt;", a byline whose names are Markdown links or carry ORCID badges (<see cref="OrcidMark"/>), and (only where the caller allows it, i.e.
/// right under the title) a bare line of names "NAME, NAME and NAME". Honorifics and post-nominals are kept out of
/// the names; a role or outlet after the names ("By Ann Lee, Senior Fellow", "By Ann Lee | Reuters") or a note in brackets ("(North Dale)") is left out.
/// A bare line needs evidence: 2–4 capitalised words per name, no function word, verb ending or heading word;
/// missing an author is better than inventing one from a heading. Pure.
/// </summary>
public static partial class Byline
{
    /// <summary>Words of roles and outlets that follow a name in a byline; a part holding one is not a name.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "fellow", "editor", "correspondent", "reporter", "director", "analyst", "professor", "researcher", "staff", "contributor",
        "writer", "associate", "chief", "senior", "junior", "columnist", "producer", "desk", "team", "bureau", "news", "press",
        "agency", "service", "services", "wire", "online", "media", "special", "guest", "contributing", "managing", "deputy",
        "head", "expert", "adviser", "advisor", "officer", "president", "chair", "founder", "member", "scholar", "lecturer",
        "anchor", "host", "presenter", "communications", "office", "newsroom", "intern", "freelance", "freelancer",
        "secretary", "minister", "ambassador", "commissioner", "spokesperson", "envoy", "representative", "barrister",
        "solicitor", "counsel", "rapporteur", "relations",
        // Jobs of museums, libraries, universities and firms printed after a name ("Ann Lee, Assistant Curator").
        "assistant", "curator", "archivist", "librarian", "coordinator", "manager", "specialist", "consultant", "journalist",
        "photographer", "historian", "economist", "lawyer", "attorney", "adjunct", "emeritus", "postdoctoral", "doctoral",
        "trustee", "campaigner", "organiser", "organizer", "strategist", "instructor",
    };

    /// <summary>Role words that name a person's job (not an outlet, desk or service): "correspondent", "fellow", "analyst".</summary>
    private static readonly HashSet<string> OutletRoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "desk", "team", "bureau", "news", "press", "agency", "service", "services", "wire", "online", "media",
        "communications", "office", "newsroom", "special", "guest", "contributing", "managing", "deputy", "senior", "junior", "chief", "head",
    };

    /// <summary>Whether a word names a person's role ("correspondent", "Fellow", "writer").</summary>
    internal static bool IsRoleWord(string word) => RoleWords.Contains(word) && !OutletRoleWords.Contains(word);

    /// <summary>Whether a would-be name has a word of roles or desks in it ("Press Office", "News Desk"): an office, not a person.</summary>
    internal static bool NamesAnOffice(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(RoleWords.Contains);

    /// <summary>Words that never stand in a person's name (function words, common heading words).</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "into", "after", "before", "over",
        "under", "about", "against", "between", "amid", "why", "how", "what", "when", "where", "who", "is", "are", "was",
        "were", "be", "will", "can", "may", "not", "no", "new", "our", "its", "their", "his", "her", "this", "that", "these",
        "those", "more", "less", "war", "crisis", "attack", "attacks", "policy", "security", "conflict", "threat", "state",
        "government", "military", "analysis", "report", "news", "update", "opinion", "home", "menu", "search", "share",
        "subscribe", "contact", "about", "introduction", "conclusion", "summary", "background", "overview", "notes", "part",
        "chapter", "section", "rise", "fall", "future", "next", "first", "last", "election", "elections", "talks", "deal",
        "region", "regional", "global", "world", "national", "international", "north", "south", "east", "west", "middle",
        "northern", "southern", "eastern", "western", "central",
        "key", "takeaways", "highlights", "note", "notes", "editor", "editors", "bureau", "desk", "staff", "plans", "plan", "economic",
        "recovery", "read", "more", "related", "latest", "top", "stories", "features", "comment", "letters", "live", "video",
        // Pronouns, auxiliaries and modals: a wrapped title's last words ("… the Crossings" / "It Cannot See"), never a name's.
        "it", "we", "they", "you", "cannot", "could", "should", "would", "must", "shall", "might", "does", "did", "has", "have", "had",
    };

    /// <summary>
    /// The names (and date) of a byline line, or null when the line is not one.
    /// </summary>
    /// <param name="allowBare">Whether a line of names without "By" may be a byline (only right under a title).</param>
    /// <param name="dateFollows">
    /// Whether a date line follows: the evidence a single bare name needs when it has no honorific and is no link
    /// (a list of several names is evidence enough).
    /// </param>
    public static BylineReading? Read(string line, bool allowBare = false, bool dateFollows = false)
    {
        var text = PersonNames.WithoutRetiredNotes(line.Trim().Trim('*', '_').Trim());
        if (text.Length is < 4 or > 200) return null;
        // "Ann Lee¹ ORCID iD, Bo Ma²": a journal's researcher ids beside the names are no part of them.
        var (unbadged, badged) = OrcidMark.Strip(text);
        // "Ann Lee (View all articles)": the link to the author's page is no part of the name, and shows that it is one.
        text = HeaderWidget.WithoutProfileLink(HeaderWidget.WithoutTrailingButtons(unbadged));
        badged |= text.Length < unbadged.Length;
        if (text.Length < 4) return null;

        if (RoleLabelled(text) is { } labelled) return labelled;
        if (AnnotatedNames(text) is { } annotated) return annotated;
        if (AffiliatedNames(text) is { } affiliated) return affiliated;
        if (PostedDateBy().Match(text) is { Success: true } pdb && DateLine.FindIn(pdb.Groups["date"].Value) is { } d1)
            return Named(pdb.Groups["names"].Value, d1 with { Role = DateRole.Posted });
        if (PostedByOn().Match(text) is { Success: true } pbo)
        {
            var date = DateLine.FindIn(pbo.Groups["date"].Value);
            return Named(pbo.Groups["names"].Value, date is null ? null : date with { Role = DateRole.Posted });
        }
        if (ByPrefix().Match(text) is { Success: true } by) return AfterBy(by.Groups["rest"].Value);
        // "A viewpoint from Ann Lee", "A letter from Bo Ma": the piece and its writer (a place after "from" is no name).
        if (PieceFrom().Match(text) is { Success: true } from) return AfterBy(from.Groups["rest"].Value);
        // "Ann Lee reports from Tarnby", "Ann Lee and Bo Ma write from the border": the names before the verb.
        if (ReportedFromPlace(text) is { } reporters) return new BylineReading(reporters, null, Bare: false);
        // "From Ann Lee in Tarnby": a reporter and the place filed from (the paper's own staff, "From our staff in …", name nobody).
        if (FiledFromPlace(text) is { } filers) return new BylineReading(filers, null, Bare: false);
        // "In conversation with Ann Lee / 28.07.2045": the interviewer credited under a conversation's title.
        if (InConversationWith().Match(text) is { Success: true } conversation) return AfterBy(conversation.Groups["rest"].Value);
        // "Por Ana Ruiz", "Par Ana Ruiz": an English piece under another language's byline word (a word that is no name particle).
        if (ForeignBy().Match(text) is { Success: true } foreign) return AfterBy(foreign.Groups["rest"].Value);
        if (DatedNames(text) is { } dated) return dated;
        // "with Ann Lee & Bo Ma": a show's hosts credited under an episode's title. Only lower-case "with" and only
        // names after it: a title or sentence starting "With …" is capitalised.
        if (HostedWith().Match(text) is { Success: true } hosts && BareNames(hosts.Groups["names"].Value, dateFollows: true) is { } hostNames)
            return new BylineReading(hostNames, null, Bare: false);
        if (!allowBare) return null;
        // "Ann Lee | Survey Team Leader, Northern Region": the role printed after a bar is evidence that the name is a byline.
        if (RoleAfterBar().Match(text) is { Success: true } barred && AuthorRoleLine.Is(barred.Groups["role"].Value))
            return BareNames(barred.Groups["names"].Value.Trim(), dateFollows: true) is { } roled ? new BylineReading(roled, null, Bare: true) : null;
        // "Ann Lee a, Bo Ma b & Cy Young a": the affiliation marks are evidence enough that these are names.
        var (unmarked, marked) = AffiliationMarks.Strip(text);
        return BareNames(unmarked, dateFollows || marked || badged) is { } names ? new BylineReading(names, null, Bare: true) : null;
    }

    /// <summary>The names and date after a byline word: "Ann Lee | May 4, 2023", "Ann Lee, May 4, 2023", "Ann Lee on May 4, 2023".</summary>
    private static BylineReading? AfterBy(string rest)
    {
        var date = DateLine.FindIn(rest);
        if (date is not null && TrailingDate().Match(rest) is { Success: true } tail) rest = rest[..tail.Index];
        return Named(rest, date);
    }

    /// <summary>
    /// A byline in labelled parts: "Prepared by the Research Desk — lead analyst: NAME", "Reporting by NAME; Editing
    /// by NAME", "Author: NAME | Editor: NAME", "Words: NAME | Photographs: NAME", "Rapporteur: NAME", "Questions: NAME — DATE" (an interview's questioner). Parts that name an author's role give the names; a desk or team that
    /// prepared the piece is no name; editors and translators are credited, never authors. Every part must be one
    /// of these, and at least one must name an author.
    /// </summary>
    private static BylineReading? RoleLabelled(string text)
    {
        var parts = LabelledPartSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (!parts.Any(p => RoleLabel().IsMatch(p)) && !(parts.Count >= 2 && parts.Any(p => PreparedBy().IsMatch(p)))
            && !text.Contains(';', StringComparison.Ordinal)) return null;
        var names = new List<string>();
        DateReading? date = null;
        var afterNames = false;
        foreach (var part in parts)
        {
            // "Translation: NAME", "Photographs: NAME": credited beside the author, never an author.
            if (ContributorCredit.Read(part) is not null || PictureCredit.Is(part)) continue;
            var role = RoleLabel().Match(part);
            var prepared = role.Success ? role : PreparedBy().Match(part);
            // "Issued: Fri 27.11.26 | Classification: TLP:CLEAR | Prepared by …": the date and short fields beside the credit.
            if (!prepared.Success && DateLine.Read(part) is { } dated) { date ??= dated; continue; }
            if (!prepared.Success && ShortField().IsMatch(part)) continue;
            // "Authors: Ann Lee; Bo Ma": the names of one label set apart by semicolons.
            if (!prepared.Success && afterNames && NamesOf(part) is { } more)
            {
                names.AddRange(more.Where(n => !names.Contains(n, StringComparer.Ordinal)));
                continue;
            }
            if (!prepared.Success) return null;
            // "Authors: Ann Lee, Bo Ma (Data team)": the team the names belong to, in brackets after them, is no name.
            var found = NamesOf(TeamAfterNames().Replace(prepared.Groups["names"].Value, ""));
            afterNames = found is not null;
            if (found is null)
            {
                if (role.Success) return null;
                continue; // "Prepared by the Intelligence Desk": a team, not a person
            }
            foreach (var name in found)
                if (!names.Contains(name, StringComparer.Ordinal)) names.Add(name);
        }
        return names.Count > 0 ? new BylineReading(names, date, Bare: false) : null;
    }

    [GeneratedRegex(@"\s*\((?:\p{L}+\s+){0,3}(?:team|desk|unit|office|department|group|programme|program)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamAfterNames();

    /// <summary>
    /// A live blog's byline, each name with a note of when it wrote: "NAME (now), NAME and NAME (earlier)". The notes
    /// (a few lower-case words in brackets) are the evidence that the line is a byline.
    /// </summary>
    private static BylineReading? AnnotatedNames(string text)
    {
        if (!Annotation().IsMatch(text)) return null;
        var rest = Annotation().Replace(text, "").Trim().TrimEnd(',').Trim();
        return BareNames(rest, dateFollows: true) is { } names ? new BylineReading(names, null, Bare: false) : null;
    }

    /// <summary>
    /// "Ann Lee (Ostmark University), Dr. Bo Ma (Rimeport Institute)": every name followed by its institution in brackets,
    /// as a paper's or a panel's authors are printed; the brackets are the evidence that these are names.
    /// </summary>
    private static BylineReading? AffiliatedNames(string text)
    {
        var parts = AffiliatedPart().Matches(text);
        if (parts.Count == 0 || parts.Sum(m => m.Length) != text.Length || !parts.All(m => SiteMasthead.HasPublisherNoun(m.Groups["institution"].Value))) return null;
        var names = parts.Select(m => m.Groups["name"].Value.Trim()).ToList();
        return NamesOf(string.Join(", ", names)) is { } read && read.Count == names.Count ? new BylineReading(read, null, Bare: false) : null;
    }

    [GeneratedRegex(@"\G(?<name>[^(),;]+?)\s*\((?<institution>\p{Lu}[^()]{2,80})\)\s*(?:(?:,|;|&|\band\b)\s*)?")]
    private static partial Regex AffiliatedPart();

    private static List<string>? NamesOf(string text)
    {
        var names = new List<string>();
        foreach (var part in WithoutTrailingRoles(PersonNames.Split(text.Trim().TrimEnd('.'))))
        {
            if (!LooksLikeName(part.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) return null;
            names.Add(part);
        }
        return names.Count > 0 ? names : null;
    }

    // "From our correspondent, NAME", "From our own correspondent in Kessin: NAME".
    [GeneratedRegex(@"^(?:(?:lead|senior|chief|principal|staff|contributing|guest|main)\s+)?(?:analysts?|authors?|writers?|reporters?|correspondents?|researchers?|rapporteurs?|reporting|writing|words|text|questions|interviewers?)\s*(?:by\s*:?|:)\s*(?<names>\p{Lu}.*)$|^from\s+(?:our|a|the)\s+(?:own\s+)?(?:correspondents?|reporters?)(?:\s+in\s+\p{Lu}[\p{L}'’\- ]{1,30})?\s*[,:]\s*(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLabel();

    [GeneratedRegex(@"^(?:prepared|compiled|produced|written|reported)\s+by\s*:?\s*(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PreparedBy();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+:\s*\S+(?:\s+\S+)?$")]
    private static partial Regex ShortField();

    [GeneratedRegex(@"\s*;\s*|\s+[|·•—–]\s+|\s+-\s+")]
    private static partial Regex LabelledPartSeparator();

    [GeneratedRegex(@"\s*\((?:\p{Ll}+)(?:\s+\p{Ll}+){0,2}\)")]
    private static partial Regex Annotation();

    /// <summary>Names after "By": role, outlet and post-nominal parts are dropped; null when no name is left.</summary>
    private static BylineReading? Named(string text, DateReading? date)
    {
        // "By clicking Continue you agree to …", "By using this site …": "By" before a word in lower case opens a
        // sentence, not a byline (names are capitalised; a surname particle such as "de" or "al-" aside).
        // "Delivered by the Rt Hon Dame Ann Lee": the article before a style is no sentence's opening.
        text = PersonNames.WithoutFormerBeforeRank(WithoutStyledArticle(text));
        if (LowerCaseOpening().IsMatch(text) && !TextShapes.IsNameParticle(text.Split(' ')[0])) return null;
        // "By Ann Lee¹ and Bo Ma²": affiliation marks after the names.
        text = AffiliationMarks.Strip(text.Trim()).Text.TrimEnd('.', ',', ';', ':').Trim();
        // "Asked by Ann Lee (North Dale)": the constituency, party or affiliation in brackets after a name is no part of it.
        text = BracketedNote().Replace(text, "").Trim();
        // "Report by Ann Lee with the Observatory's field team", "… with additional reporting by …": who helped is no author.
        text = WithoutHelpers(text);
        // "Ann Lee, senior fellow, and Bo Ma, research associate": a role between two names is no name, and no end of them.
        text = WithoutRolesBetweenNames(text);
        // "BY NADIA OKONKWO": names in capitals are read in title case; so are the names of "By NADIA OKONKWO, Lagos Bureau".
        text = PersonNames.InTitleCaseIfCapitals(text);
        var names = new List<string>();
        foreach (var part in PersonNames.Split(OutletSeparator().Split(text)[0]).Select(PersonNames.InTitleCaseIfCapitals).Select(WithoutLeadingRole))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => RoleWords.Contains(w))) break;
            // After the first name, a part that fails the strict name test is an affiliation ("University Communications").
            if (names.Count > 0 && !LooksLikeName(words, strict: true)) break;
            if (!LooksLikeName(words, strict: false)) continue;
            names.Add(part);
        }
        return names.Count > 0 ? new BylineReading(names, date, Bare: false) : null;
    }

    [GeneratedRegex(@"^\p{Ll}")]
    private static partial Regex LowerCaseOpening();

    /// <summary>
    /// "Ann Lee, senior fellow, and Bo Ma, Research Associate" → "Ann Lee and Bo Ma, Research Associate", "Ann Lee, senior
    /// fellow, Bo Ma, editor, and Cy Young" → "Ann Lee, Bo Ma and Cy Young": a role after a comma before the next name is no
    /// name (the role after the last name is its caller's to drop).
    /// </summary>
    internal static string WithoutRolesBetweenNames(string names) =>
        RoleBeforeAnd().Replace(
            // "Ann Lee, senior fellow, Bo Ma, research director, and …": a role in lower case between two names of a list.
            RoleBeforeName().Replace(names, m => m.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsLower(w[0])) ? ", " : m.Value),
            m => IsRoleBetweenNames(m.Groups["role"].Value) ? " and " : m.Value);

    /// <summary>
    /// "Ann Lee / Senior Fellow · Bo Ma / Research Associate", "Ann Lee / Estates Correspondent and Bo Ma / Researcher": two
    /// names or more, each with its role after a slash, as "Ann Lee, Bo Ma"; null for any other line (one "NAME / Role"
    /// is a signature's shape as often as a byline's).
    /// </summary>
    internal static string? WithoutSlashRoles(string line)
    {
        var parts = SlashRoleSeparator().Split(line.Trim());
        if (parts.Length == 1) parts = AndBetweenSlashRoles().Split(line.Trim());
        if (parts.Length < 2) return null;
        var names = new List<string>();
        foreach (var part in parts)
        {
            var halves = part.Split('/');
            if (halves.Length != 2 || halves[0].Trim() is not { Length: > 0 } name || halves[1].Trim() is not { Length: > 0 } role) return null;
            if (!LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true) || !IsRoleBetweenNames(role) && !role.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]))) return null;
            names.Add(name);
        }
        return string.Join(", ", names);
    }

    [GeneratedRegex(@"\s+[·|;•]\s+")]
    private static partial Regex SlashRoleSeparator();

    [GeneratedRegex(@"(?<=/[^/]+?)\s+(?:and|&)\s+(?=[^/]+/)")]
    private static partial Regex AndBetweenSlashRoles();

    /// <summary>A role in lower case ("senior fellow"), of role words ("Research Associate") or shaped as one ("Head of Programmes").</summary>
    private static bool IsRoleBetweenNames(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && (words.All(w => char.IsLower(w[0])) || RoleWords.Contains(words[^1]) || AuthorRoleLine.Is(role));
    }

    [GeneratedRegex(@",\s+(?<role>[\p{L}'’\- ]{2,50}?),?\s+(?:and|&)\s+(?=\p{Lu})")]
    private static partial Regex RoleBeforeAnd();

    [GeneratedRegex(@",\s+(?<role>\p{Ll}[\p{L}'’\- ]{1,49}?),\s+(?=\p{Lu})")]
    private static partial Regex RoleBeforeName();

    // "Ann Lee reports from Tarnby" (perhaps with a colon before the report), and "Ann Lee writes:" over a letter or an opinion.
    [GeneratedRegex(@"^(?<names>\p{Lu}[^,;:]{3,80}?)\s+(?:(?:reports|writes|reported|wrote|report|write)\s+(?:from|in)\s+[\p{L}'’\- ,]{2,60}:?|writes?\s*:)$")]
    private static partial Regex ReportsFrom();

    /// <summary>"Ann Lee reports from Tarnby", "Ann Lee and Bo Ma write from the border": the names before the verb, or null.</summary>
    internal static IReadOnlyList<string>? ReportedFromPlace(string line) =>
        ReportsFrom().Match(line.Trim()) is { Success: true } reports ? NamesOf(reports.Groups["names"].Value) : null;

    /// <summary>"From Ann Lee in Tarnby": the names of a reporter filing from a place, or null ("From our staff in …" names nobody).</summary>
    internal static IReadOnlyList<string>? FiledFromPlace(string line) =>
        FromNameInPlace().Match(line.Trim()) is { Success: true } from ? NamesOf(from.Groups["names"].Value) : null;

    [GeneratedRegex(@"^From\s+(?<names>\p{Lu}[^,;:]{3,80}?)\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$")]
    private static partial Regex FromNameInPlace();

    /// <summary>"the " before a style of address ("the Rt Hon", "the Hon.", "the Rev. Dr"), which opens a name as printed in a credit.</summary>
    [GeneratedRegex(@"^the\s+(?=(?:Rt|Right|Hon|Honourable|Honorable|Most|Very|Rev|Revd|Reverend)\.?\s)")]
    private static partial Regex StyledArticle();

    /// <summary>The names without the article a credit prints before a style ("the Rev. Dr Ann Lee" → "Rev. Dr Ann Lee").</summary>
    internal static string WithoutStyledArticle(string names) => StyledArticle().Replace(names.TrimStart(), "");

    /// <summary>The names without the helpers a byline credits after them (<see cref="WithHelpers"/>).</summary>
    internal static string WithoutHelpers(string names) => WithHelpers().Replace(names, "").Trim();

    /// <summary>
    /// " with the field team", " with additional reporting by …", ", with maps by …": a lower-case "with" and a team, help,
    /// reporting or pictures after the names.
    /// </summary>
    [GeneratedRegex(@",?\s+with\s+(?:the|our|a|an|additional|further|help|support|contributions?|reporting|(?:maps|charts|graphics|photographs|photos|photography|pictures|images|illustrations|drawings)\s+by)\b.*$")]
    private static partial Regex WithHelpers();

    /// <summary>"(North Dale)", "(Lab)", "(Senior Researcher)": a note in words in brackets after a name (not a link's address).</summary>
    [GeneratedRegex(@"\s+\(\p{L}[^()/\\\[\]]{1,59}\)")]
    private static partial Regex BracketedNote();

    /// <summary>
    /// Names and a date in parts of one line ("May 4, 2023 | Ann Lee and Bo Ma | 6 min read", "Ann Lee · 4 May 2023"):
    /// the date (or a time, or the piece's age: "3 days ago") is the evidence the bare names need. Every other part is names or a reading time.
    /// </summary>
    private static BylineReading? DatedNames(string text)
    {
        var parts = PartSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > 4) return null;
        DateReading? date = null;
        var role = false;
        var stamped = false;
        var names = new List<string>();
        foreach (var part in parts)
        {
            if (DateLine.Read(part) is { } reading && date is null) { date = reading; continue; }
            if (ReadingTime().IsMatch(part)) continue;
            // "Ann Lee, Chief Reporter · 3 days ago": a time or the piece's age stands where the date would.
            if (names.Count > 0 && TimestampLine.Is(part)) { stamped = true; continue; }
            // "Ann Lee | Columnist": the author's role beside the name is evidence as good as a date.
            if (names.Count > 0 && !role && AuthorRoleLine.Is(part)) { role = true; continue; }
            // "Ann Lee in Tarnby · 4 May 2023": where the reporter files from, after the names, beside a date.
            var filed = InPlace().Match(part) is { Success: true } place ? part[..place.Index] : part;
            if (names.Count > 0 || BareNames(filed, dateFollows: true) is not { } found) return null;
            names.AddRange(found);
        }
        return (date is not null || role || stamped) && names.Count > 0 ? new BylineReading(names, date, Bare: true) : null;
    }

    /// <summary>" in Tarnby", " in Port Senn": where a reporter files from, after the names.</summary>
    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?$")]
    private static partial Regex InPlace();

    /// <summary>A line that is nothing but names ("Ann Lee, Bo Ma and Cy Young", "[Ann Lee](/experts/ann-lee)").</summary>
    private static IReadOnlyList<string>? BareNames(string text, bool dateFollows)
    {
        var linked = LinkOnlyNames().IsMatch(text);
        var honorific = PersonNames.IsHonorific(text.Split(' ', 2)[0]);
        if (!linked)
        {
            if (text[^1] is '.' or '!' or '?' or ':' or ';' or ',' or ')') return null;
            if (text.Any(char.IsDigit)) return null;
        }
        var split = WithoutTrailingRoles(PersonNames.Split(text));
        var names = split.Select(WithoutLeadingRole).ToList();
        if (names.Count is 0 or > 6) return null;
        // "Correspondent Ann Lee": the role printed before the name is evidence that it is a byline.
        dateFollows |= !names.SequenceEqual(split, StringComparer.Ordinal);
        // One name alone looks like many two-word headings ("Key Takeaways"): it needs an honorific, a link or a date under it.
        if (names.Count == 1 && !linked && !honorific && !dateFollows) return null;
        foreach (var name in names)
            if (!LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: !linked)) return null;
        return names;
    }

    /// <summary>
    /// "Correspondent Ann Lee", "Senior Reporter Bo Ma": the role a site prints before the name is not part of it
    /// (two words of name are always left).
    /// </summary>
    private static string WithoutLeadingRole(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var role = 0;
        while (role < words.Count - 2 && char.IsUpper(words[role][0]) && RoleWords.Contains(words[role])) role++;
        return role > 0 && IsRoleWord(words[role - 1]) ? string.Join(' ', words.Skip(role)) : name;
    }

    /// <summary>"Ann Lee, Deputy Secretary General": a title after the names is no further name.</summary>
    private static IReadOnlyList<string> WithoutTrailingRoles(IReadOnlyList<string> parts)
    {
        var count = parts.Count;
        while (count > 1 && parts[count - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => RoleWords.Contains(w))) count--;
        return count == parts.Count ? parts : parts.Take(count).ToList();
    }

    /// <summary>2–4 capitalised words (5 with particles); strict adds: no function or heading word, no -ing/-tion words.</summary>
    internal static bool LooksLikeName(IReadOnlyList<string> words, bool strict)
    {
        if (words.Count is < 2 or > 5) return false;
        var capitalised = 0;
        foreach (var raw in words)
        {
            var word = raw.Trim('"', '“', '”', '\'', '‘', '’');
            if (word.Length == 0) return false;
            if (TextShapes.IsNameParticle(word))
            {
                // "al-Rashid" is a surname with its article; a bare "al" or "van" is only a particle.
                if (word.IndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])) capitalised++;
                continue;
            }
            if (!char.IsUpper(word[0])) return false;
            if (!word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’')) return false;
            if (PersonNames.IsCapitalsWord(word)) return false;
            if (strict && (NotNameWords.Contains(word) || HeadingSuffix().IsMatch(word) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))) return false;
            capitalised++;
        }
        return capitalised is >= 2 and <= 4 && PersonNames.ReadsAsName(words);
    }

    [GeneratedRegex(@"\s+[|·•—]\s+")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^(?<names>[^|·•]+?)\s+[|·•]\s+(?<role>[^|·•]+)$")]
    private static partial Regex RoleAfterBar();

    /// <summary>"4 minute read", "Reading time: 6 min".</summary>
    public static bool IsReadingTime(string line) => ReadingTime().IsMatch(line.Trim());

    [GeneratedRegex(@"^with\s+(?<names>\p{Lu}.*)$")]
    private static partial Regex HostedWith();

    [GeneratedRegex(@"^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?(?:\s+read)?$|^(?:reading\s+time|read\s+time)\s*:?\s*\d{1,3}\s*min(?:ute)?s?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^posted\s+(?:on\s+)?(?<date>.+?)\s+by\s+(?<names>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedDateBy();

    [GeneratedRegex(@"^posted\s+by\s*:?\s+(?<names>.+?)(?:\s+(?:on|at|[|·•,\-–—])\s*(?<date>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedByOn();

    /// <summary>
    /// "By" in another language beside the English one, as a bilingual publication prints it: "Par / By NAME",
    /// "Por / By NAME", "By / Von NAME" (French, Spanish, Portuguese, Italian, German, Dutch, Scandinavian, Polish).
    /// </summary>
    internal const string ForeignByBefore = @"(?:(?:par|por|von|door|di|da|av|af|przez|od)\s*/\s*)?";

    /// <summary>The foreign "by" printed after the English one ("By / Par NAME").</summary>
    internal const string ForeignByAfter = @"(?:/\s*(?:par|por|von|door|di|da|av|af|przez|od)\s+)?";

    /// <summary>
    /// The words printed before "by" in a byline, in an issue and on a page alike: "Written by", "Interview conducted by",
    /// "Profile by", "A comment by"; a page's byline reader adds its own ("Hosted by", "Fact-checked by").
    /// </summary>
    internal const string CreditWords = @"(?:written|authored|contributed|words|reported|filed|text|interviewed|(?:interview\s+)?conducted|compiled|prepared|submitted|reviewed|(?:an?\s+)?" + PieceWords + @")";

    /// <summary>The second credit in "Reported and written by", "Text and photographs by", "Compiled and edited by".</summary>
    internal const string SecondCreditWords = @"(?:written|reported|edited|translated|annotated|compiled|photographed|pictures|photographs|photos|images|illustrations)";

    /// <summary>The names of pieces printed before "by" in a byline: "Profile by NAME", "Analysis by NAME", "Brief by NAME".</summary>
    internal const string PieceWords = @"(?:story|interview|review|report|analysis|commentary|comment|article|essay|brief|briefing|dispatch|entry|piece|post|profile|column|feature|explainer|obituary|appreciation|tribute|remembrance|viewpoint|letter)";

    /// <summary>"A viewpoint from ", "A letter from ": a piece word and "from" before its writer's name.</summary>
    internal const string PieceFromPattern = @"an?\s+" + PieceWords + @"\s+from\s+(?=\p{Lu})";

    [GeneratedRegex(@"^" + PieceFromPattern + @"(?<rest>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PieceFrom();

    [GeneratedRegex(@"^" + ForeignByBefore + @"(?:(?:(?:a\s+)?guest\s+(?:post|article|essay|column|blog|contribution)|checked|fact-checked|hosted|presented|summary|summarised|summarized|asked|answered|delivered|statement|remarks|speech|testimony|message|" + CreditWords + @")(?:\s+and\s+" + SecondCreditWords + @")?\s+)?by\s*:?\s*" + ForeignByAfter + @"(?<rest>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    /// <summary>"In conversation with NAME": the interviewer credited under a conversation's title.</summary>
    [GeneratedRegex(@"^(?i:in\s+conversation\s+with)\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex InConversationWith();

    /// <summary>
    /// "Por NAME", "Par NAME", "Door NAME", "Przez NAME": the byline word of Spanish, Portuguese, French, Dutch or Polish
    /// furniture standing alone before capitalised names (not "von", "di", "da": those open surnames too).
    /// </summary>
    [GeneratedRegex(@"^(?i:por|par|door|przez)\s*:?\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex ForeignBy();

    [GeneratedRegex(@"\s*(?:[|·•,/\-–—]|\bon\b|\bpublished\b|\bupdated\b)\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDate();

    /// <summary>" | Reuters", " - AP", " for The Daily Mirror", " in Quito", " from Quito": what follows the names is not a name.</summary>
    [GeneratedRegex(@"\s+(?:[|·•–—]|-\s|for\s+|in\s+|from\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex OutletSeparator();

    [GeneratedRegex(@"^(?:\s*(?:,|and|&)?\s*\[(?:\\.|[^\]\\])+\]\([^)\s]*\))+\s*$")]
    private static partial Regex LinkOnlyNames();

    [GeneratedRegex(@"(?:tion|tions|ment|ments|ness|ism|isms|ity|ities|ics)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingSuffix();
}

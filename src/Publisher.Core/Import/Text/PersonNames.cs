using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Person names as bylines and bios print them: honorifics ("Dr.", "Prof.", "Col.", "Amb.") and post-nominals
/// ("PhD", "OBE") are kept out of the name; lists ("A, B and C") are split; link texts are unwrapped. Pure.
/// </summary>
public static partial class PersonNames
{
    /// <summary>
    /// Ranks printed before a name, full and abbreviated, compound ranks word by word ("Sqn Ldr", "Wing Commander", "Air
    /// Commodore", "Rear Adm.", "Chief Supt.", "Det. Insp."), and a diplomat's or senator's style. Not "Constable", a
    /// surname too.
    /// </summary>
    private static readonly string[] RankWords =
    [
        "Col", "Colonel", "Lt", "Lieutenant", "Gen", "General", "Maj", "Major", "Capt", "Captain", "Brig", "Brigadier", "Adm",
        "Admiral", "Cdr", "Cmdr", "Commander", "Sgt", "Sergeant", "Cpl", "Corporal", "Pte",
        // An air force's or navy's.
        "Air", "Rear", "Vice", "Wing", "Squadron", "Flight", "Group", "Commodore", "Marshal", "Sqn", "Ldr", "Wg", "Flt", "Gp", "Cdre",
        // A police force's.
        "Chief", "Supt", "Superintendent", "Insp", "Inspector", "Det", "Detective", "Commissioner",
        "Amb", "Ambassador", "Sen",
    ];

    /// <summary>
    /// Words that qualify a rank before it ("Police Commissioner", "Deputy Inspector", "Acting Superintendent"): part of
    /// the honorific only right before a rank, since alone they open other things ("Police said …").
    /// </summary>
    private static readonly HashSet<string> RankQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Police", "Deputy", "Assistant", "Acting", "Army", "Naval", "Regimental", "Staff", "Senior",
    };

    /// <summary>
    /// "former Police Commissioner Ann Lee", "retired Colonel Bo Ma", "ex-Inspector Cy Young", "former Harbour Commissioner
    /// Bo Ma": who the writer was, in lower case before an office ending on a rank (capitalised words before the rank
    /// name its service) — part of the honorific; the text from the rank on (a name of two words or more after it), or the
    /// text as it is.
    /// </summary>
    public static string WithoutFormerBeforeRank(string text)
    {
        var match = FormerBeforeRank().Match(text);
        if (!match.Success) return text;
        var words = text[match.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var r = 0; r < Math.Min(words.Length, MaxServiceWords + 1); r++)
        {
            if (IsHonorificWord(words[r])) return words.Length - r >= 3 ? string.Join(' ', words[r..]) : text;
            if (!char.IsUpper(words[r][0])) return text;
        }
        // "former Harbourmaster Ann Lee", "ex-Deputy Governor Bo Ma": an office the ranks do not know, one word (after its
        // qualifiers) before a name of two — read so only when exactly three capitalised words are left (with more, where
        // the office ends is not known).
        var qualifiers = words.TakeWhile(w => RankQualifiers.Contains(w)).Count();
        var rest = words[qualifiers..];
        return rest.Length == 3 && rest.All(w => char.IsUpper(w[0])) ? string.Join(' ', rest[1..]) : text;
    }

    /// <summary>Capitalised words a service's name may print before a rank ("Metropolitan Police Commissioner").</summary>
    private const int MaxServiceWords = 3;

    [GeneratedRegex(@"^(?:(?:former|retired)\s+|ex-)")]
    private static partial Regex FormerBeforeRank();

    /// <summary>Forms of address that are no rank: a writer's as much as a subject's.</summary>
    private static readonly string[] CourtesyTitles =
    [
        "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Rev", "Revd", "Reverend", "Hon", "Rep", "Cllr", "Councillor", "Sir", "Dame",
        "Lady", "Lord",
        // A cleric's style ("the Rev. Canon Ann Lee").
        "Canon", "Archdeacon", "Bishop", "Rabbi",
        // "The Rt Hon Ann Lee MP", "Rt. Hon. Bo Ma": the style of a privy counsellor or minister.
        "Rt",
        // "Professor Emerita Ann Lee": the retired professor's style after the title.
        "Emeritus", "Emerita",
    ];

    /// <summary>Offices printed before a subject's name ("President Ana Ruiz"); a byline never prints its writer so.</summary>
    private static readonly string[] Offices = ["Senator", "Minister", "President", "Judge"];

    /// <summary>Titles kept out of a name (compared without the dot, case-insensitively).</summary>
    private static readonly HashSet<string> Honorifics = new([.. CourtesyTitles, .. RankWords], StringComparer.OrdinalIgnoreCase);

    /// <summary>Ranks and offices printed before a name: a contents list or byline prints its writers without them.</summary>
    private static readonly HashSet<string> Ranks = new([.. RankWords, .. Offices], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Admiral (ret.) Hedda Lind", "Gen. Bo Ma": a name after a military rank or an office — a subject's, not a writer's.</summary>
    public static bool OpensWithRank(string text) =>
        text.TrimStart().Split(' ', 2)[0].TrimEnd('.') is { Length: > 0 } first && Ranks.Contains(first);

    /// <summary>Letters printed after a name (case-sensitive: "MA" is a degree, "Ma" a surname).</summary>
    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "PhD", "Ph.D", "Ph.D.", "DPhil", "MD", "M.D.", "MA", "MSc", "MBA", "MPhil", "LLM", "JD", "OBE", "MBE", "CBE", "KBE", "CMG", "Esq", "Esq.",
        // Orders, honours and learned-society fellowships ("Dame Ann Lee DBE FBA", "Bo Ma KC").
        "DBE", "GBE", "GCMG", "KCMG", "KCB", "LVO", "CVO", "KC", "QC", "FBA", "FRS", "FRSE", "FRSA",
        "FRHistS", "FAcSS", "FMedSci", "FREng", "FRCP", "FRCS", "FRGS", "FRSL", "FLSW", "MRIA",
        // Members of parliaments and assemblies ("Ann Lee MP", "Bo Ma MSP").
        "MP", "MEP", "MSP", "MLA", "TD",
    };

    /// <summary>A regex fragment matching up to three post-nominals after a name (", PhD", " DBE FBA").</summary>
    public static string PostNominalPattern { get; } =
        @"(?:,?\s+(?:" + string.Join('|', PostNominals.OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")(?![\p{L}])){0,3}";

    /// <summary>
    /// Words of a page's interface and capitalised common nouns of its furniture ("Recent Posts", "Full Article",
    /// "Download PDF", "Related Content", "Table of Contents"): a would-be name made only of them is a label, not a person.
    /// A surname may be one of them ("Emily Post", "Ann Page"), so one such word beside a word that is not one still reads
    /// as a name; all of them together never do.
    /// </summary>
    private static readonly HashSet<string> InterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "recent", "latest", "popular", "related", "featured", "previous", "next", "older", "newer", "more", "all", "full",
        "view", "read", "download", "print", "share", "save", "cite", "email", "reply", "comment", "comments", "subscribe",
        "follow", "search", "menu", "home", "login", "register", "sign", "log", "back", "top", "open", "close", "skip",
        "post", "posts", "article", "articles", "entry", "entries", "story", "stories", "page", "pages", "archive", "archives",
        "category", "categories", "tag", "tags", "topic", "topics", "content", "contents", "table", "figures", "figure", "data",
        "references", "citation", "citations", "metrics", "pdf", "text", "abstract", "supplementary", "material", "materials",
        "links", "link", "author", "authors", "profile", "bio", "newsletter", "podcast", "episode", "episodes", "blog", "blogroll",
        "feed", "rss", "site", "website", "news", "press", "media", "about", "contact", "us", "me", "of", "and", "the", "this", "in",
        "permissions", "reprints", "licensing", "rights", "access", "journal", "issue", "issues", "volume", "info", "information",
        "original", "research", "review", "feature", "features", "opinion", "analysis", "commentary", "editorial", "report",
        "reports", "brief", "briefs",
    };

    /// <summary>
    /// Whether capitalised words read as a person's name rather than a label of the page: not every word (particles
    /// aside) is interface vocabulary or a common noun of page furniture ("Recent Posts", "Full Article").
    /// </summary>
    public static bool ReadsAsName(IReadOnlyList<string> words)
    {
        var any = false;
        foreach (var raw in words)
        {
            var word = raw.Trim('"', '“', '”', '\'', '‘', '’', '*', '_', '.', ',', ':', ';', '(', ')');
            if (word.Length == 0) continue;
            if (!InterfaceWords.Contains(word)) return true;
            any = true;
        }
        return !any;
    }

    /// <summary>A single name with honorifics, post-nominals, link markup and stray punctuation removed.</summary>
    public static string Clean(string name)
    {
        var text = WithoutLinkSyntax(name).Trim('*', '_', ' ', ',', ';', ':');
        // "Colonel (ret.) Bo Ma", "Gen. (Retd) Ann Lee": the retirement note beside a rank is part of the honorific.
        text = RetiredNote().Replace(text, " ").Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "The Rt Hon Ann Lee": the article before a style.
        if (words.Count > 2 && words[0] is "The" or "the" && Honorifics.Contains(words[1].TrimEnd('.'))) words.RemoveAt(0);
        // "Lieutenant-Colonel the Hon. Ann Lee": a rank before the style, with its article.
        while (words.Count > 1 && (IsHonorificWord(words[0]) || words[0].TrimEnd('.') is "Hon" or "Honourable" or "Honorable"
            || RankQualifiers.Contains(words[0]) && IsHonorificWord(words[1])
            || words.Count > 2 && words[0] is "the" && Honorifics.Contains(words[1].TrimEnd('.')))) words.RemoveAt(0);
        while (words.Count > 1 && PostNominals.Contains(words[^1].TrimEnd(',', '.'))) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).TrimEnd(',').Trim();
    }

    /// <summary>A name printed in capitals ("M. TRAORÉ-BECK") in title case ("M. Traoré-Beck"); any other text as it is.</summary>
    public static string InTitleCaseIfCapitals(string part) =>
        part.Any(char.IsLetter) && !part.Any(char.IsLower) ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part.ToLowerInvariant()) : part;

    /// <summary>
    /// The names in a list ("Dr. Ann Lee, PhD, Bo Ma and Cy Young"): post-nominals after a comma are not names,
    /// each part is cleaned, empty parts dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var unlinked = WithoutLinkSyntax(text);
        var parts = TextShapes.SplitNames(unlinked);
        return parts.Where(p => !PostNominals.Contains(p.Trim().TrimEnd('.')) && !IsLettersAfterName(p.Trim()))
            .Select(Clean).Where(p => p.Length > 0).ToList();
    }

    /// <summary>True for a word that is an honorific ("Dr.", "Professor").</summary>
    /// <summary>Whether the text holds a Markdown link (a byline that links its names to profile pages).</summary>
    public static bool HasLink(string text) => MarkdownLink().IsMatch(text);

    /// <summary>
    /// The text of each Markdown link ("[Ann Lee \(/experts/ann-lee\)](/experts/ann-lee)" → "Ann Lee"): unescaped, and
    /// without the link target a scraper appended to the text; empty texts left out.
    /// </summary>
    public static IReadOnlyList<string> LinkTexts(string text) =>
        MarkdownLink().Matches(text).Select(m => WithoutLinkSyntax(m.Groups["text"].Value)).Where(n => n.Length > 0).ToList();

    /// <summary>Links reduced to their text, backslash escapes undone, a trailing "(/path)" target dropped, trimmed.</summary>
    private static string WithoutLinkSyntax(string text)
    {
        var plain = MarkdownLink().Replace(text, m => m.Groups["text"].Value);
        plain = BackslashEscape().Replace(plain, "$1");
        return TrailingTarget().Replace(plain, "").Trim();
    }

    /// <summary>
    /// A word of four characters or more all in capitals ("BRIEFS", "ABOUT"): a label's, never a name's — save initials
    /// printed without spaces between them ("S.M.", "J.R.R."), which are a name's.
    /// </summary>
    public static bool IsCapitalsWord(string word) =>
        word.Length > 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !GluedInitials().IsMatch(word);

    [GeneratedRegex(@"^\p{Lu}\.(?:-?\p{Lu}\.){1,3}$")]
    private static partial Regex GluedInitials();

    public static bool IsHonorific(string word) => Honorifics.Contains(word.TrimEnd('.'));

    /// <summary>An honorific, or a rank hyphenated from them ("Vice-Marshal", "Lieutenant-Colonel", "Major-General").</summary>
    private static bool IsHonorificWord(string word)
    {
        var w = word.TrimEnd('.');
        return Honorifics.Contains(w) || w.Contains('-', StringComparison.Ordinal) && w.Split('-').All(Honorifics.Contains);
    }

    /// <summary>
    /// "By Colonel (ret.) Bo Ma" → "By Colonel Bo Ma": a retirement note (or a navy's "(N)") between a rank and the name is
    /// part of the honorific. One after the name ("Sergeant Bo Ma, Harbour Police (retired)") stays: it ends a credit.
    /// </summary>
    public static string WithoutRetiredNotes(string text) => RetiredNoteBeforeName().Replace(text, " ").Trim();

    /// <summary>"By Colonel Bo Ma (ret'd)" → "By Colonel Bo Ma": the note closing a byline line, for a reader of names alone.</summary>
    public static string WithoutClosingRetiredNote(string text) => RetiredNoteAfterName().Replace(text, "").Trim();

    [GeneratedRegex(@"\s*" + RetiredNotePattern + @"\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex RetiredNoteBeforeName();

    [GeneratedRegex(@"\s*" + RetiredNotePattern + @"\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RetiredNoteAfterName();

    /// <summary>A regex fragment matching an optional honorific before a name ("Dr. ", "Professor ").</summary>
    public static string HonorificPattern { get; } = OptionalTitle(Honorifics);

    /// <summary>A regex fragment matching an optional honorific, rank or office before a name ("Dr ", "Senator ", "Judge ").</summary>
    public static string TitlePattern { get; } = OptionalTitle([.. Honorifics, .. Offices]);

    private static string OptionalTitle(IEnumerable<string> titles) =>
        @"(?:(?:" + string.Join('|', titles.OrderByDescending(h => h.Length).ThenBy(h => h, StringComparer.Ordinal).Select(Regex.Escape)) + @")\.?\s+)?";

    /// <summary>
    /// The last word of a name, the one a bio uses on its own ("Dr. Farouk"); particles stay with it ("al-Sadr").
    /// </summary>
    public static string Surname(string name)
    {
        var words = Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1];
    }

    /// <summary>
    /// "FISEOS", "FRAeS", "DSc": one word with two capitals or more set apart by a comma after a name is its letters,
    /// never a further name (a name has two words or more).
    /// </summary>
    private static bool IsLettersAfterName(string part) =>
        part.Length is >= 2 and <= 10 && !part.Contains(' ', StringComparison.Ordinal) && char.IsUpper(part[0])
        && part.Count(char.IsUpper) >= 2 && part.All(c => char.IsLetter(c) || c == '.');

    // "(ret.)", "(retd)"; a navy's "(N)" after a rank shared with the army ("Capt. (N) NAME").
    private const string RetiredNotePattern = @"\((?:ret(?:ired|['’]?d)?|rtd|(?-i:N))\.?\)";

    [GeneratedRegex(@"\s*" + RetiredNotePattern + @"\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RetiredNote();

    [GeneratedRegex(@"\[(?<text>(?:\\.|[^\]\\])*)\]\((?<url>[^)\s]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex BackslashEscape();

    [GeneratedRegex(@"\s*\((?:https?:)?/[^)]*\)\s*$")]
    private static partial Regex TrailingTarget();
}

using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The one catalogue of genres a piece can be labelled with: each canonical kind (front matter <c>kind</c>) and the
/// words pages and issues print for it ("News release", "Media release", "Press statement" → press release;
/// "Q&amp;A" → interview; "BRIEFS", "In brief" → brief). A page's own genre word is kept when it is a genre of its
/// own ("op-ed" stays op-ed, "blog" stays blog); only true synonyms are folded. Labels are matched whole, after
/// case, punctuation and a leading "the" are set aside, singular or plural. Pure.
/// <para>
/// On a scraped page the kind is read from the page's own words first, strongest first: the title's genre label
/// (<see cref="TitleGenre"/>: "Transcript: …", "… – as it happened"); the label printed over the title, a catalogue
/// word, a numbered series ("Risk Note 26/41") or a noun phrase ending in a genre noun ("FIELD DIARY",
/// <see cref="OwnLabel"/>); a breadcrumb's most specific genre item (a section files many genres, so a label
/// replaces it); then the page's shape (an encyclopedia's tagline, a press release's "FOR IMMEDIATE RELEASE" — a
/// media-contact line alone is too weak, news pages print one too); last its address (<see cref="FromUrl"/>).
/// </para>
/// </summary>
public static partial class Genres
{
    /// <summary>Canonical kind, then the other words that name it (plurals of single words are added automatically).</summary>
    private static readonly (string Kind, string[] Synonyms)[] Catalogue =
    [
        (ArticleKinds.Brief, ["in brief", "news brief", "brief news", "short item", "in short", "short news", "news short", "short report"]),
        (ArticleKinds.Feature, ["article", "articles testimony", "feature story"]),
        (ArticleKinds.Analysis, ["analyses", "brief analysis", "policy analysis", "news analysis", "policywatch", "expert analysis"]),
        (ArticleKinds.Commentary, ["expert comment", "expert commentary"]),
        (ArticleKinds.Interview, ["q a", "q and a", "qa", "in conversation", "conversation"]),
        (ArticleKinds.News, ["news story", "news article", "news item", "latest news", "breaking news", "world news", "local news"]),
        (ArticleKinds.Review, ["book review", "film review", "books review", "review of books"]),
        (ArticleKinds.Profile, []),
        (ArticleKinds.Opinion, ["viewpoint", "comment", "comment and opinion", "opinion and analysis"]),
        (ArticleKinds.OpEd, ["op ed", "oped", "guest essay"]),
        (ArticleKinds.Report, []),
        (ArticleKinds.PressRelease, ["news release", "media release", "press notice", "press announcement"]),
        (ArticleKinds.Statement, ["public statement"]),
        // A statement an office issues to the press: a genre of its own, neither a press release nor any statement.
        (ArticleKinds.PressStatement, ["statement to the press", "media statement"]),
        (ArticleKinds.LongRead, ["longread", "long form", "longform"]),
        (ArticleKinds.PolicyBrief, ["issue brief", "policy paper brief"]),
        (ArticleKinds.Blog, ["blog post", "weblog", "guest post", "guest blog", "guest blog post"]),
        (ArticleKinds.Briefing, []),
        (ArticleKinds.Newsletter, []),
        (ArticleKinds.Essay, []),
        // The editor's own piece at the head of an issue or a page, under whatever the editor calls it.
        (ArticleKinds.Editorial, ["editor's note", "editor's letter", "from the editor", "note from the editor"]),
        (ArticleKinds.Explainer, []),
        (ArticleKinds.Insight, []),
        (ArticleKinds.Obituary, []),
        (ArticleKinds.Podcast, ["podcast episode", "episode", "podcast transcript"]),
        (ArticleKinds.Investigation, ["investigative report", "special investigation", "investigative reporting"]),
        (ArticleKinds.SituationReport, ["situation update", "sitrep", "flash update", "humanitarian update", "situation report update"]),
        (ArticleKinds.Transcript, ["event transcript", "full transcript", "edited transcript", "transcript of remarks"]),
        (ArticleKinds.LiveBlog, ["live updates", "live coverage", "live report", "as it happened", "live blog post"]),
        (ArticleKinds.EncyclopediaEntry, ["encyclopedia article", "encyclopaedia entry", "encyclopaedia article"]),
        (ArticleKinds.FactCheck, ["factcheck", "fact checking", "fact checker"]),
        (ArticleKinds.TravelAdvice, ["travel advisory", "travel warning", "foreign travel advice"]),
        (ArticleKinds.Bulletin, []),
        (ArticleKinds.Timeline, ["chronology"]),
        (ArticleKinds.ForumPost, ["forum thread", "discussion thread", "forum topic"]),
        (ArticleKinds.Recap, ["session recap", "event recap", "conference recap", "session summary", "event summary"]),
        (ArticleKinds.Overview, ["situation overview", "regional overview", "country overview"]),
        (ArticleKinds.CourtReport, ["court reporting", "from the courts"]),
        // Notices of one organisation to its public: a listed company's disclosure, a warning, a formal notice.
        (ArticleKinds.Announcement, ["company announcement", "market announcement", "stock exchange announcement", "exchange announcement", "regulatory announcement"]),
        (ArticleKinds.Alert, ["action alert", "urgent alert", "media freedom alert", "press freedom alert"]),
        (ArticleKinds.Notice, ["public notice", "official notice"]),
        (ArticleKinds.Advisory, []),
        // A publisher's notice that something it printed was wrong.
        (ArticleKinds.Correction, ["correction notice", "erratum", "corrigendum", "corrections and clarifications"]),
        // A passage of a longer work printed on its own.
        (ArticleKinds.Excerpt, ["extract", "book extract", "book excerpt", "exclusive extract", "exclusive excerpt"]),
        (ArticleKinds.Letter, ["letter to the editor", "letters to the editor", "reader letter", "readers letter", "letters page"]),
        // A journal's article types: the peer-reviewed article itself, whatever the journal calls it.
        // A paper posted to a repository before (or without) peer review.
        (ArticleKinds.Preprint, ["pre print", "eprint", "e print"]),
        (ArticleKinds.ResearchArticle, ["original article", "original research", "original research article", "research paper", "full length article", "regular article"]),
        // A parliament's record of one member's question and the government's answer.
        (ArticleKinds.WrittenQuestion, ["parliamentary question", "written parliamentary question", "question for written answer", "written answer"]),
        // The record of a meeting: who attended, each agenda item and what was resolved.
        (ArticleKinds.Minutes, ["meeting minutes", "minutes of meeting", "minutes of the meeting"]),
        // The record of a debate: a chamber's sitting, a public debate or a panel, speaker by speaker.
        (ArticleKinds.Debate, ["parliamentary debate", "debate transcript", "panel debate", "panel discussion", "official report of debates"]),
    ];

    private static readonly Dictionary<string, string> Words = BuildWords();

    /// <summary>Labels that name many pieces of a genre ("briefs", "analyses", "in brief"), not one.</summary>
    private static readonly HashSet<string> PluralWords = BuildPlurals();

    private static Dictionary<string, string> BuildWords()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, synonyms) in Catalogue)
            foreach (var word in synonyms.Prepend(kind))
            {
                var key = TextShapes.NormalizeForMatch(word);
                words.TryAdd(key, kind);
                words.TryAdd(Plural(key), kind);
            }
        return words;
    }

    private static HashSet<string> BuildPlurals()
    {
        var singulars = Catalogue.SelectMany(c => c.Synonyms.Prepend(c.Kind)).Select(TextShapes.NormalizeForMatch).ToHashSet(StringComparer.Ordinal);
        var plurals = singulars.Select(Plural).Where(p => !singulars.Contains(p)).ToHashSet(StringComparer.Ordinal);
        // The catalogue lists "analyses" as a synonym of its own (a site's folder), so the rule above leaves it out.
        plurals.Add("analyses");
        return plurals;
    }

    /// <summary>
    /// Whether a section label names a run of pieces ("BRIEFS", "Analyses", "DISPATCHES", "In Brief", "News in Brief") rather than the
    /// one piece under it ("BRIEF", "ANALYSIS").
    /// </summary>
    public static bool IsPlural(string label)
    {
        var key = TextShapes.NormalizeForMatch(label);
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        // "DISPATCHES", "Field Notes": a genre noun outside the catalogue, in the plural.
        return PluralWords.Contains(key) || InBrief(key) || EndsInPlural(label.Trim()) && Of(label) is null && OwnLabel(label) is not null;
    }

    /// <summary>"in brief", "news in brief", "world in brief": a section of short items.</summary>
    private static bool InBrief(string key) =>
        (key == "in brief" || key.EndsWith(" in brief", StringComparison.Ordinal)) && key.Split(' ').Length <= 4;

    /// <summary>A genre noun's plural by its ending, the reverse of <see cref="Singular"/> ("analysis" → analyses, "dispatch" → dispatches, "summary" → summaries).</summary>
    private static string Plural(string key)
    {
        if (key.EndsWith("is", StringComparison.Ordinal) && key.Length > 3) return key[..^2] + "es";
        if (key.EndsWith('s')) return key;
        if (key.EndsWith("ch", StringComparison.Ordinal) || key.EndsWith("sh", StringComparison.Ordinal) || key.EndsWith('x') || key.EndsWith('z')) return key + "es";
        if (key.Length > 2 && key[^1] == 'y' && "aeiou".IndexOf(key[^2]) < 0) return key[..^1] + "ies";
        return key + "s";
    }

    /// <summary>The kind a genre label names ("Press Release", "THE LONG READ", "Op-Eds", "Q&amp;A"), or null.</summary>
    public static string? Of(string label)
    {
        var key = TextShapes.NormalizeForMatch(label);
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        if (Words.TryGetValue(key, out var kind)) return kind;
        if (InBrief(key)) return ArticleKinds.Brief;
        // "Monthly Overviews", "Weekly Bulletin": how often a genre appears says nothing of which genre it is.
        if (key.IndexOf(' ') is > 0 and var space && Frequencies.Contains(key[..space]) && Words.TryGetValue(key[(space + 1)..], out var often)) return often;
        // "Research News", "Campus news": a newsroom's section of news is news.
        return key.EndsWith(" news", StringComparison.Ordinal) && key.Split(' ').Length == 2 && key.All(c => c == ' ' || char.IsLetter(c)) ? ArticleKinds.News : null;
    }

    /// <summary>
    /// Head nouns of document genres: a short label ending in one ("FIELD DIARY", "Country Note", "Weekly Digest") names
    /// the page's own genre even when the catalogue does not know it; the label's own words are kept (singular).
    /// </summary>
    private static readonly HashSet<string> GenreNouns = new(StringComparer.Ordinal)
    {
        "diary", "transcript", "note", "memo", "bulletin", "advisory", "alert", "dispatch", "letter", "column",
        "digest", "roundup", "factsheet", "backgrounder", "primer", "explainer", "update", "report", "brief", "briefing",
        "analysis", "commentary", "review", "interview", "profile", "essay", "statement", "announcement",
        "notice", "testimony", "speech", "remark", "chronicle", "journal", "paper", "guide", "advice", "entry", "summary", "article",
        "overview", "recap", "outlook", "minutes", "appeal", "assessment", "dataset",
        // A study of one case, a release of data or software, a list of readings, a consultation of the public, a
        // blogger's notes of the week or month.
        "study", "release", "list", "consultation", "weeknote", "monthnote",
        // What is expected to happen ("Monthly Forecast", "Economic forecast"), a chronology ("Conflict timeline") and a
        // body's formal statement of why it honours someone ("Prize citation", "Award citation").
        "forecast", "timeline", "citation",
        // A literary magazine's own label over a piece ("POEM", "Prose poem").
        "poem",
        // A portrait of one person ("PORTRAITS", "Portrait"); a reference sheet of facts about one subject ("FACT SHEET", "Data sheet").
        "portrait", "sheet",
        // A piece of first-hand reporting from a place ("REPORTAGE").
        "reportage",
        // A look back over years ("RETROSPECTIVE"), a view from one standpoint ("PERSPECTIVE", "Regional perspective"), a
        // piece in honour of someone ("TRIBUTE").
        "retrospective", "perspective", "tribute",
        // A dossier on one case or country ("CASE FILES", "Country File"); never "FILE" alone.
        "file",
    };

    /// <summary>
    /// Genres a site files its pages under (a breadcrumb's item, an address folder) that a heading inside a page's text
    /// also prints without naming the page's genre: a journal article prints "Abstract" over its first paragraph, while
    /// a conference files each abstract under "Abstracts". Read only where a site files pages (<see cref="FiledUnder"/>).
    /// </summary>
    private static readonly Dictionary<string, string> FiledOnly = new(StringComparer.Ordinal)
    {
        ["abstracts"] = "abstract", ["conference abstracts"] = "abstract", ["meeting abstracts"] = "abstract",
    };

    /// <summary>
    /// The genre a site files a page under, read from one item of its breadcrumb or section bar ("Judgment summaries",
    /// "Information Bulletins", "Written questions", "Abstracts"): a catalogue genre (<see cref="Of"/>), a collection of
    /// one (<see cref="FiledOnly"/>), or a noun phrase of two or three words ending in a genre noun ("Field diary", "Judgment
    /// summaries"), singular and shortened as a kind is (<see cref="Short"/>). A single plural genre noun the catalogue does not know ("Updates",
    /// "Notes") is a section of many genres, not one. Null otherwise.
    /// </summary>
    public static string? FiledUnder(string item)
    {
        if (Of(item) is { } known) return known;
        var key = TextShapes.NormalizeForMatch(item);
        if (FiledOnly.TryGetValue(key, out var filed)) return filed;
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !words.All(w => w.All(char.IsLetter)) || words.Any(Stopwords.Contains)) return null;
        // "Field diary": a collection named in the singular, as a blog names its one series ("e-Paper", a letter before a
        // hyphen, names a product of the site, not a genre).
        if (GenreNouns.Contains(words[^1]) && !QualifiedGenreNouns.Contains(words[^1]) && words.All(w => w.Length > 1)) return Short(key);
        // "Security Studies", "Peace Studies": in a trail a plural of "study" names an academic field, not a genre.
        if (PluralGenreNoun(words[^1]) is not { } singular || singular == "study") return null;
        return Short(string.Join(' ', words[..^1].Append(singular)));
    }

    /// <summary>
    /// The genre a page's own dated fields line files it under ("23.06.2034 · dispatches · 4 min read"): what a
    /// breadcrumb item would name (<see cref="FiledUnder"/>), or a single plural genre noun, singular. The line
    /// describes this one page, so its collection is the page's genre, not a section of many genres as a menu's or a
    /// trail's lone "Updates" is.
    /// </summary>
    public static string? FiledInOwnFields(string field)
    {
        if (FiledUnder(field) is { } filed) return filed;
        var key = TextShapes.NormalizeForMatch(field);
        return key.All(char.IsLetter) && PluralGenreNoun(key) is { } singular && singular != "study" ? Of(singular) ?? singular : null;
    }

    /// <summary>A plural genre noun's singular ("summaries" → summary, "dispatches" → dispatch, "analyses" → analysis; "minutes" stays), else null.</summary>
    private static string? PluralGenreNoun(string word)
    {
        var singular = Singular(word);
        return (singular != word || word == "minutes") && GenreNouns.Contains(singular) ? singular : null;
    }

    /// <summary>Whether the label's last word is a plural ("FIELD NOTES", "Dispatches"; not "Roundup", "Analysis").</summary>
    public static bool EndsInPlural(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words[^1].ToLowerInvariant() is var last && Singular(last) != last;

    /// <summary>A noun's singular by its ending ("summaries" → summary, "dispatches" → dispatch, "analyses" → analysis, "notes" → note); a word that is no plural ("analysis", "minutes", "press") stays.</summary>
    private static string Singular(string word)
    {
        if (word is "minutes" or "news" || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("yses", StringComparison.Ordinal)) return word[..^2] + "is";
        return word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>
    /// The genre a title's lead names when it is a label with the piece's place in a series or in time ("Daily summary:
    /// Day 23", "Field update #7 from …", "Situation Report No. 12"): one to three words ending in a genre noun, in any
    /// case, as an editor writes the kind (<see cref="Short"/>: "daily summary" → summary). Null when the words are no
    /// such phrase.
    /// </summary>
    public static string? SeriesLabel(string label)
    {
        if (Of(label) is { } known) return known;
        var words = TextShapes.NormalizeForMatch(label).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3 || !words.All(w => w.All(char.IsLetter)) || words.Any(Stopwords.Contains)) return null;
        if (!GenreNouns.Contains(words[^1])) return null;
        // "Summary: …" alone is a heading's word; a qualified one ("Daily summary") names the piece.
        if (words.Length == 1 && QualifiedGenreNouns.Contains(words[0])) return null;
        return Short(string.Join(' ', words));
    }

    /// <summary>
    /// Genre nouns that name a genre only with a word before them ("CASE SUMMARY", "DATA RELEASE", "READING LIST", "PRIZE
    /// CITATION"; a bare "SUMMARY" is a section, a bare "Release 7.1" or "List" no genre, a bare "Citation" a cite-this box).
    /// </summary>
    private static readonly HashSet<string> QualifiedGenreNouns = new(StringComparer.Ordinal) { "summary", "release", "list", "study", "citation", "sheet", "file" };

    /// <summary>
    /// The genre a label printed as the page's own label (over its title) names: a catalogue genre (<see cref="Of"/>), else
    /// one to four words ending in a genre noun, in capitals or title case ("FIELD DIARY" → "field diary"), and when
    /// <paramref name="sentenceCase"/> (a line standing alone right over the title) in sentence case too ("Enforcement
    /// notice" → "enforcement notice"), else null.
    /// </summary>
    public static string? OwnLabel(string label) => OwnLabel(label, sentenceCase: false);

    /// <inheritdoc cref="OwnLabel(string)"/>
    public static string? OwnLabel(string label, bool sentenceCase)
    {
        if (Of(label) is { } known) return known;
        // A pictogram before the label ("⚠ ALERT", "▶ Field Note") is decoration.
        var text = label.Trim().Trim('*', '_');
        var start = 0;
        while (start < text.Length && (char.IsSymbol(text[start]) || char.IsWhiteSpace(text[start]) || char.GetUnicodeCategory(text[start]) == System.Globalization.UnicodeCategory.NonSpacingMark)) start++;
        text = text[start..].Trim();
        // "THIS WEEK'S ANALYSIS", "Today's briefing": when the piece appears is no part of its genre.
        if (IssueTimeOpener().Match(text) is { Success: true, Length: var opener } && opener < text.Length)
            return OwnLabel(text[opener..], sentenceCase: sentenceCase || char.IsLower(text[opener]));
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || !words.All(w => w.All(char.IsLetter)) || !IsLabelCase(words, sentenceCase)) return null;
        // A noun phrase, not a phrase of function words ("FOR IMMEDIATE RELEASE", "ABOUT THE NOTE").
        if (words.Any(w => Stopwords.Contains(w.ToLowerInvariant()))) return null;
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        lower[^1] = Singular(lower[^1]);
        var kind = string.Join(' ', lower);
        var head = lower[^1];
        if (QualifiedGenreNouns.Contains(head) && words.Length == 1) return null;
        return GenreNouns.Contains(head) ? Short(kind) : null;
    }

    /// <summary>
    /// Every word capitalised ("Field Diary", "FIELD DIARY"), or, in sentence case, only the first ("Investigation summary").
    /// A mix ("Notes from Korvath") is a phrase, not a label.
    /// </summary>
    private static bool IsLabelCase(string[] words, bool sentenceCase) =>
        char.IsUpper(words[0][0]) && (words.All(w => char.IsUpper(w[0])) || sentenceCase && words.Skip(1).All(w => char.IsLower(w[0])));

    /// <summary>Whether a label opens with a word saying how often the genre appears ("Daily summary", "Weekly digest").</summary>
    public static bool OpensWithFrequency(string label) =>
        TextShapes.NormalizeForMatch(label).Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, _, ..] && Frequencies.Contains(first);

    /// <summary>Words that say how often a genre appears, not which genre it is ("Weekly Bulletin", "Daily Brief").</summary>
    private static readonly HashSet<string> Frequencies = new(StringComparer.Ordinal)
    {
        "daily", "weekly", "biweekly", "fortnightly", "monthly", "bimonthly", "quarterly", "annual", "yearly",
    };

    /// <summary>
    /// A kind as an editor writes it, a short noun: a label of three or more words, or one opened by a frequency word,
    /// names the catalogue kind it ends in ("weekly security bulletin" → bulletin, "special investigative report" →
    /// investigation), else loses its frequency words ("weekly digest" → digest). Two-word labels that name a genre of
    /// their own stay as printed ("field diary", "risk note", "case summary").
    /// </summary>
    public static string Short(string kind)
    {
        var words = kind.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 && !(words.Length == 2 && Frequencies.Contains(words[0]))) return kind;
        for (var start = 1; start < words.Length; start++)
            if (Of(string.Join(' ', words[start..])) is { } known) return known;
        var kept = words.SkipWhile(Frequencies.Contains).ToArray();
        return kept.Length > 0 ? string.Join(' ', kept) : kind;
    }

    /// <summary>
    /// The genre a site's own name (or the section its masthead names) says every page of it is: a name ending in a plural
    /// genre word of the catalogue ("Westmarch Parliamentary Debates", "Harbour Briefings") or a parliament's official
    /// report ("House of Assembly Hansard"). A name ending in a singular genre noun ("China Brief", "The Delta Bulletin")
    /// is the title of a periodical, not the genre of its pages, and says nothing. Weak evidence, read only when the page
    /// names no kind of its own. Null otherwise.
    /// </summary>
    public static GenreEvidence? OfSiteName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var words = TextShapes.NormalizeForMatch(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8) return null;
        if (words[^1] == "hansard")
            return new GenreEvidence(ArticleKinds.Debate, $"the site's name '{name.Trim()}' is a parliament's official report of its debates");
        // "… Debates", "… Briefings": a collection of one genre. A bare plural ("Debates") is a section bar's item, read elsewhere.
        if (words.Length < 2 || !PluralWords.Contains(words[^1]) || InBrief(string.Join(' ', words))) return null;
        // "News", "Articles", "Reviews": a site of many genres calls itself after the commonest.
        if (Words[words[^1]] is ArticleKinds.News or ArticleKinds.Feature or ArticleKinds.Review or ArticleKinds.Opinion) return null;
        return new GenreEvidence(Words[words[^1]], $"the site's name '{name.Trim()}' names the genre of its pages ('{words[^1]}')");
    }

    private static string FolderWords(string folder) => folder.Replace('-', ' ').Replace('_', ' ');

    /// <summary>
    /// The genre the page's address files it under: the most specific path folder that names a genre
    /// ("/publications/policy-briefs/…" → policy brief, "/interviews/2025/…" → interview), else a blog host
    /// ("blogs.example.ac"). The last path segment (the page's own slug) is not read. Null when nothing names one.
    /// </summary>
    public static GenreEvidence? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        var folders = AddressFolders.Of(uri);
        for (var i = folders.Length - 1; i >= 0; i--)
        {
            // "/travel/advice/…": two folders in a row may spell one genre between them.
            if (i > 0 && Of(FolderWords(folders[i - 1]) + " " + FolderWords(folders[i])) is { } pair)
                return new GenreEvidence(pair, $"the page's address files it under '/{folders[i - 1]}/{folders[i]}/'");
            if (Of(FolderWords(folders[i])) is { } kind)
                return new GenreEvidence(kind, $"the page's address files it under '/{folders[i]}/'");
        }
        var host = uri.Host.Split('.');
        if (host.Length > 2 && Of(host[0]) == ArticleKinds.Blog)
            return new GenreEvidence(ArticleKinds.Blog, $"the page is on a blog host ('{uri.Host}')");
        return null;
    }

    /// <summary>"This week's ", "TODAY'S ", "This month's ": a possessive of the issue's time before a label's genre.</summary>
    [GeneratedRegex(@"^(?:(?:this|last|next)\s+(?:week|month|year|issue|edition|fortnight)|today|tonight|the\s+(?:week|month|day))['’]s\s+", RegexOptions.IgnoreCase)]
    private static partial Regex IssueTimeOpener();
}

/// <summary>A kind and what says so, for the report.</summary>
public sealed record GenreEvidence(string Kind, string Reason);

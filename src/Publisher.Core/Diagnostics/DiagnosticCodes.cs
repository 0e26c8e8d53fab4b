namespace Publisher.Core.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so editors can look a code up and two stages never reuse one.
/// PUB0xx: content files and front matter. PUB1xx: import. PUB2xx: build and theme. PUB3xx: output checks.
/// </summary>
public static class DiagnosticCodes
{
    // Content files (input/)
    public const string FrontMatterMissing = "PUB001";
    public const string FrontMatterInvalid = "PUB002";
    public const string RequiredFieldMissing = "PUB003";
    public const string FieldInvalid = "PUB004";
    public const string DuplicateSlug = "PUB005";
    public const string ConfigInvalid = "PUB006";
    public const string FileUnreadable = "PUB007";
    /// <summary>Two articles whose slugs come from equal titles: the later one (by date, then path) gets the year appended.</summary>
    public const string DerivedSlugCollision = "PUB008";
    /// <summary>A front matter or config key no reader knows (a typo such as 'tittle'); the value is ignored.</summary>
    public const string UnknownKey = "PUB009";
    /// <summary>A config file written for an older version (site.yml's single 'publication'): still read, with how to update.</summary>
    public const string ConfigOutdated = "PUB010";
    /// <summary>A tag tags.yml does not define (a misspelling silently makes a new tag page); names the near miss.</summary>
    public const string TagNotDefined = "PUB011";
    /// <summary>An author with no profile in authors/ (a misspelling silently makes a bare author page); names the near miss.</summary>
    public const string AuthorWithoutProfile = "PUB012";
    /// <summary>A footnote reference [^n] with no definition: it would print as the literal text '[^n]'.</summary>
    public const string FootnoteReferenceUndefined = "PUB013";
    /// <summary>A footnote definition [^n]: nothing refers to: it would be left off the page.</summary>
    public const string FootnoteDefinitionUnused = "PUB014";
    /// <summary>An article without tags, authors, summary or kind.</summary>
    public const string ArticleFieldEmpty = "PUB015";
    /// <summary>A 'kind' that is none of the known kinds (a typo such as 'anlysis' makes its own section).</summary>
    public const string KindUnknown = "PUB016";
    /// <summary>One name spelled several ways across the archive ("al-Kadhimi", "al-Khadimi").</summary>
    public const string NameSpellingVariants = "PUB017";
    /// <summary>A real date the archive cannot have: after today, or before the publication's first volume.</summary>
    public const string DateOutOfRange = "PUB018";
    /// <summary>An 'updated' date before the article's 'date'.</summary>
    public const string UpdatedBeforeDate = "PUB019";
    /// <summary>A re-import moved an article to a new file because its title changed in the seed; the old address is an alias (a note).</summary>
    public const string ImportArticleRenamed = "PUB020";

    // Import: readers, sidecars, the importer (PUB100–PUB149)
    public const string ImportSeedUnreadable = "PUB100";
    public const string ImportSeedEmpty = "PUB101";
    public const string ImportFormatUnknown = "PUB102";
    public const string ImportNoArticles = "PUB103";
    public const string ImportUnassignedText = "PUB104";
    public const string ImportTocMismatch = "PUB105";
    public const string ImportAuthorMissing = "PUB106";
    public const string ImportDateMissing = "PUB107";
    public const string ImportTitleMissing = "PUB108";
    public const string SidecarMissing = "PUB110";
    public const string SidecarInvalid = "PUB111";
    public const string SidecarOverrides = "PUB112";
    public const string ImportValueInferred = "PUB113";
    /// <summary>A PDF seed is encrypted (password or copy protection): its text cannot be read.</summary>
    public const string ImportPdfEncrypted = "PUB114";
    /// <summary>A PDF seed (or some of its pages) has no text layer, only images: it must be OCR'd first.</summary>
    public const string ImportPdfNoText = "PUB115";
    /// <summary>A PDF seed is damaged (it cannot be opened, or a page cannot be read).</summary>
    public const string ImportPdfDamaged = "PUB116";
    /// <summary>A seed ending in .html/.htm holds no HTML; it is read as plain text.</summary>
    public const string ImportHtmlNotHtml = "PUB117";
    /// <summary>A saved web page holds no article text (an empty body, a listing or index page); nothing is imported from it.</summary>
    public const string ImportHtmlNoArticle = "PUB118";
    /// <summary>Info: how a saved web page was read (which element held the article, where its metadata came from, what was left out).</summary>
    public const string ImportHtmlRead = "PUB119";
    public const string ImportFixupFailed = "PUB120";
    public const string ImportDuplicateMerged = "PUB121";
    public const string ImportSlugClash = "PUB122";
    public const string ImportArchiveUnreadable = "PUB123";
    public const string ImportConfigMissing = "PUB124";
    public const string ImportEditedFileSkipped = "PUB130";
    public const string ImportEditedFileOverwritten = "PUB131";
    public const string ImportManifestInvalid = "PUB132";
    public const string ImportWriteFailed = "PUB133";
    public const string ImportSlugFallback = "PUB134";
    /// <summary>Info: the seed was measured as PDF-shaped or web-shaped text (and whether page breaks are rejoined).</summary>
    public const string ImportDocumentShape = "PUB135";
    /// <summary>A crawler's leading metadata block disagrees with the page text (title, date, authors).</summary>
    public const string ImportCrawlerConflict = "PUB136";
    /// <summary>Info: what was taken from a crawler's leading metadata block.</summary>
    public const string ImportCrawlerMetadata = "PUB137";
    /// <summary>A date whose day and month could be swapped ("04/05/2023") was not read.</summary>
    public const string ImportDateAmbiguous = "PUB138";
    /// <summary>Info: lines before a scraped page's title were not title-shaped (breadcrumb, site name, rule, date).</summary>
    public const string ImportTitleSkippedLines = "PUB139";
    /// <summary>A whole issue's masthead prints only month and year; the articles are dated the 1st and list 'date' as inferred.</summary>
    public const string ImportMastheadDayInferred = "PUB140";
    /// <summary>Info: the publication an article names (masthead, "Publication:" line, sidecar) is one of site.yml's own publications.</summary>
    public const string ImportOwnPublication = "PUB141";
    /// <summary>Info: an undated issue of an own publication is dated by an estimate from its volume, issue and frequency.</summary>
    public const string ImportIssueDateEstimated = "PUB142";
    /// <summary>Info: a scraped page's only byline names the site's content-system account ("Centre Admin"), not a person; no author was set.</summary>
    public const string ImportCmsAccountAuthor = "PUB143";
    /// <summary>A group of notes in an issue's shared notes section is headed by no article's title; its notes were kept at the end of the last article.</summary>
    public const string ImportUnmatchedNoteGroup = "PUB144";
    /// <summary>Info: no masthead was recognised in a seed read as a whole issue; its structure (page furniture, contents, several starts, notes, bios) decided.</summary>
    public const string ImportIssueFromStructure = "PUB145";
    /// <summary>Info: a whole issue's volume, issue or date the masthead does not print was taken from a running header or footer line.</summary>
    public const string ImportIssueFieldsFromRunningLine = "PUB146";
    /// <summary>Info: a crawler block's author is the site's own name, not a person; no author was taken from it.</summary>
    public const string ImportCrawlerAuthorIsSite = "PUB213";
    /// <summary>Info: the cached result of the last import run could not be read, so import ran in full.</summary>
    public const string ImportCacheUnreadable = "PUB147";

    // Build and theme (PUB200–PUB249)
    public const string BrokenInternalLink = "PUB200";
    public const string TemplateMissing = "PUB201";
    public const string TemplateError = "PUB202";
    public const string OutputFailed = "PUB203";
    public const string InputMissing = "PUB204";
    public const string IssueIncomplete = "PUB205";
    public const string DuplicateAuthor = "PUB206";
    public const string SlugInvalid = "PUB207";
    public const string OutputNotASite = "PUB208";
    /// <summary>Info (import): a PDF issue's article starts at a title found from its type (bold, larger than the body) with no byline under it.</summary>
    public const string ImportTitleFromPdfType = "PUB209";
    /// <summary>Info (import): an issue's masthead prints its number and date but no volume; the articles get no volume.</summary>
    public const string ImportIssueWithoutVolume = "PUB210";
    /// <summary>Two pages or files of the site (PageKinds) would be written to one output path.</summary>
    public const string OutputPathCollision = "PUB220";
    /// <summary><c>publisher serve</c>: the port is taken or cannot be bound on 127.0.0.1.</summary>
    public const string ServePortUnavailable = "PUB230";
    /// <summary><c>publisher serve</c>: a folder cannot be watched (or the watcher lost events); changes there need a restart or another save.</summary>
    public const string ServeWatchFailed = "PUB231";
    /// <summary>A published article links to a draft: the link works with --drafts and breaks without.</summary>
    public const string LinkToDraft = "PUB234";
    /// <summary>An 'aliases' entry that is not a site-relative URL (or names the article's own address).</summary>
    public const string AliasInvalid = "PUB235";
    /// <summary>The render cache (.publisher-cache/) is unreadable, corrupt or of another format: it is ignored and every page is rendered.</summary>
    public const string RenderCacheIgnored = "PUB238";
    /// <summary>The render cache cannot be saved: the next build renders every page again (this one is fine).</summary>
    public const string RenderCacheNotSaved = "PUB239";

    // Output checks (output/), PUB300–PUB349
    public const string LinkTargetMissing = "PUB300";
    public const string LinkFragmentMissing = "PUB301";
    public const string LinkOutsideSite = "PUB302";
    public const string LinkInvalid = "PUB303";
    public const string DuplicateId = "PUB304";
    public const string OutputFileUnreadable = "PUB305";

    // Import fix-up rules (PUB150–PUB199; the raw-format readers use PUB100–PUB149)
    public const string MojibakeUnrepaired = "PUB150";
    public const string PageBreakHyphenUncertain = "PUB151";
    public const string FootnoteMarkerWithoutNote = "PUB152";
    public const string FootnoteNoteWithoutMarker = "PUB153";
    public const string FootnoteDuplicateNumber = "PUB154";
    public const string FootnoteStrayNotesText = "PUB155";
    public const string RelativeLinkUnresolved = "PUB156";
    public const string LinkMalformed = "PUB157";
    public const string SelfCitationAmbiguous = "PUB158";
    public const string SelfCitationNotInArchive = "PUB159";
    public const string BoilerplateListKept = "PUB160";
    /// <summary>Info: a page that names no author in its header has a closing bio whose names became its authors.</summary>
    public const string BioNamedAuthors = "PUB161";
}

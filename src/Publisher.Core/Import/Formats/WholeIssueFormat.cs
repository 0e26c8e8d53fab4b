using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// Text extracted from the PDF of a whole issue: a masthead (publication name, tagline), a
/// "VOLUME XIX | ISSUE 22" line, a table of contents of <c>p.N</c> markers with wrapped titles (or section
/// labels such as BRIEFS) and authors, then each article as title line, author line, body and optional Notes.
/// </summary>
public sealed partial class WholeIssueFormat : IRawFormat
{
    public string Name => "whole-issue";

    /// <summary>The <c>inferred</c> entry of a date whose day the masthead did not print (month and year only: day 1).</summary>
    public const string InferredDate = "date";

    public int TextFidelity => 0;

    /// <summary>Below a page reader's confidence when it sees a page's head, above it when it sees little.</summary>
    private const double WebPageWithVolume = 0.45;

    public double Detect(string text) => Detect(text, new RawSource(""));

    public double Detect(string text, RawSource source)
    {
        // A crawler's block naming the web page it saved ("source: https://…/briefings/…", not a PDF) says the text is a
        // page, however much of an issue's structure it shows (numbered sections, a contents list).
        if (source.Crawler?.Url?.Value is { } crawled && !crawled.Split('?', '#')[0].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            return 0;
        var lines = SeedText.Lines(text).Where(l => !l.IsBlank).Take(60).ToList();
        var hasVolume = lines.Any(l => VolumeIssueLine.IsMatch(l.Text));
        // Contents evidence: page markers, dotted entries ("Title ….. 3"), a heading such as "In This Issue".
        var contents = lines.Count(l => PageNumberLine.IsContentsReference(l.Text) || IssueContents.IsOneLineEntry(l.Text))
            + (lines.Any(l => ContentsHeading.IsMatch(l.Text)) ? 1 : 0);
        // A month and year alone on one of the first lines is a masthead's date, not a web page's date line.
        // So is an issue number with its date ("No. 19 — February 2027") where the publication counts no volumes.
        var mastheadDate = lines.Take(6).Any(l => MastheadDate.Parse(l.Text) is { DayInferred: true } || VolumeIssueLine.IssueAndDate(l.Text) is not null);
        // Printed pages (hard wrapping, page numbers, broken words) are a PDF's text: a web page never has them.
        // A site's menu or account links at the top are a web page's, whatever its short lines look like (a journal's article
        // page prints its authors, affiliations and dates one to a line).
        var siteMenu = SiteMenuAtTop(lines);
        var printed = DocumentShape.Classify(text).Kind == DocumentShapeKind.Pdf && !siteMenu;
        if (hasVolume && (contents > 0 || printed)) return 0.95;
        if (IssueStructure.IsNewsletterOfPieces(text)) return 0.9;
        // No masthead recognised, or one too bare to tell: the structure of a printed issue still says what it is.
        if (StructureOf(text, source).IsWholeIssue) return 0.9;
        // Bare volume lines (the numbers without the publication's name, which the logo prints) over web text with a site's
        // menu at its top, no contents and no issue structure: a journal's page for one article, which the page reader reads
        // better when it sees a page's head (a genre label, a byline, a date).
        if (hasVolume) return siteMenu && BareVolumeLines(lines) ? WebPageWithVolume : 0.7;
        if (mastheadDate && contents >= 2) return 0.8;
        if (printed && contents >= 2) return 0.75;
        return contents >= 2 ? 0.5 : 0;
    }

    private static bool BareVolumeLines(IReadOnlyList<SeedLine> lines) =>
        lines.All(l => VolumeIssueLine.Parse(l.Text) is not { } v || string.IsNullOrWhiteSpace(v.Before) || DateLine.Read(v.Before.Trim().Trim('|', '·', '•', '—', '–', ',').Trim()) is not null);

    private static bool SiteMenuAtTop(IReadOnlyList<SeedLine> lines) =>
        lines.Take(MenuLines).Any(l => !VolumeIssueLine.IsMatch(l.Text) && (NavigationBar.IsNavigation(l.Text) || SiteMasthead.IsSiteControls(l.Text)));

    /// <summary>How far down a web page's menu stands.</summary>
    private const int MenuLines = 6;

    /// <summary>The seed's structure as the importer read it once (<see cref="RawSource.Structure"/>), else read here from its unstripped text.</summary>
    private static IssueStructureReading StructureOf(string text, RawSource source) =>
        source.Structure ?? IssueStructure.Read(source.UnstrippedText ?? text);

    public RawReadResult Read(string text, RawSource source)
    {
        var diagnostics = new List<Diagnostic>();
        var dropped = new List<DroppedPiece>();
        text = WithBrokenWordsJoined(text, source, diagnostics);
        var blocks = MastheadLinesApart(SeedText.Blocks(text));
        if (blocks.Count == 0) return RawReadResult.Empty;

        var header = ReadHeader(blocks, source, dropped);
        // "BORDERLANDS REVIEW | Kesterholm Institute …": the periodical's name is the one its notices and running lines repeat.
        if (header.Publication is { } printed) header = header with { Publication = MastheadName.WithoutPublisher(printed) };
        if (header is { Publication: null, Volume: null, Issue: null, Date: null })
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportIssueFromStructure,
                $"no masthead was recognised; read as a whole issue from its structure ({StructureOf(text, source).Evidence}); volume, issue and date are left empty unless a running line prints them (set them in the seed's sidecar)",
                new SourceLocation(source.Path, 1)));
        header = WithRunningLineFields(header, SeedText.Lines(source.UnstrippedText ?? text), source, diagnostics);
        if (header.Volume is null && header.Issue is { } numberOnly)
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportIssueWithoutVolume,
                string.Create(CultureInfo.InvariantCulture, $"the masthead prints issue {numberOnly} and a date but no volume; the articles have no volume (set 'volume' in the seed's sidecar if the issue has one)"),
                new SourceLocation(source.Path, header.DateLine)));
        if (header.SendCount is { } sends)
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportIssueWithoutVolume,
                string.Create(CultureInfo.InvariantCulture, $"the masthead's number {sends} counts the newsletter's sends (printed after '#', or in an email with no volume); the articles have no issue (set 'issue' in the seed's sidecar if the archive files it as one)"),
                new SourceLocation(source.Path, header.DateLine)));
        if (header.Date is { DayInferred: true } monthOnly)
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportMastheadDayInferred,
                string.Create(CultureInfo.InvariantCulture, $"the masthead gives only the {(monthOnly.Season is { } season ? $"season ({season})" : monthOnly.Week is { } week ? $"week ({week})" : $"month ({monthOnly.Date:MMMM yyyy})")}; the articles are dated {monthOnly.Date:yyyy-MM-dd} and list 'date' as inferred (set 'date' in the seed's sidecar)"),
                new SourceLocation(source.Path, header.DateLine)));
        var lines = SeedText.Lines(text);
        var (tocEntries, tocStart, tocEnd) = ReadContents(blocks, header.NextBlock, lines, source, dropped);
        if (tocEntries.Count > 0) RecordContents(lines, tocStart, tocEnd, source, dropped);
        var bodyLines = WrappedBylines.Join(lines.Skip(tocEnd).ToList());
        var toc = new TableOfContents(WithListedSections(tocEntries, bodyLines), tocEnd);
        // Contents printed at the end of the issue, under their heading, are the issue's contents, not an article.
        if (TrailingContents(bodyLines) is { } trailing)
        {
            if (toc.Entries.Count == 0) toc = toc with { Entries = trailing.Entries };
            for (var k = trailing.Start; k < trailing.End; k++)
            {
                if (bodyLines[k].IsBlank) continue;
                dropped.Add(new DroppedPiece("table of contents", bodyLines[k].Text.Trim(), new SourceLocation(source.Path, bodyLines[k].Number)));
                bodyLines[k] = bodyLines[k] with { Text = "" };
            }
        }
        var sectionCredits = TakeSectionCredits(bodyLines, source, dropped);
        var rawBodyBlocks = SeedText.Blocks(bodyLines).SelectMany(RuledBoxesApart).SelectMany(RuleLinesApart).SelectMany(OpeningLabelApart).SelectMany(ClosingLabelApart).ToList();
        if (IndentedParagraphs.IsLayout(bodyLines)) rawBodyBlocks = rawBodyBlocks.SelectMany(IndentedParagraphs.Split).ToList();
        else if (ParagraphLines.IsLayout(bodyLines)) rawBodyBlocks = rawBodyBlocks.SelectMany(ParagraphLines.Split).ToList();
        rawBodyBlocks = ReviewedBookDetailsApart(rawBodyBlocks, source, dropped);
        rawBodyBlocks = RuledBoxesOut(rawBodyBlocks, source, dropped);
        // A title over a byline opens an article the contents list, or one by an author whose bio the issue prints
        // ("NAME is the Editor of …") or who bylines another title of the issue: the contents may list only the section
        // ("BRIEFS") of such a piece.
        var runOpenAtStart = ContentsOpenWithRun(toc.Entries);
        var bylinedTitles = new Lazy<ILookup<string, string>>(() => BylinedTitles(rawBodyBlocks));
        var bodyBlocks = IssueSegmenter.Split(rawBodyBlocks, (title, byline) => MayOpenArticle(title, byline, toc.Entries)
            || (StartBylineNames(byline) ?? []).Any(name => HasBioInIssue(name, rawBodyBlocks) || bylinedTitles.Value[name].Any(other => other != title)),
            title => toc.Entries.Where(e => !e.IsSection).Select(e => TextShapes.WordSimilarity(e.Title, title)).DefaultIfEmpty(0).Max(),
            runOpenAtStart, header.Publication,
            label => IsListedRunSection(toc.Entries, label));
        bodyBlocks = TitlesApartFromBios(bodyBlocks);
        // Section labels the catalogue does not know, by their shape and place: they are section labels from here on.
        var shapeLabels = ShapeLabels(bodyBlocks, toc.Entries, source.SectionLabelLines);
        if (shapeLabels.Count > 0) source = source with { SectionLabelLines = new HashSet<int>([.. source.SectionLabelLines, .. shapeLabels.Keys]) };
        var starts = FindArticleStarts(bodyBlocks, toc.Entries, source.TitleTypeLines, source.BylineLines, shapeLabels.Keys.ToHashSet(), runOpenAtStart);
        shapeLabels = ShapeLabelsOverArticles(shapeLabels, bodyBlocks, starts, toc.Entries, source);
        foreach (var typed in starts.Where(s => s.FromType))
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportTitleFromPdfType,
                $"\"{Preview(bodyBlocks[typed.Title].Joined)}\" is taken for an article's title because the PDF sets it bold and larger than the body, though no byline follows it",
                new SourceLocation(source.Path, bodyBlocks[typed.Title].Line)));
        // No title has a byline under it: the articles may be signed at their ends instead ("— NAME, Place").
        if (starts.Count == 0 && EndSignedStarts(LabelsApartFromTitles(bodyBlocks)) is { Count: > 0 } signedStarts)
            (bodyBlocks, starts) = (LabelsApartFromTitles(bodyBlocks), signedStarts);

        if (starts.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportNoArticles,
                $"found no article start (a title line followed by an author line) in this issue: {WhyNoStart(bodyBlocks)}; nothing was imported from it",
                new SourceLocation(source.Path, bodyBlocks.Count > 0 ? bodyBlocks[0].Line : 1)));
            return new RawReadResult([], diagnostics, dropped);
        }
        // A notes section printed once after the articles, its groups headed by their titles: cut out of the last
        // article here, each group given to its article once all are read.
        var lastStart = starts[^1];
        var sharedNotes = SharedEndnotes.Find(bodyBlocks, Math.Max(lastStart.Content, (lastStart.Signature ?? -1) + 1));
        if (sharedNotes is not null) bodyBlocks = [.. bodyBlocks.Take(sharedNotes.Heading), .. bodyBlocks.Skip(sharedNotes.End)];
        // Section labels printed in the body ("BRIEF", "ANALYSIS") give the kind of the articles after them.
        string? sectionKind = null;
        TextBlock? sectionLabel = null;
        ArticleDraft? orphanDraft = null;
        var leading = bodyBlocks.Take(starts[0].First).ToList();
        // A rule over the first piece (or its label) parts it from the contents; it is no text.
        foreach (var rule in leading.Where(IsRuleBlock))
            dropped.Add(new DroppedPiece("rule between articles", rule.FirstText, new SourceLocation(source.Path, rule.Line)));
        leading.RemoveAll(IsRuleBlock);
        // The labels right before the first article are its section's, whatever text comes before them.
        var labelsFirst = leading.Count;
        while (labelsFirst > 0 && IsSectionLabel(leading[labelsFirst - 1], source)) labelsFirst--;
        foreach (var label in leading.Skip(labelsFirst))
            dropped.Add(new DroppedPiece("section label", label.FirstText, new SourceLocation(source.Path, label.Line)));
        if (labelsFirst < leading.Count)
        {
            sectionKind = LabelKind(leading[^1], source, shapeLabels);
            sectionLabel = leading[^1];
            leading = leading.Take(labelsFirst).ToList();
        }
        leading = DropLeadingNotice(leading, header.Publication, source, dropped);
        var issueAuthors = IssueAuthors(bodyBlocks, starts, toc.Entries);
        var contributorBios = new List<TextBlock>();
        if (ContributorBios.Leading(leading.Select(b => SignedInitials.WithoutKey(BlockText(b))).ToList(), issueAuthors) is { } box)
        {
            dropped.Add(new DroppedPiece("bio label", leading[box.Start].FirstText, new SourceLocation(source.Path, leading[box.Start].Line)));
            contributorBios.AddRange(leading.Skip(box.Start + 1).Take(box.End - box.Start));
            leading = leading.Skip(box.End + 1).ToList();
        }
        if (leading.Count == 0) { }
        else if (LeadingArticle(leading, header, source) is { } orphan)
        {
            // Prose before the first article found is an article the segmenter missed: keeping it is the rule, so it
            // becomes an article of its own that the editor is told to check (never dropped as "text before").
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportUnassignedText,
                $"the text before the first article found reads as an article (it has {orphan.ProseParagraphs} block(s) of prose); imported as \"{orphan.Draft.Title}\" — check its title, authors and where it ends, it may hold more than one article",
                new SourceLocation(source.Path, leading[0].Line)));
            foreach (var block in orphan.Labels)
                dropped.Add(new DroppedPiece("section label", block.FirstText, new SourceLocation(source.Path, block.Line)));
            foreach (var block in orphan.Before)
                dropped.Add(new DroppedPiece("text before the first article", block.Joined, new SourceLocation(source.Path, block.Line)));
            foreach (var block in orphan.TrailingLabels)
                dropped.Add(new DroppedPiece("section label", block.FirstText, new SourceLocation(source.Path, block.Line)));
            if (orphan.TrailingLabels.Count > 0)
                (sectionKind, sectionLabel) = (SectionLabels.IssueKind(orphan.TrailingLabels[^1].FirstText), orphan.TrailingLabels[^1]);
            if (orphan.Signature is { } signed)
                dropped.Add(new DroppedPiece("signature", signed.Joined, new SourceLocation(source.Path, signed.Line)));
            orphanDraft = orphan.Draft;
            // A phrase label the catalogue does not know over this one short piece ("IN THREE PARAGRAPHS") is a brief's
            // section, as it is over any other single piece (ShapeLabelsOverArticles).
            if (orphan.UnknownLabel is { } unknown && IsShortPieceAmong(orphan.Text, unknown, bodyBlocks, starts, source))
                orphanDraft = orphanDraft with { Kind = ArticleKinds.Brief };
        }
        else
        {
            var first = leading[0];
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportUnassignedText,
                $"text before the first article does not belong to any article and was not imported: \"{Preview(first.Joined)}\"",
                new SourceLocation(source.Path, first.Line)));
            foreach (var block in leading)
                dropped.Add(new DroppedPiece("text before the first article", block.Joined, new SourceLocation(source.Path, block.Line)));
        }

        var kinds = AssignKinds(bodyBlocks, starts, toc.Entries);
        var labelJustBefore = sectionKind is not null;
        // A plural label ("BRIEFS") heads a run of articles, a singular one ("BRIEF") the one article after it.
        var sectionRun = sectionLabel is not null && IsRunLabel(sectionLabel, shapeLabels);
        // Whether a section label is printed before a later article: then a run lasts until that label.
        var labelledAfter = new bool[starts.Count];
        // The longest brief of the run of briefs the article is in (0 outside one).
        var longestBrief = 0;
        var runOpenerListed = false;
        for (var t = starts.Count - 2; t >= 0; t--)
            labelledAfter[t] = labelledAfter[t + 1] || IsSectionLabel(bodyBlocks[starts[t + 1].First - 1], source);
        var drafts = new List<ArticleDraft>();
        var pageFootBioActions = new List<FixupAction>();
        var matchedToc = new HashSet<int>();
        if (orphanDraft is not null && MatchToc(orphanDraft.Title, toc.Entries) is { } orphanEntry)
        {
            matchedToc.Add(orphanEntry);
            // No label over it: the contents give its kind when they list it with one, or in a group ("At a Glance").
            if (orphanDraft.Kind is null && (toc.Entries[orphanEntry].Kind ?? GroupedContentsKind(toc.Entries, orphanEntry)) is { } listedKind)
                orphanDraft = orphanDraft with { Kind = listedKind };
        }
        // Not listed by title: a piece before the first the segmenter found falls under the section entries the contents
        // open with ("BRIEFS", then the features by title), as an unlisted piece after it does (AssignKinds).
        else if (orphanDraft is { Kind: null } && OpeningSectionEntry(toc.Entries) is { } opening)
            orphanDraft = orphanDraft with
            {
                Kind = SectionLabels.KindOf(toc.Entries[opening].Title),
                InferredFrom = [.. orphanDraft.InferredFrom, new InferredValue("kind", SectionLabels.KindOf(toc.Entries[opening].Title),
                    $"the table of contents does not list the article by title; it is the issue's first piece, under the contents' opening section entry \"{toc.Entries[opening].Title}\"",
                    new SourceLocation(source.Path, toc.Entries[opening].Line))],
            };
        if (orphanDraft is not null) drafts.Add(orphanDraft);
        SectionCreditLine? creditedSection = null;
        TextBlock? creditedLabel = null;
        for (var s = 0; s < starts.Count; s++)
        {
            var start = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1].First : bodyBlocks.Count;
            var titleBlock = bodyBlocks[start.Title];
            var byline = start.Byline is { } bylineAt ? bodyBlocks[bylineAt].FirstText : "";
            if (start.Byline is { } creditAt && StartBylineNames(byline) is null && CollectiveByline.IsCredit(byline))
                dropped.Add(new DroppedPiece("byline naming no person", byline, new SourceLocation(source.Path, bodyBlocks[creditAt].Line)));
            var content = bodyBlocks.Skip(start.Content).Take(end - start.Content).ToList();
            // "NAME" / "Correspondent in Hask" in one block: the byline and the author's role under it.
            if (start.Byline is { } nameAt && IsNameOverRole(bodyBlocks[nameAt]))
                dropped.Add(new DroppedPiece("author's role", bodyBlocks[nameAt].Lines[1].Text.Trim(), new SourceLocation(source.Path, bodyBlocks[nameAt].Lines[1].Number)));
            // "Senior Analyst, Lowmarsh Security Institute" right under the byline: the author's role, not the text.
            if (start.Byline is not null && content.Count > 1 && content[0].IsSingleLine && AuthorRoleLine.Is(content[0].FirstText.Trim())
                && !ProseParagraph.Is(content[0].FirstText))
            {
                dropped.Add(new DroppedPiece("author's role", content[0].FirstText.Trim(), new SourceLocation(source.Path, content[0].Line)));
                content.RemoveAt(0);
            }
            // A piece printed without a byline and closed by "— NAME" (a brief signed at its end): the signature names its author.
            if (start.Signature is null && start.Byline is null && ClosingSignatureIn(bodyBlocks, start.Content, end, starts) is { } closing)
            {
                start = start with { Signature = closing };
                content = bodyBlocks.Skip(start.Content).Take(end - start.Content).ToList();
            }
            IReadOnlyList<string>? signers = null;
            if (start.Signature is { } signedAt)
            {
                var signature = bodyBlocks[signedAt];
                signers = ClosingNames(signature.FirstText);
                content.Remove(signature);
                dropped.Add(new DroppedPiece("signature", signature.FirstText.Trim(), new SourceLocation(source.Path, signature.Line)));
            }
            // A label printed right before the article gives its kind; an article the contents list by title (a
            // feature) ends the run of a label printed earlier.
            // (The contents may list briefs by title too: a plural label's run then lasts until the next label printed.)
            // A run of briefs under a plural label: a piece as short as its briefs stays in it though the contents list it by
            // title; one much longer and built like a feature ends it though no label is printed before it.
            var piece = ShapeOf(bodyBlocks.Skip(start.Content).Take(end - start.Content).ToList());
            // Contents that list the run's first piece by title list briefs as they list features: being listed ends no run.
            if (labelJustBefore) runOpenerListed = kinds[s].TocIndex is not null;
            var briefRun = sectionRun && sectionKind == ArticleKinds.Brief && sectionLabel is not null && !labelJustBefore;
            InferredValue? runDecision = null;
            if (briefRun && EndsBriefRun(piece, longestBrief))
            {
                runDecision = BriefRunEnded(kinds[s].Kind == ArticleKinds.Brief ? ArticleKinds.Feature : kinds[s].Kind, piece, longestBrief, sectionLabel!, source);
                (sectionKind, sectionLabel, sectionRun) = (null, null, false);
            }
            // A piece the contents file under a section of another kind ("Comment", "Interview") is not one of the briefs, however short.
            else if (briefRun && kinds[s].TocIndex is { } listedAt && !labelledAfter[s] && (ContinuesBriefRun(piece, longestBrief) || runOpenerListed)
                     && ContentsSectionKind(toc.Entries, listedAt) is null or ArticleKinds.Brief)
                runDecision = BriefRunContinued(piece, longestBrief, sectionLabel!, source);
            else if (kinds[s].TocIndex is not null && !labelJustBefore && !(sectionRun && (labelledAfter[s] || runOpenerListed))) (sectionKind, sectionLabel) = (null, null);
            // A run of pieces signed at their ends ends at an article with a byline under its title (a mixed issue).
            if (s > 0 && starts[s - 1].Signature is not null && start.Byline is not null && !labelJustBefore) (sectionKind, sectionLabel) = (null, null);
            var (articleKind, articleLabel) = (sectionKind, sectionLabel);
            longestBrief = articleKind == ArticleKinds.Brief ? Math.Max(longestBrief, piece.Words) : 0;
            string? nextKind = null;
            // "* * *", "———", "◆ ◆ ◆" printed between this article and the next belong to neither, nor do the rules boxing
            // the next piece's label ("-----" / "NEWS" / "-----").
            DropTrailingRules(content, source, dropped);
            while (content.Count > 1 && IsSectionLabel(content[^1], source))
            {
                dropped.Add(new DroppedPiece("section label", content[^1].FirstText, new SourceLocation(source.Path, content[^1].Line)));
                if (nextKind is null && LabelKind(content[^1], source, shapeLabels) is { } labelKind) (nextKind, sectionLabel) = (labelKind, content[^1]);
                content.RemoveAt(content.Count - 1);
                DropTrailingRules(content, source, dropped);
            }
            if (nextKind is not null) (sectionKind, sectionRun) = (nextKind, IsRunLabel(sectionLabel!, shapeLabels));
            else if (!sectionRun) (sectionKind, sectionLabel) = (null, null);
            labelJustBefore = nextKind is not null;
            content = DropTrailingRecurringBlocks(content, source, dropped);
            DropRepeatedBios(content, bodyBlocks, byline, source, dropped);
            (content, var pageFootBio, var pageFootBioLine) = TakePageFootBios(content, StartBylineNames(byline) ?? [], source, dropped, pageFootBioActions);
            content = BioApartFromLastParagraph(content, StartBylineNames(byline) ?? []);
            if (s == starts.Count - 1)
                while (content.Count > 1 && content[^1].IsSingleLine && FooterLine.IsMatch(content[^1].FirstText))
                {
                    dropped.Add(new DroppedPiece("publisher footer", content[^1].FirstText, new SourceLocation(source.Path, content[^1].Line)));
                    content.RemoveAt(content.Count - 1);
                }
            var (bodyBlocksOnly, notes) = NotesSection.Split(content);
            if (s == starts.Count - 1)
            {
                bodyBlocksOnly = DropTrailingFooters(bodyBlocksOnly, header.Publication, source, dropped);
                bodyBlocksOnly = TakeTrailingContributorBios(bodyBlocksOnly, IssueSegmenter.BylineNames(byline) ?? [], issueAuthors, contributorBios, source, dropped);
                // What stood over the bios: the newsletter's note on its editors and views, the rule closing the last piece.
                bodyBlocksOnly = DropTrailingFooters(bodyBlocksOnly, header.Publication, source, dropped);
                bodyBlocksOnly = DropTrailingRecurringBlocks([.. bodyBlocksOnly], source, dropped);
            }
            if (kinds[s].TocIndex is { } tocIndex) matchedToc.Add(tocIndex);

            var (titleLines, dek) = StandfirstUnderTitle(titleBlock.Lines, kinds[s].TocIndex, toc.Entries);
            var draft = IssueDraft(header, source, ListedTitleOf(titleLines.Select(l => l.Text), kinds[s].TocIndex, toc.Entries), StartBylineNames(byline) ?? [],
                bodyBlocksOnly, notes, bodyBlocks[start.First].Line, content.Count > 0 ? content[0].Line : bodyBlocks[start.Content - 1].LastLine + 1);
            if (dek is not null)
                draft = draft with
                {
                    Summary = TextShapes.UnwrapTitle(dek.Select(l => l.Text)),
                    InferredFrom = [.. draft.InferredFrom, new InferredValue("summary", TextShapes.UnwrapTitle(dek.Select(l => l.Text)),
                        "the lines in upper and lower case under a title in capitals are its standfirst, not part of the title"
                        + (kinds[s].TocIndex is null ? " (they are in sentence case)" : " (the contents list the title without them)"),
                        new SourceLocation(source.Path, dek[0].Number))],
                };
            // An article printed without a byline is credited to the authors the contents give for it, and the editor told.
            // "In Brief: Harbour Strike Ends": a run's section label printed before the title files the piece under it.
            if (articleKind is null && runDecision is null && TitleGenre.SectionPrefix(draft.Title) is { } filed)
            {
                (articleKind, articleLabel) = (filed.Kind, null);
                runDecision = new InferredValue("kind", filed.Kind, $"the title opens with the section label '{filed.Label}:', which is no part of it",
                    new SourceLocation(source.Path, titleBlock.Line));
                draft = draft with { Title = filed.Title };
            }
            var listedAuthors = start.Byline is null && kinds[s].TocIndex is { } listed && toc.Entries[listed].Authors.Count > 0
                ? toc.Entries[listed]
                : null;
            // No byline, signature or contents entry names the piece's author: its section's credit may ("Compiled by NAME"),
            // for the pieces under the credited label and the briefs after them until another label or a byline.
            if (articleLabel is not null) (creditedSection, creditedLabel) = (sectionCredits.GetValueOrDefault(articleLabel.Line), articleLabel);
            else if (start.Byline is not null || (runDecision?.Value ?? kinds[s].Kind) != ArticleKinds.Brief) creditedSection = null;
            var sectionCredit = signers is null && listedAuthors is null && draft.Authors.Count == 0 ? creditedSection : null;
            // A label known only by its shape ("SIGNAL LOG") stands for a brief or a feature; the genre the contents print
            // for the piece ("Signal Log: …") names it.
            if (articleLabel is not null && shapeLabels.ContainsKey(articleLabel.Line) && runDecision is null
                && kinds[s].TocIndex is { } contentsEntry && toc.Entries[contentsEntry].Kind is not null)
                (articleKind, articleLabel) = (null, null);
            var kind = articleKind ?? (runDecision?.Value ?? kinds[s].Kind);
            // An interview printed without a byline is credited to the interviewer its introduction names ("She spoke with NAME.").
            var interviewer = signers is null && listedAuthors is null && sectionCredit is null && draft.Authors.Count == 0
                && kind == ArticleKinds.Interview && bodyBlocksOnly.Count > 0
                && InterviewIntro.Interviewer(bodyBlocksOnly[0].Joined) is { } named
                    ? new InferredValue("authors", named, "the interview prints no byline; its introduction names the interviewer",
                        new SourceLocation(source.Path, bodyBlocksOnly[0].Line))
                    : null;
            // A short bio printed where the byline would be ("NAME is a freelance reporter …") names the piece's author; it
            // stays in the text, where the bio rule takes it out to the author's profile.
            var bioAuthors = start.Byline is null && signers is null && listedAuthors is null && sectionCredit is null && interviewer is null
                && draft.Authors.Count == 0 && start.Content < end && BioUnderTitle(bodyBlocks[start.Content]) is { } subjects
                    ? new InferredValue("authors", string.Join(", ", subjects), "the piece prints no byline; the bio under its title names its author",
                        new SourceLocation(source.Path, bodyBlocks[start.Content].Line))
                    : null;
            drafts.Add(draft with
            {
                Authors = signers ?? listedAuthors?.Authors ?? sectionCredit?.Names ?? (interviewer is not null ? [interviewer.Value]
                    : bioAuthors is not null ? BioUnderTitle(bodyBlocks[start.Content])! : draft.Authors),
                // The kind is never printed at the article: say which label or contents entry gave it.
                InferredFrom = [.. draft.InferredFrom, runDecision ?? KindInferred(articleKind, articleLabel, kinds[s], toc.Entries, source),
                    .. interviewer is null ? [] : new[] { interviewer },
                    .. bioAuthors is null ? [] : new[] { bioAuthors },
                    .. listedAuthors is null ? [] : new[] { new InferredValue("authors", string.Join(", ", listedAuthors.Authors),
                        "the article prints no byline; the table of contents names its authors", new SourceLocation(source.Path, listedAuthors.Line)) },
                    .. sectionCredit is null ? [] : new[] { new InferredValue("authors", string.Join(", ", sectionCredit.Names),
                        $"the article prints no byline; its section \"{creditedLabel!.FirstText.Trim()}\" is credited to them (\"{sectionCredit.Text}\")",
                        new SourceLocation(source.Path, sectionCredit.Line)) }],
                Kind = kind,
                KindByConvention = articleKind is null && runDecision is null && kinds[s].ByConvention,
                AuthorBio = pageFootBio ?? draft.AuthorBio,
                AuthorBioLineMap = pageFootBio is null ? draft.AuthorBioLineMap : pageFootBio.Contains('\n', StringComparison.Ordinal) ? [] : [pageFootBioLine],
            });
        }

        var actions = pageFootBioActions;
        if (sharedNotes is not null) drafts = GiveSharedNotes(drafts, sharedNotes, source, actions, diagnostics, dropped);
        drafts = AuthorsByInitials(drafts, contributorBios, issueAuthors, source);
        // The authors found only as the pieces were read (a signature, a byline printed at a piece's end) have bios there too.
        if (contributorBios.Count > 0)
            drafts = GiveContributorBios(drafts, contributorBios, [.. issueAuthors.Union(drafts.SelectMany(d => d.Authors), StringComparer.Ordinal)], source, actions);

        for (var i = 0; i < toc.Entries.Count; i++)
        {
            var entry = toc.Entries[i];
            // "Contributors ….. p. 6": the bios' page, no article.
            if (entry.IsSection || matchedToc.Contains(i) || BioLabel.IsLabelLine(entry.Title)) continue;
            // "At a glance ….. 1": the page of a section the body prints as a label (known by its shape), no article.
            if (shapeLabels.Keys.Any(line => bodyBlocks.FirstOrDefault(b => b.Line == line) is { } label
                    && TextShapes.NormalizeForMatch(LetterSpacing.Collapse(label.FirstText)) == TextShapes.NormalizeForMatch(entry.Title))) continue;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportTocMismatch,
                $"table of contents lists \"{entry.Title}\" but no article with that title was found in the issue",
                new SourceLocation(source.Path, entry.Line)));
        }
        return new RawReadResult(drafts, diagnostics, dropped) { Actions = actions };
    }

    /// <summary>A section's credit line and the names it gives (<see cref="SectionCredit"/>).</summary>
    private sealed record SectionCreditLine(IReadOnlyList<string> Names, string Text, int Line);

    /// <summary>
    /// The credits printed right under a section's label ("AT A GLANCE" / "Compiled by NAME"), by the label's seed line:
    /// each credit line is taken out of the text (listed as dropped) so that the label stands alone over its pieces.
    /// </summary>
    private static Dictionary<int, SectionCreditLine> TakeSectionCredits(List<SeedLine> lines, RawSource source, List<DroppedPiece> dropped)
    {
        var credits = new Dictionary<int, SectionCreditLine>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || lines[i - 1].IsBlank || !SectionCredit.IsLabel(lines[i - 1].Text)) continue;
            if (i >= 2 && !lines[i - 2].IsBlank) continue;
            if (SectionCredit.Read(lines[i].Text) is not { } names) continue;
            var text = lines[i].Text.Trim();
            credits[lines[i - 1].Number] = new SectionCreditLine(names, text, lines[i].Number);
            dropped.Add(new DroppedPiece("section credit", text, new SourceLocation(source.Path, lines[i].Number)));
            lines[i] = lines[i] with { Text = "" };
        }
        return credits;
    }

    /// <summary>A block's text, its lines joined as the body joins them (a line-end hyphen kept, no space after it).</summary>
    private static string BlockText(TextBlock block) => TextShapes.UnwrapTitle(block.Lines.Select(l => l.Text));

    /// <summary>
    /// The issue's text with the words its typesetting broke at line ends made whole (<see cref="LineEndHyphen"/>); a join
    /// made without evidence is reported, so the editor can put a compound's hyphen back.
    /// </summary>
    private static string WithBrokenWordsJoined(string text, RawSource source, List<Diagnostic> diagnostics)
    {
        var unsure = new List<LineEndHyphen.UnsureJoin>();
        var lines = LineEndHyphen.Resolve(text.Split('\n'), unsure);
        foreach (var join in unsure)
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.PageBreakHyphenUncertain,
                $"joined \"{join.Fragment}-\" and \"{join.Continuation}\" at a line end into \"{join.Fragment}{join.Continuation}\", a word the text prints nowhere else; put the hyphen back if it is a compound",
                new SourceLocation(source.Path, join.Index + 1)));
        return string.Join('\n', lines);
    }

    /// <summary>Every author the issue names: the articles' bylines and the contents' entries.</summary>
    private static IReadOnlyList<string> IssueAuthors(IReadOnlyList<TextBlock> blocks, IReadOnlyList<ArticleStart> starts, IReadOnlyList<TocEntry> toc) =>
        starts.Where(s => s.Byline is not null).SelectMany(s => IssueSegmenter.BylineNames(blocks[s.Byline!.Value].FirstText) ?? [])
            .Concat(toc.SelectMany(e => e.Authors)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The contributors' bios closing the issue (<see cref="ContributorBios.Trailing"/>) come out of the last
    /// article's text; they are given to their authors after all articles are read.
    /// </summary>
    private static IReadOnlyList<TextBlock> TakeTrailingContributorBios(IReadOnlyList<TextBlock> body, IReadOnlyList<string> ownAuthors,
        IReadOnlyList<string> issueAuthors, List<TextBlock> contributorBios, RawSource source, List<DroppedPiece> dropped)
    {
        var original = body;
        body = body.SelectMany(BioLabelApart).ToList();
        // "About the contributors: Ann Lee is …": the lead-in is the label, printed on the bios' first line.
        if (ContributorBios.Trailing(body.Select(b => SignedInitials.WithoutKey(BioLabel.WithoutLeadIn(BlockText(b)))).ToList(), ownAuthors, issueAuthors) is not { } run) return original;
        var first = run.Start;
        if (BioLabel.IsLabelLine(body[first].Joined))
        {
            dropped.Add(new DroppedPiece("bio label", body[first].Joined, new SourceLocation(source.Path, body[first].Line)));
            first++;
        }
        else if (BlockText(body[first]) is var text && BioLabel.WithoutLeadIn(text) is var bio && bio.Length < text.Length)
            dropped.Add(new DroppedPiece("bio label", text[..^bio.Length].Trim(), new SourceLocation(source.Path, body[first].Line)));
        contributorBios.AddRange(body.Skip(first).Take(run.End - first + 1));
        return body.Take(run.Start).Concat(body.Skip(run.End + 1)).ToList();
    }

    /// <summary>A bio label printed on the first line of its bios' block ("ABOUT THE CONTRIBUTORS" / "Ann Lee is …") is a block of its own.</summary>
    private static IEnumerable<TextBlock> BioLabelApart(TextBlock block) =>
        block.Lines.Count > 1 && BioLabel.IsLabelLine(block.FirstText)
            ? [new TextBlock([block.Lines[0]]), new TextBlock(block.Lines.Skip(1).ToList())]
            : [block];

    /// <summary>
    /// Each contributor's bio goes to every article of the issue that author wrote (the author profile takes it from
    /// there), recorded at the bio's line with the article and author it went to.
    /// </summary>
    private static List<ArticleDraft> GiveContributorBios(List<ArticleDraft> drafts, IReadOnlyList<TextBlock> bios,
        IReadOnlyList<string> issueAuthors, RawSource source, List<FixupAction> actions)
    {
        var texts = bios.Select(b => SignedInitials.WithoutKey(BioLabel.WithoutLeadIn(BlockText(b)))).ToList();
        var result = drafts.ToList();
        foreach (var (author, bio) in ContributorBios.Share(texts, issueAuthors))
        {
            var at = bios.FirstOrDefault(b => BlockText(b).Contains(author, StringComparison.Ordinal)) ?? bios[0];
            for (var d = 0; d < result.Count; d++)
            {
                var draft = result[d];
                if (!draft.Authors.Contains(author, StringComparer.Ordinal)) continue;
                var hadBio = !string.IsNullOrWhiteSpace(draft.AuthorBio);
                result[d] = draft with
                {
                    AuthorBio = hadBio ? draft.AuthorBio!.TrimEnd() + "\n\n" + bio : bio,
                    AuthorBioLineMap = hadBio || bio.Contains('\n', StringComparison.Ordinal) ? [] : [at.Line],
                };
                actions.Add(new FixupAction(FixupActionKinds.ExtractedAuthorBio, bio, new SourceLocation(source.Path, at.Line))
                {
                    After = $"bio of {author}, author of \"{draft.Title}\"",
                    Reason = "the issue prints its contributors' bios together; this one names the article's author",
                });
            }
        }
        return result;
    }

    /// <summary>
    /// A piece with no byline whose last paragraph ends in its author's initials in brackets ("… dry season. (A.K.)") is
    /// that author's: the one the contributors' list keys with those initials ("A.K. — NAME is …"), else the one author of
    /// the issue or its bios with those initials. The initials stay in the text, as printed; the decision is the editor's
    /// to check (an inferred value).
    /// </summary>
    private static List<ArticleDraft> AuthorsByInitials(List<ArticleDraft> drafts, IReadOnlyList<TextBlock> bios, IReadOnlyList<string> issueAuthors,
        RawSource source)
    {
        if (drafts.All(d => d.Authors.Count > 0)) return drafts;
        var bioTexts = bios.Select(BlockText).ToList();
        var names = issueAuthors.Concat(drafts.SelectMany(d => d.Authors)).Concat(bioTexts.SelectMany(b => BioParagraph.Subjects(SignedInitials.WithoutKey(b)))).ToList();
        return drafts.Select(draft =>
        {
            if (draft.Authors.Count > 0) return draft;
            var lines = draft.Body.Split('\n');
            var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
            if (last < 0 || SignedInitials.Closing(lines[last]) is not { } signed
                || SignedInitials.Match(signed.Initials, bioTexts, names) is not { } author) return draft;
            var at = new SourceLocation(source.Path, last < draft.BodyLineMap.Count ? draft.BodyLineMap[last] : draft.Origin.Line);
            return draft with
            {
                Authors = [author],
                InferredFrom = [.. draft.InferredFrom, new InferredValue("authors", author,
                    $"the piece prints no byline and is signed ({signed.Initials}) at its end, the initials of {author} in the issue's contributors", at)],
            };
        }).ToList();
    }

    /// <summary>
    /// Why no article start was found, in words an editor can check: how many blocks read as titles and how many lines as
    /// bylines, and where the first of each is (a title with no author line under it, or names under no title).
    /// </summary>
    private static string WhyNoStart(IReadOnlyList<TextBlock> blocks)
    {
        var titles = blocks.Where(b => b.Lines.Count <= 5 && IsWrappedTitle(b) && !TextShapes.IsCapitalsLabel(b.FirstText)
            && TextShapes.IsTitleLike(TextShapes.UnwrapTitle(b.Lines.Select(l => l.Text)))).ToList();
        var bylines = blocks.Where(b => b.IsSingleLine && StartBylineNames(b.FirstText) is not null).ToList();
        var titleWords = titles.Count == 0 ? "no block reads as a title"
            : $"{titles.Count} block(s) read as titles (the first at line {titles[0].Line}) but none has an author line right under it";
        var bylineWords = bylines.Count == 0 ? "no line reads as a byline"
            : $"{bylines.Count} line(s) read as bylines (the first at line {bylines[0].Line}) but none is right under a title";
        return $"{titleWords}; {bylineWords}";
    }

    /// <summary>
    /// A contents list after the articles: the last contents heading ("CONTENTS", "In this issue") in the body, followed
    /// by two entries or more. Its lines (from the heading to the list's end) and entries, or null.
    /// </summary>
    private static (int Start, int End, IReadOnlyList<TocEntry> Entries)? TrailingContents(IReadOnlyList<SeedLine> body)
    {
        var heading = -1;
        for (var k = body.Count - 1; k > 0 && heading < 0; k--)
            if (ContentsHeading.IsMatch(body[k].Text) && body[k - 1].IsBlank) heading = k;
        if (heading < 0) return null;
        var (entries, end) = IssueContents.Read(body, heading);
        return entries.Count >= 2 ? (heading, end, entries) : null;
    }

    /// <summary>
    /// A title printed in capitals is spelled as the contents print it when they list it in upper and lower case (they
    /// know which small words are capitalised); otherwise <see cref="TitleOf"/>.
    /// </summary>
    private static string ListedTitleOf(IEnumerable<string> lines, int? tocIndex, IReadOnlyList<TocEntry> toc)
    {
        var printed = TextShapes.UnwrapTitle(lines);
        if (tocIndex is { } i && printed.Any(char.IsLetter) && !printed.Any(char.IsLower) && toc[i].Title.Any(char.IsLower)
            && (TextShapes.NormalizeForMatch(toc[i].Title) == TextShapes.NormalizeForMatch(printed) || SameLetters(toc[i].Title, printed)))
            return toc[i].Title;
        return TitleOf(lines);
    }

    /// <summary>
    /// A title in capitals over lines in upper and lower case: those lines are a standfirst (dek), not the title's
    /// subtitle, when the contents list the title without them, or, with no contents entry, when they are in sentence
    /// case ("UNDERSEA CABLES AND THE GREY ZONE" / "Why attribution remains the weakest link"). The title's lines and
    /// the standfirst's (null when there is none).
    /// </summary>
    private static (IReadOnlyList<SeedLine> Title, IReadOnlyList<SeedLine>? Dek) StandfirstUnderTitle(IReadOnlyList<SeedLine> lines, int? tocIndex, IReadOnlyList<TocEntry> toc)
    {
        var list = lines.Where(l => l.Text.Trim().Length > 0).ToList();
        // "A Ceasefire on Paper Only" / "Why the August truce … never took hold": the contents list the first lines alone.
        // (A line ending at a colon, or one in capitals or title case after it, goes on with the title's subtitle.)
        if (tocIndex is { } listed)
            for (var k = 1; k < list.Count; k++)
                if (TextShapes.NormalizeForMatch(TextShapes.UnwrapTitle(list.Take(k).Select(l => l.Text))) == TextShapes.NormalizeForMatch(toc[listed].Title)
                    && !list[k - 1].Text.TrimEnd().EndsWith(':') && ParagraphShape.IsSentenceCase(TextShapes.UnwrapTitle(list.Skip(k).Select(l => l.Text))))
                    return (list.Take(k).ToList(), list.Skip(k).ToList());
        var head = list.TakeWhile(l => !l.Text.Any(char.IsLower)).Count();
        if (head == 0 || head == list.Count || !list.Take(head).All(l => l.Text.Any(char.IsLetter)) || list[head - 1].Text.TrimEnd().EndsWith(':'))
            return (lines, null);
        var main = TextShapes.UnwrapTitle(list.Take(head).Select(l => l.Text));
        var rest = TextShapes.UnwrapTitle(list.Skip(head).Select(l => l.Text));
        var dek = tocIndex is { } i
            ? TextShapes.NormalizeForMatch(toc[i].Title) == TextShapes.NormalizeForMatch(main)
            : TextLines.WordCount(rest) >= MinDeckWords && IsDeckWording(rest);
        return dek ? (list.Take(head).ToList(), list.Skip(head).ToList()) : (lines, null);
    }

    /// <summary>A title from its (wrapped) lines; one printed in capitals is written in title case, as the contents and the web version print it.</summary>
    private static string TitleOf(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // "RETURNEES IN THE VALLEYS" / "What Happened to the Men …": a title in capitals over a subtitle in upper and lower case.
        var head = list.TakeWhile(l => !l.Any(char.IsLower)).Count();
        if (head > 0 && head < list.Count && list.Take(head).All(l => l.Any(char.IsLetter)) && !list[head - 1].EndsWith(':'))
            return $"{PublicationName.TitleCase(TextShapes.UnwrapTitle(list.Take(head)))}: {TextShapes.UnwrapTitle(list.Skip(head))}";
        var title = TextShapes.UnwrapTitle(list);
        return title.Any(char.IsLetter) && !title.Any(char.IsLower) ? PublicationName.TitleCase(title) : title;
    }

    /// <summary>A draft of one article of this issue: the issue's publication, numbers and masthead date, with its body and notes.</summary>
    private static ArticleDraft IssueDraft(Header header, RawSource source, string title, IReadOnlyList<string> authors,
        IReadOnlyList<TextBlock> bodyBlocks, DraftBody? notes, int originLine, int bodyStartLine)
    {
        var body = SeedText.Body(NotesSection.NumberedNotesApart(bodyBlocks).Select(b => (TextShapes.UnwrapTitle(b.Lines.Select(l => l.Text)), b.Line)));
        return new ArticleDraft
        {
            Title = title,
            Authors = authors,
            Body = body.Text,
            BodyLineMap = body.LineMap,
            Notes = notes?.Text,
            NotesLineMap = notes?.LineMap ?? [],
            Publication = header.Publication,
            Volume = header.Volume,
            Issue = header.Issue,
            Date = header.Date?.Date,
            Inferred = header.Date is { DayInferred: true } ? [InferredDate] : [],
            InferredFrom = [.. MastheadDateInferred(header, source)],
            Origin = new SourceLocation(source.Path, originLine),
            BodyStartLine = bodyStartLine,
            Sources = [source.Path],
        };
    }

    /// <summary>Lines a masthead may print under its volume line in the same block (a date, a tagline, the publisher's name).</summary>
    private const int MaxLinesUnderVolumeLine = 3;

    /// <summary>Masthead lines a publisher may print between the volume line and the contents (a tagline, "A publication of …").</summary>
    private const int MaxLinesBeforeContents = 2;

    /// <summary>
    /// The contents right after the masthead, or after a short line or two (a tagline, the publisher's name) that are
    /// then part of the masthead (dropped, recorded), with the index of their first line. Without contents the body starts
    /// right after the masthead.
    /// </summary>
    private static (IReadOnlyList<TocEntry> Entries, int Start, int End) ReadContents(IReadOnlyList<TextBlock> blocks, int next,
        IReadOnlyList<SeedLine> lines, RawSource source, List<DroppedPiece> dropped)
    {
        var contentsStart = next < blocks.Count ? blocks[next].Line - 1 : lines.Count;
        var read = IssueContents.Read(lines, contentsStart);
        if (read.Entries.Count > 0) return (read.Entries, contentsStart, read.End);
        return ContentsUnder(blocks, next, MaxLinesBeforeContents, IsMastheadLines,
                   at => IssueContents.Read(lines, at) is { Entries.Count: >= 2 } later ? later : null, "masthead", source, dropped)
            // A letter's contents under a heading in its own words (ListedLaterTitles), a greeting before them ("Good morning.").
            ?? ContentsUnder(blocks, next, MaxBlocksBeforeLetterContents, IsGreetingLines,
                   at => ListedLaterTitles.Read(lines, at) is null ? null : IssueContents.Read(lines, at), "letter's opening", source, dropped)
            ?? (read.Entries, contentsStart, read.End);
    }

    /// <summary>
    /// The contents' lines (from <paramref name="from"/> up to <paramref name="end"/>) listed as dropped, one per line, so
    /// the editor sees what was read as contents.
    /// </summary>
    private static void RecordContents(IReadOnlyList<SeedLine> lines, int from, int end, RawSource source, List<DroppedPiece> dropped)
    {
        for (var k = Math.Max(0, from); k < end && k < lines.Count; k++)
            if (!lines[k].IsBlank)
                dropped.Add(new DroppedPiece("table of contents", lines[k].Text.Trim(), new SourceLocation(source.Path, lines[k].Number)));
    }

    /// <summary>Short blocks a letter may print between its masthead and its contents: a greeting, a forwarding note.</summary>
    private const int MaxBlocksBeforeLetterContents = 3;

    private static bool IsGreetingLines(TextBlock block) => block.Lines.Count <= 2 && block.Lines.All(l => TextLines.WordCount(l.Text) <= 12);

    /// <summary>
    /// Contents under one block or more that <paramref name="mayBeSkipped"/> (at most <paramref name="maxSkip"/>), read by
    /// <paramref name="contentsAt"/> at a line index; the skipped blocks are then dropped as <paramref name="kind"/>,
    /// recorded. Null when a block in the way may not be skipped or no contents follow.
    /// </summary>
    private static (IReadOnlyList<TocEntry> Entries, int Start, int End)? ContentsUnder(IReadOnlyList<TextBlock> blocks, int next, int maxSkip,
        Func<TextBlock, bool> mayBeSkipped, Func<int, (IReadOnlyList<TocEntry> Entries, int End)?> contentsAt, string kind,
        RawSource source, List<DroppedPiece> dropped)
    {
        for (var skip = 1; skip <= maxSkip && next + skip < blocks.Count; skip++)
        {
            var skipped = blocks.Skip(next).Take(skip).ToList();
            if (!skipped.All(mayBeSkipped)) return null;
            if (contentsAt(blocks[next + skip].Line - 1) is not { } contents) continue;
            foreach (var block in skipped)
                dropped.Add(new DroppedPiece(kind, block.Joined, new SourceLocation(source.Path, block.Line)));
            return (contents.Entries, blocks[next + skip].Line - 1, contents.End);
        }
        return null;
    }

    /// <summary>
    /// A block the masthead may print before the contents: a short line or two (the name over its tagline, "A publication
    /// of …"), no section label and no sentence. Two lines count when a text rule has taken the volume line out from
    /// under them (a masthead repeated as a running line), so that the name and tagline stand alone over the contents.
    /// </summary>
    private static bool IsMastheadLines(TextBlock block) =>
        block.Lines.Count <= MaxLinesBeforeContents && !IsSectionLabel(block)
        && block.Lines.All(l => TextLines.WordCount(l.Text) <= 10 && !IssueSegmenter.EndsSentence(l.Text));

    /// <summary>
    /// A masthead printed without blank lines (name, tagline and volume line in one block) is read line by line: the
    /// block holding the volume line among the first blocks is split into one block per line. So is a volume line over
    /// more lines than a masthead prints under it (an issue printed without blank lines: its contents and first page
    /// follow in the same block), which are the issue's, not the masthead's.
    /// </summary>
    private static IReadOnlyList<TextBlock> MastheadLinesApart(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, 12); i++)
        {
            if (VolumeIssueLine.IsMatch(blocks[i].FirstText))
                return blocks[i].Lines.Count <= MaxLinesUnderVolumeLine + 1 ? blocks : LinesApart(blocks, i);
            if (!blocks[i].Lines.Skip(1).Any(l => VolumeIssueLine.IsMatch(l.Text))) continue;
            return LinesApart(blocks, i);
        }
        // No volume line: a masthead date among the first lines of the first block (name, then month and year).
        if (blocks.Count > 0 && blocks[0].Lines.Skip(1).Take(3).Any(l => MastheadDate.Parse(l.Text) is not null || VolumeIssueLine.IssueAndDate(l.Text) is not null))
            return LinesApart(blocks, 0);
        return blocks;
    }

    /// <summary>The blocks with block <paramref name="i"/> split into one block per line.</summary>
    private static IReadOnlyList<TextBlock> LinesApart(IReadOnlyList<TextBlock> blocks, int i) =>
        blocks.Take(i).Concat(blocks[i].Lines.Select(l => new TextBlock([l]))).Concat(blocks.Skip(i + 1)).ToList();

    /// <summary>
    /// A bio sentence inside an article's body (not at its end) about someone who is not its author, printed elsewhere
    /// in the issue too: an editor's line repeated on a later page. It is dropped (recorded), not kept as text.
    /// </summary>
    private static void DropRepeatedBios(List<TextBlock> content, IReadOnlyList<TextBlock> all, string byline, RawSource source, List<DroppedPiece> dropped)
    {
        var authors = StartBylineNames(byline) ?? [];
        for (var i = content.Count - 2; i >= 0; i--)
        {
            var block = content[i];
            var text = block.Joined;
            if (!BioParagraph.IsBio(text) || authors.Any(a => text.StartsWith(a, StringComparison.Ordinal))) continue;
            if (all.Count(b => b.Joined == text) < 2) continue;
            dropped.Add(new DroppedPiece("repeated bio", text, new SourceLocation(source.Path, block.Line)));
            content.RemoveAt(i);
        }
    }

    /// <summary>
    /// The publisher's lines closing the issue, after its last article: footer lines ("© 2027 Foundation | www…") and
    /// the publisher's notice (<see cref="PublisherNotice"/>: who publishes it, whose views, reproduction, subscriptions),
    /// dropped and recorded in full.
    /// </summary>
    private static IReadOnlyList<TextBlock> DropTrailingFooters(IReadOnlyList<TextBlock> body, string? publication, RawSource source, List<DroppedPiece> dropped)
    {
        var list = body.ToList();
        while (list.Count > 1)
        {
            var last = list[^1];
            // An email's foot of several blocks is read whole, before its last block alone takes the evidence with it.
            if (ShortLinesFooterBlocks(list) is > 1 and var foot)
            {
                var footer = list.GetRange(list.Count - foot, foot).Where(b => !IsRuleBlock(b)).ToList();
                dropped.Add(new DroppedPiece("newsletter footer", string.Join("\n", footer.Select(BlockText)), new SourceLocation(source.Path, footer[0].Line)));
                list.RemoveRange(list.Count - foot, foot);
                continue;
            }
            if (last.IsSingleLine && FooterLine.IsMatch(last.FirstText))
                dropped.Add(new DroppedPiece("publisher footer", last.FirstText, new SourceLocation(source.Path, last.Line)));
            else if (PublisherNotice.Is(BlockText(last), publication))
                dropped.Add(new DroppedPiece("publisher's notice", BlockText(last), new SourceLocation(source.Path, last.Line)));
            else if (IsNewsletterFooter(last))
                dropped.Add(new DroppedPiece("newsletter footer", BlockText(last), new SourceLocation(source.Path, last.Line)));
            else if (NewsletterAboutItself.What(BlockText(last)) is "newsletter sign-off")
                dropped.Add(new DroppedPiece("newsletter sign-off", BlockText(last), new SourceLocation(source.Path, last.Line)));
            else if (Disclaimer.Is(BlockText(last)))
                dropped.Add(new DroppedPiece("disclaimer", BlockText(last), new SourceLocation(source.Path, last.Line)));
            else if (IsRuleBlock(last))
                dropped.Add(new DroppedPiece("rule closing the last article", last.FirstText, new SourceLocation(source.Path, last.Line)));
            else if (RuledFooterBlocks(list) is > 0 and var ruled)
            {
                var footer = list.GetRange(list.Count - ruled, ruled);
                dropped.Add(new DroppedPiece("newsletter footer", string.Join("\n", footer.Select(BlockText)), new SourceLocation(source.Path, footer[0].Line)));
                list.RemoveRange(list.Count - ruled, ruled);
                continue;
            }
            else break;
            list.RemoveAt(list.Count - 1);
        }
        return list;
    }

    /// <summary>
    /// "*****" / "Know someone who would like the Letter? Forward it on." / "You get this letter because …" /
    /// "Unsubscribe: …" / an address: the blocks after an email's last rule line read together as one footer block
    /// (<see cref="IsNewsletterFooter"/>), however the lines were parted. How many blocks from the end (the rule's
    /// included) it takes, or 0.
    /// </summary>
    private static int RuledFooterBlocks(List<TextBlock> list)
    {
        var rule = list.FindLastIndex(IsRuleBlock);
        if (rule < 1 || rule >= list.Count - 1) return 0;
        var after = new TextBlock(list.Skip(rule + 1).SelectMany(b => b.Lines).ToList());
        return IsNewsletterFooter(after) ? list.Count - rule : 0;
    }

    /// <summary>
    /// "That's all for this week. Reply to tell us …" / "— The team" / "You are receiving …" / "Unsubscribe: …": the last blocks
    /// of short lines, read together, when they make an email's foot (<see cref="IsNewsletterFooter"/>) though no rule
    /// sets them apart (the rule above them was read as one between articles). How many blocks from the end, or 0.
    /// </summary>
    private static int ShortLinesFooterBlocks(List<TextBlock> list)
    {
        var (lines, found) = (new List<SeedLine>(), 0);
        for (var k = 1; k < list.Count; k++)
        {
            var block = list[^k];
            // A rule line between the foot's parts, or over them, is part of the foot.
            if (IsRuleBlock(block)) { if (found == k - 1 && found > 0) found = k; continue; }
            if (lines.Count + block.Lines.Count > MaxEmailFootLines || block.Lines.Any(l => TextLines.WordCount(l.Text) > MaxEmailFootLineWords)) break;
            lines.InsertRange(0, block.Lines);
            if (IsNewsletterFooter(new TextBlock([.. lines]))) found = k;
        }
        return found;
    }

    /// <summary>
    /// "Forward to a friend: …" / "You are receiving this because …" / "Unsubscribe | Update preferences" / "Tips: an address" / an address: a
    /// block of short lines set one under another (each opening in capitals, none going on from the line above), half of
    /// them or more the newsletter's own tools, prompts, delivery notices or footer lines.
    /// </summary>
    private static bool IsNewsletterFooter(TextBlock block)
    {
        if (block.Lines.Count < 2 || block.Lines.Any(l => !OpensInCapitals(l.Text) && !UiVocabulary.IsCopyright(l.Text))) return false;
        var longest = block.Lines.Max(l => TextLines.WordCount(l.Text));
        // "Unsubscribe: …", "To stop receiving the Letter, reply …": a line on leaving the list marks an email's foot, and
        // the few lines set with it (who sends it, from where, a sign-off) are the foot too.
        if (longest <= MaxEmailFootLineWords && block.Lines.Count <= MaxEmailFootLines && block.Lines.Any(l => LeavingTheList().IsMatch(l.Text))) return true;
        if (longest > MaxNewsletterFooterLineWords) return false;
        var furniture = block.Lines.Count(l => FooterLine.IsMatch(l.Text) || FooterLine.IsLabelledAddress(l.Text) || ReaderTool.What(l.Text) is not null || SubscribeBox.IsPrompt(l.Text)
            || SubscribeBox.IsDeliveryNotice(l.Text) || UiVocabulary.IsCopyright(l.Text) || UiVocabulary.Find(l.Text).Count > 0);
        return furniture * 2 >= block.Lines.Count;
    }

    /// <summary>The line's first letter is a capital, past a dash or quotation mark ("— The Shoreline team").</summary>
    private static bool OpensInCapitals(string line) => line.FirstOrDefault(char.IsLetterOrDigit) is var c && char.IsUpper(c);

    private const int MaxNewsletterFooterLineWords = 14;
    private const int MaxEmailFootLines = 9;
    private const int MaxEmailFootLineWords = 20;

    [GeneratedRegex(@"\b(?:unsubscribe|stop\s+receiving|opt\s+out|(?:manage|change|update|edit)\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscriptions?|settings)|(?:leave|quit)\s+(?:the|this|our)\s+(?:mailing\s+)?list|remove\s+yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeavingTheList();

    /// <summary>
    /// The publisher's notice printed at the front, between the contents and the first article, as others print it at the
    /// end (<see cref="PublisherNotice"/>), with the blocks that go on with it (a second paragraph of cues, a © line):
    /// dropped and recorded in full, so it never becomes an article of its own.
    /// </summary>
    private static List<TextBlock> DropLeadingNotice(List<TextBlock> leading, string? publication, RawSource source, List<DroppedPiece> dropped)
    {
        var kept = new List<TextBlock>();
        var inNotice = false;
        foreach (var block in leading)
        {
            var text = BlockText(block);
            inNotice = PublisherNotice.Is(text, publication)
                || inNotice && (PublisherNotice.Continues(text) || block.IsSingleLine && FooterLine.IsMatch(block.FirstText));
            if (inNotice) dropped.Add(new DroppedPiece("publisher's notice", text, new SourceLocation(source.Path, block.Line)));
            else kept.Add(block);
        }
        return kept;
    }

    /// <summary>"MEKONG" / "SECURITY" / "MONITOR" on consecutive lines before the volume line: one name.</summary>
    private static (string Name, int Lines)? StackedName(IReadOnlyList<TextBlock> blocks, int at, int volumeAt)
    {
        var run = blocks.Skip(at).Take(volumeAt - at).TakeWhile(b => b.IsSingleLine).ToList();
        var consecutive = run.Select((b, k) => (b, k)).TakeWhile(p => p.b.Line == run[0].Line + p.k).Select(p => p.b.FirstText).ToList();
        var length = StackedMastheadName.Length(consecutive, 0);
        return length < 2 ? null : (string.Join(' ', consecutive.Take(length).Select(t => t.Trim())), length);
    }

    /// <summary>
    /// "ANDEAN SECURITY MONITOR" / "Armed groups, crime and the state from …": a name of two words or more over a tagline
    /// (a line with a lower-case word that is no function word) in one block; an email's count of its sends may stand
    /// between them ("NORTHROAD LETTER" / "No. 58" / "Roads, borders and …"). The name, or null.
    /// </summary>
    private static string? NameOverTagline(TextBlock block)
    {
        if (block.Lines.Count < 2) return null;
        var first = block.FirstText.Trim();
        var under = block.Lines.Count > 2 && VolumeIssueLine.IsSendCount(block.Lines[1].Text) ? block.Lines[2] : block.Lines[1];
        var tagline = under.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => char.IsLower(w[0]) && !Stopwords.Contains(w.Trim(',', ';', '.').ToLowerInvariant()));
        return tagline && TextLines.WordCount(first) >= 2 && TextShapes.IsTitleLike(first, maxWords: 8) ? first : null;
    }

    /// <summary>Whether <paramref name="text"/> is one word in capitals made of the initials of a block printed after it, before <paramref name="to"/>.</summary>
    private static bool IsInitialsOfLater(string text, IReadOnlyList<TextBlock> blocks, int from, int to)
    {
        var word = text.Trim();
        if (word.Length is < 2 or > 8 || !word.All(char.IsUpper)) return false;
        for (var k = from; k < to && k < blocks.Count; k++)
        {
            var initials = string.Concat(blocks[k].Joined.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (string.Equals(initials, word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A rule line parts a block as a blank line would: "=====" opening an email's footer lines is a block of its own, not
    /// the first line of a paragraph (a block ruled above and below stays whole, but for a label in capitals, which is a section's); a rule under a signature
    /// or a sentence's end parts the piece from what follows (under a heading it is the heading's underline, and stays).
    /// </summary>
    private static IEnumerable<TextBlock> RuleLinesApart(TextBlock block)
    {
        // "-----" / "NEWS" / "-----": a section's label boxed by rules, read as the label it is.
        if (block.Lines.Count == 3 && RuleLine.Is(block.FirstText) && RuleLine.Is(block.Lines[2].Text) && SectionLabels.IsCapitalsLabelShaped(block.Lines[1].Text))
            return block.Lines.Select(l => new TextBlock([l]));
        if (block.Lines.Count > 1 && RuleLine.Is(block.FirstText) && !block.Lines.Skip(1).Any(l => RuleLine.Is(l.Text)))
            return [new TextBlock([block.Lines[0]]), new TextBlock(block.Lines.Skip(1).ToList())];
        // "-- NAME, Place" / "=====" / "Unsubscribe: …".
        var rule = block.Lines.ToList().FindIndex(1, l => RuleLine.Is(l.Text));
        if (rule > 0 && rule < block.Lines.Count - 1 && block.Lines[rule - 1].Text is var above
            && (ClosingSignature.Names(above) is not null || IssueSegmenter.EndsSentence(above)))
            return [new TextBlock(block.Lines.Take(rule).ToList()), .. RuleLinesApart(new TextBlock(block.Lines.Skip(rule).ToList()))];
        return [block];
    }

    /// <summary>
    /// "Briefing" / "Night Raids on the Shrimp Farms" / "by NAME" with no blank line between: a section label or genre the
    /// catalogue knows (in title case or capitals, three words at most) on the first line of a block, over a line that opens in
    /// capitals, is the piece's label, a block of its own, not its title's first line.
    /// </summary>
    private static IEnumerable<TextBlock> OpeningLabelApart(TextBlock block) =>
        block.Lines.Count > 1 && block.FirstText.Trim() is var first && TextLines.WordCount(first) <= 3
        && (IsTitleCaseLabel(first) || TextShapes.IsCapitalsLabel(first)) && (SectionLabels.IssueKind(first) ?? Genres.OwnLabel(first)) is not null
        && block.Lines[1].Text.TrimStart() is [var opening, ..] && (char.IsUpper(opening) || opening is '"' or '“' or '‘' or '\'')
            ? [new TextBlock([block.Lines[0]]), new TextBlock(block.Lines.Skip(1).ToList())]
            : [block];

    /// <summary>
    /// A section's label in capitals printed on the line right after the last sentence of the piece before it, with no
    /// blank line between ("… and two daughters." / "LAST PAGE"): the label heads what follows, apart from that prose.
    /// </summary>
    private static IEnumerable<TextBlock> ClosingLabelApart(TextBlock block) =>
        block.Lines.Count > 1 && block.Lines[^1].Text.Trim() is var last && TextLines.WordCount(last) <= 3 && TextShapes.IsCapitalsLabel(last)
        && SentenceEnd.Closes(block.Lines[^2].Text)
            ? [new TextBlock(block.Lines.Take(block.Lines.Count - 1).ToList()), new TextBlock([block.Lines[^1]])]
            : [block];

    private sealed record Header(string? Publication, int? Volume, int? Issue, MastheadDateValue? Date, int NextBlock, int DateLine = 1)
    {
        /// <summary>The number a newsletter prints as its count of sends, which numbers no issue.</summary>
        public int? SendCount { get; init; }
    }

    /// <summary>
    /// The block's first line read as a volume line, or its first two as a masthead set as a table, or its lines as fields
    /// stacked one a line. An issue's line that prints no volume takes it from a line of the block that prints it alone
    /// ("Issue 9 · 5 May 2050" / the name / "Volume XLVIII": a masthead's fields set about its name).
    /// </summary>
    private static VolumeIssue? VolumeLine(TextBlock block)
    {
        var read = VolumeIssueLine.Parse(block.FirstText)
            ?? (block.Lines.Count > 1 && MastheadTable.Fold(block.FirstText, block.Lines[1].Text) is { } folded ? VolumeIssueLine.Parse(folded) : null)
            ?? (MastheadTable.FoldStacked([.. block.Lines.Select(l => l.Text)]) is { } stacked ? VolumeIssueLine.Parse(stacked) : null);
        if (read is { Volume: null } && block.Lines.Skip(1).Take(MaxLinesUnderVolumeLine).Select(l => VolumeIssueLine.BareVolume(l.Text)).FirstOrDefault(v => v is not null) is { } volume)
            read = read with { Volume = volume };
        return read;
    }

    /// <summary>
    /// Masthead blocks before the volume line: the first names the publication (unless the volume line does), a date
    /// ("April 2021", "April 15, 2021") is the issue's date, the rest (tagline) is dropped. The volume line may carry
    /// the name before it and the date after it.
    /// </summary>
    private static Header ReadHeader(IReadOnlyList<TextBlock> blocks, RawSource source, List<DroppedPiece> dropped)
    {
        var volumeAt = -1;
        VolumeIssue? read = null;
        for (var i = 0; i < Math.Min(blocks.Count, 12); i++)
            if ((read = VolumeLine(blocks[i])) is not null) { volumeAt = i; break; }
        if (read is not { } volume) return DateOnlyHeader(blocks, source, dropped);

        var volumeBlock = blocks[volumeAt];
        string? publication = volume.Before.Length > 0 ? volume.Before : null;
        MastheadDateValue? date = null;
        var dateLine = volumeBlock.Line;
        for (var i = 0; i < volumeAt; i++)
        {
            var block = blocks[i];
            // "From: The Harbour Watch <…>" over the other header fields: the email's envelope, never the masthead's name.
            if (IsMailHeaderBlock(block))
            {
                foreach (var line in block.Lines)
                    dropped.Add(new DroppedPiece("email header", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
                continue;
            }
            if (MastheadDate.Parse(block.Joined) is { } d) { (date, dateLine) = (d, block.Line); continue; }
            if (publication is null && StackedName(blocks, i, volumeAt) is { } stacked) { publication = stacked.Name; i += stacked.Lines - 1; continue; }
            if (publication is null && NameOverTagline(block) is { } name)
            {
                publication = name;
                foreach (var line in block.Lines.Skip(1))
                    dropped.Add(new DroppedPiece("masthead", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
                continue;
            }
            // "PISM" over "Pacific Islands Security Monitor": the initials are the name's short form; the name is the name.
            if (publication is null && TextShapes.IsTitleLike(block.Joined, maxWords: 8) && !IsInitialsOfLater(block.Joined, blocks, i + 1, volumeAt)) { publication = block.Joined; continue; }
            dropped.Add(new DroppedPiece("masthead", block.Joined, new SourceLocation(source.Path, block.Line)));
        }

        if (volume.Rest.Length > 0 && VolumeIssueLine.DateIn(volume.Rest) is { } restDate) date = restDate;
        // Extra masthead lines in the same block as the volume line (e.g. a date under it).
        foreach (var line in volumeBlock.Lines.Skip(1))
        {
            // "May 6, 2048 — a fortnightly of the Wrenfield Foundation": the date, then the tagline.
            if ((MastheadDate.Parse(line.Text) ?? (date is null ? VolumeIssueLine.DateIn(line.Text.Trim()) : null)) is { } lineDate) (date, dateLine) = (lineDate, line.Number);
            else dropped.Add(new DroppedPiece("masthead", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
        }
        // A date printed in a block of its own under the volume line belongs to the masthead too.
        var next = volumeAt + 1;
        while (next < blocks.Count && blocks[next].IsSingleLine && MastheadDate.Parse(blocks[next].FirstText) is { } underDate)
        {
            (date, dateLine) = (underDate, blocks[next].Line);
            next++;
        }
        // "Issue #212 · …", or "No. 118 — 15 March 2033" under an email's header fields: a newsletter's count of its sends
        // dates the issue but numbers none.
        var sendCount = volume.Volume is null
            && (VolumeIssueLine.IsSendCount(volumeBlock.FirstText) || blocks.Take(volumeAt).Any(IsMailHeaderBlock));
        // "Vol. 3 · Bell № 19" under an email's header fields, with no date printed: the email's "Date:" dates the issue.
        if (date is null && volumeAt > 0 && MailHeader.Read(blocks[0].Lines.Select(l => l.Text).ToList()) is { Date: { } sent })
            (date, dateLine) = (new MastheadDateValue(sent.Date, DayInferred: false), blocks[0].Line);
        return new Header(publication, volume.Volume, sendCount ? null : volume.Issue, date, next, dateLine) { SendCount = sendCount ? volume.Issue : null };
    }

    /// <summary>
    /// A masthead without a volume line: a name and a month and year on lines of their own among the first blocks
    /// ("LAKELANDS BULLETIN" / "October 2021"). Without such a date there is no header.
    /// </summary>
    private static Header DateOnlyHeader(IReadOnlyList<TextBlock> blocks, RawSource source, List<DroppedPiece> dropped)
    {
        var dateAt = -1;
        int? issue = null;
        for (var i = 0; i < Math.Min(blocks.Count, 4); i++)
        {
            if (!blocks[i].IsSingleLine) continue;
            if (MastheadDate.Parse(blocks[i].FirstText) is not null) { dateAt = i; break; }
            // "No. 19 — February 2027": a numbered issue of a publication that counts no volumes.
            if (VolumeIssueLine.IssueAndDate(blocks[i].FirstText) is { } numbered) { (dateAt, issue) = (i, numbered.Issue); break; }
        }
        if (dateAt < 0) return RuledBanner(blocks, source, dropped) ?? EmailHeader(blocks, source, dropped) ?? new Header(null, null, null, null, 0);
        var date = issue is null ? MastheadDate.Parse(blocks[dateAt].FirstText) : VolumeIssueLine.IssueAndDate(blocks[dateAt].FirstText)!.Value.Date;
        string? publication = null;
        for (var i = 0; i < dateAt; i++)
        {
            var block = blocks[i];
            if (publication is null && TextShapes.IsTitleLike(block.Joined, maxWords: 8)) { publication = block.Joined; continue; }
            dropped.Add(new DroppedPiece("masthead", block.Joined, new SourceLocation(source.Path, block.Line)));
        }
        return new Header(publication, null, issue, date, dateAt + 1, blocks[dateAt].Line);
    }

    /// <summary>
    /// "=====" / "FAULT LINES" / "A fortnightly newsletter from …" / "17 May 2033" / "=====": a banner ruled above and below
    /// among the first blocks (under an email's header fields, a browser link), its first line the name and one of the
    /// lines under it the date, is the masthead; what stands before it is dropped with it. Null when there is none.
    /// </summary>
    private static Header? RuledBanner(IReadOnlyList<TextBlock> blocks, RawSource source, List<DroppedPiece> dropped)
    {
        for (var i = 0; i < Math.Min(blocks.Count, MaxBlocksBeforeBanner + 1); i++)
        {
            var lines = blocks[i].Lines;
            if (lines.Count < 4 || !RuleLine.Is(lines[0].Text) || !RuleLine.Is(lines[^1].Text)) continue;
            var inner = lines.Skip(1).SkipLast(1).ToList();
            var dates = inner.Select(l => MastheadDate.Parse(l.Text)).ToList();
            var dateAt = dates.FindIndex(d => d is not null);
            if (inner.Count > MaxBannerLines || dateAt < 1 || !TextShapes.IsTitleLike(inner[0].Text.Trim(), maxWords: 8)) continue;
            for (var k = 0; k < i; k++)
                foreach (var line in blocks[k].Lines)
                    dropped.Add(new DroppedPiece(IsMailHeaderBlock(blocks[k]) ? "email header" : "masthead", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
            foreach (var line in lines.Where(l => l != inner[0] && l != inner[dateAt]))
                dropped.Add(new DroppedPiece("masthead", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
            return new Header(inner[0].Text.Trim(), null, null, dates[dateAt], i + 1, inner[dateAt].Number);
        }
        return null;
    }

    /// <summary>"From: …" / "Subject: …" / "Date: …": an email's header fields, never the masthead.</summary>
    private static bool IsMailHeaderBlock(TextBlock block) => block.Lines.Any(l => EmailHeaderLine.Is(l.Text));

    private static bool IsRuleBlock(TextBlock block) => block.IsSingleLine && RuleLine.Is(block.FirstText);

    /// <summary>Takes the rules printed after a piece off its end (its text stays), listing each as dropped.</summary>
    private static void DropTrailingRules(List<TextBlock> content, RawSource source, List<DroppedPiece> dropped)
    {
        while (content.Count > 1 && IsRuleBlock(content[^1]))
        {
            dropped.Add(new DroppedPiece("rule between articles", content[^1].FirstText.Trim(), new SourceLocation(source.Path, content[^1].Line)));
            content.RemoveAt(content.Count - 1);
        }
    }

    private const int MaxBlocksBeforeBanner = 3;
    private const int MaxBannerLines = 4;

    /// <summary>
    /// An email newsletter that prints no volume line dated under its name (<see cref="IssueStructure.IsNewsletterOfPieces"/>):
    /// the name over its tagline under the header fields, or a name line in capitals over the letter's count and date
    /// ("THE SALT PACKET" / "Vol. 3 · Bell № 19", "Runner No. 52" / "Thursday, 7 July 2039 — Ostmere"), is the
    /// publication; the email's "Date:" dates the issue, or else the date the masthead prints; a count after a volume
    /// numbers it (a count alone is the letter's count of sends, no issue). The header fields, a browser link and the
    /// masthead's other lines are dropped, recorded. Null without a name or a date.
    /// </summary>
    private static Header? EmailHeader(IReadOnlyList<TextBlock> blocks, RawSource source, List<DroppedPiece> dropped)
    {
        if (blocks.Count < 2 || MailHeader.Read(blocks[0].Lines.Select(l => l.Text).ToList()) is not { } mail) return null;
        string? publication = null;
        var next = 1;
        for (var i = 1; i < Math.Min(blocks.Count, 4) && publication is null; i++)
        {
            publication = NameOverTagline(blocks[i]) ?? NameOverCountOrDate(blocks[i])
                ?? (blocks[i].IsSingleLine && TextShapes.IsCapitalsLabel(blocks[i].FirstText) && TextLines.WordCount(blocks[i].FirstText) >= 2 ? blocks[i].FirstText : null);
            if (publication is not null) next = i + 1;
        }
        if (publication is null) return null;
        var mastheadLines = blocks.Take(next).SelectMany(b => b.Lines).Where(l => l.Text.Trim() != publication).ToList();
        var printedDate = mastheadLines.Skip(blocks[0].Lines.Count).Select(l => (Line: l.Number, Date: VolumeIssueLine.DateIn(l.Text.Trim()))).FirstOrDefault(d => d.Date is not null);
        MastheadDateValue? date = mail.Date is { } sent ? new MastheadDateValue(sent.Date, DayInferred: false) : printedDate.Date;
        if (date is null) return null;
        var numbered = mastheadLines.Select(l => VolumeIssueLine.Parse(l.Text)).FirstOrDefault(v => v is { Volume: not null });
        foreach (var line in mastheadLines)
            dropped.Add(new DroppedPiece("masthead", line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
        var dateLine = mail.Date is not null ? blocks[0].Line : printedDate.Line;
        return new Header(PublicationName.TitleCase(publication), numbered?.Volume, numbered?.Issue, date, next, dateLine);
    }

    /// <summary>
    /// "FERROW NOTES" / "Vol. 3 · Bell № 19": a name of two words or more in capitals over lines that are each the
    /// letter's count, a volume line or a date. The name, or null.
    /// </summary>
    private static string? NameOverCountOrDate(TextBlock block)
    {
        if (block.Lines.Count < 2) return null;
        var first = block.FirstText.Trim();
        if (!TextShapes.IsCapitalsLabel(first) || TextLines.WordCount(first) < 2) return null;
        return block.Lines.Skip(1).All(l => VolumeIssueLine.IsSendCount(l.Text) || VolumeIssueLine.IsMatch(l.Text) || VolumeIssueLine.DateIn(l.Text.Trim()) is not null)
            ? first : null;
    }

    /// <param name="Kind">The kind the entry prints before its title ("Dispatch — Title … p. 1"), or null.</param>
    /// <param name="Section">The section name the entry prints before its title, as printed ("In three paragraphs — Title — 2"), or null.</param>
    /// <summary>
    /// A label naming no genre that the contents list as a section of its own, not as a piece's title ("At a Glance:
    /// Torrens, Kleff" for "AT A GLANCE"): it holds a run of briefs, signed or not. A genre's plural ("DISPATCHES") holds
    /// pieces of that genre, which may have subheadings.
    /// </summary>
    internal static bool IsListedRunSection(IReadOnlyList<TocEntry> toc, string label) =>
        SectionLabels.IssueKind(label) is null && Genres.OwnLabel(LetterSpacing.Collapse(label).Trim()) is null
        && toc.Any(e => e.IsSection && TextShapes.NormalizeForMatch(e.Title) == TextShapes.NormalizeForMatch(label));

    public sealed record TocEntry(string Title, IReadOnlyList<string> Authors, bool IsSection, int Line, string? Kind = null, string? Section = null);

    private sealed record TableOfContents(IReadOnlyList<TocEntry> Entries, int End);

    /// <summary>
    /// A line of its own that the section table knows: in capitals ("BRIEF", "BRIEFS", "ANALYSIS", letter-spaced "B R I E F S") or a short label in
    /// title case with no sentence's end ("News in Brief").
    /// </summary>
    /// <remarks>A label in two languages ("EN BREF / IN BRIEF") is one when either side is.</remarks>
    private static bool IsSectionLabel(TextBlock block) =>
        block.IsSingleLine && LetterSpacing.Collapse(block.FirstText) is var label
        && BilingualLabel.Any(label, l => TextShapes.IsCapitalsLabel(l) || IsTitleCaseLabel(l))
        && SectionLabels.IssueKind(label) is not null;

    /// <summary>
    /// A section label by its words, or a short line a PDF sets as one (<see cref="RawSource.SectionLabelLines"/>: apart
    /// from the body type, right above a title) though the genre catalogue does not know its words.
    /// </summary>
    private static bool IsSectionLabel(TextBlock block, RawSource source) =>
        IsSectionLabel(block) || block.IsSingleLine && source.SectionLabelLines.Contains(block.Line);

    /// <summary>The kind a section label stands for: the catalogue's, else, for a label the PDF's type marks, its own words ("MARKET WATCH" → market watch).</summary>
    private static string? LabelKind(TextBlock label, RawSource source) =>
        SectionLabels.IssueKind(label.FirstText) ?? (source.SectionLabelLines.Contains(label.Line) ? SectionLabels.KindOf(LetterSpacing.Collapse(label.FirstText)) : null);

    /// <summary>The kind a label stands for, a label known by its shape alone (<see cref="ShapeLabels"/>) included.</summary>
    private static string? LabelKind(TextBlock label, RawSource source, IReadOnlyDictionary<int, ShapeLabel> shapeLabels) =>
        SectionLabels.IssueKind(label.FirstText) ?? (shapeLabels.TryGetValue(label.Line, out var shaped) ? shaped.Kind : LabelKind(label, source));

    /// <summary>A plural label ("BRIEFS"), or a label known by its shape that heads a run of pieces, covers the run under it.</summary>
    private static bool IsRunLabel(TextBlock label, IReadOnlyDictionary<int, ShapeLabel> shapeLabels) =>
        SectionLabels.OpensRun(label.FirstText) || shapeLabels.TryGetValue(label.Line, out var shaped) && shaped.Run;

    private static bool IsTitleCaseLabel(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 3 and <= 30 && char.IsUpper(trimmed[0]) && TextLines.WordCount(trimmed) <= 4
            && trimmed.All(c => char.IsLetter(c) || c is ' ' or '&' or '-');
    }

    /// <summary>A title block: a title's lines (<see cref="IsWrappedTitleLines"/>), or a title in capitals over its standfirst.</summary>
    private static bool IsWrappedTitle(TextBlock block) => IsWrappedTitleLines(block) || IsCapitalsTitleOverDeck(block);

    /// <summary>
    /// "“WE PLAN FOR SABOTAGE, NOT FOR INVASION”" / "An interview with …, head of the …": a title in capitals over its
    /// standfirst (words in lower case besides the small ones), however long its line, that ends no sentence
    /// (<see cref="StandfirstUnderTitle"/> parts them).
    /// </summary>
    private static bool IsCapitalsTitleOverDeck(TextBlock block)
    {
        var head = block.Lines.TakeWhile(l => !l.Text.Any(char.IsLower)).Count();
        if (head == 0 || head == block.Lines.Count || block.Lines.Count > MaxTitleOverDeckLines) return false;
        var deck = TextShapes.UnwrapTitle(block.Lines.Skip(head).Select(l => l.Text));
        return TextShapes.IsTitleLike(TextShapes.UnwrapTitle(block.Lines.Take(head).Select(l => l.Text)))
            && TextLines.WordCount(deck) is >= MinDeckWords and <= MaxDeckWords && char.IsUpper(deck[0])
            && IsDeckWording(deck) && !IssueSegmenter.EndsSentence(deck);
    }

    /// <summary>
    /// A standfirst's wording under a title in capitals: sentence case, or words in lower case that no title-case heading
    /// prints ("An interview with Commodore NAME, head of the …": "interview", "head"), not a subtitle in title case.
    /// </summary>
    private static bool IsDeckWording(string text) =>
        ParagraphShape.IsSentenceCase(text)
        || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0]) && !Stopwords.Contains(w.ToLowerInvariant())) >= MinDeckLowerWords;

    private const int MinDeckLowerWords = 2;

    private const int MaxTitleOverDeckLines = 5;
    private const int MinDeckWords = 4;
    private const int MaxDeckWords = 30;

    /// <summary>
    /// A title, on one line or wrapped over several: the first line starts like a title; the lines it wraps onto may
    /// start with a lower-case word of a title ("Moving Toward" / "the Coast") but, like it, end no sentence or clause;
    /// the first may end at the colon before a subtitle ("Tolls and Raids:" / "The Economics of a Faction").
    /// </summary>
    private static bool IsWrappedTitleLines(TextBlock block) =>
        TextShapes.IsTitleLike(block.Lines.Count > 1 ? WrappedTitleLine.Core(block.Lines[0].Text) : block.Lines[0].Text)
        && block.Lines.Take(block.Lines.Count - 1).All(l => WrappedTitleLine.MayContinue(l.Text))
        && block.Lines.Skip(1).All(l => TextLines.WordCount(l.Text) <= 12)
        && (block.Lines.Count == 1 || block.Lines[^1].Text.TrimEnd()[^1] is not ('.' or ',' or ';' or ':'))
        // "… by the other. [2]": a sentence's end before its note marker closes prose, never a title.
        && !NoteMarkedSentenceEnd().IsMatch(block.Lines[^1].Text.TrimEnd());

    [GeneratedRegex(@"[.;:][""'”’)]*\s*(?:\[\^?\w{1,4}\]|\(\d{1,3}\)|[¹²³⁰⁴-⁹]{1,3})$")]
    private static partial Regex NoteMarkedSentenceEnd();

    internal static int? MatchToc(string title, IReadOnlyList<TocEntry> toc)
    {
        var normalized = TextShapes.NormalizeForMatch(title);
        for (var i = 0; i < toc.Count; i++)
        {
            if (toc[i].IsSection) continue;
            if (TextShapes.NormalizeForMatch(toc[i].Title) == normalized || TextShapes.WordSimilarity(toc[i].Title, title) >= 0.8
                || SameLetters(toc[i].Title, title)
                || IsShortTitleOf(toc[i].Title, title))
                return i;
        }
        return null;
    }

    /// <summary>
    /// The same letters and digits in the same order, whatever the spaces, case and punctuation: a title whose words the
    /// PDF ran together ("AND THERIVER") is the one the contents list ("and the River").
    /// </summary>
    private static bool SameLetters(string listed, string printed) =>
        Publisher.Core.Text.NameKey.Squash(listed) is { Length: >= 12 } key && key == Publisher.Core.Text.NameKey.Squash(printed);

    /// <summary>
    /// Contents that print only a title's main part, before its subtitle: "The Karst Camps" for "The Karst Camps: How a
    /// Militia Recruits" (two words or more, so a one-word entry does not claim every title that starts with it), or its
    /// last words.
    /// </summary>
    private static bool IsShortTitleOf(string listed, string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && TextLines.WordCount(listed) >= 2 && TextShapes.NormalizeForMatch(title[..colon]) == TextShapes.NormalizeForMatch(listed))
            return true;
        var n = TextLines.WordCount(listed);
        // "Second cable cut off Skarvøy" for "Sabotage Suspected After Second Cable Cut off Skarvøy": the title's last words
        // (three or more), as a contents list that names the subject, not the headline, prints them.
        if (n >= 3 && TextShapes.NormalizeForMatch(title) is var whole && TextShapes.NormalizeForMatch(listed) is { Length: > 0 } tail
            && whole.Length > tail.Length && whole.EndsWith(" " + tail, StringComparison.Ordinal))
            return true;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "The Quiet Cleric: Dawud Harrar" for "The Quiet Cleric: Dawud Harrar and the Turn of the Coalition": the title's
        // first words, cut where the title runs on in lower case (four words or more), or anywhere after six words, as a
        // contents line short of room prints it.
        if ((n >= 4 && words.Length > n && words[n].Length > 0 && char.IsLower(words[n][0]) || n >= MinCutTitleWords && words.Length > n)
            && TextShapes.NormalizeForMatch(string.Join(' ', words.Take(n))) == TextShapes.NormalizeForMatch(listed))
            return true;
        // "A Ceasefire on Paper Only Why the August truce …": the title, then a standfirst that starts a sentence of its own.
        return n >= 3 && words.Length > n + 3 && words[n].Length > 0 && char.IsUpper(words[n][0])
            && TextShapes.NormalizeForMatch(string.Join(' ', words.Take(n))) == TextShapes.NormalizeForMatch(listed)
            && !ParagraphShape.LooksLikeTitleCaseHeading(string.Join(' ', words.Skip(n)));
    }

    private const int MinCutTitleWords = 6;

    /// <summary>The kind an article's contents entry or section gives; <paramref name="ByConvention"/>: nothing names a
    /// genre, and the article is a feature only because features are what issues print under no label.</summary>
    private sealed record KindAssignment(string Kind, int? TocIndex, bool ByConvention);

    /// <summary>
    /// An article whose title is in the table of contents is a feature; one that is not, found while the table of
    /// contents is inside a section entry (BRIEFS, listed with its author only), takes that section's kind.
    /// </summary>
    private static List<KindAssignment> AssignKinds(IReadOnlyList<TextBlock> blocks, List<ArticleStart> starts, IReadOnlyList<TocEntry> toc)
    {
        var result = new List<KindAssignment>();
        var pointer = 0;
        foreach (var start in starts)
        {
            var title = TextShapes.UnwrapTitle(blocks[start.Title].Lines.Select(l => l.Text));
            var match = MatchToc(title, toc);
            if (match is { } m && m >= pointer)
            {
                pointer = m + 1;
                var grouped = toc[m].Kind is null ? GroupedContentsKind(toc, m) : null;
                result.Add(new KindAssignment(toc[m].Kind ?? grouped ?? ArticleKinds.Feature, m, toc[m].Kind is null && grouped is null));
                continue;
            }
            if (match is { } earlier)
            {
                result.Add(new KindAssignment(toc[earlier].Kind ?? ArticleKinds.Feature, earlier, toc[earlier].Kind is null));
                continue;
            }
            // The section entries between the pointer and the next titled entry cover this article.
            string? section = null;
            var next = pointer;
            for (; next < toc.Count && toc[next].IsSection; next++) section = toc[next].Title;
            result.Add(new KindAssignment(section is null ? ArticleKinds.Feature : SectionLabels.KindOf(section), null, section is null));
            // A singular label the catalogue knows ("Editor's note") covers one piece: the next piece the contents do not
            // list by title is under no label (a plural or unknown one, "BRIEFS", "At a Glance", covers a run).
            if (section is not null && SectionLabels.IssueKind(section) is not null && !Genres.IsPlural(section)
                && !TextShapes.NormalizeForMatch(section).EndsWith('s')) pointer = next;
        }
        return result;
    }

    private static IEnumerable<InferredValue> MastheadDateInferred(Header header, RawSource source) =>
        header.Date is { DayInferred: true } masthead
            ? [InferredValue.Date(masthead.Date, masthead.Season is { } season
                    ? $"the issue's masthead prints only the season (\"{season}\"); every article of the issue is dated the 1st of its first month"
                    : masthead.Week is { } week ? $"the issue's masthead prints only the week (\"{week}\"); every article of the issue is dated its Monday"
                    : "the issue's masthead prints only the month and year; every article of the issue is dated the 1st",
                new SourceLocation(source.Path, header.DateLine))]
            : [];

    private static InferredValue KindInferred(string? labelKind, TextBlock? label, KindAssignment assigned, IReadOnlyList<TocEntry> toc, RawSource source) =>
        labelKind is not null && label is not null
            ? new InferredValue("kind", labelKind, $"the section label \"{label.FirstText}\" printed above the article", new SourceLocation(source.Path, label.Line))
            : assigned.TocIndex is { } entry
                ? new InferredValue("kind", assigned.Kind, toc[entry].Kind is not null
                    ? "the table of contents prints the article's genre before its title"
                    : "the table of contents lists the article by its title, as it lists features", new SourceLocation(source.Path, toc[entry].Line))
                : new InferredValue("kind", assigned.Kind, "the table of contents does not list the article by title; the section entry it falls under gives the kind", null);

    private static string Preview(string text) => text.Length <= 60 ? text : text[..57] + "…";
}

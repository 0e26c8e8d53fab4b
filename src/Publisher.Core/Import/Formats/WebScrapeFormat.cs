using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Sidecars;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// Text scraped from a third-party page (a news site, a think tank): the title, then a header of page furniture
/// in any order — a photo caption with an agency credit, a "Short Url" label, standfirst bullets, a byline (often a
/// link), a date, "Also available in" language links, an "ABOUT THE AUTHORS" block, a category label such as
/// "Brief Analysis" and its one-sentence standfirst — and then the body. Header furniture is dropped (and recorded)
/// or turned into metadata; the body is left to the fix-up rules.
/// </summary>
public sealed partial class WebScrapeFormat : IRawFormat
{
    public string Name => "web-scrape";

    public int TextFidelity => 1;

    /// <summary>Photo credits that end a caption ("… (AFP)", "(Reuters/File)").</summary>
    public double Detect(string text)
    {
        var lines = SeedText.Lines(text).Where(l => !l.IsBlank).Select(l => l.Text.Trim()).ToList();
        if (lines.Count < 2) return 0;
        var head = lines.Take(30).ToList();
        var titleAt = TitleLine.Choose(lines);
        var score = titleAt >= 0 && lines.Skip(titleAt + 1).Any(l => l.Length > 200) ? 0.25 : 0.1;
        if (head.Any(ShortUrlLabel.Is)) score += 0.25;
        if (head.Take(10).Any(BulletMark.Opens)) score += 0.15;
        if (head.Any(IsAlsoAvailable)) score += 0.25;
        // "Ann Lee 1, Bo Ma 2 *": names marked for their affiliations, as a journal's page prints its authors.
        if (head.Take(10).Any(l => Byline.Read(l) is not null || AffiliationMarks.Strip(l).Marked && Byline.Read(l, allowBare: true) is not null)) score += 0.2;
        if (lines.Any(IsAboutTheAuthors)) score += 0.25;
        if (head.Take(10).Any(l => DateLine.Read(l) is not null)) score += 0.15;
        if (head.Take(5).Any(PhotoCaption.Is)) score += 0.2;
        if (head.Any(l => SectionLabels.KnownKind(l) is not null)) score += 0.15;
        return Math.Min(score, 0.9);
    }

    public RawReadResult Read(string text, RawSource source)
    {
        var lines = SeedText.Lines(text);
        var headContents = HeadContentsList(lines, source.Path);
        if (headContents.Count > 0) lines = lines.Where(l => !headContents.Any(d => d.Location!.Line == l.Number)).ToList();
        var nonBlank = lines.Where(l => !l.IsBlank).ToList();
        if (nonBlank.Count == 0) return RawReadResult.Empty;
        var (texts, siteNames, mail, subject, hints, bookLines) = TitleInput(lines, source);
        // The text opening with the list's first section: that line (and any other the list names) heads a section, not the page.
        if (headContents.Count > 0)
        {
            var sections = headContents.Select(d => BulletMark.Without(d.Text)).ToHashSet(StringComparer.Ordinal);
            hints = hints with { NotTitles = new HashSet<int>([.. hints.NotTitles, .. Enumerable.Range(0, texts.Count).Where(k => sections.Contains(texts[k]))]) };
        }
        var continuations = hints.Continuations;
        // The title is the header line with the most evidence for it (PageTitle); every line above it is page
        // furniture: a date, a category label or a byline is read, the rest is dropped and recorded.
        var choice = PageTitle.Choose(texts, hints);
        var chosen = choice?.Index ?? 0;
        var titleLine = nonBlank[chosen];
        var printedTitle = choice?.Text ?? TitleLine.StripHeadingMark(titleLine.Text);
        // The body may repeat an email's subject shortened ("Update #7" under "Subject: Update #7: the camp after …"):
        // the subject the sender wrote is the piece's whole title.
        var fromSubject = source.Crawler?.Title is null && subject is not null && EmailHeaderLine.Extends(subject, printedTitle);
        if (fromSubject) printedTitle = subject!;
        // A message whose text repeats no line of its subject (a notice, a correction sent to a list) is titled by the
        // subject itself: the header's "Subject:" line is then the title line, and the text starts after the header.
        // A subject that only labels the message ("Erratum — Harbour Notes No. 12") gives way to the heading the text prints.
        var subjectOnly = source.Crawler?.Title is null && mail is { SubjectLine: >= 0, Subject: not null }
            && !fromSubject && !PageTitle.SameTitle(printedTitle, mail.Subject)
            && !(choice is { Evidence.Count: > 0 } && TitleLine.IsTitleShaped(printedTitle)
                && (IsLabelSubject(mail.Subject) || LabelledSubject(mail.Subject, printedTitle)));
        if (subjectOnly && mail is { Subject: { } mailSubject })
        {
            chosen = nonBlank.FindIndex(l => l.Number == lines[mail.SubjectLine].Number);
            titleLine = nonBlank[chosen];
            printedTitle = mailSubject;
            choice = null;
        }
        // An email header's lines (a subject folded over two lines) name no site: the end of a subject is no site suffix.
        var mailLineNumbers = mail?.Lines.Select(k => lines[k].Number).ToHashSet() ?? [];
        var linesAbove = texts.Take(chosen).Where((_, k) => !mailLineNumbers.Contains(nonBlank[k].Number));
        var (title, titleChanges, rubric) = EditedTitle(printedTitle, siteNames.Concat(linesAbove), source.Url);
        var header = new HeaderState(source, siteNames, title)
        {
            PageLines = texts,
            BookLines = bookLines.Select(k => nonBlank[k].Number).ToHashSet(),
            MailLines = mailLineNumbers,
            PassedOver = choice?.PassedOver is { } passed ? nonBlank[passed].Number : 0,
        };
        header.Dropped.AddRange(headContents);
        // A label in a one-item-per-line menu names a section of the site, unless it stands right over the title.
        var menu = NavigationBar.VerticalMenu(texts.Take(chosen).ToList());
        var labelAt = LabelSlot(texts, chosen);
        for (var k = 0; k < chosen; k++) header.TakeAboveTitle(nonBlank[k], inMenu: menu[k] && k < labelAt, rightAboveTitle: k == chosen - 1 || k == labelAt);
        if ((chosen > 0 || choice?.PassedOver is not null) && choice is { Evidence.Count: > 0 })
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"title: {title}", new SourceLocation(source.Path, titleLine.Number))
            {
                Before = titleLine.Text.Trim(),
                After = $"title: {title}",
                Reason = "the page's title, by " + string.Join(", ", choice.Evidence),
            });
        if (fromSubject || subjectOnly)
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"title: {title}", new SourceLocation(source.Path, titleLine.Number))
            {
                Before = titleLine.Text.Trim(),
                After = $"title: {title}",
                Reason = subjectOnly ? "the email's subject line: no line of the message repeats it" : "the email's subject line, of which this line is the start",
            });
        if (titleChanges.Count > 0)
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"title: {title}", new SourceLocation(source.Path, titleLine.Number))
            {
                Before = printedTitle,
                After = $"title: {title}",
                Reason = string.Join("; ", titleChanges),
            });

        // A headline over two lines: the head goes on after its last line.
        var titleLast = choice is { LineCount: > 1 } ? nonBlank[chosen + choice.LineCount - 1] : titleLine;
        var titleIndex = lines.ToList().FindIndex(l => l.Number == titleLast.Number);
        // A forum thread: the lines between the title and the first post's header (reply buttons, the poster's name and
        // profile) are the thread's furniture; the first post is the piece.
        var firstPost = ForumThread.Of(texts) is { } thread && thread.At > chosen ? nonBlank[thread.At].Number : 0;
        var continuedLines = continuations.Select(k => nonBlank[k].Number).ToHashSet();
        var i = titleIndex + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (line.Number <= firstPost) { header.TakeForumHeader(line); continue; }
            if (header.TakeWrappedStandfirst(lines, i) is > 0 and var spanned) { i += spanned - 1; continue; }
            // A hard-wrapped paragraph in the head (a standfirst over two lines) is read as the one line it was.
            var end = i;
            while (end + 1 < lines.Count && continuedLines.Contains(lines[end + 1].Number)) end++;
            if (end > i) line = line with { Text = TextShapes.UnwrapTitle(lines.Skip(i).Take(end - i + 1).Select(l => l.Text)) };
            // The next line that says something: buttons and reading times between a name and its date are passed over.
            var following = lines.Skip(end + 1).Where(l => !l.IsBlank && !HeaderWidget.Is(l.Text) && !Byline.IsReadingTime(l.Text)).Take(2).ToList();
            if (!header.Take(line, following.ElementAtOrDefault(0), following.ElementAtOrDefault(1))
                // The head goes on down to a line the rules chose and the head model passed over (a standfirst, a label).
                && !header.TakeAbovePassedOver(line)) break;
            i = end;
        }

        var bodyLines = lines.Skip(i).ToList();
        var bodyBlocksAsPrinted = SeedText.Blocks(bodyLines).ToList();
        // A text browser's list of the page's links after its text, found before its lines of addresses could be taken for
        // one hard-wrapped paragraph.
        if (TextBrowserLinks.Start(bodyBlocksAsPrinted) is >= 0 and var linksAt)
        {
            foreach (var block in bodyBlocksAsPrinted.Skip(linksAt))
                header.Dropped.Add(new DroppedPiece("text browser's link list", block.Joined.Trim(), new SourceLocation(source.Path, block.Line)));
            bodyBlocksAsPrinted = bodyBlocksAsPrinted.Take(linksAt).ToList();
        }
        var paragraphs = bodyBlocksAsPrinted.SelectMany(SplitParagraphs).ToList();
        paragraphs = WithoutPageContentsList(paragraphs, source.Path, header.Dropped);
        // A republication note the head stopped short of, among the short lines before the text's first paragraph.
        // Or one among the short lines after the text's last paragraph ("This article first appeared in … edition of DATE").
        if (header.Syndicated is null && (NoteAmidShortLines(paragraphs) ?? NoteAmidShortLines(Enumerable.Reverse(paragraphs))) is { } note)
        {
            header.TakeSyndicationNote(note.Lines[0]);
            paragraphs.Remove(note);
        }
        DropPeopleAfterText(paragraphs, source.Path, header.Dropped);
        var (splitBlocks, notes) = NotesSection.Split(paragraphs);
        var bodyBlocks = TakeClosingCredits(splitBlocks, source.Path, header.Authors, header.Dropped, header.Actions);
        var answered = TakeWrittenAnswer(bodyBlocks, source.Path, header.Authors, header.Dropped, header.Actions);
        if (header.Authors.Count == 0) bodyBlocks = TakeSenderSignature(bodyBlocks, mail, source.Path, header.Authors, header.Dropped, header.Actions);
        if (header.Authors.Count == 0) bodyBlocks = TakeShortSignature(bodyBlocks, lines, source.Path, header.Authors, header.Dropped, header.Actions);
        if (header.Authors.Count == 0 && SignedBySender(mail, header.Dropped) is { } sender)
        {
            header.Authors.Add(sender);
            header.Actions.Add(AuthorsFrom(lines[mail!.SenderLine].Text.Trim(), [sender], new SourceLocation(source.Path, lines[mail.SenderLine].Number),
                "the email's sender, who signs the message with the same name"));
        }
        var details = TakeDetailsBlock(bodyBlocks, source.Path, header.Dropped);
        var body = SeedText.Body(bodyBlocks.Select(b => (b.Joined, b.Line)));
        if ((rubric ?? TitleGenre.Of(title) ?? TitleKicker.Genre(printedTitle)) is { } titleGenre) header.KindFromTitle(titleGenre, titleLine);
        var kind = header.Kind;
        // A saved page's own markup (its kicker element, a section that is a genre, a specific schema.org type), via the block.
        if (kind is null && source.Crawler is { Kind: { } crawlerKind, KindIsWeak: false })
        {
            kind = crawlerKind.Value.Kind;
            var where = source.Crawler.KindFromMarkup ? "the saved page's markup (the note on line 1 says how the page was read)" : $"line {crawlerKind.Line} of the page's metadata block";
            header.Actions.Add(KindAction(crawlerKind.Value, where, new SourceLocation(source.Path, crawlerKind.Line)));
        }
        if (kind is null && KindByEvidence(bodyBlocks, nonBlank, source, titleLine.Number) is { } byEvidence)
        {
            kind = byEvidence.Kind;
            header.Actions.Add(byEvidence.Action);
        }
        // Without a label or a genre's own shape, the site's furniture says what kind of page this is: inferred, and shown.
        var kindInferred = kind is null ? KindByFurniture(nonBlank, source) : null;
        if (kind is null && kindInferred is null && source.Crawler is { Kind: { } weakKind, KindIsWeak: true })
            kindInferred = new InferredValue(Content.KnownKeys.Article.Kind, weakKind.Value.Kind, weakKind.Value.Reason, new SourceLocation(source.Path, weakKind.Line));
        kind ??= kindInferred?.Value;
        var date = header.Date;
        if (answered is { } answer && answer.Date.Date != date)
        {
            date = answer.Date.Date;
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"date: {date:yyyy-MM-dd}", answer.At)
            {
                Before = answer.Line,
                After = $"date: {date:yyyy-MM-dd}",
                Reason = "the date the written question was answered, which dates the record (not the date it was asked)",
            });
        }
        if (details is not null) ApplyDetails(details.Value, header, ref date, source.Path);
        // A republished copy is dated as its first outlet printed it, not by the day the copying site put it up.
        // (The paper's own print edition dates only a page that prints no date of its own.)
        if (header.Syndicated is { Reading.Date: { } firstDate } syndicated && firstDate.Date != date
            && (syndicated.Reading.Publication is not null || date is null))
        {
            date = firstDate.Date;
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"date: {date:yyyy-MM-dd}", new SourceLocation(source.Path, syndicated.Line.Number))
            {
                Before = syndicated.Line.Text.Trim(),
                After = $"date: {date:yyyy-MM-dd}",
                Reason = syndicated.Reading.Publication is null
                    ? "the note after the text names the print edition the piece appeared in, and its day"
                    : "the note that the piece first appeared in another outlet gives the date it appeared there",
            });
        }
        var printedIssue = header.PrintedIssue;
        // A journal's page names its journal, volume and issue in the browser title after the article's title.
        var titledIssue = printedIssue is null ? source.Crawler?.TitleIssue : null;
        if (titledIssue is not null)
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {titledIssue.Publication}, {titledIssue.Numbers}", new SourceLocation(source.Path, source.Crawler!.Title!.Line))
            {
                Before = source.Crawler.Title.Value,
                After = titledIssue.Fields,
                Reason = "the page's title names the journal, volume and issue after the article's title",
            });
        if (date is null && DateFromDateline(bodyBlocks, texts, source) is { } fromDateline)
        {
            date = fromDateline.Date;
            header.Actions.Add(fromDateline.Action);
        }
        if (date is null && DateFromHead(nonBlank, titleLine.Number, title, source, header.Summary) is { } fromHead)
        {
            date = fromHead.Date;
            header.Actions.Add(fromHead.Action);
        }
        if (date is null && DateFromPostFooter(nonBlank, source) is { } fromFooter)
        {
            date = fromFooter.Date;
            header.Actions.Add(fromFooter.Action);
        }
        if (date is null && DateFromPageHistory(nonBlank, source) is { } fromHistory)
        {
            date = fromHistory.Date;
            header.Actions.Add(fromHistory.Action);
        }

        if (date is null && DateFromAddress(source) is { } fromAddress)
        {
            date = fromAddress.Date;
            header.Actions.Add(fromAddress.Action);
        }

        // "Posted by Lorne Law Blog" beside a person: the site's own name (its masthead line, crawler or copyright name,
        // or its address) is no author, and no author's name may hide it from the site-name search below.
        header.LeaveOutSiteAuthor(name => SiteName.IsSiteName(name, siteNames, source.Url)
            || string.Equals(name.Trim(), nonBlank[0].Text.Trim(), StringComparison.OrdinalIgnoreCase), titleLine);
        // An aggregator's copy names the organisation that published the document in a "Source:" field above the text.
        var site = details?.Reading.Publication is { } detailsName && header.PrintedIssue is null
            ? new SiteNameReading(detailsName, $"the 'Publication: {detailsName}' field of the details block after the text")
            : printedIssue is { } printed
            ? new SiteNameReading(printed.Publication, $"the line '{printed.Printed}' under the title")
            : titledIssue is { } titled
            ? new SiteNameReading(titled.Publication, $"the page title's suffix '{titled.Printed}'")
            : header.Syndicated is { Reading.Publication: { } firstOutlet } syndicatedNote
            ? new SiteNameReading(firstOutlet, $"the note on line {syndicatedNote.Line.Number} that the piece first appeared in {firstOutlet} (a republished copy is its first outlet's)")
            : lines.Take(i).Where(l => !l.IsBlank).Select(l => PageField.Source(l.Text)).OfType<string>().FirstOrDefault() is { } origin
            ? new SiteNameReading(origin, $"the page's 'Source: {origin}' field (a copy of another organisation's document)")
            // The site's name is looked for above the title's line: a title without its rubric is found by the line as printed.
            : SiteName.Find(texts, source.Crawler?.SiteName, source.Url, header.Authors, source.Crawler?.Authors?.Value, rubric is null ? title : printedTitle);
        // A saved page's block says where its site name was read (og:site_name, the logo, the copyright line).
        if (site is not null && source.Crawler is { SiteName: { } blockSite, SiteNameFrom: { } blockFrom } && site.Name == blockSite.Trim())
            site = site with { Evidence = $"{blockFrom} (read from the saved page; the note on line 1 says how)" };
        // A site named for one genre ("… Parliamentary Debates", "House of Assembly Hansard"): weak, and shown.
        if (kind is null && kindInferred is null && Genres.OfSiteName(site?.Name) is { } bySiteName)
        {
            kindInferred = new InferredValue(Content.KnownKeys.Article.Kind, bySiteName.Kind, bySiteName.Reason, new SourceLocation(source.Path, titleLine.Number));
            kind = bySiteName.Kind;
        }
        // Nothing names the kind (no label, title, shape, address, furniture or site name): a feature, by convention — marked
        // inferred so the review report shows it, and replaced by an editor's sidecar kind or, in a merge, by a kind the
        // other version's text names.
        var kindByConvention = false;
        if (kind is null && kindInferred is null)
        {
            kindInferred = new InferredValue(Content.KnownKeys.Article.Kind, ArticleKinds.Feature,
                "nothing on the page names its kind (no label, title genre, shape, address or furniture): a feature, by convention",
                new SourceLocation(source.Path, titleLine.Number));
            kind = ArticleKinds.Feature;
            kindByConvention = true;
        }
        var inferred = new List<string>();
        if (header.DateInferred) inferred.Add("date");
        if (kindInferred is not null) inferred.Add(kindInferred.Field);
        if (site is not null)
        {
            inferred.Add(SidecarApplier.InferredPublication);
            header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {site.Name}", new SourceLocation(source.Path, titleLine.Number))
            {
                Before = site.Evidence,
                After = $"publication: {site.Name}",
                Reason = $"the site's name, from {site.Evidence}",
            });
        }

        if (site is not null) header.LeaveOutSiteAuthor(name => string.Equals(name.Trim(), site.Name.Trim(), StringComparison.OrdinalIgnoreCase), titleLine);
        if (header.Authors.Count == 0) header.TakeAboutMe(nonBlank, titleLine.Number);
        header.ReportAccountOnlyByline();
        var draft = new ArticleDraft
        {
            Title = title,
            Authors = header.Authors,
            Publication = site?.Name,
            Volume = printedIssue?.Volume ?? details?.Reading.Volume ?? titledIssue?.Volume ?? header.BareIssue?.Volume,
            Issue = printedIssue?.Issue ?? details?.Reading.Issue ?? titledIssue?.Issue ?? header.BareIssue?.Issue,
            Body = body.Text,
            BodyLineMap = body.LineMap,
            Notes = notes?.Text,
            NotesLineMap = notes?.LineMap ?? [],
            AuthorBio = header.Bios.Count > 0 ? string.Join("\n\n", header.Bios) : null,
            Date = date,
            Inferred = inferred,
            InferredFrom = kindInferred is null ? [] : [kindInferred],
            Kind = kind,
            KindByConvention = kindByConvention,
            Summary = header.Summary,
            Origin = new SourceLocation(source.Path, titleLine.Number),
            BodyStartLine = bodyBlocks.Count > 0 ? bodyBlocks[0].Line : titleLine.Number + 1,
            Sources = [source.Path],
        };
        return new RawReadResult([draft], header.Diagnostics, header.Dropped) { Actions = header.Actions };
    }

    /// <summary>
    /// What the title is chosen from: the head's lines, the site's names, an email's header and the hints; with the
    /// lines of a reviewed book's block (indexes into the non-blank lines), which the body needs too.
    /// </summary>
    private static (List<string> Texts, List<string> SiteNames, MailHeader.Block? Mail, string? Subject, PageTitleHints Hints, HashSet<int> BookLines) TitleInput(IReadOnlyList<SeedLine> lines, RawSource source)
    {
        var nonBlank = lines.Where(l => !l.IsBlank).ToList();
        var numbered = nonBlank.Select(l => (l.Number, l.Text)).ToList();
        var texts = nonBlank.Select(l => l.Text.Trim()).ToList();
        var bookLines = BookBlockLines(texts);
        var siteNames = new List<string>();
        if (source.Crawler?.SiteName is { } crawlerSite) siteNames.Add(crawlerSite);
        siteNames.AddRange(texts.Select(SiteName.CopyrightHolder).OfType<string>());
        // An email saved as text names its piece in its subject line, as a crawler's title would.
        var mail = MailHeader.Read(lines.Select(l => l.Text).ToList());
        var subject = mail?.Subject ?? texts.Take(PageTitle.HeaderLines).Select(EmailHeaderLine.Subject).OfType<string>().FirstOrDefault();
        var hints = new PageTitleHints(source.Crawler?.Title?.Value ?? subject, siteNames, source.Url)
        {
            NotTitles = new HashSet<int>([.. bookLines, .. VerseBlock.Lines(numbered)]),
            Continuations = WrappedLines.Continuations(numbered),
        };
        return (texts, siteNames, mail, subject, hints, bookLines);
    }

    /// <summary>
    /// The page's title candidates as <see cref="Read"/> weighs them (<see cref="PageTitle.Candidates"/>), each with the
    /// title it would give after the site's name, a tag or a kicker is taken off: what the head model is fitted on.
    /// </summary>
    public static IReadOnlyList<TitleCandidate> TitleCandidates(string text, RawSource source)
    {
        var lines = SeedText.Lines(text);
        var (texts, siteNames, _, _, hints, _) = TitleInput(lines, source);
        return PageTitle.Candidates(texts, hints)
            .Select(c => c with { Text = EditedTitle(c.Text, siteNames.Concat(texts.Take(c.Index)), source.Url).Title }).ToList();
    }

    /// <summary>
    /// A details block after the text ("Details" over "Publication: …", "Volume: …", "Published: …", "Author: …",
    /// <see cref="DetailsBlock"/>): its lines leave the body (dropped and recorded); its facts are read by the caller.
    /// </summary>
    private static (DetailsBlockReading Reading, SourceLocation At, string Text)? TakeDetailsBlock(List<TextBlock> blocks, string path, List<DroppedPiece> dropped)
    {
        var texts = blocks.Select(b => b.Joined.Trim()).ToList();
        for (var i = blocks.Count - 2; i > 0; i--)
        {
            if (DetailsBlock.Read(texts.Skip(i).Take(15).ToList()) is not { } reading) continue;
            for (var k = i; k < i + reading.Lines; k++)
                dropped.Add(new DroppedPiece("details block", texts[k], new SourceLocation(path, blocks[k].Line)));
            var at = new SourceLocation(path, blocks[i].Line);
            var text = string.Join(" / ", texts.Skip(i).Take(reading.Lines));
            blocks.RemoveRange(i, reading.Lines);
            return (reading, at, text);
        }
        return null;
    }

    /// <summary>The details block's date and authors, where the header gave none; each use is recorded.</summary>
    private static void ApplyDetails((DetailsBlockReading Reading, SourceLocation At, string Text) details, HeaderState header, ref DateOnly? date, string path)
    {
        var (reading, at, text) = details;
        var used = new List<string>();
        if (header.Authors.Count == 0 && reading.Authors.Count > 0) { header.Authors.AddRange(reading.Authors); used.Add($"authors: {string.Join(", ", reading.Authors)}"); }
        if (date is null && reading.Date is { Full: true } d)
        {
            date = d.Date;
            used.Add($"date: {d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
        }
        if (reading.Publication is not null) used.Add($"publication: {reading.Publication}");
        if (reading.Volume is { } v) used.Add($"volume: {v}");
        if (reading.Issue is { } n) used.Add($"issue: {n}");
        if (used.Count == 0) return;
        header.Actions.Add(new FixupAction(FixupActionKinds.UsedForField, string.Join("; ", used), at)
        {
            Before = text,
            After = string.Join("; ", used),
            Reason = "the page prints the article's details in a block after its text",
        });
    }

    /// <summary>
    /// The title as an editor would write it: without the site's name after it (as a browser tab prints it), and in
    /// title case when the page printed it in capitals. Each change is listed for the report.
    /// </summary>
    private static (string Title, List<string> Changes, GenreEvidence? Rubric) EditedTitle(string printed, IEnumerable<string> siteNames, string? url)
    {
        var changes = new List<string>();
        var (untagged, tag) = TitleTag.Strip(printed);
        if (tag is not null) changes.Add($"the tag '[{tag}]' before the title was left out");
        var (unkicked, kicker) = TitleKicker.Strip(untagged);
        if (kicker is not null) changes.Add($"the kicker '{kicker}-' before the headline was left out");
        GenreEvidence? rubric = null;
        if (TitleGenre.RubricPrefix(unkicked) is { } filed)
        {
            (unkicked, rubric) = (filed.Title, filed.Genre);
            changes.Add($"the rubric '{filed.Label}:' before the headline was left out (it names the kind)");
        }
        var (title, removed) = TitleSiteSuffix.Strip(unkicked, siteNames.ToList(), url);
        if (removed is not null) changes.Add($"the site's name '{removed}' after the title was left out");
        if (TextLines.WordCount(title) >= 3 && title.Any(char.IsLetter) && !title.Any(char.IsLower))
        {
            var names = siteNames.ToList();
            if (TitleBarCasing(title, names, url) is { } cased)
            {
                changes.Add($"the page printed the title in capitals; its title bar's '{cased}' gives its case");
                title = cased;
            }
            else
            {
                title = PublicationName.TitleCase(title);
                changes.Add("the page printed the title in capitals; it was put in title case");
            }
        }
        return (title, changes, rubric);
    }

    /// <summary>
    /// The same title in upper and lower case from a line above it, as a browser's title bar prints it with the site's
    /// name after it ("War-risk premiums climb | Hull Review" over "WAR-RISK PREMIUMS CLIMB"), or null.
    /// </summary>
    private static string? TitleBarCasing(string capitals, List<string> linesAbove, string? url) =>
        linesAbove
            .Select(line => TitleSiteSuffix.Strip(line.Trim(), linesAbove, url).Title)
            .FirstOrDefault(head => head.Any(char.IsLower) && string.Equals(head, capitals, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A one-line republication note among the short paragraphs before the first one of prose longer than a note, in the
    /// order given (from the top, or from the end), or null.
    /// </summary>
    private static TextBlock? NoteAmidShortLines(IEnumerable<TextBlock> paragraphs) =>
        paragraphs.TakeWhile(b => !(ProseParagraph.Is(b.Joined) && TextLines.WordCount(b.Joined) > SyndicationNote.MaxWords))
            .FirstOrDefault(b => b.IsSingleLine && SyndicationNote.Read(b.FirstText) is not null);

    /// <summary>
    /// In scraped text a single newline is a paragraph break, except in a block of hard-wrapped lines (several
    /// lines of similar width, none ending a sentence but the last), which is one paragraph.
    /// </summary>
    private static IEnumerable<TextBlock> SplitParagraphs(TextBlock block)
    {
        // A rule over or under a paragraph (a box drawn round a heading) is no part of it: never unwrapped into its words.
        var lines = block.Lines;
        var (first, last) = (0, lines.Count - 1);
        while (first <= last && IsRule(lines[first])) yield return new TextBlock([lines[first++]]);
        var trailing = new List<SeedLine>();
        while (last >= first && IsRule(lines[last])) trailing.Insert(0, lines[last--]);
        if (first <= last)
            foreach (var part in SplitWrapped(new TextBlock(lines.Skip(first).Take(last - first + 1).ToList()))) yield return part;
        foreach (var rule in trailing) yield return new TextBlock([rule]);
    }

    private static bool IsRule(SeedLine line) => TitleLine.Furniture(line.Text) == TitleFurniture.Rule;

    private static IEnumerable<TextBlock> SplitWrapped(TextBlock block)
    {
        var lines = block.Lines;
        // "- fishing communities, boat operators and …" / "  armed groups and state forces;" / "- riverine policing …": a
        // list, each item with the lines that carry its sentence on in lower case; any other line after an item (a
        // teaser's type and date, a paragraph) stands on its own.
        if (BulletMark.Opens(lines[0].Text) && lines.Count(l => BulletMark.Opens(l.Text)) >= 2)
        {
            var item = new List<SeedLine> { lines[0] };
            var k = 1;
            for (; k < lines.Count; k++)
            {
                if (BulletMark.Opens(lines[k].Text)) { yield return Unwrapped(item); item = [lines[k]]; }
                else if (ContinuesItem(lines[k].Text)) item.Add(lines[k]);
                else break;
            }
            yield return Unwrapped(item);
            if (k < lines.Count)
                foreach (var part in SplitWrapped(new TextBlock(lines.Skip(k).ToList()))) yield return part;
            yield break;
        }
        var hardWrapped = lines.Count >= 3
            && lines.Take(lines.Count - 1).All(l => l.Text.Trim().Length is >= 40 and <= 90)
            && lines.Take(lines.Count - 1).Count(l => l.Text.TrimEnd()[^1] is '.' or '?' or '!') * 2 < lines.Count - 1
            // "• A meter on every pump" / "• A daily limit …" under a paragraph: a list's items, each on its own line.
            && !lines.Skip(1).Any(l => BulletMark.Opens(l.Text))
            // "Categories: …" / "Last edited …" / "Content is available under …": the site's closing lines, each its own.
            && lines.Count(l => BoilerplateClassifier.ClosingShape(l.Text) is not null) < 2;
        if (hardWrapped)
        {
            yield return Unwrapped(lines);
            yield break;
        }
        foreach (var line in lines) yield return new TextBlock([line]);
    }

    /// <summary>Lines of one paragraph (or list item) as the one line they were before the page was wrapped.</summary>
    private static TextBlock Unwrapped(IReadOnlyList<SeedLine> lines) =>
        lines.Count == 1 ? new TextBlock([lines[0]]) : new TextBlock([new SeedLine(lines[0].Number, TextShapes.UnwrapTitle(lines.Select(l => l.Text)))]);

    private static bool ContinuesItem(string line) => line.TrimStart() is [var first, ..] && char.IsLower(first);

    /// <summary>Reads header lines one at a time; <see cref="Take"/> returns false at the first body line.</summary>
    private sealed class HeaderState(RawSource source, IReadOnlyCollection<string> siteNames, string title)
    {
        private enum Mode { Any, AlsoAvailable, AboutAuthors, Speakers, AuthorsList }

        private Mode _mode = Mode.Any;
        private bool _seenContent;
        private bool _categoryJustSeen;
        private readonly List<string> _bullets = new();
        private string? _standfirst;
        private bool _directlyUnderTitle = true;
        private DateReading? _date;
        private DateRole? _pendingDateRole;
        private bool _fieldValueNext;
        private string? _fieldLabel;
        private bool _bylineJustSeen;

        /// <summary>The line before was an author's role under the byline ("Columnist").</summary>
        private bool _roleJustSeen;
        private bool _fieldListSeen;

        private bool IsListedField(string text, SeedLine? next) =>
            LabelledField.Is(text) && TextLines.WordCount(text) <= 12 && !text.EndsWith('.')
            && (_fieldListSeen || next is not null && LabelledField.Is(next.Text));

        /// <summary>Seed lines of a reviewed book's block (its title, author, details, bookshop offer).</summary>
        public IReadOnlySet<int> BookLines { get; init; } = new HashSet<int>();

        /// <summary>
        /// The seed line the rules chose as the title when the head model decided instead (<see cref="PageTitleChoice.PassedOver"/>);
        /// 0 when the rules decided. Above the title it is read as any head line; under it the head reaches down to it.
        /// </summary>
        public int PassedOver { get; init; }

        /// <summary>
        /// A head line under the title that no head rule took, at or above the line the head model passed over: the
        /// passed-over line itself is the summary when it reads as a standfirst right under the title and there is none yet,
        /// else it and the lines above it are dropped and listed (never left as body text above the head's end).
        /// </summary>
        public bool TakeAbovePassedOver(SeedLine line)
        {
            if (line.Number > PassedOver) return false;
            var text = line.Text.Trim();
            if (line.Number == PassedOver && _standfirst is null && _bullets.Count == 0 && IsStandfirst(text) && TextLines.WordCount(text) >= MinPassedOverStandfirstWords)
            {
                _standfirst = text;
                Actions.Add(new FixupAction(FixupActionKinds.UsedForField, "summary: the line the head model passed over", new SourceLocation(source.Path, line.Number))
                {
                    Before = text,
                    After = "summary: " + text,
                    Reason = "the rules' title candidate under the title the head model chose, read as its standfirst",
                });
                return true;
            }
            Drop(line.Number == PassedOver ? "the rules' title candidate, passed over by the head model" : "head line above the title candidate the head model passed over", line);
            return true;
        }

        /// <summary>A passed-over line under the title of this many words or more reads as a standfirst; a shorter one is a label.</summary>
        private const int MinPassedOverStandfirstWords = 8;

        /// <summary>The page's non-blank lines: the site's other dates settle how it writes an ambiguous one.</summary>
        public IReadOnlyList<string> PageLines { get; init; } = [];

        /// <summary>Seed lines of an email's header block (<see cref="MailHeader"/>): its date is read, the rest dropped.</summary>
        public IReadOnlySet<int> MailLines { get; init; } = new HashSet<int>();

        /// <summary>A line of the email's header: its "Date:" or "Sent:" field dates the piece; every line is dropped.</summary>
        private bool TakeMailLine(string text, SeedLine line)
        {
            if (!MailLines.Contains(line.Number)) return false;
            if (MailHeader.DateOf(text) is { } sent) Prefer(sent);
            Drop("email header", line);
            return true;
        }

        public List<string> Authors { get; } = new();
        public List<string> Bios { get; } = new();
        public List<DroppedPiece> Dropped { get; } = new();
        public List<FixupAction> Actions { get; } = new();
        public List<Diagnostic> Diagnostics { get; } = new();
        public DateOnly? Date => _date?.Date;

        /// <summary>The head's note that the piece first appeared in another outlet, and its line.</summary>
        public (SyndicationReading Reading, SeedLine Line)? Syndicated { get; private set; }

        /// <summary>A note that the piece first appeared in another outlet ("This article first appeared in …"): kept and dropped.</summary>
        public bool TakeSyndicationNote(SeedLine line)
        {
            if (SyndicationNote.Read(line.Text) is not { } republished) return false;
            Syndicated ??= (republished, line);
            Drop("republication note", line);
            return true;
        }

        /// <summary>The publication, volume and issue the page prints under its title ("… — Vol. 24, Issue 22").</summary>
        public PublicationIssue? PrintedIssue { get; private set; }

        /// <summary>True when the date line gave no day ("May 2023"): the date is then listed as inferred.</summary>
        public bool DateInferred => _date is { Full: false };
        public string? Kind { get; private set; }

        public string? Summary => _bullets.Count > 0
            ? string.Join(' ', _bullets.Select(EndSentence))
            : _standfirst;

        /// <summary>
        /// A line above the title: a date, a category label or a byline is read; anything else is dropped as page
        /// furniture, named by what it looks like (cookie banner, navigation, site name, …).
        /// </summary>
        public void TakeAboveTitle(SeedLine line, bool inMenu, bool rightAboveTitle)
        {
            var text = line.Text.Trim();
            var lineAbove = _lineAboveTitle;
            _lineAboveTitle = text;
            if (TakeMailLine(text, line)) return;
            if (TakeStackedIssueLine(lineAbove, text, line)) return;
            if (TakeBareIssueLine(text, line)) return;
            if (_pendingDateRole is { } role) { _pendingDateRole = null; if (DateLine.Read(text) is { } labelled) { Prefer(labelled with { Role = role }); return; } }
            // "Insight | 27 Jan 2032 | 9 min read": a label line in parts with the reading time gives its genre as well as its date.
            if (LabelLine.ReadBesideReadingTime(text) is { Kind: not null } beside) { TakeLabelReading(beside, line); return; }
            if (TakeDate(text, line)) return;
            if (TakeFieldsDate(text, line))
            {
                // "SECURITY BULLETIN  |  RSD-2032-041  |  21 May 2032": a line of fields that is a label line gives its genre too.
                if (LabelLine.Read(text) is { Kind: { } labelled }) SetKind(labelled, line);
                return;
            }
            if (SectionLabels.KnownKind(text) is not null)
            {
                if (inMenu) Drop("menu item", line);
                // A label further up names a section of the site ("NEWS"); the one right over the title ("Explainer") the piece.
                else SetKind(SectionLabels.KnownKind(text)!, line, fromTrail: !rightAboveTitle);
                return;
            }
            if (TakeLabelLine(text, line)) return;
            if (PageField.Genre(text) is not null) { TakeKind(PageField.Read(text)!.Value, line); return; }
            // The page's own label right over its title ("FIELD DIARY") names its genre in its own words.
            // A masthead ending in a genre's noun ("Harbour Review", "The Delta Bulletin") names the site, not the piece.
            if (rightAboveTitle && !inMenu && Genres.OwnLabel(text, sentenceCase: true) is { } own && !SiteName.IsSiteName(text, siteNames, source.Url)) { SetKind(own, line); return; }
            // "SPOTLIGHT", "IN FOCUS" set in capitals right over the title: an issue's section name on the web version of its
            // article stands for the kind of the piece, as it does in the issue (a feature's section).
            if (rightAboveTitle && !inMenu && TextShapes.IsCapitalsLabel(LetterSpacing.Collapse(text)) && SectionLabels.IssueKind(text) is { } section)
            { SetKind(section, line); return; }
            // "Africa | Explainer", "SAFETY & INTEGRITY · THREAT REPORT": the site's section, then the piece's genre.
            if (rightAboveTitle && !inMenu && SectionKicker.Genre(text) is { } kicker) { SetKind(kicker, line); return; }
            if (Byline.Read(text) is { } byline) { TakeByline(byline, line); return; }
            if (CollectiveByline.Is(text)) { Drop("byline naming no person", line); return; }
            if (CallToAction.Is(text)) { Drop("call to action", line); return; }
            if (EmailHeaderLine.Is(text)) { Drop("email header", line); return; }
            if (DateLine.LabelOnly(text) is { } only) { _pendingDateRole = only; Drop("date label", line); return; }
            // "Home › Monitors › Coast Monitor › Edition 22": a trail ending in a periodical and its number names where the piece appeared.
            if (PrintedIssue is null && TrailIssue(text) is { } trailIssue)
                TakePrintedIssue(trailIssue, text, line, "the breadcrumb trail ends in the periodical and the number the article appeared in");
            // A breadcrumb or section bar: its most specific item that names a genre (not the title itself) is the kind.
            if (Kind is null && NavigationBar.TrailItems(text) is { } items
                && items.Reverse().Where(item => !PageTitle.SameTitle(item, title)).FirstOrDefault(item => FiledUnder(item) is not null) is { } crumb)
                SetKind(FiledUnder(crumb)!, line, fromTrail: true);
            Drop(line.Number == PassedOver ? "the rules' title candidate, passed over by the head model" : FurnitureKind(text), line);
        }

        private string? _lineAboveTitle;

        /// <summary>The periodical and number a breadcrumb trail ends in (before the title, if it ends in that), or null.</summary>
        private PublicationIssue? TrailIssue(string text)
        {
            if (NavigationBar.TrailItems(text) is not { } items) return null;
            var trail = items.Count > 0 && PageTitle.SameTitle(items[^1], title) ? items.Take(items.Count - 1).ToList() : items.ToList();
            return trail.Count >= 2 ? PublicationIssueLine.Read($"{trail[^2]} {trail[^1]}") : null;
        }

        /// <summary>
        /// A journal's page printing its name on one line and "Volume 41, Issue 6" on the next, above the title: the
        /// two read together as the line naming where the article appeared (<see cref="PublicationIssueLine"/>). The
        /// name line is one of capitalised words with no interface vocabulary in it.
        /// </summary>
        private bool TakeStackedIssueLine(string? above, string text, SeedLine line)
        {
            if (PrintedIssue is not null || above is null || !BareVolumeIssue().IsMatch(text)) return false;
            if (UiVocabulary.Find(above).Count > 0 || NavigationBar.IsNavigation(above)) return false;
            if (PublicationIssueLine.Read(above + ", " + text) is not { } printed) return false;
            TakePrintedIssue(printed, text, line, "the page prints the journal's name over the volume and issue the article appeared in");
            return true;
        }

        /// <summary>The volume and issue a journal's page prints alone above the title ("Vol. 9, No. 1 (Spring 2033)"), its name printed elsewhere.</summary>
        public (int Volume, int Issue)? BareIssue { get; private set; }

        /// <summary>
        /// "Vol. 9, No. 1 (Spring 2033)" above the title, with no publication's name on the line: the issue the article appeared
        /// in, on a journal's page whose masthead names the journal (the page's date stays the article's own).
        /// </summary>
        private bool TakeBareIssueLine(string text, SeedLine line)
        {
            if (PrintedIssue is not null || BareIssue is not null || VolumeIssueLine.Parse(text) is not { Volume: { } volume } printed) return false;
            // "16 April 2027 | Volume 25, Issue 8": a full date printed beside the numbers is the article's date (a season's is the issue's).
            var before = printed.Before.Trim().TrimEnd('|', '·', '•', '—', '–', '-', ',').Trim();
            if (before.Length > 0 && DateLine.Read(before) is null) return false;
            if (DateLine.Read(before.Length > 0 ? before : printed.Rest.Trim().Trim('|', '·', '•', '—', '–', ',').Trim()) is { Full: true } date) Prefer(date);
            BareIssue = (volume, printed.Issue);
            Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"volume {volume}, issue {printed.Issue}", new SourceLocation(source.Path, line.Number))
            {
                Before = text,
                After = $"volume: {volume}; issue: {printed.Issue}",
                Reason = "the page prints the volume and issue the article appeared in above its title",
            });
            return true;
        }

        /// <summary>What a line of page furniture above the title is, for the report.</summary>
        /// <summary>The genre one breadcrumb item files the page under: a known label, else a collection's name (<see cref="Genres.FiledUnder"/>).</summary>
        private static string? FiledUnder(string item) => SectionLabels.KnownKind(item) ?? Genres.FiledUnder(item);

        private string FurnitureKind(string text)
        {
            if (TitleLine.Furniture(text) == TitleFurniture.Rule) return "rule line";
            if (NavigationBar.BreadcrumbTail(text) is not null || UiVocabulary.IsBreadcrumb(text)) return "breadcrumb";
            if (NavigationBar.IsSectionBar(text)) return "section bar";
            if (NavigationBar.IsNavigation(text)) return "navigation";
            if (SiteName.IsSiteName(text, siteNames, source.Url)) return "site name";
            var signals = TextSignals.Of(text);
            if (signals.UiHits.Count > 0 && (signals.UiShare >= 0.99 || signals.UiHits.Count >= 2 || UiVocabulary.AddressesReader(text))) return signals.UiHits[0].Kind;
            return "site header";
        }

        private void TakeByline(BylineReading byline, SeedLine line)
        {
            foreach (var name in byline.Names)
            {
                // "Posted by Centre Admin": the account the site posted under, not the person who wrote the piece.
                if (CmsAccountName.Is(name)) { LeaveOutAccount(name, line); continue; }
                if (!Authors.Contains(name, StringComparer.Ordinal)) Authors.Add(name);
            }
            // "Posted on DATE by NAME | Filed in: Analysis": the category the byline's line files the piece under is its
            // kind, over a section the site's header names.
            if ((Kind is null || _kindFromTrail) && PostFooterLine.Genre(line.Text) is { } filed) SetKind(filed.Kind, line);
            if (byline.Date is not { } posted) return;
            // "Words by NAME · 21 September 2027" under "Session: … · 15 September 2027 · Main Stage": the author's line
            // dates the piece; a line of event fields dates what it describes.
            if (_dateFromFields) { _date = posted; _dateFromFields = false; }
            else Prefer(posted);
        }

        private bool _dateFromFields;

        private readonly List<(string Name, SeedLine Line)> _accounts = new();

        private void LeaveOutAccount(string name, SeedLine line)
        {
            _accounts.Add((name, line));
            Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"authors: '{name}' left out", new SourceLocation(source.Path, line.Number))
            {
                Before = line.Text.Trim(),
                After = "authors: (without " + name + ")",
                Reason = $"'{name}' is the account the site's content system posted the page under, not a person who wrote it",
            });
        }

        /// <summary>
        /// A personal site's "About me" box after the post ("I'm Ann Lee, a lawyer …") names its one writer: the author
        /// of a post whose byline named no person; the introduction is the author's bio.
        /// </summary>
        public void TakeAboutMe(IReadOnlyList<SeedLine> lines, int titleLine)
        {
            for (var k = 0; k + 1 < lines.Count; k++)
            {
                if (lines[k].Number <= titleLine || !AboutMeBio.IsLabel(lines[k].Text)) continue;
                if (AboutMeBio.Name(lines[k + 1].Text) is not { } name) return;
                Authors.Add(name);
                if (!Bios.Contains(lines[k + 1].Text.Trim(), StringComparer.Ordinal)) Bios.Add(lines[k + 1].Text.Trim());
                Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"authors: {name}", new SourceLocation(source.Path, lines[k + 1].Number))
                {
                    Before = lines[k + 1].Text.Trim(),
                    After = $"authors: {name}",
                    Reason = "the site's 'About me' box introduces its writer, and the post's byline named no person",
                });
                return;
            }
        }

        /// <summary>
        /// "Posted by Lorne Law Blog" over "Guest post by Ann Lee": the site's own name in a byline is the account it posted
        /// under, not a writer, when a person is named beside it. Left out of the authors and recorded; alone it stays
        /// (a personal site may be named after its writer).
        /// </summary>
        public void LeaveOutSiteAuthor(Func<string, bool> isSiteName, SeedLine line)
        {
            if (Authors.Count < 2) return;
            var site = Authors.FindIndex(a => isSiteName(a));
            if (site < 0) return;
            var name = Authors[site];
            Authors.RemoveAt(site);
            Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"authors: '{name}' left out", new SourceLocation(source.Path, line.Number))
            {
                Before = $"authors: {name}, {string.Join(", ", Authors)}",
                After = $"authors: {string.Join(", ", Authors)}",
                Reason = $"'{name}' is the site's own name, the account a byline named beside the person who wrote the piece",
            });
        }

        /// <summary>When the head named only a content-system account, the editor is told that no author was set.</summary>
        public void ReportAccountOnlyByline()
        {
            if (Authors.Count > 0 || _accounts.Count == 0) return;
            var (name, line) = _accounts[0];
            Diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportCmsAccountAuthor,
                $"the page's byline names only the site's account '{name}', not a person; no author was set (add 'authors' to the seed's sidecar if the writer is known)",
                new SourceLocation(source.Path, line.Number)));
        }

        /// <summary>"Ann Lee, Head of Research" or "Ann Lee in Lusaka and Bo Ma in Beira": the names, the roles and places left out.</summary>
        private void TakeHeadByline(IReadOnlyList<string> names, SeedLine line)
        {
            var added = names.Where(n => !Authors.Contains(n, StringComparer.Ordinal)).ToList();
            Authors.AddRange(added);
            if (added.Count == 0) return;
            Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"authors: {string.Join(", ", added)}", new SourceLocation(source.Path, line.Number))
            {
                Before = line.Text.Trim(),
                After = $"authors: {string.Join(", ", added)}",
                Reason = "the page's head names the author with a role or a place beside the name; the role or place was left out",
            });
        }

        /// <summary>"Policy Brief No. 7 | November 2024": the genre and the date of a label line.</summary>
        private bool TakeLabelLine(string text, SeedLine line)
        {
            if (LabelLine.Read(text) is not { } label) return false;
            TakeLabelReading(label, line);
            return true;
        }

        private void TakeLabelReading(LabelLineReading label, SeedLine line)
        {
            if (label.Kind is { } kind) SetKind(kind, line);
            if (label.Date is { } date) Prefer(date);
        }

        private void TakeKind(string label, SeedLine line)
        {
            if (SectionLabels.KnownKind(label) is { } kind) SetKind(kind, line);
        }

        /// <summary>
        /// Takes the page's kind from a label. The first label wins, except that a label the page prints for itself
        /// replaces a kind read from a breadcrumb or section bar (a section files many genres; "Insights › Risk notes"
        /// over "Risk Note 26/41" is a risk note).
        /// </summary>
        private void SetKind(string kind, SeedLine line, bool fromTrail = false)
        {
            if (Kind is not null && !(_kindFromTrail && !fromTrail)) { Drop("second category label", line); return; }
            if (_kindAction is not null) Actions.Remove(_kindAction);
            Kind = kind;
            _kindFromTrail = fromTrail;
            _kindAction = new FixupAction(FixupActionKinds.UsedForField, $"kind: {kind}", new SourceLocation(source.Path, line.Number))
            {
                Before = line.Text.Trim(),
                After = $"kind: {kind}",
                Reason = fromTrail
                    ? "the most specific item of the page's breadcrumb or section bar that names a genre"
                    : "a category label the site prints near the title says what kind of piece it is",
            };
            Actions.Add(_kindAction);
        }

        /// <summary>The title names the piece's genre in its own words: that overrides any label (<see cref="TitleGenre"/>).</summary>
        public void KindFromTitle(GenreEvidence evidence, SeedLine titleLine)
        {
            if (Kind == evidence.Kind) return;
            if (_kindAction is not null) Actions.Remove(_kindAction);
            Kind = evidence.Kind;
            _kindFromTrail = false;
            _kindAction = new FixupAction(FixupActionKinds.UsedForField, $"kind: {evidence.Kind}", new SourceLocation(source.Path, titleLine.Number))
            {
                Before = titleLine.Text.Trim(),
                After = $"kind: {evidence.Kind}",
                Reason = evidence.Reason,
            };
            Actions.Add(_kindAction);
        }

        private bool _kindFromTrail;
        private FixupAction? _kindAction;

        public bool Take(SeedLine line, SeedLine? next, SeedLine? afterNext = null)
        {
            var text = line.Text.Trim();
            if (TakeMailLine(text, line)) return true;
            var categoryWasJustSeen = _categoryJustSeen;
            var underTitle = _directlyUnderTitle;
            _directlyUnderTitle = false;
            _categoryJustSeen = false;
            if (TakeSyndicationNote(line)) return true;
            // "Also known as: quiet share, road levy" under a reference entry's title: the entry's head goes on under it.
            if (OtherNamesLine.Is(text)) { Drop("other names line", line); _directlyUnderTitle = underTitle; return true; }

            if (_mode == Mode.AlsoAvailable)
            {
                if (LinkOnly().IsMatch(text)) { Drop("language link", line); return true; }
                _mode = Mode.Any;
            }
            if (_mode == Mode.AboutAuthors)
            {
                if (LinkOnly().IsMatch(text) || (TextShapes.AuthorNames(text) is not null && SectionLabels.KnownKind(text) is null))
                {
                    foreach (var name in NamesIn(text))
                        if (!Authors.Contains(name, StringComparer.Ordinal)) Authors.Add(name);
                    return true;
                }
                if (IsBioOfAuthor(text)) { Bios.Add(text); return true; }
                _mode = Mode.Any;
            }

            // Under "Presenters" in the head (a conference's paper page): each person named, perhaps with an institution,
            // is an author.
            if (_mode == Mode.AuthorsList)
            {
                // "Senior Research Fellow, Terrorism and Conflict" under a name: the person's role, not another person.
                if (AuthorRoleLine.Is(text)) { Drop("author's role", line); return true; }
                if (AuthorsBlock.Entry(text) is { } listed) { TakeHeadByline([listed], line); return true; }
                if (AuthorsBlock.IsDetailLine(text)) { Drop("author's role", line); return true; }
                _mode = Mode.Any;
            }
            // "Presenters" (a conference's paper page) or "Written by" over the names, one a line.
            if (AuthorsBlock.IsBylineLabel(text) && next is not null && AuthorsBlock.Entry(next.Text) is not null)
            {
                Drop("authors label", line);
                _mode = Mode.AuthorsList;
                return true;
            }
            // Under "Speakers": the people who spoke at the event, each with a role, are not the piece's authors.
            if (_mode == Mode.Speakers)
            {
                if (HeadByline.Read(text) is not null || SpeakerList.IsEntry(text) || SpeakerList.IsChairLine(text)) { Drop("speaker", line); return true; }
                _mode = Mode.Any;
            }
            if (SpeakerList.IsLabel(text) && next is not null && (HeadByline.Read(next.Text) is not null || SpeakerList.IsEntry(next.Text)))
            {
                Drop("speakers label", line);
                _mode = Mode.Speakers;
                _directlyUnderTitle = underTitle;
                return true;
            }
            if (_fieldValueNext)
            {
                _fieldValueNext = false;
                // "Format" over "Situation Report": a stacked genre field names the page's kind as its one-line form does.
                if (_fieldLabel is not null && PageField.Genre(_fieldLabel + ": " + text) is { } stacked) SetKind(stacked, line);
                else Drop("page field value", line);
                _directlyUnderTitle = underTitle;
                return true;
            }
            if (_pendingDateRole is { } role)
            {
                _pendingDateRole = null;
                if (DateLine.Read(text) is { } labelled) { Prefer(labelled with { Role = role }); _seenContent = true; _directlyUnderTitle = underTitle; return true; }
            }
            if (BookLines.Contains(line.Number)) { Drop("reviewed book's details", line); _seenContent = true; return true; }
            if (ShortUrlLabel.Is(text)) { Drop("short-url label", line); return true; }
            if (TakeBareIssueLine(text, line)) { _seenContent = true; _directlyUnderTitle = underTitle; return true; }
            if (PrintedIssue is null && PublicationIssueLine.Read(text) is { } printed)
            {
                TakePrintedIssue(printed, text, line, "the page prints the publication and number the article appeared in");
                _directlyUnderTitle = underTitle;
                return true;
            }
            if (!_seenContent && PhotoCaption.Is(text)) { Drop("photo caption", line); return true; }
            // "From Openwiki, the free encyclopedia" under an entry's title: the site describing itself.
            if (EncyclopediaTagline.SiteName(text) is not null) { Drop("reference work's tagline", line); _directlyUnderTitle = underTitle; return true; }
            if (BulletMark.Opens(text)) { _bullets.Add(BulletMark.Without(text)); _seenContent = true; return true; }
            // A bare line of names counts only right under the title (or under the date printed there).
            var bylineJustSeen = _bylineJustSeen;
            _bylineJustSeen = false;
            var roleJustSeen = _roleJustSeen;
            _roleJustSeen = false;
            // "Headshot of Dr Ann Lee" over "Dr Ann Lee" / her role: the picture's alternative text, which keeps the name
            // under it as close to the title as the picture was.
            if (PortraitAlt.Name(text) is not null) { Drop("picture's alternative text", line); _directlyUnderTitle = underTitle; return true; }
            // "By the Editorial Board", "By Gazette Newsdesk": a byline, but no person wrote the piece (read before names,
            // which a desk's capitalised words would pass for).
            if (CollectiveByline.Is(text))
            {
                // "Posted 2030-05-02 by the data team": the date it was posted is the page's date all the same.
                if (DateLine.FindIn(text) is { } posted) Prefer(posted);
                Drop("byline naming no person", line);
                _seenContent = true;
                _directlyUnderTitle = underTitle;
                return true;
            }
            // "Ann Lee, Head of Research" (one author a line), "Ann Lee in Lusaka and Bo Ma in Beira".
            if (HeadByline.Read(text) is { } headNames)
            {
                TakeHeadByline(headNames, line);
                _seenContent = true;
                _bylineJustSeen = true;
                return true;
            }
            // "Panel: NAME (org), …", "Session: …": the event a recap reports on, not its authors.
            if (SessionDetailsLine.Is(text)) { Drop("event details", line); _seenContent = true; _directlyUnderTitle = underTitle; return true; }
            // A stacked author card ("NAME" / role / "NAME" / role): a further bare name counts when its own role follows.
            var stackedName = bylineJustSeen && next is not null && AuthorRoleLine.Is(next.Text);
            if ((Byline.Read(text, allowBare: underTitle && Authors.Count == 0 || stackedName, BylineEvidence(next) || OrganisationThenDate(next, afterNext))
                ?? TitleEvidence.DeskByline(text)) is { } byline)
            {
                TakeByline(byline, line);
                _seenContent = true;
                _bylineJustSeen = true;
                return true;
            }
            // "Special correspondent, Port Amara" under the author's name says who the author is.
            if (bylineJustSeen && AuthorRoleLine.Is(text)) { Drop("author's role", line); _seenContent = true; _bylineJustSeen = true; _roleJustSeen = true; return true; }
            // "Writes every other week about the town …" under "Columnist": the author card's line about its author.
            if (roleJustSeen && Authors.Count == 1 && AuthorCardBlurb.Is(text)) { Bios.Add(text); _seenContent = true; return true; }
            // "a Department of Conflict Studies, University of …" under "Ann Lee a, Bo Ma b": where the authors work.
            if (bylineJustSeen && AffiliationMarks.IsAffiliationLine(text)) { Drop("authors' affiliation", line); _seenContent = true; _bylineJustSeen = true; return true; }
            // "Harbour Wire Service" between the names and the date: the organisation the authors write for.
            if (bylineJustSeen && next is not null && (DateLine.Read(next.Text) is not null || TimestampLine.Is(next.Text)) && IsOrganisationLine(text))
            {
                Drop("authors' organisation", line);
                _seenContent = true;
                _bylineJustSeen = true;
                return true;
            }
            if (ContributorCredit.Read(text) is { } credit) { Drop(credit.Role + " credit", line); _seenContent = true; return true; }
            // "This consultation closes at 11:59pm on 30 May 2030": when responses close, not when the page was published.
            if (ClosingDateLine.Is(text)) { Drop("closing date", line); _directlyUnderTitle = underTitle; return true; }
            if (TakeDate(text, line)) { _seenContent = true; _directlyUnderTitle = underTitle; return true; }
            if (TakeFieldsDate(text, line)) { _seenContent = true; _directlyUnderTitle = underTitle; return true; }
            if (UpdateTime().IsMatch(text)) { Drop("update time", line); _directlyUnderTitle = underTitle; return true; }
            // "DOI: https://doi.org/…", "Cited by 3 · 2,045 views": a journal page's furniture between its head and abstract.
            if (JournalFurniture.What(text) is { } journal) { Drop(journal, line); _bylineJustSeen = bylineJustSeen; _directlyUnderTitle = underTitle; return true; }
            if (HeaderWidget.Is(text)) { Drop("page widget", line); _directlyUnderTitle = underTitle; return true; }
            // "18/11/2026 - 07h32 · Updated 18/11/2026 - 11h05": dates and times in a notation the date reader does not take.
            if (TimestampLine.Is(text) && DateLine.Read(text) is null)
            {
                if (DateLine.FindIn(text) is { } stamped) Prefer(stamped);
                else if (DateLine.IsAmbiguous(text)) TakeAmbiguousDate(text, line);
                Drop("date and time line", line);
                _seenContent = true;
                _directlyUnderTitle = underTitle;
                return true;
            }
            if (PageField.Genre(text) is not null) { TakeKind(PageField.Read(text)!.Value, line); return true; }
            if (PageField.Read(text) is not null) { Drop("page field", line); _directlyUnderTitle = underTitle; return true; }
            // "Court: …", "Neutral citation: …": a short field of the metadata list under the title, among other fields.
            if (IsListedField(text, next)) { Drop("page field", line); _fieldListSeen = true; _directlyUnderTitle = underTitle; return true; }
            if (Byline.IsReadingTime(text)) { Drop("reading time", line); _directlyUnderTitle = underTitle; return true; }
            if (PictureCredit.Is(text)) { Drop("picture credit", line); _directlyUnderTitle = underTitle; return true; }
            if (DateLine.LabelOnly(text) is { } only && next is not null && DateLine.Read(next.Text) is not null)
            {
                _pendingDateRole = only;
                Drop("date label", line);
                _directlyUnderTitle = underTitle;
                return true;
            }
            // "From:" over "Ministry of …", or "Source" alone over its value (an aggregator's stacked fields): a page field,
            // label and value, set under the title.
            if ((PageTitle.IsFieldLabel(text) || PageField.IsLabelAlone(text)) && next is not null && TextLines.WordCount(next.Text) <= 15 && !IsOneSentence(next.Text.Trim()))
            {
                Drop("page field label", line);
                _fieldValueNext = true;
                _fieldLabel = text.Trim().TrimEnd(':').Trim();
                _directlyUnderTitle = underTitle;
                return true;
            }
            if (SectionLabels.KnownKind(text) is null && TakeLabelLine(text, line)) { _seenContent = true; return true; }
            if (TitleLine.Furniture(text) == TitleFurniture.Rule) { Drop("rule line", line); _directlyUnderTitle = underTitle; return true; }
            if (IsAlsoAvailable(text)) { Drop("also-available label", line); _mode = Mode.AlsoAvailable; return true; }
            if (IsAboutTheAuthors(text)) { Drop("about-the-authors label", line); _mode = Mode.AboutAuthors; return true; }
            // "Speech" over "August 18, 2027 – Winnipeg": the page's own genre label, set between the title and its date.
            if (SectionLabels.KnownKind(text) is null && next is not null && IsDateLineBelow(next.Text) && Genres.OwnLabel(text) is { } own)
            {
                SetKind(own, line);
                _directlyUnderTitle = underTitle;
                return true;
            }
            if (SectionLabels.KnownKind(text) is not null)
            {
                TakeKind(text, line);
                _categoryJustSeen = true;
                _seenContent = true;
                return true;
            }
            // A subtitle or standfirst right under the title, with the byline or date under it, is the summary.
            if (underTitle && _standfirst is null && _bullets.Count == 0 && next is not null && IsStandfirst(text)
                && (Byline.Read(next.Text, allowBare: Authors.Count == 0, dateFollows: BylineEvidence(afterNext)) is not null
                    || HeadByline.Read(next.Text) is not null || DateLine.Read(next.Text) is not null || BookLines.Contains(next.Number) || CollectiveByline.Is(next.Text)
                    || PageTitle.IsFieldLabel(next.Text) || DateLine.LabelOnly(next.Text) is not null))
            {
                _standfirst = text;
                _directlyUnderTitle = true;
                return true;
            }
            // The one-sentence standfirst a think tank prints under its category label, shown as the summary.
            if (categoryWasJustSeen && _bullets.Count == 0 && _standfirst is null && IsOneSentence(text))
            {
                _standfirst = text;
                return true;
            }
            return false;
        }

        /// <summary>
        /// A standfirst hard-wrapped over several lines under the title (<see cref="WrappedLines"/>), with the byline or
        /// date under it, is the summary as one line: how many lines it spans, or 0 when the lines are not one.
        /// </summary>
        public int TakeWrappedStandfirst(IReadOnlyList<SeedLine> lines, int at)
        {
            if (!_directlyUnderTitle || _standfirst is not null || _bullets.Count > 0) return 0;
            // Hard-wrapped lines run to the column width; a short line over "3 min read" is a byline and its widget.
            var end = at + 1;
            while (end < lines.Count && !lines[end].IsBlank && lines[end - 1].Text.Trim().Length >= 40
                   && WrappedLines.Continues(lines[end - 1].Text, lines[end].Text)) end++;
            if (end - at < 2 || Byline.Read(lines[at].Text) is not null) return 0;
            var joined = string.Join(' ', lines.Skip(at).Take(end - at).Select(l => l.Text.Trim()));
            var after = lines.Skip(end).Where(l => !l.IsBlank).Take(2).ToList();
            if (!IsStandfirst(joined) || after.Count == 0) return 0;
            var below = after[0].Text;
            if (Byline.Read(below, allowBare: Authors.Count == 0, dateFollows: BylineEvidence(after.ElementAtOrDefault(1))) is null
                && HeadByline.Read(below) is null && DateLine.Read(below) is null) return 0;
            _standfirst = joined;
            return end - at;
        }

        /// <summary>
        /// What under a bare name shows it is a byline: a date line, a line of dates and times, the author's role
        /// ("Staff writer", "Special correspondent, Port Amara") or the credit of who translated what the author wrote.
        /// </summary>
        private static bool BylineEvidence(SeedLine? next) =>
            next is not null && (DateLine.Read(next.Text) is not null || TimestampLine.Is(next.Text) || AuthorRoleLine.Is(next.Text)
                || PlaceDateLine.Read(next.Text) is not null || ContributorCredit.Read(next.Text) is { Role: "translator" });

        /// <summary>"Harbour Wire Service" over a date line, under a bare name: the author's organisation and the date.</summary>
        private static bool OrganisationThenDate(SeedLine? next, SeedLine? afterNext) =>
            next is not null && afterNext is not null && IsOrganisationLine(next.Text.Trim())
            && (DateLine.Read(afterNext.Text) is not null || TimestampLine.Is(afterNext.Text));

        /// <summary>A line the header reads as the page's date: a date line, a place and date, or a notice's "Dated …" line.</summary>
        private static bool IsDateLineBelow(string text) =>
            DateLine.Read(text) is not null || PlaceDateLine.Read(text) is not null || DatedLine.Read(text) is not null;

        /// <summary>A date line (published, posted, updated or plain); a published date is preferred over an updated one.</summary>
        private bool TakeDate(string text, SeedLine line)
        {
            if (DateLine.Read(text) is { } reading) { Prefer(reading); return true; }
            // "Port Halvard, 4 March 2027": the place and date a speech was given.
            if (PlaceDateLine.Read(text) is { } given) { Prefer(given); return true; }
            // "Dated the 8th June, 2027.": the date a notice or order was signed.
            if (DatedLine.Read(text) is { } signed) { Prefer(signed); return true; }
            // "Post by harbour_watcher » Sat Dec 05, 2026 8:41 pm": a forum post's header; a byline with a date stays a byline.
            if (ForumThread.Header(text) is { } post && (post.User is null || Byline.Read(text) is null)) { Prefer(post.Date); return true; }
            if (DateLine.IsAmbiguous(text) && text.Length <= 40 && TakeAmbiguousDate(text, line)) return true;
            if (DateLine.IsAmbiguous(text) && text.Length <= 40)
            {
                Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportDateAmbiguous,
                    $"'{text}' could be read day-first or month-first; no date was taken from it (add 'date' to the seed's sidecar)",
                    new SourceLocation(source.Path, line.Number)));
                Drop("ambiguous date", line);
                return true;
            }
            return false;
        }

        /// <summary>
        /// A date that could be read day-first or month-first, settled by the page's other dates or by the date its address
        /// prints; the reading is recorded with its evidence. False when nothing settles it.
        /// </summary>
        private bool TakeAmbiguousDate(string text, SeedLine line)
        {
            if ((DateLine.ResolveBySite(text, PageLines.Where(l => l != text)) ?? DateLine.ResolveByAddress(text, source.Url)) is not { } settled)
                return false;
            Prefer(settled.Reading);
            Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"date: {settled.Reading.Date:yyyy-MM-dd}", new SourceLocation(source.Path, line.Number))
            {
                Before = text,
                After = $"date: {settled.Reading.Date:yyyy-MM-dd}",
                Reason = $"'{text}' could be read day-first or month-first; {settled.Evidence}",
            });
            return true;
        }

        private void TakePrintedIssue(PublicationIssue printed, string text, SeedLine line, string reason)
        {
            PrintedIssue = printed;
            Actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {printed.Publication}, {printed.Numbers}", new SourceLocation(source.Path, line.Number))
            {
                Before = text,
                After = printed.Fields,
                Reason = reason,
            });
        }

        /// <summary>"Region: West Africa · Issued 16-Nov-2026": a line of short fields with the date among them.</summary>
        private bool TakeFieldsDate(string text, SeedLine line)
        {
            if (DatedFieldsLine.Read(text) is not { } reading) return false;
            if (_date is null) _dateFromFields = true;
            Prefer(reading);
            // "28.06.2033 · reading lists · 8 min read": a field that names a collection of one genre files the page under it,
            // as a breadcrumb's item does (a label the page prints over its title outranks it).
            if (FieldsLine.Split(text)!.Select(field => SectionLabels.KnownKind(field) ?? Genres.FiledInOwnFields(field)).OfType<string>().FirstOrDefault() is { } filed)
                SetKind(filed, line, fromTrail: true);
            // "NAME | 14 April 2046 | Coast Monitor No. 22": a field naming the periodical and its number.
            if (PrintedIssue is null && FieldsLine.Split(text)!.Select(PublicationIssueLine.Read).OfType<PublicationIssue>().FirstOrDefault() is { } printed)
                TakePrintedIssue(printed, text, line, "a field of the line under the title names the publication and number the article appeared in");
            Drop("page fields line", line);
            return true;
        }

        private void Prefer(DateReading reading)
        {
            // An aggregator's "Posted" date is when it copied the document; its "Originally published" date is the document's.
            // A journal's "Received" and "Accepted" dates give way to any date of the piece itself.
            if (_date is null || (DateLine.GivesWay(_date.Role) && DateLine.Rank(reading.Role) < DateLine.Rank(_date.Role))
                || (_date.Role == DateRole.Posted && reading.Role == DateRole.Published)) _date = reading;
        }

        /// <summary>A paragraph about one of the authors ("Ali Al-Mikdam is an Iraqi writer …").</summary>
        private bool IsBioOfAuthor(string text) =>
            text.Length > 20 && Authors.Any(a => text.StartsWith(a + " ", StringComparison.Ordinal) || text.StartsWith(a + ",", StringComparison.Ordinal));

        /// <summary>A line of a forum thread above its first post: the post's header gives the date, the rest is dropped.</summary>
        public void TakeForumHeader(SeedLine line)
        {
            if (ForumThread.Header(line.Text) is { } post) { Prefer(post.Date); Drop("forum post header", line); }
            else Drop("forum thread furniture", line);
        }

        private void Drop(string kind, SeedLine line) =>
            Dropped.Add(new DroppedPiece(kind, line.Text.Trim(), new SourceLocation(source.Path, line.Number)));
    }

    /// <summary>
    /// The 0-based lines of each reviewed book's block: a details line (<see cref="BookBlock.IsDetails"/>), the "By"
    /// line and title above it (or the title alone, under the page's byline or date), and a bookshop offer under it.
    /// </summary>
    private static HashSet<int> BookBlockLines(IReadOnlyList<string> texts)
    {
        var found = new HashSet<int>();
        for (var d = 0; d < texts.Count; d++)
        {
            if (!BookBlock.IsDetails(texts[d])) continue;
            found.Add(d);
            var top = d - 1;
            // The book's author: "By NAME", or a bare name between the book's title and its details.
            if (top >= 1 && Byline.Read(texts[top], allowBare: true, dateFollows: true) is not null) { found.Add(top); top--; }
            // With no "By" line between, the line over the details is the book's title only below the page's own byline
            // or date (a review's headline may be the book's title, with its details under it).
            var underHead = top == d - 1 && texts.Take(top).Any(t => DateLine.Read(t) is not null || Byline.Read(t) is not null);
            if (top >= 0 && (top < d - 1 || underHead) && TextLines.WordCount(texts[top]) <= 25 && !ProseParagraph.Is(texts[top])) found.Add(top);
            if (d + 1 < texts.Count && BookBlock.IsBookshopOffer(texts[d + 1])) found.Add(d + 1);
        }
        return found;
    }

    /// <summary>Author names in a byline: the texts of its links, or the plain names.</summary>
    /// <summary>
    /// "Erratum — Harbour Notes No. 12 (Spring 2031)", "Bulletin | Week 12": a subject whose first part is a genre's name
    /// set apart by a dash or bar (after a colon, "Correction: TITLE", the title follows the genre).
    /// </summary>
    private static bool IsLabelSubject(string subject)
    {
        var parts = SubjectParts().Split(subject.Trim());
        return parts.Length >= 2 && Genres.Of(parts[0].Trim()) is not null;
    }

    [GeneratedRegex(@"\s+[—–|]\s+")]
    private static partial Regex SubjectParts();

    /// <summary>
    /// Where the page's own label stands over its title: the line right above it, or above the piece's code and date printed
    /// between label and title ("WEEKLY BULLETIN" / "MSB 2029/03" / title, "Press release" / "9 September 2027" / title,
    /// "PRESS SUMMARY" / "ICMS/PS/2027/19" / "28 May 2027" / title). At most two such lines are passed over.
    /// </summary>
    private static int LabelSlot(IReadOnlyList<string> texts, int title)
    {
        var at = title - 1;
        for (var passed = 0; passed < 2 && at >= 1 && (LabelLine.IsCodeOrDateUnderLabel(texts[at]) || IsSitePitch(texts[at])); passed++) at--;
        return at;
    }

    /// <summary>A pitch to the reader of a few words or more; a bare button ("Sign in") may be the last item of a menu over the label.</summary>
    private static bool IsSitePitch(string line) => TextLines.WordCount(line) >= MinPitchWords && CallToAction.IsReaderPrompt(line);

    private const int MinPitchWords = 4;

    /// <summary>
    /// A subject that is the text's title under the label of its series ("SECURITY BULLETIN GSOC-2031-088: Tanker attack on
    /// the Keld road" over "Tanker attack on the Keld road"): the subject ends with the title, and what comes before it is a
    /// genre label with its code or number. The label files the message; the title is the line the text prints.
    /// </summary>
    private static bool LabelledSubject(string subject, string title)
    {
        var (s, t) = (TextShapes.NormalizeForMatch(subject), TextShapes.NormalizeForMatch(title));
        if (TextLines.WordCount(title) < 3 || s.Length <= t.Length || !s.EndsWith(" " + t, StringComparison.Ordinal)) return false;
        var lead = LeadBefore(subject.Trim(), title.Trim());
        return lead is not null && LabelLine.Read(lead) is { Kind: not null };
    }

    /// <summary>The words of <paramref name="subject"/> before its closing <paramref name="title"/>, without the colon or dash between.</summary>
    private static string? LeadBefore(string subject, string title)
    {
        var at = subject.LastIndexOf(title, StringComparison.OrdinalIgnoreCase);
        if (at <= 0) return null;
        var lead = subject[..at].TrimEnd().TrimEnd(':', '-', '–', '—', '|').Trim();
        return lead.Length > 0 ? lead : null;
    }

    internal static IReadOnlyList<string> NamesIn(string byline) =>
        PersonNames.HasLink(byline) ? PersonNames.LinkTexts(byline) : TextShapes.SplitNames(byline.Trim());

    private static string EndSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '?' or '!' or '…' ? text : text + ".";

    /// <summary>A standfirst: one or two sentences (or a subtitle without a full stop), not a title-length label.</summary>
    private static bool IsStandfirst(string text)
    {
        var words = TextLines.WordCount(text);
        if (words is < 5 or > 70 || text[^1] is ':' or ',') return false;
        return SentenceEnd().Matches(text).Count <= 2;
    }

    /// <summary>A short name of capitalised words ("Compass Wire Agency"): no digits, no sentence end, no separators.</summary>
    private static bool IsOrganisationLine(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 6 || text.Any(char.IsDigit) || text[^1] is '.' or '?' or '!' or ':' or ',') return false;
        return words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "for" or "&");
    }

    private static bool IsOneSentence(string text)
    {
        if (text.Length is < 30 or > 350) return false;
        var trimmed = text.TrimEnd();
        if (trimmed[^1] is not ('.' or '?' or '!')) return false;
        return SentenceEnd().Matches(trimmed[..^1]).Count == 0;
    }

    internal static bool IsAlsoAvailable(string line) => AlsoAvailable().IsMatch(line.Trim());

    internal static bool IsAboutTheAuthors(string line) => AboutAuthors().IsMatch(line.Trim());

    /// <summary>"Updated 7:45 PM", "Last updated: 14:32 GMT": a time without a date.</summary>
    [GeneratedRegex(@"^(?:last\s+)?(?:updated|modified)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateTime();

    [GeneratedRegex(@"^(?:also\s+available\s+in|read\s+(?:this\s+)?in)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoAvailable();

    [GeneratedRegex(@"^Vol(?:ume|\.)?\s*\d{1,3}\s*[,;·|]?\s*(?:Issue|No\.?|Number)\s*\d{1,4}\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareVolumeIssue();

    [GeneratedRegex(@"^about\s+the\s+authors?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutAuthors();

    [GeneratedRegex(@"^\[(?:\\.|[^\]\\])*\]\([^)\s]*\)$")]
    private static partial Regex LinkOnly();

    [GeneratedRegex(@"[.?!][""”’)]?\s+[A-Z“""]")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The page's list of its sections between its title and its dated line (<see cref="PageContentsList.UnderTitle"/>):
    /// taken out before the head is read, so the title is the line over the list, and recorded.
    /// </summary>
    private static List<DroppedPiece> HeadContentsList(IReadOnlyList<SeedLine> lines, string path)
    {
        var indexed = lines.Select(l => (l.Text, l.Number)).ToList();
        return PageContentsList.UnderTitle(indexed, line => DateLine.Read(line) is not null || DatedFieldsLine.Read(line) is not null)
            .Select(k => new DroppedPiece("page's contents list", lines[k].Text.Trim(), new SourceLocation(path, lines[k].Number)))
            .ToList();
    }

    /// <summary>
    /// The page's list of its own sections before its text (<see cref="PageContentsList"/>), among the single lines before the
    /// first paragraph of prose: dropped and recorded, so its items are not read as the text's headings.
    /// </summary>
    private static List<TextBlock> WithoutPageContentsList(List<TextBlock> paragraphs, string path, List<DroppedPiece> dropped)
    {
        var lead = paragraphs.TakeWhile(p => p.IsSingleLine && !IsProse(p.Joined)).Select(p => (p.FirstText, p.Line)).ToList();
        // "… / Recommendations" / "Summary" / "1.1 This submission …": the line right over the first paragraph of prose, with
        // no blank line between them, is the text's first heading, not the list's last item.
        if (lead.Count > 0 && lead.Count < paragraphs.Count && paragraphs[lead.Count].Line == lead[^1].Line + 1) lead.RemoveAt(lead.Count - 1);
        for (var start = 0; start < lead.Count; start++)
        {
            // "The villages that lose the service are:" over the list: the text's own list, announced by its sentence.
            if (start > 0 && lead[start - 1].FirstText.TrimEnd().EndsWith(':')) continue;
            if (PageContentsList.LengthAt(lead.Skip(start).ToList()) is not (> 0 and var length)) continue;
            foreach (var block in paragraphs.Skip(start).Take(length))
                dropped.Add(new DroppedPiece("page's contents list", block.FirstText.Trim(), new SourceLocation(path, block.Line)));
            return [.. paragraphs.Take(start), .. paragraphs.Skip(start + length)];
        }
        return paragraphs;
    }
}

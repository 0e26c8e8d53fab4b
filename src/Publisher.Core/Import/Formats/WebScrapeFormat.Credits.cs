using System.Text.RegularExpressions;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// What a scraped page says about itself outside its header: the credit lines that close a story (a wire credit
/// "Reporting by …; Editing by …", a closing byline "— NAME") and the genre its address or its shape shows.
/// </summary>
public sealed partial class WebScrapeFormat
{
    /// <summary>
    /// Takes credit lines out of the body. A wire credit is furniture wherever it stands; its reporters and writers
    /// are the authors when the header named none (its editors never are). A closing byline ("— NAME", "By NAME",
    /// "Words by NAME") counts only when the header named no author and no prose follows it. Both are dropped and
    /// recorded; taking authors from them is recorded with the line.
    /// </summary>
    private static List<TextBlock> TakeClosingCredits(IReadOnlyList<TextBlock> blocks, string path, List<string> authors,
        List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        var kept = new List<TextBlock>(blocks);
        TakeMailSignature(kept, path, authors, dropped, actions);
        TakeSignOff(kept, path, authors, dropped, actions);
        var headerHadAuthors = authors.Count > 0;
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var text = kept[i].Joined.Trim();
            if (WireCredit.Read(text) is not { } credit) continue;
            var at = new SourceLocation(path, kept[i].Line);
            dropped.Add(new DroppedPiece("wire credit line", text, at));
            kept.RemoveAt(i);
            if (headerHadAuthors || credit.Authors.Count == 0) continue;
            foreach (var name in credit.Authors)
                if (!authors.Contains(name, StringComparer.Ordinal)) authors.Add(name);
            actions.Add(AuthorsFrom(text, credit.Authors, at,
                "the reporters and writers of the wire credit (its editors and additional reporters are not authors); the credit line itself is page furniture and was dropped"));
        }
        if (authors.Count > 0) return kept;
        if (TakeAuthorsBlock(kept, path, authors, dropped, actions) || TakePostFooter(kept, path, authors, dropped, actions)
            || TakeAuthorshipNote(kept, path, authors, dropped, actions) || TakeLabelledAuthorLine(kept, path, authors, dropped, actions)) return kept;

        for (var i = kept.Count - 1; i > 0; i--)
        {
            if (IsProse(kept[i].Joined)) break;
            if (EndByline.Read(kept[i].Joined) is not { } names)
            {
                if (TakeSignature(kept, i, path, authors, dropped, actions)) break;
                continue;
            }
            TakeCreditBlock(kept, i, names, "closing byline", "a byline printed at the end of the story, after its last paragraph",
                path, authors, dropped, actions);
            break;
        }
        return kept;
    }

    /// <summary>
    /// The people who took part, listed after the text of an event's or a book's announcement (<see cref="SpeakerList"/>:
    /// a label over names with their roles, a chair line), before or after its notes: neither the piece's authors nor its
    /// text. Dropped and recorded before the notes and the closing credits are read, so that no entry is taken for a
    /// note or a signature.
    /// </summary>
    private static void DropPeopleAfterText(List<TextBlock> kept, string path, List<DroppedPiece> dropped)
    {
        var lastProse = kept.FindLastIndex(b => IsProse(b.Joined));
        if (lastProse < 0) return;
        var after = kept.Skip(lastProse + 1).SelectMany(b => b.Lines).ToList();
        var taken = SpeakerList.LabelledRuns(after.Select(l => l.Text).ToList()).Select(k => after[k]).ToHashSet();
        if (taken.Count == 0) return;
        foreach (var line in taken.OrderBy(l => l.Number))
            dropped.Add(new DroppedPiece("speaker list", line.Text.Trim(), new SourceLocation(path, line.Number)));
        for (var i = kept.Count - 1; i > lastProse; i--)
        {
            var left = kept[i].Lines.Where(l => !taken.Contains(l)).ToList();
            if (left.Count == kept[i].Lines.Count) continue;
            if (left.Count == 0) kept.RemoveAt(i);
            else kept[i] = new TextBlock(left);
        }
    }

    /// <summary>
    /// The sender of an email ("From: \"Lee, Ann\" &lt;…&gt;") when the message's sign-off or signature, already dropped,
    /// names that person (by the given name, "Best, / Ann", or in full); null otherwise: a list or an office sends mail
    /// too, and only a signature says a person wrote it.
    /// </summary>
    private static string? SignedBySender(MailHeader.Block? mail, IReadOnlyList<DroppedPiece> dropped)
    {
        if (PersonSender(mail) is not { } name) return null;
        var given = name.Split(' ')[0];
        return dropped.Any(d => d.Kind is "letter's sign-off" or "email signature"
            && Regex.IsMatch(d.Text, $@"(?<!\p{{L}}){Regex.Escape(given)}(?!\p{{L}})"))
            ? name
            : null;
    }

    /// <summary>The email's sender when the "From:" field names one person (not a list, an office or a bare address).</summary>
    private static string? PersonSender(MailHeader.Block? mail) =>
        mail?.Sender is { } sender && Signature.Names([sender]) is [var name] ? name : null;

    /// <summary>
    /// The sender's own name closing an email, with a role or office under it ("Paulo Lee" / "Director, Sea Risk
    /// Observatory"), after a line that is no prose (an address, a list): the signature, dropped, and its name the author.
    /// </summary>
    private static List<TextBlock> TakeSenderSignature(List<TextBlock> blocks, MailHeader.Block? mail, string path, List<string> authors,
        List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        if (PersonSender(mail) is not { } name || blocks.Count < 2) return blocks;
        // The name and its role and office in one block, or each a block of its own line (Signature reads up to three lines).
        foreach (var count in new[] { 1, 2, 3 })
        {
            if (blocks.Count <= count) break;
            var signature = blocks.Skip(blocks.Count - count).ToList();
            var lines = signature.SelectMany(b => b.Lines).Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
            if (Signature.Names(lines) is not [var signer] || !string.Equals(signer, name, StringComparison.OrdinalIgnoreCase)) continue;
            authors.Add(name);
            foreach (var block in signature)
                dropped.Add(new DroppedPiece("email signature", block.Joined.Trim(), new SourceLocation(path, block.Line)));
            actions.Add(AuthorsFrom(string.Join(" / ", lines), [name], new SourceLocation(path, signature[0].Line), "the email's sender, whose name and role close the message"));
            return blocks.Take(blocks.Count - count).ToList();
        }
        return blocks;
    }

    /// <summary>
    /// "— Margit" or "— G.F." closing the text, and below it the full name it stands for ("… is written by
    /// Margit Oyelaran-Sund", "© Gideon Farrow-Oduya", an "About me" note): that name is the author, the signature dropped,
    /// and both recorded. A signature no line below spells out stays in the text.
    /// </summary>
    private static List<TextBlock> TakeShortSignature(List<TextBlock> blocks, IReadOnlyList<SeedLine> lines, string path, List<string> authors,
        List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        // The signature closes the text: the last such line, after a sentence's end, with two paragraphs of prose or more
        // above it and at most one below (the page's furniture, an "About me" note, may follow it).
        var at = blocks.FindLastIndex(b => b.IsSingleLine && ShortSignature.Read(b.FirstText) is not null);
        if (at < 1 || ShortSignature.Read(blocks[at].FirstText) is not { } signature || !IssueSegmenter.EndsSentence(blocks[at - 1].Lines[^1].Text)
            || blocks.Take(at).Count(b => IsProse(b.Joined)) < 2 || blocks.Skip(at + 1).Count(b => IsProse(b.Joined)) > 1) return blocks;
        var signed = blocks[at];
        var below = lines.Where(l => l.Number > signed.Line && !l.IsBlank).ToList();
        if (ShortSignature.FullName(signature, below.Select(l => l.Text)) is not { } name) return blocks;
        var spelt = below.First(l => l.Text.Contains(name, StringComparison.Ordinal));
        authors.Add(name);
        dropped.Add(new DroppedPiece("closing signature", signed.FirstText.Trim(), new SourceLocation(path, signed.Line)));
        actions.Add(AuthorsFrom(signed.FirstText.Trim(), [name], new SourceLocation(path, signed.Line),
            $"the signature under the last paragraph gives only '{signature}'; the page spells the name out below the text (line {spelt.Number}: \"{spelt.Text.Trim()}\")"));
        return [.. blocks.Take(at), .. blocks.Skip(at + 1)];
    }

    /// <summary>
    /// An email's signature: from the "-- " delimiter after the last paragraph to the end (<see cref="MailHeader.IsSignatureDelimiter"/>),
    /// the sender's name block or a list's footer. Dropped and recorded; a name alone (with a role) right under the
    /// delimiter is the author when the header named none.
    /// </summary>
    private static void TakeMailSignature(List<TextBlock> kept, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        var at = -1;
        for (var i = kept.Count - 1; i > 0; i--)
        {
            if (kept[i].Lines.Count > 0 && MailHeader.IsSignatureDelimiter(kept[i].Lines[0].Text)) { at = i; break; }
            if (IsProse(kept[i].Joined)) return;
        }
        if (at < 0) return;
        var signed = kept.Skip(at).SelectMany(b => b.Lines).Skip(1).Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        var names = Signature.Names(signed.Take(1).ToList()) ?? (signed.Count >= 2 ? Signature.Names(signed.Take(2).ToList()) : null);
        foreach (var block in kept.Skip(at))
            dropped.Add(new DroppedPiece("email signature", block.Joined.Trim(), new SourceLocation(path, block.Line)));
        if (names is not null && authors.Count == 0)
        {
            authors.AddRange(names);
            actions.Add(AuthorsFrom(string.Join(" / ", signed.Take(2)), names, new SourceLocation(path, kept[at].Line),
                "the name under the email's signature delimiter ('-- ')"));
        }
        kept.RemoveRange(at, kept.Count - at);
    }

    /// <summary>
    /// A letter's close after its last paragraph: the valediction ("Yours faithfully,", "Until next week,"), the
    /// signer's name under it and up to three role or office lines (<see cref="Valediction"/>). The lines are dropped and
    /// recorded; a full name is the author when the header named none (a first name alone is left to an authorship note).
    /// </summary>
    private static void TakeSignOff(List<TextBlock> kept, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        for (var i = kept.Count - 2; i > 0; i--)
        {
            if (IsProse(kept[i].Joined)) return;
            if (!Valediction.Is(kept[i].Joined) || !Valediction.IsSignerName(kept[i + 1].Joined)) continue;
            var end = i + 2;
            while (end < kept.Count && end - i <= 4 && !IsRule(kept[end].Lines[0]) && Valediction.IsSignerRole(kept[end].Joined)) end++;
            var lines = kept.Skip(i).Take(end - i).Select(b => b.Joined.Trim()).ToList();
            foreach (var block in kept.Skip(i).Take(end - i))
                dropped.Add(new DroppedPiece("letter's sign-off", block.Joined.Trim(), new SourceLocation(path, block.Line)));
            var signer = lines[1].TrimStart('—', '–', '-', ' ');
            if (authors.Count == 0 && Signature.Names([signer]) is { } names)
            {
                authors.AddRange(names);
                actions.Add(AuthorsFrom(string.Join(" / ", lines), names, new SourceLocation(path, kept[i + 1].Line),
                    "the name signed under the letter's closing words"));
            }
            kept.RemoveRange(i, end - i);
            return;
        }
    }

    /// <summary>
    /// "This report was researched and written by NAME, …" as the last prose paragraph (only furniture after it): the
    /// note names the authors and is dropped and recorded.
    /// </summary>
    private static bool TakeAuthorshipNote(List<TextBlock> kept, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        // The note is often shorter than a paragraph of prose, and furniture may follow it (a rail, a footer sentence):
        // it is the last note after the last paragraph of prose, or that paragraph itself.
        var last = -1;
        for (var i = kept.Count - 1; i > 0; i--)
        {
            if (AuthorshipNote.Read(kept[i].Joined) is not null) { last = i; break; }
            if (IsProse(kept[i].Joined)) break;
        }
        if (last <= 0 || AuthorshipNote.Read(kept[last].Joined) is not { } names) return false;
        TakeCreditBlock(kept, last, names, "authorship note", "the note after the last paragraph that says who wrote the piece",
            path, authors, dropped, actions);
        return true;
    }

    /// <summary>
    /// A letter's or an email's signature right after its last paragraph: a line that is only a name, with at most two short
    /// place, role or office lines under it (<see cref="Signature"/>). Its position is the evidence: the block before it
    /// must end a sentence (a letter's last paragraph is often a short one: "I will write again next month.").
    /// The names are the authors; the lines are dropped and recorded.
    /// </summary>
    private static bool TakeSignature(List<TextBlock> kept, int i, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        if (!IsProse(kept[i - 1].Joined) && !(IssueSegmenter.EndsSentence(kept[i - 1].Joined) && ProseParagraph.Is(kept[i - 1].Joined))) return false;
        var lines = kept[i].Lines.Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        var count = 1;
        if (lines.Count == 1 && i + 1 < kept.Count && !IsProse(kept[i + 1].Joined) && Signature.Names([lines[0], kept[i + 1].Joined.Trim()]) is not null)
        {
            lines.Add(kept[i + 1].Joined.Trim());
            count = 2;
        }
        if (Signature.Names(lines) is not { } names) return false;
        authors.AddRange(names);
        var at = new SourceLocation(path, kept[i].Line);
        for (var k = i; k < i + count; k++)
            dropped.Add(new DroppedPiece("closing signature", kept[k].Joined.Trim(), new SourceLocation(path, kept[k].Line)));
        actions.Add(AuthorsFrom(string.Join(" / ", lines), names, at, "the signature under the last paragraph: a name alone, with its place or role"));
        kept.RemoveRange(i, count);
        return true;
    }

    /// <summary>
    /// An authors block after the text ("Authors" over each name with role and office, <see cref="AuthorsBlock"/>):
    /// its names are the authors; the block is dropped and recorded. The label is evidence enough wherever it stands.
    /// </summary>
    private static bool TakeAuthorsBlock(List<TextBlock> kept, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        var texts = kept.Select(b => b.Joined.Trim()).ToList();
        for (var i = kept.Count - 2; i > 0; i--)
        {
            if (AuthorsBlock.Read(texts.Skip(i).Take(25).ToList()) is not { } block) continue;
            authors.AddRange(block.Names);
            var at = new SourceLocation(path, kept[i].Line);
            for (var k = i; k < i + block.Lines; k++)
                dropped.Add(new DroppedPiece("authors block", texts[k], new SourceLocation(path, kept[k].Line)));
            actions.Add(AuthorsFrom(string.Join(" / ", texts.Skip(i).Take(block.Lines)), block.Names, at,
                "the block of authors printed after the text, each name with a role, office or contact under it"));
            kept.RemoveRange(i, block.Lines);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A blog's footer line under the post ("Posted in SECTION | NAME, Role | 2 Comments", <see cref="PostFooterLine"/>):
    /// its names are the authors; the line is dropped and recorded.
    /// </summary>
    private static bool TakePostFooter(List<TextBlock> kept, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        for (var i = kept.Count - 1; i > 0; i--)
        {
            if (PostFooterLine.Read(kept[i].Joined.Trim()) is not { } footer) continue;
            TakeCreditBlock(kept, i, footer.Names, "post footer line", "the post's footer line (section, author, comments) after its text",
                path, authors, dropped, actions);
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Author: NAME, Members' Research Service", "Prepared by: NAME" after the text (a briefing prints its author at the
    /// end, before its disclaimer): a line that labels its names as the authors is the byline wherever it stands, even
    /// with furniture prose after it. Taken only when the head named no author.
    /// </summary>
    private static bool TakeLabelledAuthorLine(List<TextBlock> kept, string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        for (var i = kept.Count - 1; i > 0; i--)
        {
            var text = kept[i].Joined.Trim();
            if (!AuthorLabel().IsMatch(text) || Byline.Read(text) is not { Names.Count: > 0 } byline) continue;
            TakeCreditBlock(kept, i, byline.Names, "author line", "a line after the text that labels the piece's authors",
                path, authors, dropped, actions);
            return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:authors?|author\(s\)|(?:prepared|written|compiled)\s+by)\s*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AuthorLabel();

    /// <summary>Block <paramref name="i"/> names the authors: they are taken, and the block is dropped and recorded with why.</summary>
    private static void TakeCreditBlock(List<TextBlock> kept, int i, IReadOnlyList<string> names, string piece, string reason,
        string path, List<string> authors, List<DroppedPiece> dropped, List<FixupAction> actions)
    {
        var text = kept[i].Joined.Trim();
        var at = new SourceLocation(path, kept[i].Line);
        authors.AddRange(names);
        dropped.Add(new DroppedPiece(piece, text, at));
        actions.Add(AuthorsFrom(text, names, at, reason));
        kept.RemoveAt(i);
    }

    private static FixupAction AuthorsFrom(string line, IReadOnlyList<string> names, SourceLocation at, string reason) =>
        new(FixupActionKinds.UsedForField, $"authors: {string.Join(", ", names)}", at)
        {
            Before = line,
            After = $"authors: {string.Join(", ", names)}",
            Reason = reason,
        };

    /// <summary>A paragraph of the story's prose: twenty words or more ending a sentence.</summary>
    private static bool IsProse(string text)
    {
        var t = text.TrimEnd().TrimEnd('"', '”', '’', ')', '*', '_');
        return TextLines.WordCount(t) >= 20 && t.Length > 0 && t[^1] is '.' or '?' or '!';
    }

    /// <summary>
    /// The page's genre when no label near the title named one: from its text's shape (a dialogue of questions and
    /// answers, a press release's marks, a wire dateline), else from its address's folders or blog host, else from a
    /// line saying it appeared in a print issue.
    /// </summary>
    private static (string Kind, FixupAction Action)? KindByEvidence(IReadOnlyList<TextBlock> blocks, IReadOnlyList<SeedLine> pageLines,
        RawSource source, int titleLine)
    {
        var lines = pageLines.Select(l => l.Text.Trim()).ToList();
        if (GenreShapes.OfPage(lines) is { } page)
            return (page.Evidence.Kind, KindAction(page.Evidence, lines[page.At], new SourceLocation(source.Path, pageLines[page.At].Number)));
        // "Categories: Analysis, Maldora" under the title: the first category line after the title, if it names a genre. The
        // post's own filing outranks the shape of its text (a post may ask and answer its own numbered questions).
        if (pageLines.Select((l, i) => (l, i)).FirstOrDefault(x => x.l.Number > titleLine && PostFooterLine.IsCategoryLine(x.l.Text)) is { l: not null } category
            && PostFooterLine.Genre(category.l.Text) is { } filed)
            return (filed.Kind, KindAction(filed, lines[category.i], new SourceLocation(source.Path, category.l.Number)));
        var texts = blocks.Select(b => b.Joined).ToList();
        if (GenreShapes.Of(texts) is { } shape)
            return (shape.Evidence.Kind, KindAction(shape.Evidence, texts[shape.At].Trim(), new SourceLocation(source.Path, blocks[shape.At].Line)));
        if (Genres.FromUrl(source.Url) is { } fromUrl)
            return (fromUrl.Kind, KindAction(fromUrl, source.Url!, new SourceLocation(source.Path, titleLine)));
        if (GenreShapes.OfPrintIssue(lines) is { } printed)
            return (printed.Evidence.Kind, KindAction(printed.Evidence, lines[printed.At], new SourceLocation(source.Path, pageLines[printed.At].Number)));
        return null;
    }

    /// <summary>
    /// The kind the site's furniture shows when nothing on the page names one: an email newsletter's platform, a blog's
    /// software, a news site's story page (<see cref="NewsletterPage"/>, <see cref="BlogPostPage"/>,
    /// <see cref="NewsSitePage"/>), in that order. Null when there is no such evidence: the kind is then left empty.
    /// </summary>
    private static InferredValue? KindByFurniture(IReadOnlyList<SeedLine> pageLines, RawSource source)
    {
        var lines = pageLines.Select(l => l.Text.Trim()).ToList();
        var found = ForumThread.Of(lines) is { } thread ? (thread.Evidence, thread.At)
            : NewsletterPage.Of(lines) ?? BlogPostPage.Of(lines) ?? NewsSitePage.Of(lines, source.Url);
        if (found is not { } evidence) return null;
        var at = pageLines.Count > 0 ? new SourceLocation(source.Path, pageLines[evidence.At].Number) : null;
        return new InferredValue(KnownKeys.Article.Kind, evidence.Evidence.Kind, evidence.Evidence.Reason, at);
    }

    private static FixupAction KindAction(GenreEvidence evidence, string before, SourceLocation at) =>
        new(FixupActionKinds.UsedForField, $"kind: {evidence.Kind}", at)
        {
            Before = before.Length > 160 ? before[..160] + "…" : before,
            After = $"kind: {evidence.Kind}",
            Reason = evidence.Reason,
        };

    /// <summary>
    /// A wire dateline's month and day ("PUERTO ARENAL, March 4 (Agency) –") when the page gave no date, with the year
    /// from the page's address ("/2025/…", "…-2025-03-04") or its copyright line; null when no year is printed.
    /// </summary>
    private static (DateOnly Date, FixupAction Action)? DateFromDateline(IReadOnlyList<TextBlock> blocks, IReadOnlyList<string> lines, RawSource source)
    {
        var opening = blocks.Where(b => TextLines.WordCount(b.Joined) >= 15).Take(GenreShapes.OpeningParagraphs).ToList();
        // "WASHINGTON, DC, March 1, 2029 — …": a press release's dateline prints the whole date.
        if (opening.FirstOrDefault(b => WireDateline.FullDate(b.Joined) is not null) is { } released)
        {
            var full = WireDateline.FullDate(released.Joined)!.Date;
            return DatedBy(full, new SourceLocation(source.Path, released.Line), Clipped(released.Joined), "the dateline opening the text gives the place and the whole date");
        }
        var first = opening.FirstOrDefault(b => WireDateline.Read(b.Joined) is not null);
        if (first is null || WireDateline.Read(first.Joined) is not { } dateline) return null;
        var (year, where) = YearOf(source.Url, lines);
        if (year is null || WireDateline.DateOf(dateline, year.Value) is not { } date) return null;
        var at = new SourceLocation(source.Path, first.Line);
        return DatedBy(date, at, Clipped(first.Joined), $"the story's wire dateline gives the month and day; the year is from {where}");
    }

    /// <summary>
    /// The date of a blog's footer line under the post ("Filed under News · by Ann Lee · 3 March 2026",
    /// <see cref="PostFooterLine"/>) when nothing above the text dated the page.
    /// </summary>
    private static (DateOnly Date, FixupAction Action)? DateFromPostFooter(IReadOnlyList<SeedLine> lines, RawSource source)
    {
        foreach (var line in lines)
        {
            if (PostFooterLine.Read(line.Text) is not { Date: { Full: true } posted }) continue;
            return DatedBy(posted.Date, new SourceLocation(source.Path, line.Number), line.Text.Trim(), "the page printed no date above its text; the post's footer line (section, author, date) dates it");
        }
        return null;
    }

    /// <summary>
    /// The date of the page's own history line ("This page was last edited on 3 November 2026, …", "First published …")
    /// when nothing above the text dated the page: the last such line on the page (it is printed in the page's footer).
    /// </summary>
    private static (DateOnly Date, FixupAction Action)? DateFromPageHistory(IReadOnlyList<SeedLine> lines, RawSource source)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (PageHistory.DateOf(lines[i].Text) is not { Full: true } reading) continue;
            return DatedBy(reading.Date, new SourceLocation(source.Path, lines[i].Number), lines[i].Text.Trim(), "the page printed no date above its text; its own history line dates it");
        }
        return null;
    }

    /// <summary>
    /// A date printed in the page's head that the header reader stopped before (<see cref="HeadDate"/>), when nothing
    /// above dated the page.
    /// </summary>
    private static (DateOnly Date, FixupAction Action)? DateFromHead(IReadOnlyList<SeedLine> lines, int titleLine, string title, RawSource source, string? standfirst = null)
    {
        var titleAt = -1;
        for (var i = 0; i < lines.Count && titleAt < 0; i++) if (lines[i].Number >= titleLine) titleAt = i;
        string[] standfirsts = [.. new[] { standfirst, source.Crawler?.Description?.Value }.OfType<string>()];
        if (titleAt < 0 || HeadDate.Find(lines.Select(l => l.Number == titleLine ? title : l.Text).ToList(), titleAt, standfirsts) is not { } found) return null;
        return DatedBy(found.Reading.Date, new SourceLocation(source.Path, lines[found.At].Number), lines[found.At].Text.Trim(), $"the page's date: {found.Why} (the header was read only as far as the line before it)");
    }

    /// <summary>The year, month and day folders of the page's address ("/2026/11/27/…") when nothing on the page dates it.</summary>
    private static (DateOnly Date, FixupAction Action)? DateFromAddress(RawSource source)
    {
        if (HeadDate.FromUrl(source.Url) is not { } date) return null;
        return DatedBy(date, new SourceLocation(source.Path, 1), source.Url, "the page prints no date; its address files it under year, month and day folders");
    }

    /// <summary>The page's date and the review report's record of where it was read.</summary>
    private static (DateOnly Date, FixupAction Action) DatedBy(DateOnly date, SourceLocation at, string? before, string reason)
    {
        var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (date, new FixupAction(FixupActionKinds.UsedForField, $"date: {iso}", at) { Before = before, After = $"date: {iso}", Reason = reason });
    }

    private static string Clipped(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private static (int? Year, string Where) YearOf(string? url, IReadOnlyList<string> lines)
    {
        if (url is not null && UrlYear().Match(url) is { Success: true } m)
            return (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), "the page's address");
        foreach (var line in lines)
            if (SiteName.CopyrightHolder(line) is not null && CopyrightYear().Match(line) is { Success: true } c)
                return (int.Parse(c.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), "the page's copyright line");
        return (null, "");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[/\-_](?<y>(?:19|20)\d{2})(?=[/\-_])")]
    private static partial System.Text.RegularExpressions.Regex UrlYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<y>(?:19|20)\d{2})(?!.*\d{4})")]
    private static partial System.Text.RegularExpressions.Regex CopyrightYear();
}

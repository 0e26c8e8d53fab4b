using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A digest of several pieces in one text (<see cref="DigestItems"/>): a mailing list's digest of messages, a feed's
/// digest sent by email. Each item is read as a page of its own (<see cref="WebScrapeFormat"/>) on the seed's text with
/// every other line blanked, so line numbers stay the seed's; an item that prints its own address is that address's
/// page. What stands outside the items (the list's preamble and contents, its footer) is dropped and recorded.
/// </summary>
public sealed partial class DigestFormat : IRawFormat
{
    private readonly WebScrapeFormat _page = new();

    public string Name => "digest";

    public int TextFidelity => _page.TextFidelity;

    /// <summary>
    /// Two or more whole pieces between rule lines. Surer than any other shape when the pieces are messages (a list's
    /// digest names its volume and prints its topics as an issue would); titled items yield to an issue's masthead,
    /// whose articles may stand between rules too.
    /// </summary>
    public double Detect(string text)
    {
        var raw = text.Split('\n');
        if (DigestItems.Read(raw) is not { } items) return 0;
        return items.All(i => i.Mail is not null) ? 0.97 : 0.92;
    }

    public RawReadResult Read(string text, RawSource source)
    {
        var raw = text.Split('\n');
        if (DigestItems.Read(raw) is not { } items) return RawReadResult.Empty;
        var drafts = new List<ArticleDraft>();
        var diagnostics = new List<Diagnostic>();
        var dropped = new List<DroppedPiece>();
        var actions = new List<FixupAction>();
        var list = items.Any(i => i.Mail is not null) ? ListName(raw, items) : null;
        foreach (var item in items)
        {
            // The address under an item's title is its page's address, not a line of its text.
            var itemText = string.Join('\n', raw.Select((line, k) => item.Contains(k) && k != item.UrlLine ? line : ""));
            var url = item.Url(raw);
            if (url is not null) dropped.Add(new DroppedPiece("digest item's address", url, new SourceLocation(source.Path, item.UrlLine + 1)));
            var itemSource = source with
            {
                Url = url ?? source.Url,
                UnstrippedText = null,
                Structure = null,
            };
            var read = _page.Read(itemText, itemSource);
            var mail = item.Mail;
            foreach (var draft in read.Drafts)
            {
                var d = url is null ? draft : draft with { Url = draft.Url ?? url };
                if (mail is not null) d = AsListPost(d, list, new SourceLocation(source.Path, item.Start + (mail.SubjectLine < 0 ? 0 : mail.SubjectLine) + 1), actions);
                else if (d.Publication is null && FeedName(raw, items, url) is { } feed) d = WithFeedName(d, feed, source.Path, actions);
                drafts.Add(d);
            }
            diagnostics.AddRange(read.Diagnostics);
            dropped.AddRange(read.Dropped);
            actions.AddRange(read.Actions);
        }
        diagnostics.Insert(0, Diagnostic.Info(DiagnosticCodes.ImportDocumentShape,
            $"read as a digest of {items.Count} pieces ({string.Join(", ", items.Select(i => $"lines {i.Start + 1}–{i.End + 1}"))}): each has a head (a mail header, or a title with its byline, date or address) over prose between rule lines, and is read as a page of its own",
            new SourceLocation(source.Path, items[0].Start + 1)));
        dropped.AddRange(Furniture(raw, items, source.Path));
        return new RawReadResult(drafts, diagnostics, dropped) { Actions = actions };
    }

    /// <summary>
    /// The list's name: the tag every message's subject opens with ("[SecStudies-L]"), else the name the digest gives
    /// itself outside the messages ("CONFLICT-RESEARCH Digest - 5 May 2032 …", "End of SecStudies-L Digest, Vol 212");
    /// null when neither says.
    /// </summary>
    private static string? ListName(IReadOnlyList<string> raw, IReadOnlyList<DigestItems.Item> items)
    {
        var tags = items.Select(i => i.LinesOf(raw).Select(EmailHeaderLine.ListTag).FirstOrDefault(t => t is not null)).ToList();
        if (tags[0] is { } first && tags.All(t => string.Equals(t, first, StringComparison.OrdinalIgnoreCase))) return first;
        return raw.Where((_, k) => !items.Any(i => i.Contains(k)))
            .Select(l => DigestTitle().Match(l.Trim())).FirstOrDefault(m => m.Success)?.Groups["name"].Value;
    }

    /// <summary>
    /// The name of the site whose feed the digest carries, as a line outside the items prints it ("Halvard Institute -
    /// Commentary" over items at halvard-institute.example): the part of the line the item's address names; null when none does.
    /// </summary>
    private static (string Name, int Line)? FeedName(IReadOnlyList<string> raw, IReadOnlyList<DigestItems.Item> items, string? url)
    {
        if (url is null) return null;
        for (var k = 0; k < raw.Count; k++)
        {
            if (items.Any(i => i.Contains(k)) || raw[k].Trim().Length == 0) continue;
            foreach (var part in NameParts().Split(raw[k].Trim()))
                if (part.Length >= 3 && SiteName.IsSiteName(part, [], url)) return (part, k);
        }
        return null;
    }

    private static ArticleDraft WithFeedName(ArticleDraft draft, (string Name, int Line) feed, string path, List<FixupAction> actions)
    {
        actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {feed.Name}", new SourceLocation(path, feed.Line + 1))
        {
            Before = feed.Name,
            After = $"publication: {feed.Name}",
            Reason = "the digest names the site whose feed it carries, and the item's address is that site's",
        });
        return WithInferredPublication(draft, feed.Name);
    }

    private static ArticleDraft WithInferredPublication(ArticleDraft draft, string publication) =>
        draft with { Publication = publication, Inferred = [.. draft.Inferred.Where(f => f != Sidecars.SidecarApplier.InferredPublication), Sidecars.SidecarApplier.InferredPublication] };

    /// <summary>
    /// A message of a mailing list's digest: a post when nothing in it names another kind, and the list's publication
    /// when nothing names another; both shown as inferred.
    /// </summary>
    private static ArticleDraft AsListPost(ArticleDraft draft, string? list, SourceLocation subject, List<FixupAction> actions)
    {
        if (draft.KindByConvention)
            draft = draft with
            {
                Kind = ArticleKinds.Post,
                KindByConvention = false,
                InferredFrom = [.. draft.InferredFrom.Where(v => v.Field != Content.KnownKeys.Article.Kind),
                    new InferredValue(Content.KnownKeys.Article.Kind, ArticleKinds.Post, "a message in a mailing list's digest that names no other kind: a post to the list", subject)],
            };
        if (draft.Publication is null && list is not null)
        {
            draft = WithInferredPublication(draft, list);
            actions.Add(new FixupAction(FixupActionKinds.UsedForField, $"publication: {list}", subject)
            {
                Before = $"[{list}]",
                After = $"publication: {list}",
                Reason = "the list's tag that opens the subject of every message in the digest",
            });
        }
        return draft;
    }

    /// <summary>Each run of lines outside the items (rules left out): the digest's own furniture, kept for the report.</summary>
    private static IEnumerable<DroppedPiece> Furniture(IReadOnlyList<string> raw, IReadOnlyList<DigestItems.Item> items, string path)
    {
        var run = new List<(int Index, string Text)>();
        for (var k = 0; k <= raw.Count; k++)
        {
            var outside = k < raw.Count && !items.Any(i => i.Contains(k));
            if (outside && raw[k].Trim() is { Length: > 0 } text && !DigestItems.IsSeparator(text)) { run.Add((k, text)); continue; }
            if (run.Count == 0) continue;
            yield return new DroppedPiece("digest furniture", string.Join(" ", run.Select(r => r.Text)), new SourceLocation(path, run[0].Index + 1));
            run.Clear();
        }
    }

    /// <summary>What parts a line naming a feed: " - ", "|", ":" and the like ("Halvard Institute - Commentary").</summary>
    [GeneratedRegex(@"\s+[-–—|·:]\s+|:\s+|\s*\[[^\]]*\]\s*")]
    private static partial Regex NameParts();

    /// <summary>A digest's own title line: the list's name, one or two words, before "Digest".</summary>
    [GeneratedRegex(@"^(?:End\s+of\s+)?(?<name>[\p{L}\d][\p{L}\d._-]*(?:\s[\p{L}\d][\p{L}\d._-]*)?)\s+Digest\b", RegexOptions.IgnoreCase)]
    private static partial Regex DigestTitle();
}

using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The items of a digest: a mailing list's digest ("Message: 2" over each message's mail header) or a feed's digest
/// sent by email ("1. Title", its address, "By NAME", a date), its items standing between rule lines. An item is a
/// whole piece: a head (a mail header with a subject and a sender, or a title-shaped line with a byline, a date or an
/// address under it) over prose. Two or more such items make the text a digest; what stands outside them (the list's
/// preamble and table of contents, its footer, an item's running number) is the digest's furniture. Pure.
/// </summary>
internal static partial class DigestItems
{
    /// <summary>Prose under a titled item's head, in letters: less is a notice or a teaser, not a piece.</summary>
    private const int MinProseLetters = 300;

    /// <summary>Prose under a title with no head, in letters: a short story of two sentences, more than any notice prints.</summary>
    private const int MinStoryLetters = 150;

    /// <summary>How many lines under a title may hold its address, byline and date.</summary>
    private const int HeadLines = 4;

    /// <param name="Start">Index of the item's first line (its mail header or its title).</param>
    /// <param name="End">Index of its last non-blank line.</param>
    /// <param name="UrlLine">Index of the line under its title that prints its address, or -1.</param>
    /// <param name="Mail">The message's mail header (its line indexes counted from <paramref name="Start"/>), or null for a titled item.</param>
    internal sealed record Item(int Start, int End, int UrlLine, MailHeader.Block? Mail)
    {
        /// <summary>The address the item's head prints (without angle brackets), if any.</summary>
        public string? Url(IReadOnlyList<string> lines) => UrlLine < 0 ? null : lines[UrlLine].Trim().Trim('<', '>');

        public bool Contains(int line) => line >= Start && line <= End;

        /// <summary>The item's own lines.</summary>
        public IEnumerable<string> LinesOf(IReadOnlyList<string> lines) => lines.Skip(Start).Take(End - Start + 1);
    }

    /// <summary>The items of <paramref name="lines"/> (raw lines, blank ones included), or null when it is no digest.</summary>
    public static IReadOnlyList<Item>? Read(IReadOnlyList<string> lines)
    {
        var items = new List<Item>();
        var partStart = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && !IsSeparator(lines[i])) continue;
            // The text above the first rule is the digest's own head (its mail envelope, its contents), never a message.
            if (ItemIn(lines, partStart, i, messageAllowed: partStart > 0) is { } item) items.Add(item);
            // A titled piece with no byline, date or address under its title between the rules: a letter's unsigned story,
            // which a digest's items never are. The text is a letter of pieces, not a digest (whose reader would drop it).
            else if (partStart > 0 && IsUnheadedPiece(lines, partStart, i)) return null;
            partStart = i + 1;
        }
        return items.Count >= 2 ? items : null;
    }

    /// <summary>A title-shaped first line over prose (a short story's letters, two sentences or more) with no head between.</summary>
    private static bool IsUnheadedPiece(IReadOnlyList<string> lines, int from, int to)
    {
        var part = lines.Skip(from).Take(to - from).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (part.Count < 2 || !TitleLine.IsTitleShaped(TitleNumber.Strip(part[0]) ?? part[0]) || SentenceInside().IsMatch(part[0])) return false;
        // "REVIEW" / "Title" / "Review by NAME": a byline near the top heads the piece, only not as a digest's item is headed.
        if (part.Skip(1).Take(HeadLines + 1).Any(l => Byline.Read(l) is not null)) return false;
        var prose = part.Skip(1).ToList();
        return prose.Sum(l => l.Count(char.IsLetter)) >= MinStoryLetters && prose.Count(l => SentenceEnd.Closes(l)) >= 2;
    }

    /// <summary>A rule of ten or more dashes, underscores, equals signs, asterisks or tildes: what parts a digest.</summary>
    public static bool IsSeparator(string line) => Separator().IsMatch(line);

    /// <summary>The item in lines [<paramref name="from"/>, <paramref name="to"/>), or null when the part is no piece.</summary>
    private static Item? ItemIn(IReadOnlyList<string> lines, int from, int to, bool messageAllowed)
    {
        var start = from;
        while (start < to && lines[start].Trim().Length == 0) start++;
        if (start < to && MessageNumber().IsMatch(lines[start].Trim()))
            for (start++; start < to && lines[start].Trim().Length == 0; start++) { }
        var end = to - 1;
        while (end >= start && lines[end].Trim().Length == 0) end--;
        if (end <= start) return null;
        var part = lines.Skip(start).Take(end - start + 1).ToList();
        var (bodyFrom, urlAt, mail) = Head(part);
        if (bodyFrom < 0 || mail is not null && !messageAllowed) return null;
        // A message is a post however short (a list's digest holds nothing else); a titled item must be a piece, not a notice.
        var letters = part.Skip(bodyFrom).Sum(l => l.Count(char.IsLetter));
        return letters >= (mail is not null ? 1 : MinProseLetters) ? new Item(start, end, urlAt < 0 ? -1 : start + urlAt, mail) : null;
    }

    /// <summary>
    /// Where the prose under the part's head starts, the line printing its address (-1 if none) and the head's mail
    /// header when it is a message's (a subject and a sender); (-1, -1, null) without a head.
    /// </summary>
    private static (int BodyFrom, int UrlAt, MailHeader.Block? Mail) Head(IReadOnlyList<string> part)
    {
        if (MailHeader.Read(part) is { Subject: not null, SenderLine: >= 0 } mail)
            return (mail.Lines[^1] + 1, -1, mail);
        var title = part[0].Trim();
        if (!TitleLine.IsTitleShaped(TitleNumber.Strip(title) ?? title)) return (-1, -1, null);
        var head = part.Skip(1).Select((l, k) => (Text: l.Trim(), Index: k + 1)).Where(l => l.Text.Length > 0).Take(HeadLines).ToList();
        var urlAt = -1;
        var last = 0;
        foreach (var (text, index) in head)
        {
            if (Address().IsMatch(text)) { if (urlAt < 0) urlAt = index; }
            else if (Byline.Read(text) is null && DateLine.Read(text) is null && MailHeader.DateOf("Date: " + text) is null) break;
            last = index;
        }
        return last == 0 ? (-1, -1, null) : (last + 1, urlAt, null);
    }

    [GeneratedRegex(@"^\s*([-_=*~])\1{9,}\s*$")]
    private static partial Regex Separator();

    /// <summary>"That's all for this number. Thank you …": a sentence's end inside the line, as no title has.</summary>
    [GeneratedRegex(@"\p{Ll}[.!?]\s")]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^Message:\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex MessageNumber();

    [GeneratedRegex(@"^<?https?://\S+?>?$")]
    private static partial Regex Address();
}

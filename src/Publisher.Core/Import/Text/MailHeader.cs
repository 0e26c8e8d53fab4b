using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The header block of an email saved as text: the lines at the top that are header fields ("From:", "To:", "Date:",
/// "Sent:", "Subject:", "Reply-To:", "List-Unsubscribe:", "X-…:"; a fax cover sheet's "Re:", "Fax:", "Pages:"), under a
/// forwarded-message or fax banner or not, or a field folded onto the next line (a line that
/// starts with white space, RFC 5322), up to the first blank line or the first line that is neither. At least two
/// fields, one of them the subject or the sender, make it a header. Its subject (folded lines joined, list tags and a
/// trailing date left out, <see cref="EmailHeaderLine.Subject"/>) names the piece; its "Date:" or "Sent:" field dates
/// it. Pure.
/// </summary>
public static partial class MailHeader
{
    private const int MaxStart = 3;

    /// <param name="Lines">Indexes (into the lines given) of every line of the block, folded lines included.</param>
    /// <param name="SubjectLine">Index of the "Subject:" line, or -1.</param>
    /// <param name="Sender">The display name of the "From:" field ("Okafor-Hale, Ruben" read as "Ruben Okafor-Hale"), or null.</param>
    public sealed record Block(IReadOnlyList<int> Lines, string? Subject, int SubjectLine, DateReading? Date)
    {
        public string? Sender { get; init; }
        public int SenderLine { get; init; } = -1;
    }

    /// <summary>The header block at the top of <paramref name="lines"/> (raw lines, blank ones included), or null.</summary>
    public static Block? Read(IReadOnlyList<string> lines)
    {
        var start = 0;
        // Lines blanked before the header (a crawler's block, a digest's other items) do not move its top.
        while (start < lines.Count && lines[start].Trim().Length == 0) start++;
        var block = new List<int>();
        // "---------- Forwarded message ---------", "FAX TRANSMISSION": a banner over the fields, with a blank line or not.
        if (start < lines.Count && Banner().IsMatch(lines[start].Trim()))
        {
            block.Add(start++);
            while (start < lines.Count && block.Count + 1 < MaxStart && lines[start].Trim().Length == 0) start++;
        }
        var banner = block.Count;
        var fields = 0;
        var (hasSender, subjectAt, senderAt) = (false, -1, -1);
        DateReading? date = null;
        for (var i = start; i < lines.Count; i++)
        {
            var raw = lines[i];
            if (raw.Trim().Length == 0) break;
            if (block.Count > banner && char.IsWhiteSpace(raw[0]) && !Field().IsMatch(raw.Trim())) { block.Add(i); continue; }
            var m = Field().Match(raw.Trim());
            if (!m.Success) break;
            block.Add(i);
            fields++;
            var name = m.Groups["name"].Value.ToLowerInvariant();
            if (name is "from" && !hasSender) (hasSender, senderAt) = (true, i);
            // A fax cover sheet's "Re:" is its subject.
            if (name is "subject" or "re" && subjectAt < 0) subjectAt = i;
            date ??= DateOf(raw);
        }
        if (fields < 2 || !hasSender && subjectAt < 0) return null;
        string? subject = null;
        if (subjectAt >= 0)
        {
            var folded = block.SkipWhile(k => k != subjectAt).Skip(1).TakeWhile(k => char.IsWhiteSpace(lines[k][0]) && !Field().IsMatch(lines[k].Trim()));
            var value = Field().Match(lines[subjectAt].Trim()).Groups["value"].Value;
            subject = EmailHeaderLine.Subject("Subject: " + string.Join(' ', folded.Select(k => lines[k].Trim()).Prepend(value.Trim())));
        }
        return new Block(block, subject, subjectAt, date)
        {
            Sender = senderAt < 0 ? null : DisplayName(Field().Match(lines[senderAt].Trim()).Groups["value"].Value),
            SenderLine = senderAt,
        };
    }

    /// <summary>
    /// The name a "From:" value shows: "Ann Lee &lt;a@x&gt;", "\"Lee, Ann\" &lt;a@x&gt;" (a directory's "Last, First" turned
    /// round), "a@x (Ann Lee)"; null for a bare address.
    /// </summary>
    public static string? DisplayName(string value)
    {
        var text = value.Trim();
        var name = text.IndexOf('<') is > 0 and var angle ? text[..angle]
            : Commented().Match(text) is { Success: true } m ? m.Groups["name"].Value
            : null;
        name = name?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name) || name.Contains('@')) return null;
        var parts = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && !parts[1].Contains(' ') ? $"{parts[1]} {parts[0]}" : name;
    }

    /// <summary>The date of a "Date:" or "Sent:" field ("Date: Thu, 27 Jul 2028 09:15:42 -0400"), or null.</summary>
    public static DateReading? DateOf(string line) =>
        Field().Match(line.Trim()) is { Success: true } m && m.Groups["name"].Value.ToLowerInvariant() is "date" or "sent"
            ? DateLine.FindIn(m.Groups["value"].Value)
            : null;

    /// <summary>
    /// The signature delimiter of a plain-text email, "-- " alone on a line (RFC 3676; often saved without its space):
    /// what follows is the sender's signature or the list's footer, not the message.
    /// </summary>
    public static bool IsSignatureDelimiter(string line) => line.Trim() == "--";

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^()]+)\)$")]
    private static partial Regex Commented();

    [GeneratedRegex(@"^(?:-{2,}\s*(?:forwarded\s+message|original\s+message)\s*-{2,}|begin\s+forwarded\s+message:|(?:fax|facsimile)(?:\s+(?:transmission|cover(?:\s+sheet)?|message))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Banner();

    [GeneratedRegex(@"^(?<name>From|To|Cc|Bcc|Date|Sent|Subject|Re|Fax|Pages|Attn|Attention|Reply-To|Sender|Return-Path|Message-ID|MIME-Version|Content-Type|List-[A-Za-z]+|X-[A-Za-z-]+)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}

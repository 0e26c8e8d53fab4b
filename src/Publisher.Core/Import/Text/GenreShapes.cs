using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A genre told by the text's shape when no label names it: an interview alternates two speakers ("Q:" / "A:",
/// "Caravel:" / "Osei:") or sets its questions in bold; a press release carries "FOR IMMEDIATE RELEASE" or a
/// "Media contact" block with a release's end mark ("###", "ENDS", "Notes to editors"); an agency story opens with a wire dateline ("PLACE, Month D (Agency) –"). Pure.
/// </summary>
public static partial class GenreShapes
{
    /// <summary>How many long paragraphs from the top may hold the story's dateline (a photo caption may come first).</summary>
    public const int OpeningParagraphs = 3;

    /// <summary>The genre the paragraphs' shape shows, with the reason and the 0-based paragraph that shows it, or null.</summary>
    public static (GenreEvidence Evidence, int At)? Of(IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
            if (ReleaseMark().IsMatch(paragraphs[i].Trim()))
                return (new GenreEvidence(ArticleKinds.PressRelease, $"the page carries a press release's '{paragraphs[i].Trim()}' line"), i);
        // A media-contact line alone is weak (news pages and site footers print one too): it needs a release's end mark.
        var contact = paragraphs.Select((p, i) => (p, i)).FirstOrDefault(x => MediaContact().IsMatch(x.p.Trim()));
        if (contact.p is not null && paragraphs.Any(p => ReleaseEnd().IsMatch(p.Trim())))
            return (new GenreEvidence(ArticleKinds.PressRelease, $"the page carries a press release's '{contact.p.Trim()}' line and its end mark"), contact.i);
        if (Dialogue(paragraphs) is { } at)
            return (new GenreEvidence(ArticleKinds.Interview, "the text alternates between two speakers' questions and answers"), at);
        if (Debate(paragraphs) is { } debated)
            return (new GenreEvidence(ArticleKinds.Debate, "the text is a record of speakers' turns, three or more named with their title, seat or party, as a debate's record is"), debated);
        var questions = paragraphs.Select((p, i) => (p, i)).Where(x => BoldQuestion().IsMatch(x.p.Trim())).ToList();
        if (questions.Count >= 3)
            return (new GenreEvidence(ArticleKinds.Interview, "the text sets its questions in bold, each followed by an answer"), questions[0].i);
        if (NumberedQuestions(paragraphs) is { } asked)
            return (new GenreEvidence(ArticleKinds.Interview, "the text numbers its questions, each followed by an answer"), asked);
        if (Minutes(paragraphs) is { } minuted)
            return (new GenreEvidence(ArticleKinds.Minutes, "the text lists who attended, numbered agenda items and what was resolved, as minutes do"), minuted);
        foreach (var (p, i) in paragraphs.Select((p, i) => (p, i)).Where(x => TextLines.WordCount(x.p) >= 15).Take(OpeningParagraphs))
            if (WireDateline.Read(p) is not null || WireDateline.IsUndated(p))
                return (new GenreEvidence(ArticleKinds.News, "the story opens with a news agency's or broadcaster's dateline"), i);
        return null;
    }

    /// <summary>
    /// The first paragraph of a dialogue: paragraphs opening with a short speaker label, two labels between them taking
    /// turns (each at least twice for "Q"/"A", three times for names) in at least four of five changes.
    /// </summary>
    private static int? Dialogue(IReadOnlyList<string> paragraphs)
    {
        var turns = new List<(string Speaker, int At)>();
        for (var i = 0; i < paragraphs.Count; i++)
            if (Speaker().Match(paragraphs[i].Trim()) is { Success: true } m) turns.Add((m.Groups["who"].Value.TrimEnd('.').ToUpperInvariant(), i));
        var top = turns.GroupBy(t => t.Speaker).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(2).ToList();
        if (top.Count < 2) return null;
        var needed = top.All(g => g.Key.Length == 1) ? 2 : 3;
        if (top.Any(g => g.Count() < needed)) return null;
        var pair = top.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var spoken = turns.Where(t => pair.Contains(t.Speaker)).ToList();
        var changes = spoken.Zip(spoken.Skip(1)).Count(p => p.First.Speaker != p.Second.Speaker);
        return changes * 5 >= (spoken.Count - 1) * 4 ? spoken[0].At : null;
    }

    /// <summary>
    /// The first turn of a debate's record: paragraphs opening with a speaker's label and a colon, at least three speakers
    /// and five turns, one speaker speaking again, and at least two labels naming the speaker as a chamber or a panel does
    /// (an honorific, "The Minister of State for Defence (Ms …)", a seat or party in brackets: "Mr Dorian Aske (North
    /// Fenwick) (Opposition):", "The Chair:"). An interview's two voices are a dialogue, not a debate.
    /// </summary>
    private static int? Debate(IReadOnlyList<string> paragraphs)
    {
        var turns = new List<(string Speaker, bool Styled, int At)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var m = DebateSpeaker().Match(paragraphs[i].Trim());
            if (!m.Success) continue;
            var who = m.Groups["who"].Value.Trim();
            var styled = m.Groups["seat"].Success || Honorific().IsMatch(who);
            // "Ms Tregarthen" after "The Minister … (Ms Elowen Tregarthen)": the same speaker, known by the last word of the name.
            var name = (m.Groups["seat"].Success && Honorific().IsMatch(m.Groups["seat"].Captures[0].Value.Trim('(', ')')) ? m.Groups["seat"].Captures[0].Value.Trim('(', ')') : who)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToUpperInvariant();
            turns.Add((name, styled, i));
        }
        if (turns.Count < 5) return null;
        var speakers = turns.GroupBy(t => t.Speaker).ToList();
        if (speakers.Count < 3 || speakers.All(g => g.Count() < 2)) return null;
        if (speakers.Count(g => g.Any(t => t.Styled)) < 2) return null;
        return turns[0].At;
    }

    /// <summary>"Mr Dorian Aske (North Fenwick) (Opposition): …", "The Chair: …", "Ms Tregarthen: …": a speaker's label.</summary>
    [GeneratedRegex(@"^(?<who>(?:The\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:of|for|the|and|on|\p{Lu}[\p{L}'’.\-]*)){0,8})(?<seat>\s*\([^()]{2,80}\)){0,3}\s*:\s+\S")]
    private static partial Regex DebateSpeaker();

    /// <summary>How a chamber or a panel styles a speaker: an honorific, an office ("The Minister", "The Chair").</summary>
    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Hon|Senator|Deputy|Councillor|Cllr|Prof|Professor|The\s+\p{Lu}\p{L}+)\b\.?")]
    private static partial Regex Honorific();

    /// <summary>
    /// The first of three or more numbered questions ("1. Why there?"), each a short paragraph ending in a question mark
    /// and followed by an answer that is no question, numbered in order: an interview set as a list of questions.
    /// </summary>
    private static int? NumberedQuestions(IReadOnlyList<string> paragraphs)
    {
        var first = -1;
        var count = 0;
        var expected = 1;
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var m = NumberedQuestion().Match(paragraphs[i].Trim());
            if (!m.Success || TextLines.WordCount(paragraphs[i]) > 40) continue;
            var number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var answer = paragraphs[i + 1].Trim();
            if (number != expected || NumberedQuestion().IsMatch(answer) || answer.EndsWith('?') || TextLines.WordCount(answer) < 5) continue;
            if (first < 0) first = i;
            count++;
            expected++;
        }
        return count >= 3 ? first : null;
    }

    [GeneratedRegex(@"^(?:\*\*)?(?<n>\d{1,2})[.)]\s+\S.*\?(?:\*\*)?$")]
    private static partial Regex NumberedQuestion();

    /// <summary>
    /// The first line of a meeting's minutes: an attendance line ("Present:", "In attendance:", "Attendees:"), three or
    /// more agenda items numbered in order ("3. Harbour Festival 2030: protective security", a heading, not a sentence)
    /// and a decision line ("RESOLVED:", "Resolved that …", "Agreed:", "Decision:") or apologies for absence.
    /// </summary>
    private static int? Minutes(IReadOnlyList<string> paragraphs)
    {
        var attendance = -1;
        var decided = false;
        var expected = 1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Trim();
            if (attendance < 0 && Attendance().IsMatch(text)) attendance = i;
            if (Decision().IsMatch(text)) decided = true;
            if (AgendaItem().Match(text) is { Success: true } item && TextLines.WordCount(text) <= 14 && !text.EndsWith('.')
                && int.Parse(item.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == expected) expected++;
        }
        return attendance >= 0 && decided && expected > 3 ? attendance : null;
    }

    [GeneratedRegex(@"^(?:present|in\s+attendance|attendees|members\s+present)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Attendance();

    [GeneratedRegex(@"^(?:resolved\b|agreed\s*:|decision\s*:|apologies(?:\s+for\s+absence)?\b\s*:?)", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.?\s+\p{Lu}")]
    private static partial Regex AgendaItem();

    [GeneratedRegex(@"^(?:\*\*)?(?<who>Q|A|[\p{Lu}][\p{L}'’\-]*(?:\s[\p{Lu}][\p{L}'’\-]*){0,2})(?::\*\*|\*\*:|:)\s+\S|^(?<who>[QA])\.\s+\S")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"^(?:\*\*|__)[^*_]{10,300}\?(?:\*\*|__)$")]
    private static partial Regex BoldQuestion();

    private static Regex ReleaseMark() => PressOfficeLine.ReleaseMark();

    [GeneratedRegex(@"^(?:media\s+(?:contact|enquiries|inquiries)|press\s+(?:contact|office\s+contact)s?)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex MediaContact();

    /// <summary>"###", "-ENDS-", "Notes to editors": how a press release closes.</summary>
    [GeneratedRegex(@"^(?:#{3}|[-–—]*\s*ends\s*[-–—]*|notes?\s+(?:to|for)\s+editors\s*:?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseEnd();
}

using System.Globalization;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Merge;

/// <summary>Where two versions of a paragraph read differently, as the chooser sees it.</summary>
/// <param name="Paragraph">The base version's paragraph.</param>
/// <param name="From">Start of the base reading in <paramref name="Paragraph"/> (where the other reading would go when the base has none).</param>
/// <param name="To">End of the base reading.</param>
/// <param name="OtherReading">The other version's words here ("" when it has none).</param>
/// <param name="BaseLabel">"web", "pdf", …: what the editor knows the base as.</param>
internal sealed record Difference(string Paragraph, int From, int To, string OtherReading, string BaseLabel, string OtherLabel)
{
    public string BaseReading => Paragraph[From..To];

    /// <summary>The paragraph with the other reading in place of the base one, and where that reading ends.</summary>
    public (string Text, int To) WithOther()
    {
        if (OtherReading.Length == 0)
        {
            // Drop the base words and one space beside them.
            var to = To < Paragraph.Length && Paragraph[To] == ' ' ? To + 1 : To;
            var from = to == To && From > 0 && Paragraph[From - 1] == ' ' ? From - 1 : From;
            return (Paragraph[..from] + Paragraph[to..], from);
        }
        if (From == To)
        {
            // Insert before the next base word, or after the last one.
            var insert = From < Paragraph.Length ? OtherReading + " " : " " + OtherReading;
            return (Paragraph[..From] + insert + Paragraph[From..], From + insert.Length);
        }
        return (Paragraph[..From] + OtherReading + Paragraph[To..], From + OtherReading.Length);
    }
}

/// <summary>The reading chosen for a difference and why.</summary>
/// <param name="Paragraph">The base paragraph with the chosen reading in place.</param>
/// <param name="Chosen">The chosen words ("" when the choice is to have none).</param>
/// <param name="Source">Whose reading: the base's or the other's label, or "repaired".</param>
internal sealed record Choice(string Paragraph, string Chosen, string Source, string Reason);

/// <summary>
/// Chooses between two readings of the same place by evidence: the spelling the article and the archive use
/// elsewhere, consistent capitalisation, well-formed punctuation (repairing it when neither reading is well formed);
/// otherwise the base reading stays. Page-break artefacts (a word broken by a hyphen) are not differences.
/// </summary>
internal static class ReadingChooser
{
    /// <summary>A reading wins on counts when it occurs at least this often elsewhere and more than twice as often as the other.</summary>
    private const int MinOccurrences = 2;

    /// <returns>The choice, or null when the two readings are the same text broken differently.</returns>
    public static Choice? Choose(Difference d, WordEvidence article, WordEvidence archive)
    {
        var baseReading = d.BaseReading;
        var other = d.OtherReading;
        if (IsPageBreakArtefact(baseReading, other)) return null;

        var keyBase = WordEvidence.Core(WordAligner.Key(baseReading));
        var keyOther = WordEvidence.Core(WordAligner.Key(other));
        var singleWords = IsOneWord(baseReading) && IsOneWord(other) && keyBase.Length > 0 && keyOther.Length > 0;

        if (singleWords && keyBase != keyOther && string.Equals(keyBase, keyOther, StringComparison.OrdinalIgnoreCase))
            return ByCapitalisation(d, keyBase, keyOther, article, archive);
        if (singleWords && keyBase != keyOther)
            return BySpelling(d, keyBase, keyOther, article, archive);
        if (LettersOf(baseReading) == LettersOf(other))
            return ByPunctuation(d);
        if (baseReading.Length == 0 || other.Length == 0)
            return ByPunctuation(d);
        return KeepBase(d, $"the two versions word this differently and nothing tells which is right; kept the {d.BaseLabel} text (the base)");
    }

    private static Choice ByCapitalisation(Difference d, string baseWord, string otherWord, WordEvidence article, WordEvidence archive)
    {
        var tokens = WordAligner.Tokenize(d.Paragraph);
        var index = tokens.ToList().FindIndex(t => t.Start >= d.From);
        if (index >= 0 && WordEvidence.StartsSentence(d.Paragraph, tokens, index))
        {
            var capitalised = char.IsUpper(FirstLetter(otherWord)) && !char.IsUpper(FirstLetter(baseWord));
            return capitalised
                ? TakeOther(d, $"a sentence starts here, so '{otherWord}' is capitalised")
                : KeepBase(d, $"a sentence starts here; kept the {d.BaseLabel} reading");
        }
        // Each version's own reading is one of its mid-sentence occurrences; the rest is evidence.
        var baseCount = Elsewhere(article.MidSentence(baseWord));
        var otherCount = Elsewhere(article.MidSentence(otherWord));
        var baseArchive = archive.MidSentence(baseWord);
        var otherArchive = archive.MidSentence(otherWord);
        string Reason(bool otherFirst) => otherFirst
            ? $"mid-sentence, '{otherWord}' is written so {Times(otherCount)} in the article's two versions{InArchive(otherArchive)}, '{baseWord}' {Times(baseCount)}{InArchive(baseArchive)}"
            : $"mid-sentence, '{baseWord}' is written so {Times(baseCount)} in the article's two versions{InArchive(baseArchive)}, '{otherWord}' {Times(otherCount)}{InArchive(otherArchive)}";
        return Decide(d, baseCount + baseArchive, otherCount + otherArchive, Reason);
    }

    private static Choice BySpelling(Difference d, string baseWord, string otherWord, WordEvidence article, WordEvidence archive)
    {
        var baseCount = Elsewhere(article.Count(baseWord));
        var otherCount = Elsewhere(article.Count(otherWord));
        var baseArchive = archive.Count(baseWord);
        var otherArchive = archive.Count(otherWord);
        string Reason(bool otherFirst) => otherFirst
            ? $"'{otherWord}' occurs {Times(otherCount)} in the article's two versions{InArchive(otherArchive)}, '{baseWord}' {Times(baseCount)}{InArchive(baseArchive)}"
            : $"'{baseWord}' occurs {Times(baseCount)} in the article's two versions{InArchive(baseArchive)}, '{otherWord}' {Times(otherCount)}{InArchive(otherArchive)}";
        return Decide(d, baseCount + baseArchive, otherCount + otherArchive, Reason);
    }

    /// <param name="reason">The evidence in words, the reading it names first being the other version's (true) or the base's.</param>
    private static Choice Decide(Difference d, int baseEvidence, int otherEvidence, Func<bool, string> reason)
    {
        if (otherEvidence >= MinOccurrences && otherEvidence > 2 * baseEvidence) return TakeOther(d, reason(true));
        if (baseEvidence >= MinOccurrences && baseEvidence > 2 * otherEvidence) return KeepBase(d, reason(false));
        return KeepBase(d, $"{reason(true)}: not enough to decide; kept the {d.BaseLabel} text (the base)");
    }

    private static Choice ByPunctuation(Difference d)
    {
        var baseProblems = Punctuation.Problems(d.Paragraph, d.From, d.To);
        var (otherText, otherTo) = d.WithOther();
        var otherProblems = Punctuation.Problems(otherText, d.From, otherTo);
        if (baseProblems.Count == 0 && otherProblems.Count == 0)
            return KeepBase(d, d.BaseReading.Length == 0 || d.OtherReading.Length == 0
                ? $"only the {(d.BaseReading.Length == 0 ? d.OtherLabel : d.BaseLabel)} text has these words and nothing tells which is right; kept the {d.BaseLabel} text (the base)"
                : $"both readings are well formed; kept the {d.BaseLabel} text (the base)");
        if (baseProblems.Count == 0)
            return KeepBase(d, $"the {d.OtherLabel} reading has {Join(otherProblems)}");
        if (otherProblems.Count == 0)
            return TakeOther(d, $"the {d.BaseLabel} reading has {Join(baseProblems)}");

        var (repaired, repairedTo) = Punctuation.Repair(d.Paragraph, d.From, d.To);
        var why = $"neither reading is well formed ({d.BaseLabel}: {Join(baseProblems)}; {d.OtherLabel}: {Join(otherProblems)})";
        if (Punctuation.Problems(repaired, d.From, repairedTo).Count > 0)
            return KeepBase(d, $"{why} and the repair is not clear; kept the {d.BaseLabel} text (the base)");
        return new Choice(repaired, repaired[d.From..repairedTo], "repaired", $"{why}; repaired");
    }

    private static Choice KeepBase(Difference d, string reason) => new(d.Paragraph, d.BaseReading, d.BaseLabel, reason);

    private static Choice TakeOther(Difference d, string reason)
    {
        // A link in the base reading would be lost with it.
        if (d.BaseReading.Contains("](", StringComparison.Ordinal))
            return KeepBase(d, $"{reason}; but the {d.BaseLabel} reading carries a link, so it stays");
        var (text, to) = (d with { OtherReading = InStyleOf(d.Paragraph, d.OtherReading) }).WithOther();
        return new Choice(text, d.OtherReading.Length == 0 ? "" : text[d.From..to].Trim(), d.OtherLabel, reason);
    }

    /// <summary>The reading with straight quotes made typographic when the paragraph it goes into uses typographic ones.</summary>
    private static string InStyleOf(string paragraph, string reading)
    {
        var chars = reading.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var opening = i == 0 || char.IsWhiteSpace(chars[i - 1]) || chars[i - 1] is '(' or '[';
            if (chars[i] == '\'' && paragraph.Contains('’', StringComparison.Ordinal)) chars[i] = opening ? '‘' : '’';
            else if (chars[i] == '"' && paragraph.Contains('“', StringComparison.Ordinal)) chars[i] = opening ? '“' : '”';
        }
        return new string(chars);
    }

    /// <summary>The same letters, one side broken at a line end with a hyphen ("govern- ment" / "government").</summary>
    private static bool IsPageBreakArtefact(string a, string b)
    {
        static bool HasBreakHyphen(string s) => WordAligner.Tokenize(s).Any(t => t.Text.Length > 1 && t.Text[^1] == '-' && char.IsLetter(t.Text[^2]))
            && WordAligner.Tokenize(s).Count > 1;
        static string Joined(string s) => new(WordAligner.Key(s).Where(c => c != '-' && !char.IsWhiteSpace(c)).ToArray());
        return (HasBreakHyphen(a) || HasBreakHyphen(b)) && Joined(a) == Joined(b);
    }

    private static bool IsOneWord(string s) => s.Length > 0 && !s.Any(char.IsWhiteSpace);

    private static string LettersOf(string s) => new(WordAligner.Key(s).Where(char.IsLetterOrDigit).ToArray());

    private static char FirstLetter(string s) => s.FirstOrDefault(char.IsLetter);

    private static int Elsewhere(int count) => Math.Max(0, count - 1);

    private static string Times(int n) => n switch
    {
        0 => "nowhere else",
        1 => "once elsewhere",
        2 => "twice elsewhere",
        _ => n.ToString(CultureInfo.InvariantCulture) + " times elsewhere",
    };

    private static string InArchive(int n) => n == 0 ? "" : $" (and {(n == 1 ? "once" : n == 2 ? "twice" : n.ToString(CultureInfo.InvariantCulture) + " times")} in the archive)";

    private static string Join(IReadOnlyList<string> problems) => string.Join(" and ", problems);
}

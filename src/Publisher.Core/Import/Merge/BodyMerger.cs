using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Merge;

/// <summary>One version of an article being merged: its draft and what the editor knows it as ("web", "pdf").</summary>
internal sealed record MergeSide(ArticleDraft Draft, string Label)
{
    public SourceLocation At(int bodyLine) =>
        new FixupContext { SourcePath = Draft.Origin.Path, FirstLine = Draft.BodyStartLine, LineMap = Draft.BodyLineMap }.At(bodyLine);
}

/// <summary>
/// Merges the bodies of two versions of one article. Paragraphs are matched by their word pairs; matched paragraphs
/// are aligned word by word and every difference is decided by <see cref="ReadingChooser"/>; links the other version
/// has around words the base has unlinked are carried over; paragraphs only the other version has are taken when they
/// are prose the base lacks (inserted where they stood), and reported either way.
/// </summary>
internal static class BodyMerger
{
    private const double MatchThreshold = 0.6;

    private sealed record Paragraph(string Text, int Line);

    public static (string Body, IReadOnlyList<FixupAction> Actions) Merge(MergeSide baseSide, MergeSide other,
        WordEvidence archive, Func<string, bool> repeatedInOtherSeed)
    {
        var actions = new List<FixupAction>();
        var baseParagraphs = Paragraphs(baseSide.Draft.Body);
        var otherParagraphs = Paragraphs(other.Draft.Body);
        if (baseParagraphs.Count == 0) return (other.Draft.Body, actions);
        var article = WordEvidence.From([baseSide.Draft.Body, other.Draft.Body]);

        // Which base paragraph each paragraph of the other version is (-1: none); unmatched ones go after the
        // base paragraph their predecessor matched.
        var baseGrams = baseParagraphs.Select(p => Bigrams(p.Text)).ToList();
        var matchedTo = new List<int>();
        foreach (var paragraph in otherParagraphs)
        {
            var grams = Bigrams(paragraph.Text);
            var best = -1;
            var bestScore = 0.0;
            for (var i = 0; i < baseGrams.Count && grams.Count > 0; i++)
            {
                var score = (double)grams.Count(baseGrams[i].Contains) / grams.Count;
                if (score > bestScore) { bestScore = score; best = i; }
            }
            matchedTo.Add(bestScore >= MatchThreshold ? best : -1);
        }
        KeepOneRunPerBaseParagraph(matchedTo, otherParagraphs.Select(p => Bigrams(p.Text)).ToList(),
            (baseIndex, j) => SameWords(baseParagraphs[baseIndex].Text, otherParagraphs[j].Text));

        var allBaseGrams = Bigrams(baseSide.Draft.Body);
        var before = new List<string>();
        var after = baseParagraphs.Select(_ => new List<string>()).ToList();
        var lastMatched = -1;
        for (var j = 0; j < otherParagraphs.Count; j++)
        {
            if (matchedTo[j] >= 0) { lastMatched = matchedTo[j]; continue; }
            var paragraph = otherParagraphs[j];
            var whyNot = WhyNotTaken(paragraph.Text, allBaseGrams, repeatedInOtherSeed, baseSide.Label);
            var location = other.At(paragraph.Line);
            if (whyNot is not null)
            {
                actions.Add(new FixupAction(FixupActionKinds.MergeSkippedParagraph, $"{other.Label} paragraph not taken: {paragraph.Text}", location)
                {
                    Reason = whyNot,
                });
                continue;
            }
            (lastMatched < 0 ? before : after[lastMatched]).Add(paragraph.Text);
            actions.Add(new FixupAction(FixupActionKinds.MergeAddedParagraph, paragraph.Text, location)
            {
                After = paragraph.Text,
                Reason = $"prose ({TextLines.WordCount(paragraph.Text)} words, whole sentences) that only the {other.Label} text has; placed "
                    + (lastMatched < 0 ? "at the start, where it stands there" : "after the paragraph it follows there"),
            });
        }

        var result = new List<string>(before);
        for (var i = 0; i < baseParagraphs.Count; i++)
        {
            var matches = Enumerable.Range(0, otherParagraphs.Count).Where(j => matchedTo[j] == i).Select(j => otherParagraphs[j]).ToList();
            var text = baseParagraphs[i].Text;
            if (matches.Count == 0)
            {
                actions.Add(new FixupAction(FixupActionKinds.MergeDifference, $"only the {baseSide.Label} text has this paragraph; kept: {Excerpt(text)}",
                    baseSide.At(baseParagraphs[i].Line))
                {
                    Before = $"{baseSide.Label}: {text}  {other.Label}: (nothing)",
                    After = text,
                    Reason = $"the {other.Label} text has no paragraph like it; kept the {baseSide.Label} text (the base)",
                });
            }
            else
            {
                text = MergeParagraph(baseParagraphs[i], matches, baseSide, other, article, archive, actions);
                foreach (var m in matches) text = DuplicateMerger.TransplantLinks(text, m.Text);
            }
            result.Add(text);
            result.AddRange(after[i]);
        }
        return (string.Join("\n\n", result), actions);
    }

    /// <summary>
    /// A base paragraph is one paragraph of the other version, or several consecutive ones (a paragraph split at a page
    /// break); a second match elsewhere, or one repeating words of the best match (a pull quote), is left unmatched,
    /// to be judged as such.
    /// </summary>
    private static void KeepOneRunPerBaseParagraph(List<int> matchedTo, List<HashSet<string>> grams, Func<int, int, int> sameWords)
    {
        foreach (var target in matchedTo.Where(t => t >= 0).Distinct().ToList())
        {
            var members = Enumerable.Range(0, matchedTo.Count).Where(j => matchedTo[j] == target).ToList();
            // The closest by words as written (quotes and punctuation count): a pull quote loses to the paragraph it quotes.
            var best = members.MaxBy(j => sameWords(target, j));
            int first = best, last = best;
            while (first - 1 >= 0 && matchedTo[first - 1] == target) first--;
            while (last + 1 < matchedTo.Count && matchedTo[last + 1] == target) last++;
            foreach (var j in members)
                if (j < first || j > last || (j != best && grams[j].Count > 0 && (double)grams[j].Count(grams[best].Contains) / grams[j].Count >= 0.5))
                    matchedTo[j] = -1;
        }
    }

    /// <summary>The base paragraph with every word-level difference from the other version decided.</summary>
    private static string MergeParagraph(Paragraph baseParagraph, List<Paragraph> others, MergeSide baseSide, MergeSide other,
        WordEvidence article, WordEvidence archive, List<FixupAction> actions)
    {
        var otherText = string.Join("\n", others.Select(o => o.Text));
        var baseTokens = WordAligner.Tokenize(baseParagraph.Text);
        var otherTokens = WordAligner.Tokenize(otherText);
        var runs = WordAligner.Align(baseTokens.Select(t => t.Key).ToList(), otherTokens.Select(t => t.Key).ToList());

        // Decide from the last difference back, so earlier offsets stay valid.
        var text = baseParagraph.Text;
        var decided = new List<FixupAction>();
        foreach (var run in runs.Where(r => !r.Equal).Reverse())
        {
            var (from, to) = run.ACount > 0
                ? (baseTokens[run.AStart].Start, baseTokens[run.AStart + run.ACount - 1].End)
                : run.AStart < baseTokens.Count ? (baseTokens[run.AStart].Start, baseTokens[run.AStart].Start) : (text.Length, text.Length);
            var otherReading = run.BCount > 0 ? otherText[otherTokens[run.BStart].Start..otherTokens[run.BStart + run.BCount - 1].End] : "";
            var difference = new Difference(text, from, to, otherReading.Replace('\n', ' '), baseSide.Label, other.Label);
            var choice = ReadingChooser.Choose(difference, article, archive);
            if (choice is null) continue;
            var line = baseParagraph.Line + text.AsSpan(0, from).Count('\n');
            var otherAt = run.BCount > 0 ? OtherLine(others, otherText, otherTokens[run.BStart].Start) : (int?)null;
            decided.Add(new FixupAction(FixupActionKinds.MergeDifference, Detail(difference, choice, otherAt is { } l ? other.At(l) : null), baseSide.At(line))
            {
                Before = $"{baseSide.Label}: {Shown(difference.BaseReading)}  {other.Label}: {Shown(difference.OtherReading)}",
                After = Shown(choice.Chosen),
                Reason = choice.Reason,
            });
            text = choice.Paragraph;
        }
        decided.Reverse();
        actions.AddRange(decided);
        return text;
    }

    private static string Detail(Difference d, Choice choice, SourceLocation? otherAt)
    {
        var verb = choice.Source == d.BaseLabel ? $"kept the {d.BaseLabel} reading" : choice.Source == d.OtherLabel ? $"took the {d.OtherLabel} reading" : "repaired both readings";
        var start = Math.Max(0, d.From - 40);
        while (start > 0 && !char.IsWhiteSpace(d.Paragraph[start - 1])) start--;
        var end = Math.Min(d.Paragraph.Length, d.To + 40);
        while (end < d.Paragraph.Length && !char.IsWhiteSpace(d.Paragraph[end])) end++;
        var context = d.Paragraph[start..end].Replace('\n', ' ').Trim();
        return $"{verb} '{Shown(choice.Chosen)}' in \"…{context}…\"" + (otherAt is null ? "" : $" ({d.OtherLabel} at {otherAt})");
    }

    private static int SameWords(string a, string b)
    {
        var ka = WordAligner.Tokenize(a).Select(t => t.Key).ToList();
        var kb = WordAligner.Tokenize(b).Select(t => t.Key).ToList();
        return WordAligner.Align(ka, kb).Where(r => r.Equal).Sum(r => r.ACount);
    }

    private static string? WhyNotTaken(string paragraph, HashSet<string> baseGrams, Func<string, bool> repeatedInOtherSeed, string baseLabel)
    {
        if (ProseParagraph.WhyNot(paragraph) is { } notProse) return $"not prose: {notProse}";
        var grams = Bigrams(paragraph);
        if (grams.Count > 0 && (double)grams.Count(baseGrams.Contains) / grams.Count >= MatchThreshold) return $"its words are already in the {baseLabel} text";
        if (repeatedInOtherSeed(paragraph)) return "it is repeated elsewhere in its seed (page furniture)";
        return null;
    }

    private static int OtherLine(List<Paragraph> others, string joined, int offset)
    {
        var start = 0;
        foreach (var p in others)
        {
            var end = start + p.Text.Length;
            if (offset <= end) return p.Line + joined.AsSpan(start, offset - start).Count('\n');
            start = end + 1;
        }
        return others[^1].Line;
    }

    private static List<Paragraph> Paragraphs(string body)
    {
        var result = new List<Paragraph>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var start = i;
            while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0) i++;
            result.Add(new Paragraph(string.Join('\n', lines[start..(i + 1)]), start));
        }
        return result;
    }

    internal static HashSet<string> Bigrams(string text)
    {
        var words = DuplicateMerger.Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Length; i++) set.Add(words[i] + " " + words[i + 1]);
        if (words.Length == 1) set.Add(words[0]);
        return set;
    }

    private static string Shown(string reading) => reading.Length == 0 ? "(nothing)" : reading;

    private static string Excerpt(string text) => TextLines.Excerpt(text.Replace('\n', ' '), 120);
}

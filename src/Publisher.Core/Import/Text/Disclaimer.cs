using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A publisher's disclaimer: "This note is provided for information only and does not constitute legal advice. We
/// accept no liability …". It needs two different cues (information only, not advice, no liability, not to be relied
/// on, views not endorsed) and stays short, so an article about liability or advice is not one. Pure.
/// </summary>
internal static partial class Disclaimer
{
    private const int MaxWords = 90;

    public static bool Is(string text)
    {
        var t = text.Trim();
        if (TextLines.WordCount(t) is 0 or > MaxWords) return false;
        return Cues().Matches(t).Select(m => Kind(m)).Distinct(StringComparer.Ordinal).Count() >= 2 || IsViewsNote(t) || Misdelivered().IsMatch(t)
            || NotOfficialText().IsMatch(t);
    }

    /// <summary>
    /// One short sentence that disowns the text's views: "The views expressed in this commentary are the authors' own.",
    /// "Opinions expressed are solely those of the writer." A cue of its own, since nothing else is in the sentence.
    /// </summary>
    private static bool IsViewsNote(string t) =>
        TextLines.WordCount(t) <= MaxViewsWords && TextLines.SentenceCount(t) == 1 && ViewsNote().IsMatch(t);

    private const int MaxViewsWords = 30;

    /// <summary>
    /// A sentence by which the page disowns being the authoritative text: "This summary is provided to assist in
    /// understanding the decision", "This is an uncorrected version of the Official Report", "The following summary …
    /// does not constitute an official record", "The English version is the only official one", "Not an official record."
    /// It opens on the document itself (this, the following, the English version), so a story about a court's or a
    /// parliament's records is not one. A cue of its own.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:note\s*:\s*)?(?:(?:this|these|the\s+following|the\s+\p{L}+\s+version(?:\s+of\s+this\s+\w+)?)\b[^.!?]{0,80}?\b(?:(?:is|are)\s+(?:an?\s+)?uncorrected\s+(?:version|transcript|record|text)|(?:is|are)\s+provided\s+(?:solely\s+|only\s+)?to\s+assist\b|(?:does|do)\s+not\s+(?:constitute|form\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:official|reasons|authoritative)|(?:is|are)\s+not\s+(?:an?\s+|the\s+)?(?:official|authoritative)\s+(?:record|text|version|report|transcript)|(?:is|are)\s+the\s+only\s+(?:official|authoritative|authentic)\s+(?:one|version|text))|not\s+an?\s+official\s+(?:record|text|document)\s*\.?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotOfficialText();

    /// <summary>"If you have received this email (fax, message) in error, please …": a transmission's notice, a cue of its own.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)if\s+you\s+(?:have\s+)?received\s+(?:this|it)\b[^.]{0,40}?\bin\s+error\b", RegexOptions.IgnoreCase)]
    private static partial Regex Misdelivered();

    [GeneratedRegex(@"^(?:the\s+|any\s+|all\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b[^.!?]{0,60}?\b(?:(?:are|is|remain)\s+(?:solely\s+|entirely\s+)?(?:(?:the\s+)?(?:(?:authors?|writers?|contributors?)(?:['’]s?)?|their|his|her)\s+own|(?:solely\s+)?those\s+of\s+the\s+(?:authors?|writers?|contributors?))|do\s+not\s+necessarily\s+(?:reflect|represent))", RegexOptions.IgnoreCase)]
    private static partial Regex ViewsNote();

    private static string Kind(Match m) => m.Groups.Values.Skip(1).First(g => g.Success).Name;

    [GeneratedRegex(@"(?<info>\bfor\s+(?:general\s+)?information(?:al)?(?:\s+purposes)?\s+only\b)|(?<advice>\b(?:does|do|is|are|should)\s+not\s+(?:constitute|amount\s+to|be\s+(?:taken|construed)\s+as)\s+(?:\w+\s+){0,5}advice\b)|(?<liability>\b(?:accepts?|assumes?|bears?)\s+no\s+(?:\w+\s+)?(?:liability|responsibility)\b|\bno\s+liability\s+is\s+accepted\b)|(?<reliance>\bnot\s+(?:be\s+)?relied\s+(?:up)?on\b)|(?<views>\bviews\s+expressed\s+(?:\w+\s+){0,6}(?:do\s+not\s+necessarily|are\s+(?:those|solely))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Cues();
}

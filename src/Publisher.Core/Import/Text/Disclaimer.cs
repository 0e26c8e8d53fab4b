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
            || NotOfficialText().IsMatch(t) || AuthoritativeElsewhere().IsMatch(t)
            || ClosesSentence(t) && (ProductionNote().IsMatch(t) || Labelled().IsMatch(t) || FundingNote().IsMatch(t));
    }

    /// <summary>The text ends a sentence: a wrapped line cut inside a notice is not taken for the whole notice.</summary>
    private static bool ClosesSentence(string t) => SentenceEnd.Closes(t);

    /// <summary>
    /// The piece saying who paid for it: "This reporting was supported by a grant from the Westlake Fund.", "This series
    /// is funded in part by …". It opens the paragraph and names the piece itself, so an article's sentence about a
    /// project's funding is not one.
    /// </summary>
    [GeneratedRegex(@"^this\s+(?:reporting|report|article|story|piece|series|coverage|investigation|journalism|podcast|episode)\s+(?:was|is|has\s+been)\s+(?:(?:partly|partially|generously)\s+)?(?:supported|funded|made\s+possible|underwritten)\s+(?:in\s+part\s+)?(?:by|through)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FundingNote();

    /// <summary>
    /// The document saying who made it and for whom, in its own words: "This report is produced by the Office in
    /// collaboration with …", "This briefing has been prepared to support the work of members …", "This bulletin is
    /// provided for the information of clients", "This announcement has been authorised for release by the Board".
    /// It opens on "this" and a document noun and goes on in the passive with a maker or an audience, so a story about
    /// a report ("The report was prepared by …") is not one. A cue of its own.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?:]\s+)this\s+(?:report|bulletin|update|briefing|brief|digest|document|summary|newsletter|note|paper|publication|announcement|release|alert|factsheet|fact\s+sheet|situation\s+report|flash\s+update|commentary|analysis|transcript|profile|page|guide|overview|assessment)\s+(?:is|was|has\s+been)\s+(?:jointly\s+)?(?:produced|prepared|compiled|issued|authori[sz]ed\s+for\s+release|provided)\s+(?:by|for|to\s+support|in\s+collaboration|with\s+the\s+support|on\s+behalf)\b[^.!?]*[.!?]", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionNote();

    /// <summary>
    /// A notice that says it is one: "Disclaimer: The designations employed …", "DISCLAIMER AND COPYRIGHT. This document
    /// …", "Important disclaimer – …". The label is capitalised as a label is, so a sentence mentioning "a disclaimer:" is
    /// not one. A cue of its own.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?:]\s+|\s)(?:(?i:important)\s+)?(?:Disclaimers?|DISCLAIMERS?)(?:\s+(?i:and\s+copyright))?\s*[:.\-–—]\s+\S")]
    private static partial Regex Labelled();

    /// <summary>
    /// A clause naming another text as the authoritative one: "The full judgment is the only authoritative document.",
    /// "…; the transcript is the authoritative account of the hearing." A cue of its own: only a page standing in for
    /// that text says so.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?;]\s+)the\s+(?:full\s+|official\s+|published\s+|signed\s+)?(?:judgment|judgement|transcript|decision|ruling|text|record|report|order|version)\s+(?:is|remains)\s+the\s+(?:only\s+)?(?:official|authoritative|authentic)\s+(?:account|document|text|record|version|source)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthoritativeElsewhere();

    /// <summary>
    /// One short sentence that disowns the text's views: "The views expressed in this commentary are the authors' own.",
    /// "Opinions expressed are solely those of the writer." A cue of its own, since nothing else is in the sentence; in a
    /// short notice it may follow another sentence ("… is a service of the Network. The views expressed …").
    /// </summary>
    private static bool IsViewsNote(string t) =>
        TextLines.WordCount(t) <= MaxViewsWords && TextLines.SentenceCount(t) == 1 && (ViewsNote().IsMatch(t) || ViewsOfThisText().IsMatch(t))
        || TextLines.WordCount(t) <= MaxViewsFootWords && (ViewsNoteSentence().IsMatch(t) || ViewsOfThisText().IsMatch(t));

    private const int MaxViewsWords = 30;

    /// <summary>A views note as one sentence of a short foot notice: "ReliefLink is a service of … The views expressed in
    /// documents posted here are those of their authors."</summary>
    private const int MaxViewsFootWords = 60;

    /// <summary>
    /// Views disowned with the text itself named ("in this commentary", "here", "by readers in comments"): then "do not
    /// reflect" or "are the authors'" is enough, where an unqualified "the views expressed by the minister do not reflect
    /// …" is a sentence of a story.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:the\s+|any\s+|all\s+)?(?:views|opinions)\s+expressed\s+(?:(?:in|on)\s+(?:this|these)\s+\w+|here|by\s+(?:readers|commenters)(?:\s+in\s+(?:the\s+)?comments)?|in\s+(?:the\s+)?comments)\b[^.!?]{0,60}?\b(?:do\s+not\s+(?:necessarily\s+)?(?:reflect|represent)|are\s+(?:solely\s+)?(?:the\s+)?(?:authors?|writers?|contributors?)['’]s?\s*(?:,|\.|$))", RegexOptions.IgnoreCase)]
    private static partial Regex ViewsOfThisText();

    /// <summary>
    /// A sentence by which the page disowns being the authoritative text: "This summary is provided to assist in
    /// understanding the decision", "This is an uncorrected version of the Official Report", "The following summary …
    /// does not constitute an official record", "The English version is the only official one", "Not an official record."
    /// It opens on the document itself (this, the following, the English version), so a story about a court's or a
    /// parliament's records is not one. A cue of its own.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:note\s*:\s*)?(?:(?:this|these|the\s+following|the\s+\p{L}+\s+version(?:\s+of\s+this\s+\w+)?)\b[^.!?]{0,80}?\b(?:(?:is|are)\s+(?:an?\s+)?uncorrected\s+(?:version|transcript|record|text)|(?:is|are)\s+provided\s+(?:solely\s+|only\s+)?to\s+(?:assist|help)\b|(?:does|do)\s+not\s+(?:constitute|form\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:official|reasons|authoritative)|(?:is|are)\s+not\s+(?:an?\s+|the\s+)?(?:official|authoritative)\s+(?:record|text|version|report|transcript)|(?:is|are)\s+the\s+only\s+(?:official|authoritative|authentic)\s+(?:one|version|text))|not\s+an?\s+official\s+(?:record|text|document)\s*\.?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotOfficialText();

    /// <summary>"If you have received this email (fax, message) in error, please …": a transmission's notice, a cue of its own.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)if\s+you\s+(?:have\s+)?received\s+(?:this|it)\b[^.]{0,40}?\bin\s+error\b", RegexOptions.IgnoreCase)]
    private static partial Regex Misdelivered();

    /// <summary>"The views expressed are the authors' own" / "… do not necessarily reflect …": a whole line (<see cref="ViewsNote"/>) or one sentence of a short notice (<see cref="ViewsNoteSentence"/>).</summary>
    private const string ViewsNoteClause = @"(?:the\s+|any\s+|all\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b[^.!?]{0,60}?\b(?:(?:are|is|remain)\s+(?:solely\s+|entirely\s+)?(?:(?:the\s+)?(?:(?:authors?|writers?|contributors?|interviewees?|speakers?|guests?|panell?ists?)(?:['’]s?)?|their|his|her)\s+own|(?:solely\s+)?those\s+of\s+(?:the|their)\s+(?:authors?|writers?|contributors?|interviewees?|speakers?|guests?|panell?ists?))|do\s+not\s+necessarily\s+(?:reflect|represent))";

    [GeneratedRegex("^" + ViewsNoteClause, RegexOptions.IgnoreCase)]
    private static partial Regex ViewsNote();

    [GeneratedRegex(@"(?:^|[.!?]\s+)" + ViewsNoteClause, RegexOptions.IgnoreCase)]
    private static partial Regex ViewsNoteSentence();

    private static string Kind(Match m) => m.Groups.Values.Skip(1).First(g => g.Success).Name;

    [GeneratedRegex(@"(?<info>\bfor\s+(?:general\s+)?information(?:al)?(?:\s+purposes)?\s+only\b)|(?<advice>\b(?:does|do|is|are|should)\s+not\s+(?:constitute|amount\s+to|be\s+(?:taken|construed)\s+as)\s+(?:\w+\s+){0,5}advice\b)|(?<liability>\b(?:accepts?|assumes?|bears?)\s+no\s+(?:\w+\s+)?(?:liability|responsibility)\b|\bno\s+liability\s+is\s+accepted\b)|(?<reliance>\bnot\s+(?:be\s+)?relied\s+(?:up)?on\b)|(?<views>\bviews\s+expressed\s+(?:\w+\s+){0,6}(?:do\s+not\s+necessarily|are\s+(?:those|solely))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Cues();
}

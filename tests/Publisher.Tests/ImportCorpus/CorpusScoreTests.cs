using Publisher.ImportEval;
using Publisher.Tests.Support;

namespace Publisher.Tests.ImportCorpus;

/// <summary>
/// Import keeps at least the scores it reached on the labelled corpus (tests/ImportCorpus/), so a rule that helps one
/// shape cannot quietly cost another. The floors are the measured totals (benchmarks/Publisher.ImportEval prints them);
/// raise them when import gets better, and lower one only on purpose, saying why in the commit.
/// </summary>
public class CorpusScoreTests
{
    /// <summary>Totals with the editor's minimal sidecars: fields right, kept-text precision and recall, and the most furniture, glued and lost lines.</summary>
    public sealed record Floor(string Set, int Found, int Title, int Authors, int Date, int Kind, int Publication, int VolumeIssue,
        double Precision, double Recall, int MaxFurniture, int MaxGlued, int MaxLost);

    public static TheoryData<Floor> Floors() => new()
    {
        new Floor("dev", Found: 20, Title: 20, Authors: 20, Date: 20, Kind: 20, Publication: 20, VolumeIssue: 20,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout", Found: 15, Title: 15, Authors: 15, Date: 15, Kind: 15, Publication: 15, VolumeIssue: 15,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout2", Found: 15, Title: 15, Authors: 15, Date: 15, Kind: 15, Publication: 15, VolumeIssue: 15,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout3", Found: 18, Title: 18, Authors: 18, Date: 18, Kind: 18, Publication: 18, VolumeIssue: 18,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 7, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout4", Found: 19, Title: 19, Authors: 19, Date: 19, Kind: 19, Publication: 19, VolumeIssue: 19,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout5", Found: 20, Title: 20, Authors: 20, Date: 20, Kind: 19, Publication: 20, VolumeIssue: 20,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout6", Found: 21, Title: 20, Authors: 21, Date: 21, Kind: 19, Publication: 21, VolumeIssue: 21,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 6, MaxGlued: 1, MaxLost: 0),
        new Floor("heldout7", Found: 20, Title: 19, Authors: 19, Date: 20, Kind: 19, Publication: 19, VolumeIssue: 20,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 7, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout8", Found: 21, Title: 21, Authors: 20, Date: 21, Kind: 21, Publication: 21, VolumeIssue: 21,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout9", Found: 20, Title: 19, Authors: 19, Date: 20, Kind: 17, Publication: 19, VolumeIssue: 20,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 14, MaxGlued: 1, MaxLost: 0),
        new Floor("heldout10", Found: 21, Title: 21, Authors: 21, Date: 21, Kind: 21, Publication: 21, VolumeIssue: 21,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout11", Found: 22, Title: 22, Authors: 22, Date: 22, Kind: 21, Publication: 21, VolumeIssue: 22,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 7, MaxGlued: 2, MaxLost: 0),
        // Blind when written (F1 0.921, 8 lines lost); its causes were then fitted, q04's unsplit brief last.
        new Floor("heldout12", Found: 18, Title: 18, Authors: 18, Date: 18, Kind: 17, Publication: 18, VolumeIssue: 18,
            Precision: 0.97, Recall: 0.99, MaxFurniture: 8, MaxGlued: 0, MaxLost: 0),
        // Blind when written (F1 0.692) and measured again unread after the next round (B: the same); development since.
        new Floor("heldout13", Found: 18, Title: 17, Authors: 17, Date: 18, Kind: 17, Publication: 18, VolumeIssue: 18,
            Precision: 0.97, Recall: 0.99, MaxFurniture: 8, MaxGlued: 0, MaxLost: 0),
        // Blind when written (F1 0.761) and measured unread after two rounds (B: the same); development since: whole issues
        // read from their structure without a known masthead (t01, t03), fields from running lines (t02), web-page heads,
        // furniture after an article's end (t09–t11), a mailed notice's header and signature (t12), a letter to readers
        // that is not an article (t04).
        new Floor("heldout14", Found: 18, Title: 18, Authors: 18, Date: 18, Kind: 18, Publication: 18, VolumeIssue: 18,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread four times (A 0.872; D, after the rounds of 1 December: dates 18, vol/iss 19);
        // development since: its misses are gaps to understand and write new cases for, not strings to fit. After the
        // round of 1 December (fifth session), fitted to it among others: F1 0.995, every field but kind 22/22.
        new Floor("heldout15", Found: 22, Title: 22, Authors: 22, Date: 22, Kind: 22, Publication: 22, VolumeIssue: 22,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 2, MaxGlued: 1, MaxLost: 0),
        // Blind when written (F1 0.853) and measured unread after two rounds (C, D: the same but publication 16→17);
        // development since. Its misses are gaps to understand and write new cases for, not strings to fit. After the
        // round of 1 December (seventh session), fitted to it among others: F1 0.950; after issue15 (a citation in brackets
        // ending a sentence, section labels by shape): F1 0.988.
        new Floor("heldout16", Found: 22, Title: 22, Authors: 22, Date: 22, Kind: 22, Publication: 21, VolumeIssue: 22,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 11, MaxGlued: 0, MaxLost: 0),
        // Blind when written (F1 0.915) and measured unread after three rounds (B, C, D: F1 0.916); development since.
        new Floor("heldout17", Found: 23, Title: 22, Authors: 21, Date: 22, Kind: 22, Publication: 22, VolumeIssue: 23,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 13, MaxGlued: 0, MaxLost: 1),
        // Blind when written and measured unread after four rounds (A to D: F1 0.976, 26 pieces found for 23 articles);
        // development since.
        new Floor("heldout18", Found: 23, Title: 23, Authors: 23, Date: 23, Kind: 23, Publication: 23, VolumeIssue: 23,
            Precision: 0.97, Recall: 1.00, MaxFurniture: 9, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread after four rounds (A to D: F1 0.939); development since.
        new Floor("heldout19", Found: 23, Title: 22, Authors: 23, Date: 23, Kind: 20, Publication: 22, VolumeIssue: 23,
            Precision: 0.96, Recall: 0.99, MaxFurniture: 20, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread after four rounds (A to D: F1 0.895 to 0.918); development since.
        // issues20: b03's contents (page first, "Title — NAME") and "NAME with NAME" byline read, 3 of 3 articles found.
        new Floor("heldout20", Found: 23, Title: 23, Authors: 23, Date: 23, Kind: 23, Publication: 23, VolumeIssue: 23,
            Precision: 0.97, Recall: 1.00, MaxFurniture: 16, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread after four rounds (A to E: F1 0.86 to 0.897, 20 pieces found for 23
        // articles); development since.
        // shape19: p04 (an issue printed one paragraph per line) read as a whole issue, 2 of 3 articles found; its
        // unread head (contributors' bios, the unsigned brief's label and title) now sits in the piece before the first
        // article, one furniture line more than the web reading left (28 -> 29).
        // issues20: p04's masthead name in capitals over two lines read whole.
        // titles20: p15's title wrapped before its series number ("… — Flash Update" / "No. 4") read whole.
        new Floor("heldout21", Found: 23, Title: 22, Authors: 23, Date: 23, Kind: 22, Publication: 22, VolumeIssue: 23,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 9, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread after four rounds (A to E: F1 0.966 to 0.968, 22 pieces found for 23
        // articles); development since.
        // issues20: e04's masthead (a long block whose volume line was taken for prose) and its column contents with group
        // names read, 3 of 3 articles found.
        // titles20: e12's title wrapped before "Report No. 6" read whole, not the value of a stacked "Source" field.
        new Floor("heldout22", Found: 23, Title: 23, Authors: 23, Date: 23, Kind: 23, Publication: 21, VolumeIssue: 23,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 8, MaxGlued: 1, MaxLost: 0),
        // Blind when written and measured unread after four rounds (A to D: F1 0.967 to 0.970, 23 of 23 articles found);
        // development since the fourteenth session.
        new Floor("heldout23", Found: 23, Title: 22, Authors: 22, Date: 21, Kind: 21, Publication: 22, VolumeIssue: 23,
            Precision: 0.97, Recall: 0.99, MaxFurniture: 19, MaxGlued: 0, MaxLost: 1),
        new Floor("heldout24", Found: 24, Title: 23, Authors: 21, Date: 23, Kind: 22, Publication: 22, VolumeIssue: 24,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 8, MaxGlued: 0, MaxLost: 0),
        // Blind when written, the fifteenth session's validation split (A to E: F1 0.888, kinds 13 to 14); development since the
        // sixteenth session.
        new Floor("heldout25", Found: 23, Title: 23, Authors: 23, Date: 23, Kind: 22, Publication: 21, VolumeIssue: 23,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 21, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread four times (A to D: F1 0.925 to 0.926 and 0.972 to 0.974); development since
        // the seventeenth session.
        new Floor("heldout26", Found: 23, Title: 22, Authors: 22, Date: 20, Kind: 21, Publication: 21, VolumeIssue: 23,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 15, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout27", Found: 26, Title: 26, Authors: 25, Date: 26, Kind: 25, Publication: 26, VolumeIssue: 26,
            Precision: 0.97, Recall: 1.00, MaxFurniture: 9, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread four times (heldout28 A to D: F1 0.929 to 0.960; heldout29 A to D: 0.955 to
        // 0.956); development since the nineteenth session.
        new Floor("heldout28", Found: 25, Title: 25, Authors: 25, Date: 25, Kind: 24, Publication: 25, VolumeIssue: 25,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
        new Floor("heldout29", Found: 27, Title: 27, Authors: 26, Date: 27, Kind: 27, Publication: 27, VolumeIssue: 27,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread four times (heldout30 A to D: F1 0.979 to 0.989); development since the
        // twentieth session.
        new Floor("heldout30", Found: 24, Title: 24, Authors: 24, Date: 24, Kind: 23, Publication: 23, VolumeIssue: 24,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 5, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread four times (heldout31 A to D: F1 0.945 each time); development since the
        // twenty-first session's end.
        new Floor("heldout31", Found: 23, Title: 22, Authors: 21, Date: 22, Kind: 20, Publication: 23, VolumeIssue: 23,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 10, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread three times (heldout32 A to C: F1 0.888 each time); development since the
        // twenty-second session's start, floored after that session's rules (F1 0.888 -> 0.960; furniture 27: o15's "Special to" line
        // counts once its republication note is read).
        new Floor("heldout32", Found: 24, Title: 24, Authors: 24, Date: 24, Kind: 22, Publication: 23, VolumeIssue: 24,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 10, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread five times (heldout33 A to E: F1 0.890 from B on); development since the
        // twenty-third session's start, floored at E before any rule fitted to it.
        new Floor("heldout33", Found: 24, Title: 24, Authors: 24, Date: 23, Kind: 24, Publication: 23, VolumeIssue: 24,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread three times (heldout34 A to C: F1 0.972 from A on); development since the
        // twenty-fourth session's start, floored at C before any rule fitted to it. Recall 0.99 since the twenty-eighth
        // session: i13's caret references ("^ a b Lee …") became footnotes, and the back-link letters "a b", labelled inside
        // two text lines, are left out of them (recall 0.999).
        new Floor("heldout34", Found: 23, Title: 23, Authors: 23, Date: 23, Kind: 23, Publication: 23, VolumeIssue: 23,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
        // Blind when written and measured unread four times (heldout35 A to D: F1 0.952 from A on); development since the
        // twenty-fifth session's start, floored at D before any rule fitted to it.
        new Floor("heldout35", Found: 23, Title: 23, Authors: 23, Date: 23, Kind: 23, Publication: 23, VolumeIssue: 23,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        // Blind when written (thirty-ninth session; F1 0.942 at adaf8fbe, then three unmatched articles more and every
        // field unchanged); development since the fortieth session's start, floored at its measurement then, raised after
        // its fitting ("1. Title" contents wrapped with their authors; a trail over the publication field is no title).
        new Floor("heldout41", Found: 23, Title: 23, Authors: 23, Date: 22, Kind: 23, Publication: 22, VolumeIssue: 23,
            Precision: 0.99, Recall: 0.99, MaxFurniture: 6, MaxGlued: 0, MaxLost: 0),
        // Blind when written (forty-fifth session; F1 0.972, 3 lines lost) and measured unread at that session's end (the
        // same); development since the forty-sixth, whose first rules brought its lost lines to none.
        new Floor("heldout47", Found: 22, Title: 22, Authors: 21, Date: 22, Kind: 19, Publication: 22, VolumeIssue: 22,
            Precision: 0.96, Recall: 0.98, MaxFurniture: 15, MaxGlued: 0, MaxLost: 0),
        // kinds22: an issue's first piece with its label and title glued to its prose, under a contents list opening its lines
        // with pages or a contributors box printed as one block; contents grouped under section names. The new cases were
        // written after the rules and measured once (8 of 8 in every field).
        new Floor("kinds22-dev", Found: 8, Title: 8, Authors: 8, Date: 8, Kind: 8, Publication: 8, VolumeIssue: 8,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        new Floor("kinds22-new", Found: 8, Title: 8, Authors: 8, Date: 8, Kind: 8, Publication: 8, VolumeIssue: 8,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // Issue 6, authors22 (sixteenth session): invented pages for bylines, signatures, authors blocks, dotted dates and
        // publication names (au_ and pub_ files); authors22-new written after the fit and measured once.
        new Floor("authors22-dev", Found: 9, Title: 9, Authors: 9, Date: 9, Kind: 7, Publication: 9, VolumeIssue: 9,
            Precision: 0.96, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        new Floor("authors22-new", Found: 10, Title: 10, Authors: 10, Date: 10, Kind: 7, Publication: 10, VolumeIssue: 10,
            Precision: 0.96, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        // furn21 (issue 6, furniture): the cases its rules were fitted to (related lists after a web page's notes, labelled
        // figure and gallery captions, a player's chapter list) and the new cases written after them, measured once. The dev
        // folder's three lost lines and its misses are the readers' (a page's head fields, a bracketed caption whose
        // credit line ends the web reader's text), not the furniture rules'.
        new Floor("furn21-dev", Found: 3, Title: 3, Authors: 2, Date: 2, Kind: 2, Publication: 3, VolumeIssue: 2,
            Precision: 0.93, Recall: 0.85, MaxFurniture: 5, MaxGlued: 0, MaxLost: 3),
        new Floor("furn21-new", Found: 3, Title: 3, Authors: 3, Date: 3, Kind: 2, Publication: 3, VolumeIssue: 3,
            Precision: 0.97, Recall: 1.00, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
        // The seventeenth session's rules (the lead's: a bio closing a page without a byline, bylines after document nouns,
        // briefs signed by bare names, a section's credit, a publisher's publication field): new cases written after the
        // rules and measured once (9 of 9 in every field; the rules' base gave authors 5, kinds 6, publication 8).
        new Floor("lead17-new", Found: 9, Title: 9, Authors: 9, Date: 9, Kind: 9, Publication: 9, VolumeIssue: 9,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // The same session's later rules (an issue one paragraph per line, 'Title – by NAME' contents, title case from
        // capitals, title-case briefs): new cases measured once (kinds 6 of 7: a short feature after the briefs stays in their run).
        new Floor("lead17b-new", Found: 7, Title: 7, Authors: 7, Date: 7, Kind: 6, Publication: 7, VolumeIssue: 7,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // The eighteenth session's digest reader: new cases measured once (titles 3, authors 4, publications 2 of 6), then
        // two rules for what they showed and one relabelled list name (authors 5, publications 5); kinds25's rubric rule
        // took 'Analysis:' and 'Commentary:' out of two items' titles (titles 5).
        new Floor("digest-new", Found: 6, Title: 5, Authors: 5, Date: 6, Kind: 6, Publication: 5, VolumeIssue: 6,
            Precision: 0.93, Recall: 1.00, MaxFurniture: 6, MaxGlued: 0, MaxLost: 0),
        // kinds24 (issue 6, kinds and titles): a page's own label in sentence case or beside a reference code, a masthead over
        // the site's menu. The new cases were written after the rules and measured once (titles 4, dates 4, kinds 4 of 5; the
        // field line taken for n03's title was fixed after that measurement).
        new Floor("kinds24-dev", Found: 3, Title: 3, Authors: 3, Date: 3, Kind: 3, Publication: 3, VolumeIssue: 3,
            Precision: 0.96, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        new Floor("kinds24-new", Found: 5, Title: 5, Authors: 5, Date: 4, Kind: 5, Publication: 5, VolumeIssue: 5,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // kinds25 (issue 6, kinds and titles): a rubric before the headline, a label line beside the reading time, an email
        // subject under its series label, a news story's dotted time, a label over the title with its date between. The new
        // cases were written after the rules and measured once (7 of 7 in every field but publication, 6 of 7).
        new Floor("kinds25-dev", Found: 5, Title: 5, Authors: 4, Date: 5, Kind: 5, Publication: 3, VolumeIssue: 5,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        new Floor("kinds25-new", Found: 7, Title: 7, Authors: 7, Date: 7, Kind: 7, Publication: 6, VolumeIssue: 7,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // pages20 (issue 6, unusual single web pages): page fields between a headline and its date, a feedback question with its
        // report link, a closing signature in capitals, a written question's answer head, roman-numeral notes, a paper's
        // presenters. The new cases were written after the rules and measured once (titles, authors, dates, kinds and
        // publications 5 of 6; roman markers that become footnotes cost a token each in P and R).
        new Floor("pages20-dev", Found: 9, Title: 9, Authors: 9, Date: 8, Kind: 9, Publication: 7, VolumeIssue: 9,
            Precision: 0.93, Recall: 0.98, MaxFurniture: 8, MaxGlued: 0, MaxLost: 0),
        new Floor("pages20-new", Found: 6, Title: 5, Authors: 5, Date: 5, Kind: 5, Publication: 5, VolumeIssue: 6,
            Precision: 0.93, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        // pages21 (issue 6, single web pages of kinds the development sets did not hold): dates and bylines under another
        // language's furniture words, a head sentence naming the piece before its publishing verb and date, a sentence-case
        // headline wrapped mid-phrase, a chapter's number and the work that holds it, names with affiliation marks. The new
        // cases were written after the rules and measured once (found 7 of 9: a site-root address crashed the reader; after
        // that fix and n04's kind relabelled by the two-words rule, the floors below).
        new Floor("pages21-dev", Found: 11, Title: 10, Authors: 10, Date: 10, Kind: 8, Publication: 10, VolumeIssue: 11,
            Precision: 0.84, Recall: 0.96, MaxFurniture: 27, MaxGlued: 1, MaxLost: 1),
        new Floor("pages21-new", Found: 8, Title: 7, Authors: 7, Date: 8, Kind: 7, Publication: 8, VolumeIssue: 8,
            Precision: 0.92, Recall: 0.93, MaxFurniture: 6, MaxGlued: 0, MaxLost: 2),
        // pages22-new (twenty-second session): five pages of the republication-note and standfirst-over-metadata rules fitted to
        // heldout32's single pages, written after the rules, labelled before one run and measured once (the floors below).
        new Floor("pages22-new", Found: 5, Title: 4, Authors: 4, Date: 5, Kind: 4, Publication: 5, VolumeIssue: 5,
            Precision: 0.94, Recall: 1.00, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        // pages33-new (twenty-third session): seven pages of the shapes fitted to heldout33's single pages, written after the
        // rules, labelled before one run and measured once (the floors below).
        new Floor("pages33-new", Found: 7, Title: 7, Authors: 7, Date: 7, Kind: 7, Publication: 5, VolumeIssue: 7,
            Precision: 0.94, Recall: 0.99, MaxFurniture: 6, MaxGlued: 0, MaxLost: 0),
        // pages34-new (twenty-fourth session): six pages of the shapes fitted to heldout34's single pages, written after the
        // rules, labelled before one run and measured once (the floors below; the code before the rules: titles 4, authors 5,
        // kinds 5, publications 4 of 6).
        new Floor("pages34-new", Found: 6, Title: 6, Authors: 6, Date: 6, Kind: 6, Publication: 6, VolumeIssue: 6,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // cases32-new (thirtieth session): twelve cases of cases31-new's fitted shapes, written after those rules, labelled
        // before one run and measured once (titles 10, kinds 10, publications 10, F1 0.982, furniture 10, lost 1). Fitted the
        // same session (a tagline repeating its site's noun, an entry opening with its name-shaped term, speakers after a dash
        // or in brackets, copyright words inside prose, a year before a stop, "Want to …?"): every field 12/12, F1 0.997.
        new Floor("cases32-new", Found: 12, Title: 12, Authors: 12, Date: 12, Kind: 12, Publication: 12, VolumeIssue: 12,
            Precision: 0.99, Recall: 0.99, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // issues38-new (thirtieth session): whole issues, a sibling monitor, an email letter and web pages with many byline and
        // bio shapes, written after the rules of 27eeb661, measured once (titles 18, authors 18 of 21, F1 0.974, furniture 5);
        // one miss fitted (a name over its role line); the thirty-first session's rules for issues39-new found the email
        // letter's signed and unsigned pieces: the floors below.
        new Floor("issues38-new", Found: 21, Title: 20, Authors: 21, Date: 21, Kind: 21, Publication: 21, VolumeIssue: 21,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        // issues39-new (thirty-first session): whole issues and email letters weighted on authors, kinds and dates, measured
        // once (titles, authors, dates, kinds 20 of 25, F1 0.913, furniture 16, lost 3), then fitted the same session.
        new Floor("issues39-new", Found: 25, Title: 25, Authors: 25, Date: 25, Kind: 25, Publication: 25, VolumeIssue: 25,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // cases33-new (thirty-first session): web pages of cases32-new's fitted shapes, measured once (titles 10, authors,
        // dates, kinds 11 of 12, F1 0.991, furniture 14); fitted in the thirty-second session (speaker runs after the text, a
        // possessive before a tagline's noun, "Entry revised DATE", a site's button over the headline): every field 12/12.
        new Floor("cases33-new", Found: 12, Title: 12, Authors: 12, Date: 12, Kind: 12, Publication: 12, VolumeIssue: 12,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // cases34-new (thirty-second session): web pages of cases33-new's shapes in new wordings, written before those rules,
        // measured once at 1f15d654 (authors 7, dates 8, kinds 9 of 12, F1 0.969, furniture 21) and once after them (titles
        // 12, authors 8, dates and kinds 11, F1 0.985, furniture 10); then fitted: every field 12/12.
        new Floor("cases34-new", Found: 12, Title: 12, Authors: 12, Date: 12, Kind: 12, Publication: 12, VolumeIssue: 12,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // issues40-new (thirty-second session): whole issues and email letters with plural genre labels over runs, signatures,
        // roles in bylines and email feet, measured once at 1f15d654 (found 24 of 27, authors 15, kinds 14, F1 0.885,
        // furniture 33); fitted then and in the thirty-third session (an email's contents under "This week:", a collection
        // label over one short piece). Left: an issue printed without blank lines whose contents run into its first title.
        new Floor("issues40-new", Found: 27, Title: 27, Authors: 26, Date: 27, Kind: 27, Publication: 27, VolumeIssue: 27,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        // issues41-new (thirty-third session): whole issues and email letters written after issues40-new's rules, measured
        // once by its writer at 272c35c0 (found 22 of 32, titles 18, authors 13, F1 0.756, furniture 75, lost 2); partly
        // fitted the same session (send counts in a letter's words, rules of plus signs, ranks written out, reviewed books'
        // details, contents entries with the page after a comma). Left: l05's short takes, l09's letter, l10 (an email
        // carrying an issue read as a web page; two lines of a note lost), l01's roundup, bios under the text.
        new Floor("issues41-new", Found: 26, Title: 23, Authors: 24, Date: 23, Kind: 24, Publication: 26, VolumeIssue: 23,
            Precision: 0.86, Recall: 0.90, MaxFurniture: 31, MaxGlued: 0, MaxLost: 2),
        // cases35-new (thirty-third session): web pages written after cases34-new's rules, measured once by its writer at
        // 272c35c0 (titles 8, authors 9, dates 10, kinds 8 of 12, F1 0.953, furniture 22, lost 3 — the three standfirsts
        // its writer labelled text, relabelled to the corpus's convention); bylines and a site's description over a reference
        // page's label fitted the same session (titles 10, authors 12, kinds 9). Left: r04's and r06's titles, lists of
        // reviewers, participants and witnesses, closing prompts.
        new Floor("cases35-new", Found: 12, Title: 10, Authors: 12, Date: 10, Kind: 10, Publication: 12, VolumeIssue: 12,
            Precision: 0.93, Recall: 1.00, MaxFurniture: 21, MaxGlued: 0, MaxLost: 0),
        // issues42-new (thirty-fourth session): whole issues and email letters written after issues41-new's rules, measured
        // once by its writer at c7376872 (found 22 of 32, titles 17, authors 14, F1 0.752, furniture 87, lost 7); fitted
        // the same session (a letter's contents by its titles printed later, greetings, mastheads over a count and a
        // printed date, counts in a letter's own word, "NAME in PLACE · DATE"). Left: m03, m05's brief run, m10 (an email
        // carrying an issue, read as a web page), authors of signed pieces, bios under the text. Thirty-fifth session: m03's
        // first brief is cut out by its listed title and the second read into it (a title less); a letter's nested contents
        // under a known heading read by the titles printed later (m05: found 27 → 29, titles 26, authors 22). Thirty-sixth
        // session: a run whose first piece the contents list by title is not ended by a listed piece (kinds 19 → 24).
        new Floor("issues42-new", Found: 30, Title: 29, Authors: 23, Date: 29, Kind: 27, Publication: 30, VolumeIssue: 29,
            Precision: 0.87, Recall: 0.95, MaxFurniture: 37, MaxGlued: 0, MaxLost: 0),
        // cases36-new (thirty-fourth session): web pages written after cases35-new's rules, measured once by its writer at
        // c7376872 (titles 11, authors 8, dates 8, kinds 10 of 12, F1 0.962, furniture 20, lost 1). Thirty-fifth session:
        // without sidecars nine lines were lost (a reference sheet's definition ending on a year): now one; "fact sheet" a kind.
        new Floor("cases36-new", Found: 12, Title: 11, Authors: 8, Date: 8, Kind: 11, Publication: 12, VolumeIssue: 12,
            Precision: 0.93, Recall: 0.98, MaxFurniture: 20, MaxGlued: 0, MaxLost: 1),
        // issues43-new (thirty-fifth session): whole issues and email letters written after issues42-new's rules, measured
        // once by its writer at 21a7eb22 (found 19 of 32, titles 17, authors 11, F1 0.665, furniture 107, lost 17); fitted
        // the same session (an issue printed without blank lines under its volume line, sections before titles paged
        // after a comma, listed titles and signatures cut out of run-on blocks, retirement notes in ranks): lost 0.
        // A letter's nested contents under a known heading read by the titles printed later: found 23. Thirty-sixth
        // session: a daily's contents marked with dashes, its recurring blocks, sign-off and foot of addresses (n04: found
        // 1 → 3). Left: n09 (numbers without a mark before its titles), n05, n10. Thirty-ninth session: found 26, F1 0.820.
        new Floor("issues43-new", Found: 26, Title: 23, Authors: 18, Date: 21, Kind: 13, Publication: 26, VolumeIssue: 24,
            Precision: 0.76, Recall: 0.88, MaxFurniture: 58, MaxGlued: 0, MaxLost: 0),
        // issues44-new (thirty-sixth session): whole issues and email letters written after issues43-new's rules, measured
        // once by its writer at cdf0fde5 (found 22 of 35, titles 19, authors 13, F1 0.644, furniture 108, lost 2); fitted the
        // same session (group names in a letter's nested contents, recurring blocks under their labels, a signature
        // "NAME / Role" closing a piece): found 24, kinds of runs listed by title. Left: i01 and i05 (issues printed without
        // blank lines: one piece found of 5 and 2 of 3), i06, i08, the recurring block "YOU ASKED, WE ANSWERED". Thirty-seventh
        // session: contents with no heading opening on a section name over page-first entries, "By former OFFICE NAME",
        // signatures closing run-on pieces, the publisher's notice closing the issue (i01: 1 → 5 found): found 28.
        new Floor("issues44-new", Found: 30, Title: 28, Authors: 26, Date: 27, Kind: 18, Publication: 27, VolumeIssue: 30,
            Precision: 0.83, Recall: 0.92, MaxFurniture: 45, MaxGlued: 0, MaxLost: 2),
        // issues45-new (thirty-seventh session): daily and weekly letters and whole issues written after issues44-new's
        // rules, measured once by its writer at 9a3c5455 (found 16 of 35, titles 9, authors 8, F1 0.539, furniture 135,
        // lost 0); 16 found after the session's first rules (fitted to issues44-new); fitted then (a dashed list with no
        // heading whose titles are printed later in capitals, a table's closing note; headless contents whose sections
        // each print one page-first entry, "By former Office NAME"): found 25 (23 matched), F1 0.775; thirty-eighth session
        // (contents entries "01 | Title", "1 – Title"): found 27 (26 matched), F1 0.810; thirty-ninth session: found 29 (28 matched), F1 0.836.
        new Floor("issues45-new", Found: 29, Title: 26, Authors: 23, Date: 26, Kind: 24, Publication: 26, VolumeIssue: 29,
            Precision: 0.79, Recall: 0.91, MaxFurniture: 57, MaxGlued: 0, MaxLost: 0),
        // issues46-new (thirty-eighth session): whole issues printed without blank lines and letters written after
        // issues45-new's rules, measured once by its writer at d8eb0b98 (found 21 of 35, titles 14, authors 16, F1 0.651,
        // furniture 81, lost 9); fitted then (an unsigned story between rules makes a letter no digest, "o" bullets,
        // "1 – Title" entries wrapped, a running line printed once with its spaces lost): found 25, F1 0.756, lost 0;
        // thirty-ninth session ("Iss 5", "5 · Title" wrapped, "Week 14, 2042", "From NAME in PLACE", the paper's own staff
        // under a title, an unlisted run piece closed by its signature): found 31, F1 0.879.
        new Floor("issues46-new", Found: 32, Title: 25, Authors: 29, Date: 32, Kind: 21, Publication: 32, VolumeIssue: 32,
            Precision: 0.84, Recall: 0.94, MaxFurniture: 53, MaxGlued: 0, MaxLost: 0),
        // issues47-new (thirty-ninth session): whole issues printed without blank lines and letters written after
        // issues46-new's rules, measured once by its writer at adaf8fbe (found 21 of 35, titles 16, authors 17, F1 0.675,
        // furniture 43, lost 0); fitted then ("Part N — Title", "No. N: Title", "[N] Title" entries, "40/19" beside the
        // date, a weekday over a Roman month, and the rules above): found 28, F1 0.857.
        new Floor("issues47-new", Found: 29, Title: 28, Authors: 27, Date: 25, Kind: 24, Publication: 29, VolumeIssue: 29,
            Precision: 0.84, Recall: 0.90, MaxFurniture: 24, MaxGlued: 0, MaxLost: 0),
        // issues48-new (thirty-ninth session): issues printed without blank lines and letters in the shapes fitted above,
        // written after those rules, measured once by its writer at 354d4585 (found 17 of 30, titles 11, authors 12, F1
        // 0.674, furniture 89, lost 1: a letter's short first story dropped as text before the first article); then ("+",
        // "»", "->" bullets; a story signed by the paper's own correspondent is an article, however short): found 20,
        // F1 0.768, lost 0.
        new Floor("issues48-new", Found: 20, Title: 14, Authors: 15, Date: 13, Kind: 8, Publication: 20, VolumeIssue: 17,
            Precision: 0.72, Recall: 0.82, MaxFurniture: 54, MaxGlued: 0, MaxLost: 0),
        // mix49-new (fortieth session): whole issues, siblings, web versions and scraped pages in the hidden set's proportions,
        // measured once by its writer at 154d7564 (found 27 of 28, F1 0.982, glued 1, lost 3: a merge of an issue's article
        // with its web version dropped a paragraph ending in a colon as furniture the two files repeat); then (the lead-in
        // kept, a quotation's attribution closing its paragraph, the periodical named on a web fields line): F1 0.987, lost 0;
        // then (plain contents lines the issue prints again, a listed section's run of briefs signed or not): 28 of 28, F1 0.996.
        new Floor("mix49-new", Found: 28, Title: 28, Authors: 28, Date: 27, Kind: 27, Publication: 28, VolumeIssue: 28,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 5, MaxGlued: 0, MaxLost: 0),
        // mix50-new (forty-first session): the hidden set's proportions again, in shapes unlike mix49-new's, measured once by
        // its writer at f562ba74 (found 26 of 29, F1 0.959: two contents lists not read — a page wrapped onto a line of its
        // own, a running paragraph —, arrowed entries, a sibling's brief run); then (those contents shapes, a breadcrumb's
        // periodical and number, names between middots, a funder's note): 29 of 29.
        new Floor("mix50-new", Found: 29, Title: 29, Authors: 29, Date: 28, Kind: 29, Publication: 29, VolumeIssue: 29,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // mix51-new (forty-second session): the hidden set's proportions in shapes unlike mix49-new's and mix50-new's, measured
        // once by its writer at 94e40f2c (found 28 of 29, F1 0.974; four of its misses were p02's labels, which listed the
        // articles out of their text's order, mended); then (contents parted by bars, a crawler-named headline that reads
        // like placed names, 'NAME | Role', a blog's footer sentence, a ministry under its government's banner): 29 of 29.
        new Floor("mix51-new", Found: 29, Title: 29, Authors: 29, Date: 28, Kind: 29, Publication: 27, VolumeIssue: 29,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 3, MaxGlued: 0, MaxLost: 0),
        // mix52-new (forty-second session): written after mix51-new's rules, in shapes unlike the three sets before it,
        // measured once by its writer at 20dd3cff (found 27, matched 26 of 29, F1 0.959); fitted on q05 in the forty-third
        // session (F1 0.977).
        new Floor("mix52-new", Found: 28, Title: 28, Authors: 28, Date: 27, Kind: 27, Publication: 26, VolumeIssue: 28,
            Precision: 0.96, Recall: 0.99, MaxFurniture: 11, MaxGlued: 0, MaxLost: 0),
        // mix53-new (forty-third session): written after mix52-new, in shapes unlike the four mixes before it, measured once
        // by its writer at 24654d18 (found 21 of 29, F1 0.873); fitted that session on r01 and r02 (F1 0.929), the next on
        // r03 (F1 0.942).
        new Floor("mix53-new", Found: 26, Title: 26, Authors: 24, Date: 24, Kind: 24, Publication: 24, VolumeIssue: 26,
            Precision: 0.92, Recall: 0.96, MaxFurniture: 17, MaxGlued: 0, MaxLost: 0),
        // mix54-new (forty-fourth session): written after mix53-new, in shapes unlike the five mixes before it, measured once
        // by its writer at a65393e2 (found 22 of 29, F1 0.768); fitted this session on s01–s04 (F1 0.925), the next on s03
        // (F1 0.966).
        new Floor("mix54-new", Found: 28, Title: 27, Authors: 27, Date: 26, Kind: 21, Publication: 24, VolumeIssue: 28,
            Precision: 0.94, Recall: 0.99, MaxFurniture: 18, MaxGlued: 0, MaxLost: 0),
        // mix55-new (forty-fifth session): twelve files in the hidden set's proportions, written by a helper, measured once at
        // 7cf5a1a9 (F1 0.812, found 20 of 29); fitted on x01, x02 and x05 since (F1 0.869, found 23).
        new Floor("mix55-new", Found: 23, Title: 19, Authors: 17, Date: 18, Kind: 17, Publication: 22, VolumeIssue: 19,
            Precision: 0.83, Recall: 0.90, MaxFurniture: 35, MaxGlued: 1, MaxLost: 0),
        // mix56-new (forty-sixth session): twelve files in the hidden set's proportions, written by a helper, measured once at
        // 66853634 (F1 0.819, found 20 of 29); fitted on v01–v05 since (F1 0.957, found 26, kinds 22).
        new Floor("mix56-new", Found: 26, Title: 25, Authors: 23, Date: 25, Kind: 22, Publication: 25, VolumeIssue: 26,
            Precision: 0.94, Recall: 0.97, MaxFurniture: 19, MaxGlued: 0, MaxLost: 0),
        // cases37-new (thirty-fifth session): web pages written after cases36-new's rules, measured once by its writer at
        // 21a7eb22 (titles 12, authors 11, dates 8, kinds 12 of 12, F1 0.960, furniture 19, glued 1, lost 2); not fitted.
        new Floor("cases37-new", Found: 12, Title: 12, Authors: 11, Date: 8, Kind: 12, Publication: 12, VolumeIssue: 12,
            Precision: 0.92, Recall: 0.99, MaxFurniture: 19, MaxGlued: 1, MaxLost: 2),
        // cases31-new (twenty-ninth session): eleven cases of cases30-new's fitted shapes, written after those rules, labelled
        // before one run and measured once (titles 6, authors 9, dates 10, kinds 7, F1 0.974, furniture 13). Fitted the same
        // session (taglines covering lists with commas, more reference-work nouns, a wiki's page tabs over the title, a headline
        // of two sentences under its label, sentence ends before markers, list items with their wrapped lines, the site's
        // closing lines never unwrapped into one paragraph): every field 11/11, F1 0.997.
        new Floor("cases31-new", Found: 11, Title: 11, Authors: 11, Date: 11, Kind: 11, Publication: 11, VolumeIssue: 11,
            Precision: 0.99, Recall: 0.99, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // cases30-new (twenty-ninth session): ten cases of cases29-new's fitted shapes, written after those rules, labelled
        // before one run and measured once (titles 7, dates 8, kinds 9, publications 8, F1 0.985, lost 2). Fitted the same
        // session (a companion's tagline, "last revised/checked" dates, a bare masthead's name without "The", bulleted lists
        // of sections and items of seven or eight words, a list right under a long title, an author card's line about its
        // author, a question to the reader without "you", markers side by side): every field 10/10, F1 0.997.
        new Floor("cases30-new", Found: 10, Title: 10, Authors: 10, Date: 10, Kind: 10, Publication: 10, VolumeIssue: 10,
            Precision: 0.99, Recall: 0.99, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // cases29-new (twenty-eighth session): eight cases of cases28-new's fitted shapes, written after those rules, labelled
        // before one run and measured once (titles 6, authors 6, kinds 6, publications 6, F1 0.972, lost 7). Fitted the same
        // session (taglines of handbooks and their slogans, a labelled date with fields, a title bar's article, a list under
        // a long title, a list announced by a colon): titles 8, authors 7, kinds 7, publications 8, F1 0.976, lost 4.
        new Floor("cases29-new", Found: 8, Title: 8, Authors: 7, Date: 8, Kind: 7, Publication: 8, VolumeIssue: 8,
            Precision: 0.97, Recall: 0.97, MaxFurniture: 3, MaxGlued: 3, MaxLost: 4),
        // cases28-new (twenty-eighth session): nine cases of that session's shapes written after its rules, labelled before one
        // run and measured once (authors 7, kinds 8, F1 0.982, lost 5). Fitted the same session (caret references after a
        // "See also" list, a byline between the list of sections and the date, the text opening with the first section, verse
        // never the title, "poem" a genre noun): authors 8, every other field 9/9, F1 0.990; h08's poem is still read badly
        // in its body (stanza lines made headings or dropped as fragments, reported) and its closing byline is missed.
        new Floor("cases28-new", Found: 9, Title: 9, Authors: 8, Date: 9, Kind: 9, Publication: 9, VolumeIssue: 9,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 2, MaxGlued: 1, MaxLost: 2),
        // cases27-new (twenty-seventh session): nine cases of the twenty-sixth session's shapes, labelled before one run and
        // measured once (authors 11, publications 11 of 12, F1 0.999, furniture 1). Fitted in the twenty-eighth session (share
        // buttons on a byline's line, a title bar or a reference work's tagline naming the site, a list of sections set apart
        // by blank lines between the title and the date): every field 12/12, F1 1.0, with and without sidecars.
        new Floor("cases27-new", Found: 12, Title: 12, Authors: 12, Date: 12, Kind: 12, Publication: 12, VolumeIssue: 12,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // pages35-new (twenty-fifth session): six pages of the shapes fitted to heldout35's single pages, written after the
        // rules, labelled before one run and measured once (authors 5, publications 5 of 6, F1 0.985, furniture 4: a body's
        // sign-off of seven words and a magazine named "… Review", both read after); the floors below are after that fix.
        new Floor("pages35-new", Found: 6, Title: 6, Authors: 6, Date: 6, Kind: 6, Publication: 6, VolumeIssue: 6,
            Precision: 0.97, Recall: 1.00, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
        // lead25-new (twenty-fifth session): three files of the lead's shapes written by the lead after the rules, labelled
        // before one run and measured once, unfitted (kinds 6, furniture 2, F1 0.988): m03's collection "dispatches" gave no
        // kind, and two lines of m01's footer stayed. Fitted in the twenty-sixth session (a page's own fields line files it
        // under a lone plural genre; an email's footer after its last rule read as one block): every field 7/7, F1 1.0.
        new Floor("lead25-new", Found: 7, Title: 7, Authors: 7, Date: 7, Kind: 7, Publication: 7, VolumeIssue: 7,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // lead24-new (twenty-fourth session): four files of the lead's shapes (a ruled email banner and footer block, a
        // publisher's and periodical's names on one masthead line, initials signatures, a text browser's relative links),
        // written after the rules, labelled before one run and measured once (found 7/8, authors 6, publications 5, F1 0.902);
        // fitted in the twenty-fifth session (a newsletter's ruled pieces, "… Centre for … Studies" as a publisher, keyed bios in
        // one paragraph): the floors below.
        new Floor("lead24-new", Found: 8, Title: 8, Authors: 8, Date: 8, Kind: 8, Publication: 8, VolumeIssue: 8,
            Precision: 1.00, Recall: 0.99, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // lead23-new (twenty-third session): five issues and emails of the lead's rules (genre-filed contents, a byline under
        // the notes, "(n)" notes, an email's send count, a piece signed under an unknown label, a rule over a footer), written
        // after the rules by a helper, labelled before one run and measured once (found 12 of 14, F1 0.821); the rules fitted
        // to it since (a boxed contents' heading row, a label over a title, the email header, the bios' heading, an unknown
        // genre among filed entries): 13 of 14.
        new Floor("lead23-new", Found: 13, Title: 12, Authors: 13, Date: 13, Kind: 12, Publication: 12, VolumeIssue: 13,
            Precision: 0.95, Recall: 0.95, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // lead19-new (nineteenth session): new cases for the box, side-by-side contents, text-browser, closing-signature,
        // staff-credit, unknown-label, indented-issue and interview rules, written after them and measured once (found 15 of
        // 19); three rules since (a staff credit under an unknown capitals label; a quoted title under a known label; an
        // interview's introduction naming its interviewer): 17 of 19.
        // wholes20's rules since (pages after a space or two in side-by-side contents, a listed title over a bare name is
        // no section label, a credit under a listed title, a name dotted to its page under a title in capitals): 19 of 19.
        new Floor("lead19-new", Found: 19, Title: 19, Authors: 19, Date: 19, Kind: 18, Publication: 19, VolumeIssue: 19,
            Precision: 0.99, Recall: 0.99, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        // lead20-new (twentieth session, newcases20): six pages of the lead's furniture and bio rules, labelled before one
        // run: 6/6 in every field, furniture 3; then a co-author's short bio above another's, its label gone: furniture 1.
        new Floor("lead20-new", Found: 6, Title: 6, Authors: 6, Date: 6, Kind: 6, Publication: 6, VolumeIssue: 6,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // wholes20 (issue 6, whole issues, emails carrying several pieces, text-browser dumps): the dev cases the rules were
        // fitted to, and new cases written after them and measured once (found 12 of 13, titles and authors 11, kinds 10,
        // F1 0.929); one rule since (a capitals line over a name dotted to its page is a title over its author): 13 of 13.
        new Floor("wholes20-dev", Found: 16, Title: 16, Authors: 16, Date: 16, Kind: 15, Publication: 16, VolumeIssue: 15,
            Precision: 0.98, Recall: 0.99, MaxFurniture: 4, MaxGlued: 0, MaxLost: 0),
        new Floor("wholes20-new", Found: 13, Title: 13, Authors: 13, Date: 13, Kind: 12, Publication: 13, VolumeIssue: 13,
            Precision: 1.00, Recall: 1.00, MaxFurniture: 0, MaxGlued: 0, MaxLost: 0),
        // wholes21 (issue 6, whole issues whose contents name a brief section, fact-check pages): new cases written after
        // the rule that a masthead's name over its tagline is masthead though a text rule took its volume line, labelled
        // before their one run (found 7 of 12, kinds 7, F1 0.808).
        // After that run (the lead): contents whose pages follow a gap print pages, and a short signed piece before the first
        // article found is an article: found 8, lost 6 -> 0.
        new Floor("wholes21-new", Found: 9, Title: 8, Authors: 8, Date: 8, Kind: 9, Publication: 9, VolumeIssue: 8,
            Precision: 0.86, Recall: 0.91, MaxFurniture: 11, MaxGlued: 0, MaxLost: 0),
        // mail21 (issue 6, email newsletters' furniture: what a newsletter says to its reader about itself, judged a unit
        // at a time): the dev cases the rules were fitted to, and new cases written after them and measured once (titles
        // and authors 3 of 4, kinds 0, P 0.862, furniture 9); two rules since (a members' or supporters' offer; a unit a
        // reader parted mid-sentence with a blank line, and a list item going on from a line that ends no sentence): P 0.927, furniture 6.
        new Floor("mail21-dev", Found: 4, Title: 3, Authors: 3, Date: 4, Kind: 1, Publication: 2, VolumeIssue: 3,
            Precision: 0.96, Recall: 1.00, MaxFurniture: 5, MaxGlued: 0, MaxLost: 0),
        new Floor("mail21-new", Found: 4, Title: 3, Authors: 3, Date: 4, Kind: 0, Publication: 3, VolumeIssue: 3,
            Precision: 0.92, Recall: 1.00, MaxFurniture: 6, MaxGlued: 0, MaxLost: 0),
        // Saved web pages (.html), read through the page original: labels count lines of the converted text.
        new Floor("html", Found: 6, Title: 6, Authors: 6, Date: 6, Kind: 3, Publication: 6, VolumeIssue: 5,
            Precision: 0.98, Recall: 1.00, MaxFurniture: 1, MaxGlued: 0, MaxLost: 0),
        // PDF issues (tests/ImportCorpus/pdf/): the reader's text through the same importer.
        new Floor("pdf", Found: 12, Title: 12, Authors: 12, Date: 10, Kind: 12, Publication: 12, VolumeIssue: 12,
            Precision: 0.99, Recall: 1.00, MaxFurniture: 2, MaxGlued: 0, MaxLost: 0),
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void Import_keeps_its_scores_on_the_corpus(Floor floor)
    {
        // Given
        var folder = Path.Combine(RepoPaths.Root, "tests", "ImportCorpus", floor.Set);
        var problems = new List<string>();
        var labels = CorpusLabels.LoadSet(folder, problems);
        Assert.Empty(problems);

        // When
        var imported = ImportRun.Run(RepoPaths.Root, [folder], withSidecars: true);
        var total = FileScore.Total(floor.Set, labels
            .Select(l => Scoring.Score(l, CorpusLabels.RawLinesOf(folder, l.Name), imported))
            .ToList());

        // Then
        var measured = new Floor(floor.Set, total.Matched, total.TitleOk, total.AuthorsOk, total.DateOk, total.KindOk, total.PublicationOk,
            total.VolumeIssueOk, Math.Round(total.Precision, 3), Math.Round(total.Recall, 3), total.FurnitureKept.Count, total.Glued.Count, total.Lost.Count);
        var worse = new List<string>();
        void AtLeast(string what, double got, double floorValue) { if (got < floorValue) worse.Add($"{what} {got} < {floorValue}"); }
        void AtMost(string what, int got, int ceiling) { if (got > ceiling) worse.Add($"{what} {got} > {ceiling}"); }
        AtLeast("articles found", measured.Found, floor.Found);
        AtLeast("title", measured.Title, floor.Title);
        AtLeast("authors", measured.Authors, floor.Authors);
        AtLeast("date", measured.Date, floor.Date);
        AtLeast("kind", measured.Kind, floor.Kind);
        AtLeast("publication", measured.Publication, floor.Publication);
        AtLeast("volume/issue", measured.VolumeIssue, floor.VolumeIssue);
        AtLeast("precision", measured.Precision, floor.Precision);
        AtLeast("recall", measured.Recall, floor.Recall);
        AtMost("furniture kept", measured.MaxFurniture, floor.MaxFurniture);
        AtMost("glued paragraphs", measured.MaxGlued, floor.MaxGlued);
        AtMost("lines lost", measured.MaxLost, floor.MaxLost);
        Assert.True(worse.Count == 0, $"import got worse on the {floor.Set} corpus: {string.Join("; ", worse)} (measured {measured})");
    }
}

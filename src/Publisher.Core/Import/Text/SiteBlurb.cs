using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A site's or an organisation's description of itself printed at the foot of its pages: "NAME is an independent,
/// non-partisan research institute …", "NAME is a nonprofit newsroom. We …", "NAME is a division of …", "NAME is
/// published by …", "NAME is edited by members of …", "This bulletin is produced by …". The opening sentence names an organisation (a capitalised name,
/// or "this report"), says it is run by or part of another body, or describes it with an about-us adjective
/// (independent, non-profit, registered …) and an organisation noun. A person's bio ("X is a senior fellow at …")
/// names a role, never an organisation noun, so it is not matched. Only the page's tail is judged (the caller's job):
/// the same sentence inside an article is reporting. Pure.
/// </summary>
internal static partial class SiteBlurb
{
    private const int MaxWords = 80;

    public static bool Is(string paragraph)
    {
        var text = Spaces().Replace(paragraph.Trim().Trim('*', '_'), " ");
        var words = TextLines.WordCount(text);
        return words is >= 5 and <= MaxWords && (Described().IsMatch(text) || Related().IsMatch(text) || SelfProduced().IsMatch(text));
    }

    // A capitalised name of up to eight words ("The Sahel Conflict Observatory", "Orchard & Vale Media").
    private const string Name = @"^(?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|for|and|on|&|de|du|la)?\s*[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*){0,7}";

    // "NAME is a|an [adjectives] ABOUT-ADJECTIVE [adjectives] ORGANISATION-NOUN"
    [GeneratedRegex(Name + @"\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:independent|non-?profit|not-for-profit|non-?partisan|registered|charitable|reader-funded|member-supported|volunteer-run|award-winning|private|public)\b[,]?\s+(?:[\p{L}-]+,?\s+){0,4}?(?:newsroom|news\s+organi[sz]ation|organi[sz]ation|institute|think\s+tank|charity|foundation|project|publication|network|service|agency|centre|center|platform|initiative|consultancy|firm|company|outlet|trust|coalition|alliance|journal|group|magazine|newspaper|website|site|media|research\s+\p{L}+|programme|program)\b")]
    private static partial Regex Described();

    // "NAME is published|produced|operated|run|funded by …", "NAME is a service|division|project|part of …", "NAME is the official journal of …"
    [GeneratedRegex(Name + @"\s+is\s+(?:(?:published|produced|operated|run|owned|funded|maintained|edited)\s+by\b|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:service|division|subsidiary|project|programme|program|part|member|unit|initiative|imprint)\s+of\b|the\s+official\s+(?:journal|gazette|newspaper|publication|newsletter|website)\s+of\b|part\s+of\b)")]
    private static partial Regex Related();

    // "This report|bulletin|digest … is produced|published|prepared|compiled by …"
    [GeneratedRegex(@"^This\s+(?:report|bulletin|digest|newsletter|update|briefing|summary|publication|brief|site|website|page|podcast|series)\s+is\s+(?:\p{L}+\s+)?(?:produced|published|prepared|compiled|issued|written|edited|made|funded|supported)\s+(?:by|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfProduced();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

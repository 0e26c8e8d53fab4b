namespace Publisher.Core.Import.Text;

/// <summary>
/// The kinds of article import assigns (front matter <c>kind</c>), each named once; the words pages print for them are in
/// <see cref="Genres"/>.
/// </summary>
public static class ArticleKinds
{
    public const string Feature = "feature";
    public const string Brief = "brief";
    public const string Analysis = "analysis";
    public const string Commentary = "commentary";
    public const string Interview = "interview";
    public const string News = "news";
    public const string Review = "review";
    public const string Profile = "profile";
    public const string Opinion = "opinion";
    public const string Report = "report";
    public const string OpEd = "op-ed";
    public const string PressRelease = "press release";
    public const string Statement = "statement";
    public const string PressStatement = "press statement";
    public const string LongRead = "long read";
    public const string PolicyBrief = "policy brief";
    public const string Blog = "blog";
    public const string Briefing = "briefing";
    public const string Newsletter = "newsletter";
    public const string Essay = "essay";
    public const string Editorial = "editorial";
    public const string Explainer = "explainer";
    public const string Insight = "insight";
    public const string Obituary = "obituary";
    public const string Podcast = "podcast";
    public const string Investigation = "investigation";
    public const string SituationReport = "situation report";
    public const string Transcript = "transcript";
    public const string LiveBlog = "live blog";
    public const string EncyclopediaEntry = "encyclopedia entry";
    public const string TravelAdvice = "travel advice";
    /// <summary>A chronology of dated entries on one story (a news outlet's "TIMELINE: …").</summary>
    public const string Timeline = "timeline";
    public const string FactCheck = "fact check";
    public const string Bulletin = "bulletin";
    public const string ForumPost = "forum post";

    /// <summary>A message posted to a mailing list that names no other kind.</summary>
    public const string Post = "post";
    public const string Recap = "recap";
    public const string Overview = "overview";
    public const string CourtReport = "court report";
    public const string ResearchArticle = "research article";
    public const string Announcement = "announcement";
    public const string Alert = "alert";
    public const string Excerpt = "excerpt";
    public const string Letter = "letter";
    public const string Notice = "notice";
    public const string Advisory = "advisory";
    public const string Correction = "correction";
    public const string Preprint = "preprint";
    public const string WrittenQuestion = "written question";
    public const string Minutes = "minutes";
    public const string Debate = "debate";
}

namespace Publisher.Core.Import.Text;

/// <summary>The kinds of article import assigns (front matter <c>kind</c>), each named once.</summary>
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
}

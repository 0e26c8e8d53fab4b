using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// A page with no address to name its site: the first line, over the site's menu bar or menu button, is the masthead;
/// the headline under the menu is the title. Invented text.
/// </summary>
public class MastheadOverMenuTests
{
    [Fact]
    public void The_line_over_the_menu_is_the_masthead_not_the_title()
    {
        string[] lines =
        [
            "Lexmoor — the tribunal decisions library",
            "Search decisions | Statutes | Topics | My lists | Sign out",
            "Immigration › Detention › Bail",
            "DECISION NOTE",
            "Bail refused after a second breach of reporting conditions",
            "Date of judgment: 04/03/2031",
            "The appellant had twice failed to report to the immigration office in the months before his hearing, and the tribunal found that no condition short of detention would secure his attendance.",
        ];
        Assert.Equal(4, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_parent_s_banner_and_a_menu_button_leave_the_masthead_under_them()
    {
        string[] lines =
        [
            "Government of Varnholm  /  Gouvernement du Varnholm",
            "Coastal Border Coordination Office",
            "MENU ☰    Search CBCO",
            "Home  →  News  →  Statements",
            "Statement on the seizure of the trawler Midnight Heron",
            "From: Coastal Border Coordination Office",
            "March 2, 2031 – Port Alder",
            "Early this morning, officers of the coast guard boarded the trawler Midnight Heron some nine miles off Port Alder and found forty rifles hidden under its catch.",
            "Coastal Border Coordination Office",
        ];
        Assert.Equal(4, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }

    [Fact]
    public void A_headline_over_a_share_bar_stays_the_title()
    {
        string[] lines =
        [
            "Flood barriers fail on the lower river as the storm stalls",
            "Share | Email | Print",
            "By Maren Holloway-Ek",
            "12 March 2031",
            "The barriers built after the last great flood gave way on Tuesday night at three places along the lower river, and the water reached the market square before dawn.",
        ];
        Assert.Equal(0, PageTitle.Choose(lines, PageTitleHints.None)!.Index);
    }
}

using Publisher.Core.Import;
using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import;

/// <summary>A page whose address is its site's root ("https://blog.example/"): a front page, invented (pages21-new).</summary>
public class WebScrapeSiteRootTests
{
    [Fact]
    public void A_page_at_the_site_root_is_read()
    {
        var page = string.Join("\n",
            "Quayside Notes", "A blog about the harbours of the northern coast", "Home  About  Archive  Contact",
            "The new patrol boats arrive", "Posted on 19 October 2032 by Henrik Aasgaard",
            "The first of the coastguard's two new patrol boats came into Sorhamn on Tuesday afternoon, to a small crowd on the pier and a good deal of hooting from the fishing boats.",
            "She will be based here from next month. The second boat is due at Velling in December.",
            "2 comments", "Leave a comment", "Quayside Notes runs on a free blogging platform.") + "\n";

        var result = new WebScrapeFormat().Read(page, new RawSource("seeds/case.txt") { Url = "https://quaysidenotes.example/" });

        Assert.Equal("The new patrol boats arrive", Assert.Single(result.Drafts).Title);
    }
}

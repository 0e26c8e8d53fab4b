using System.Text.Json;

namespace Publisher.BrowserTests;

/// <summary>
/// What screen-reader users navigate by, checked on every page of the sample site as the browser builds it:
/// one h1, headings that never skip a level, every image with an alt attribute, and the landmarks.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class DocumentStructureTests(BuiltSite site)
{
    private const string Inspect = """
        () => {
          const problems = [];
          const h1s = document.querySelectorAll('h1');
          if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
          let previous = 0;
          for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
            const level = Number(h.tagName[1]);
            if (previous > 0 && level > previous + 1) problems.push(`h${previous} then h${level} ("${h.textContent.trim().slice(0, 40)}")`);
            previous = level;
          }
          if (document.querySelector('h1') !== document.querySelector('h1, h2, h3, h4, h5, h6')) problems.push('a heading before the h1');
          for (const img of document.querySelectorAll('img:not([alt])')) problems.push(`img without alt: ${img.getAttribute('src')?.slice(0, 60)}`);
          for (const [selector, name] of [['body > header', 'banner'], ['main#main', 'main'], ['body > footer', 'contentinfo'], ['nav[aria-label]', 'navigation']])
            if (document.querySelectorAll(selector).length === 0) problems.push(`no ${name} landmark (${selector})`);
          if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one main');
          // A navigation landmark needs a name: its own aria-label, or a heading it points to with aria-labelledby.
          const named = nav => nav.getAttribute('aria-label')?.trim()
            || (nav.getAttribute('aria-labelledby') ?? '').split(/\s+/).map(id => document.getElementById(id)?.textContent.trim()).join('');
          for (const nav of document.querySelectorAll('nav')) if (!named(nav)) problems.push('nav without a name (aria-label or aria-labelledby)');
          return JSON.stringify(problems);
        }
        """;

    [Fact]
    public async Task Every_page_has_one_h1_ordered_headings_alt_text_and_landmarks()
    {
        var page = await site.Browser.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.Pages())
        {
            await page.GotoAsync(site.Url(path));
            using var found = JsonDocument.Parse(await page.EvaluateAsync<string>(Inspect));
            problems.AddRange(found.RootElement.EnumerateArray().Select(p => $"{path}: {p.GetString()}"));
        }
        await page.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}

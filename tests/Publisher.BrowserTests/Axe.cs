using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>Runs axe-core in a loaded page and returns its serious and critical violations as JSON (an empty array when clean).</summary>
public static class Axe
{
    public static async Task<string> SeriousViolationsAsync(IPage page, string axeScript)
    {
        await page.AddScriptTagAsync(new() { Content = axeScript });
        return await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))");
    }
}

using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>Runs axe-core in a loaded page and returns its violations as JSON (an empty array when clean).</summary>
public static class Axe
{
    /// <summary>The serious and critical violations only.</summary>
    public static Task<string> SeriousViolationsAsync(IPage page, string axeScript) =>
        RunAsync(page, axeScript, "v => v.impact === 'serious' || v.impact === 'critical'");

    /// <summary>
    /// Every violation, whatever its impact (minor ones included), as <c>violations</c>; and the rules axe
    /// could not decide (id and where) and leaves to a person (<c>incomplete</c>, e.g. contrast over a gradient), to list, not to fail.
    /// </summary>
    public static async Task<string> AllResultsAsync(IPage page, string axeScript)
    {
        await InjectAsync(page, axeScript);
        return await page.EvaluateAsync<string>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations', 'incomplete'] }); return JSON.stringify({" +
            " violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))," +
            " incomplete: r.incomplete.map(v => v.id + ' at ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')) }); }");
    }

    // A page reused across several documents loses the injected script on navigation: inject it once per document.
    private static async Task InjectAsync(IPage page, string axeScript)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
            await page.AddScriptTagAsync(new() { Content = axeScript });
    }

    private static async Task<string> RunAsync(IPage page, string axeScript, string filter)
    {
        await InjectAsync(page, axeScript);
        return await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations" +
            $".filter({filter})" +
            ".map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))");
    }
}

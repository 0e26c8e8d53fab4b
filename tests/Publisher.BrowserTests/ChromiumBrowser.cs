using Microsoft.Playwright;

namespace Publisher.BrowserTests;

/// <summary>
/// Starts Debian's chromium through Playwright (Playwright's own browser download cannot work on
/// these machines). The flags keep it from reaching for the network, which is closed here.
/// </summary>
public static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}

using LocalStrategy.Kpi.Publishing;
using Microsoft.Playwright;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Publishing;

/// <summary>One headless Debian Chromium for the browser tests, driven with Playwright (its bundled driver; no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    /// <summary>Gets the browser, or null when the tests are skipped.</summary>
    internal IBrowser? Browser { get; private set; }

    /// <summary>Gets the Chromium executable.</summary>
    internal string? Executable { get; } = HeadlessChromium.Find();

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (BrowserSkip.Reason is not null)
        {
            return;
        }

        if (Executable is null)
        {
            throw new InvalidOperationException("CI=true but no Chromium is on the PATH: .ci/run installs Debian's chromium.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

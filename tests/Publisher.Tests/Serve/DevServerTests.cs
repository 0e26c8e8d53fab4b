using System.Net;
using System.Net.Sockets;
using System.Text;
using Publisher.Cli.Serve;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Serve;

/// <summary>
/// <c>publisher serve</c> end to end on the fixture site, over real HTTP on a free port of 127.0.0.1: pages, refusals,
/// a rebuild after an edit announced on the event stream, and the error page of a failed build. No browser.
/// </summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _temp = new();
    private readonly StringWriter _log = new();
    private readonly HttpClient _http = new() { Timeout = Patience };
    private DevServer _server = null!;
    private string _output = null!;

    public async Task InitializeAsync()
    {
        var build = FixtureSite.Prepare(_temp, copyTheme: true);
        _output = build.OutputDir;
        _temp.Write("secret.txt", "private notes next to the site");
        _server = await DevServer.StartAsync(new ServeOptions { Build = build, Port = 0 }, TextWriter.Synchronized(_log), TextWriter.Null);
        _http.BaseAddress = _server.Url;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _temp.Dispose();
    }

    private string AnArticleAddress() =>
        "articles/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(_output, "articles")).Order(StringComparer.Ordinal).First()) + "/";

    [Fact]
    public async Task Serves_the_home_page_an_article_and_assets_on_127_0_0_1_with_the_reload_script()
    {
        Assert.Equal("127.0.0.1", _server.Url.Host);

        using var home = await _http.GetAsync("/");
        var article = await _http.GetAsync(AnArticleAddress());
        var css = await _http.GetAsync("assets/style.css");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        Assert.True(home.Headers.CacheControl?.NoStore);
        Assert.Contains(ReloadScript.Marker, await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains(ReloadScript.Marker, await article.Content.ReadAsStringAsync());
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(ReloadScript.Marker, await css.Content.ReadAsStringAsync());
        Assert.Matches(@"built \d+ pages in \d+\.\d\d s: 0 errors", _log.ToString());
    }

    [Fact]
    public async Task A_folder_address_without_its_slash_is_redirected_to_it()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Url };
        var address = AnArticleAddress();

        using var response = await client.GetAsync(address.TrimEnd('/'));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/" + address, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2e%2e/secret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/assets/%2e%2e%5c%2e%2e%5csecret.txt")]
    public async Task Refuses_every_path_out_of_the_output_folder(string rawPath)
    {
        var (status, body) = await RawGetAsync(rawPath);

        Assert.True(status is 400 or 404, $"{rawPath} answered {status}");
        Assert.DoesNotContain("private notes", body);
    }

    [Fact]
    public async Task An_absolute_path_is_looked_up_inside_the_output_folder()
    {
        var (status, body) = await RawGetAsync("/" + _temp.Combine("secret.txt").TrimStart('/').Replace('\\', '/'));

        Assert.True(status is 400 or 404, $"answered {status}");
        Assert.DoesNotContain("private notes", body);
    }

    [Fact]
    public async Task An_edit_rebuilds_the_site_and_pushes_a_reload_to_open_pages()
    {
        await using var events = await EventStream.OpenAsync(_http);
        var before = await events.NextAsync("hello");

        var article = Directory.GetFiles(_temp.Combine("input", "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(article, File.ReadAllText(article).Replace("\ntitle: ", "\ntitle: Freshly Edited ", StringComparison.Ordinal));
        var after = await events.NextAsync("reload");

        Assert.True(long.Parse(after, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(before, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(_server.LastBuild.Succeeded);
        Assert.Contains(Directory.GetFiles(_output, "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("Freshly Edited", StringComparison.Ordinal));
        Assert.Contains("changed: ", _log.ToString());
    }

    [Fact]
    public async Task A_broken_front_matter_shows_the_error_at_its_line_instead_of_the_stale_page_and_keeps_the_last_site()
    {
        await using var events = await EventStream.OpenAsync(_http);
        await events.NextAsync("hello");

        _temp.Write("input/articles/2021/broken.md", "---\ntitle: [Unclosed <b>bracket\ndate: 2021-03-04\n---\n\nBody.\n");
        await events.NextAsync("reload");
        using var page = await _http.GetAsync(AnArticleAddress());
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("input/articles/2021/broken.md:2</code>", html.Replace('\\', '/'));
        Assert.Contains("PUB002", html);
        Assert.Contains(ReloadScript.Marker, html);
        Assert.True(File.Exists(Path.Combine(_output, "index.html")), "the last good site stays");
        Assert.Contains("build failed", _log.ToString());

        File.Delete(_temp.Combine("input", "articles", "2021", "broken.md"));
        await events.NextAsync("reload");
        using var fixedPage = await _http.GetAsync(AnArticleAddress());
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
    }

    [Fact]
    public async Task The_reload_script_is_added_to_responses_only_never_to_the_files_in_output()
    {
        var served = await _http.GetStringAsync("/");

        Assert.Contains(ReloadScript.Marker, served);
        Assert.DoesNotContain(Directory.GetFiles(_output, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(ReloadScript.Marker, StringComparison.Ordinal) || File.ReadAllText(f).Contains("__publisher", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_server_on_a_taken_port_fails_with_an_io_error()
    {
        using var temp = new TempDirectory();
        var build = FixtureSite.Prepare(temp);

        await Assert.ThrowsAnyAsync<IOException>(() =>
            DevServer.StartAsync(new ServeOptions { Build = build, Port = _server.Url.Port }, TextWriter.Null, TextWriter.Null));
    }

    /// <summary>Sends the path exactly as written (HttpClient would normalise the dots away first).</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string rawPath)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.Url.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    /// <summary>The server-sent event stream a page listens on, read line by line.</summary>
    internal sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventStream> OpenAsync(HttpClient http)
        {
            var response = await http.GetAsync(ReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        /// <summary>Waits for the next event named <paramref name="name"/>; returns its data.</summary>
        public async Task<string> NextAsync(string name)
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? current = null;
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) current = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name) return line["data: ".Length..];
            }
            throw new InvalidOperationException($"the event stream ended before a '{name}' event");
        }

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Publisher.Cli.Commands;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;

namespace Publisher.Cli.Serve;

/// <summary>
/// <c>publisher serve</c>'s running parts: Kestrel on 127.0.0.1 serving <c>output/</c> (and nothing else), the
/// watcher, one rebuild worker (builds never overlap; changes during a build are coalesced into the next one) and
/// the event stream that reloads open pages. The reload script and the error page exist only in responses;
/// nothing serve does is written to <c>output/</c> except by the ordinary, atomic build.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly TextWriter? _diagnostics;
    private readonly ReloadBroadcaster _broadcaster = new();
    private readonly Channel<ChangeSet> _changes = Channel.CreateUnbounded<ChangeSet>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _logGate = new();
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task _worker = Task.CompletedTask;
    private BuildOutcome _last = null!;
    private long _builds;

    private DevServer(ServeOptions options, TextWriter log, TextWriter? diagnostics)
    {
        _options = options;
        _log = log;
        _diagnostics = diagnostics;
    }

    /// <summary>The address pages are served at, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    public BuildOutcome LastBuild => Volatile.Read(ref _last);

    /// <summary>Ends when Ctrl+C (or SIGTERM) asked the server to stop.</summary>
    public Task StopRequested { get; private set; } = Task.CompletedTask;

    /// <summary>Builds once, then starts serving and watching. Throws <see cref="IOException"/> when the port cannot be bound.</summary>
    /// <param name="log">Where the address and each rebuild's result go.</param>
    /// <param name="diagnostics">Where the build's warnings and errors go; stderr when null.</param>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter log, TextWriter? diagnostics = null)
    {
        var server = new DevServer(options, log, diagnostics);
        server.RunBuild(printAll: true);
        await server.StartHttpAsync();
        server._worker = Task.Run(server.RebuildLoopAsync);
        server._watcher = new SiteWatcher([options.Build.InputDir, options.Build.ThemeDir], options.SeedsDir,
            changes => server._changes.Writer.TryWrite(changes),
            problem => server.Print($"warning {DiagnosticCodes.ServeWatchFailed}: {problem}"));
        return server;
    }

    private async Task StartHttpAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _options.Port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        _app = app;
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(() =>
        {
            _stopping.Cancel();
            stop.TrySetResult();
        });
        StopRequested = stop.Task;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        if (path == ReloadScript.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var (verdict, file) = OutputPaths.Resolve(_options.Build.OutputDir, path);
        if (verdict == PathVerdict.Refused)
        {
            await PlainAsync(response, StatusCodes.Status400BadRequest, "publisher serve serves only the files in the output folder.");
            return;
        }
        if (verdict == PathVerdict.FolderWithoutSlash)
        {
            // Relative links in the pages need the trailing slash of a folder's address.
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + context.Request.QueryString;
            return;
        }

        var last = LastBuild;
        var isPage = file is null ? LooksLikePage(path) : file.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        if (!last.Succeeded && isPage)
        {
            await HtmlAsync(context, StatusCodes.Status500InternalServerError, ErrorPage.Render(last.Result.Diagnostics, last.Number));
            return;
        }
        if (file is null)
        {
            var notFound = Path.Combine(_options.Build.OutputDir, "404.html");
            if (isPage && File.Exists(notFound))
                await HtmlAsync(context, StatusCodes.Status404NotFound, ReloadScript.Inject(await ReadAllTextAsync(notFound), last.Number));
            else
                await PlainAsync(response, StatusCodes.Status404NotFound, "Not found.");
            return;
        }
        if (isPage)
        {
            await HtmlAsync(context, StatusCodes.Status200OK, ReloadScript.Inject(await ReadAllTextAsync(file), last.Number));
            return;
        }
        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        var bytes = await ReadAllBytesAsync(file);
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(context.Request.Method)) await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>An address without a file extension is a page (or a folder); <c>/style.css</c> is not.</summary>
    private static bool LooksLikePage(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        return last.Length == 0 || !last.Contains('.') || last.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task HtmlAsync(HttpContext context, int status, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static Task PlainAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text + "\n");
    }

    // The build swaps output/ by renaming folders: open each file briefly and let a rename or delete go ahead.
    private static async Task<byte[]> ReadAllBytesAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static async Task<string> ReadAllTextAsync(string file) => Encoding.UTF8.GetString(await ReadAllBytesAsync(file));

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var listener = _broadcaster.Subscribe();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await WriteEventAsync(response, $"retry: 1000\nevent: hello\ndata: {LastBuild.Number}\n\n", done.Token);
            while (!done.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(done.Token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    var number = await listener.Reader.ReadAsync(wait.Token);
                    await WriteEventAsync(response, $"event: reload\ndata: {number}\n\n", done.Token);
                }
                catch (OperationCanceledException) when (!done.IsCancellationRequested)
                {
                    await WriteEventAsync(response, ": keep-alive\n\n", done.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            _broadcaster.Unsubscribe(listener);
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, string text, CancellationToken token)
    {
        await response.WriteAsync(text, token);
        await response.Body.FlushAsync(token);
    }

    private async Task RebuildLoopAsync()
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                var batch = await reader.ReadAsync(_stopping.Token);
                while (reader.TryRead(out var more)) batch = batch.Merge(more);
                Print($"changed: {Describe(batch.Paths)}");
                if (batch.Seeds) RunImport();
                if (batch.Site) RunBuild(printAll: false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        catch (Exception e)
        {
            Print($"error: the rebuild loop stopped: {e.Message}; restart publisher serve");
        }
    }

    private static string Describe(IReadOnlyList<string> paths) =>
        paths.Count <= 3 ? string.Join(", ", paths) : $"{string.Join(", ", paths.Take(3))} and {paths.Count - 3} more";

    /// <summary>
    /// Runs import for a changed seed. Import never overwrites a file an editor changed, so running it unasked is
    /// safe; what it writes to <c>input/</c> is seen by the watcher and built like an editor's save.
    /// </summary>
    private void RunImport()
    {
        Print("importing the changed seeds…");
        ImportCommand.Run(new ImportOptions
        {
            ProjectRoot = _options.ProjectRoot,
            SeedsDirectory = _options.SeedsDir!,
            InputDirectory = _options.Build.InputDir,
            Pipeline = ImportCommand.CreatePipeline(),
            TagMatcher = ImportCommand.CreateTagMatcher(),
        });
    }

    private void RunBuild(bool printAll)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(_options.Build);
        var outcome = new BuildOutcome(Interlocked.Increment(ref _builds), result, stopwatch.Elapsed);
        Volatile.Write(ref _last, outcome);
        lock (_logGate)
            DiagnosticPrinter.Print(printAll ? result.Diagnostics : result.Diagnostics.Where(d => d.Severity == Severity.Error), to: _diagnostics);
        Print(Summary(outcome));
        _broadcaster.Publish(outcome.Number);
    }

    internal static string Summary(BuildOutcome outcome)
    {
        var diagnostics = outcome.Result.Diagnostics;
        var errors = Labels.Count(diagnostics.Count(d => d.Severity == Severity.Error), "error", "errors");
        var warnings = Labels.Count(diagnostics.Count(d => d.Severity == Severity.Warning), "warning", "warnings");
        var seconds = outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return outcome.Succeeded
            ? $"built {outcome.Result.Pages} pages in {seconds} s: {errors}, {warnings}"
            : $"build failed in {seconds} s: {errors}, {warnings}; open pages show the errors, the output folder keeps the last site that built";
    }

    private void Print(string line)
    {
        lock (_logGate) _log.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {line}");
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        // A build cannot be interrupted; it finishes (or fails) atomically on its own, so do not wait long for it.
        await Task.WhenAny(_worker, Task.Delay(TimeSpan.FromSeconds(2)));
        _stopping.Dispose();
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".xml"] = "application/xml; charset=utf-8";
        provider.Mappings[".json"] = "application/json; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}

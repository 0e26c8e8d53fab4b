using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Publisher.Cli.Serve;

/// <summary>Hands each finished build's number to every open page's event stream.</summary>
internal sealed class ReloadBroadcaster
{
    private readonly ConcurrentDictionary<Channel<long>, byte> _listeners = new();

    public Channel<long> Subscribe()
    {
        var channel = Channel.CreateUnbounded<long>();
        _listeners.TryAdd(channel, 0);
        return channel;
    }

    public void Unsubscribe(Channel<long> channel) => _listeners.TryRemove(channel, out _);

    public int Listeners => _listeners.Count;

    public void Publish(long buildNumber)
    {
        foreach (var listener in _listeners.Keys) listener.Writer.TryWrite(buildNumber);
    }
}

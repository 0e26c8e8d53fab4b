using Publisher.Core.Feeds;

namespace Publisher.Core.Build;

/// <summary>
/// Makes a feed that carries edited articles from its previous file (<see cref="FeedLayouts"/>), replacing only their
/// items, when the previous build's plan is reused (<see cref="PlanRecord"/>: nothing changed but those articles' bodies,
/// so every other item and the channel are as they were). The channel is written with the edited items as this build
/// makes them and every other item's content left out (no HTML rendered); the edited items' bytes are taken from it
/// (<see cref="FeedItemSpans.Replace"/>). Its head and tail must be the previous file's, and its items the recorded ones
/// in the recorded order, or the feed is written whole.
/// </summary>
/// <param name="mapping">The edited articles' items as this build makes them, every other article's without its HTML (<see cref="FeedMapping.Only"/>).</param>
/// <param name="editedIds">The edited articles' item ids (<see cref="FeedMapping.ItemId"/>).</param>
internal sealed class FeedSplicing(FeedMapping mapping, IReadOnlySet<string> editedIds)
{
    /// <summary>The feed's bytes and layout made from its previous file, or null: write it whole.</summary>
    /// <param name="before">The layout the previous build recorded for the feed.</param>
    /// <param name="lengthAsLeft">The file's length when it is as the previous build left it (<see cref="RenderCache.LengthAsLeft"/>), else null.</param>
    /// <param name="file">The feed's file in the output folder.</param>
    /// <param name="buffer">A buffer to write the channel into.</param>
    public (byte[] Bytes, FeedLayouts.Layout Layout)? TryMake(FeedEntry feed, FeedLayouts.Layout? before, long? lengthAsLeft, string file, MemoryStream buffer)
    {
        if (before is null || lengthAsLeft != before.Length) return null;
        var channel = feed.Channel(mapping);
        if (channel.Items.Count != before.Ids.Length) return null;
        var replaced = new HashSet<int>();
        for (var i = 0; i < channel.Items.Count; i++)
        {
            var id = channel.Items[i].Id;
            if (!string.Equals(id, before.Ids[i], StringComparison.Ordinal)) return null;
            if (editedIds.Contains(id)) replaced.Add(i);
        }
        if (replaced.Count == 0) return null;
        byte[] previous;
        try
        {
            previous = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (previous.Length != before.Length) return null;
        buffer.SetLength(0);
        var spans = new List<FeedItemSpan>(channel.Items.Count);
        SiteExtras.WriterFor(feed.Format)(channel, buffer, spans);
        if (FeedItemSpans.Replace(previous, before.Spans, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), spans, replaced) is not { } made) return null;
        return (made.Bytes, new FeedLayouts.Layout(made.Bytes.Length, before.Ids, made.Spans));
    }
}

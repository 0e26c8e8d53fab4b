namespace Publisher.Core.Feeds;

/// <summary>Where one item of a feed sits in the feed file's bytes.</summary>
internal readonly record struct FeedItemSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// A feed file is a head, its items one after another, and a tail; the writers (RSS, Atom, JSON Feed) write each item
/// the same way wherever it stands among the same items (the same depth and indent; JSON's comma opens every item but the
/// first), and the head and tail do not read the items' content. So a feed whose only change is some items' content can
/// be made from the previous file by taking those items' bytes from the same channel written with every other item's
/// content left out (<see cref="Replace"/>), without rendering or writing the others' HTML. <c>FeedItemSpansTests</c>
/// pins the claim for each format against the feed written whole.
/// </summary>
internal static class FeedItemSpans
{
    /// <summary>Writes one item; when <paramref name="spans"/> is given, records where its bytes are in <paramref name="stream"/>.</summary>
    /// <param name="flush">Pushes what the writer holds into the stream, so its position is the writer's.</param>
    public static void Record(MemoryStream stream, Action flush, List<FeedItemSpan>? spans, Action writeItem)
    {
        if (spans is null)
        {
            writeItem();
            return;
        }
        flush();
        var start = checked((int)stream.Position);
        writeItem();
        flush();
        spans.Add(new FeedItemSpan(start, checked((int)stream.Position) - start));
    }

    /// <summary>
    /// <paramref name="previous"/> (a feed whose items are at <paramref name="spans"/>) with the items at
    /// <paramref name="replaced"/> taken from <paramref name="written"/> (the same channel's feed, its items at
    /// <paramref name="writtenSpans"/>); null when the two do not have the same head, tail and number of items (the
    /// channel itself changed) or the spans do not describe their files. Returns the new bytes and where each item now is.
    /// </summary>
    public static (byte[] Bytes, FeedItemSpan[] Spans)? Replace(ReadOnlySpan<byte> previous, IReadOnlyList<FeedItemSpan> spans,
        ReadOnlySpan<byte> written, IReadOnlyList<FeedItemSpan> writtenSpans, IReadOnlySet<int> replaced)
    {
        if (spans.Count == 0 || spans.Count != writtenSpans.Count || !Describe(previous.Length, spans) || !Describe(written.Length, writtenSpans)) return null;
        var head = previous[..spans[0].Start];
        var tail = previous[spans[^1].End..];
        if (!written[..writtenSpans[0].Start].SequenceEqual(head) || !written[writtenSpans[^1].End..].SequenceEqual(tail)) return null;

        var length = (long)previous.Length;
        foreach (var index in replaced)
        {
            if ((uint)index >= (uint)spans.Count) return null;
            length += writtenSpans[index].Length - spans[index].Length;
        }
        var bytes = new byte[checked((int)length)];
        var next = new FeedItemSpan[spans.Count];
        head.CopyTo(bytes);
        var at = head.Length;
        for (var i = 0; i < spans.Count; i++)
        {
            var item = replaced.Contains(i) ? written.Slice(writtenSpans[i].Start, writtenSpans[i].Length) : previous.Slice(spans[i].Start, spans[i].Length);
            item.CopyTo(bytes.AsSpan(at));
            next[i] = new FeedItemSpan(at, item.Length);
            at += item.Length;
        }
        tail.CopyTo(bytes.AsSpan(at));
        return (bytes, next);
    }

    /// <summary>The spans follow one another, without a gap, within a file of <paramref name="fileLength"/> bytes.</summary>
    private static bool Describe(int fileLength, IReadOnlyList<FeedItemSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Start < 0 || span.Length < 0 || span.End > fileLength) return false;
            if (i > 0 && span.Start != spans[i - 1].End) return false;
        }
        return true;
    }
}

using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Content;

public class DiagnosticTests
{
    [Fact]
    public void Prints_like_a_compiler()
    {
        var d = Diagnostic.Warning("PUB004", "message", new SourceLocation("seeds\\x.txt", 42, 7));
        Assert.Equal("seeds/x.txt:42:7: warning PUB004: message", d.ToString());
    }

    [Fact]
    public void Markdig_zero_based_lines_become_one_based()
    {
        Assert.Equal("a.md:1:1", SourceLocation.FromZeroBased("a.md", 0, 0).ToString());
        Assert.Equal("a.md:5", SourceLocation.FromZeroBased("a.md", 4).ToString());
    }

    [Fact]
    public void Bag_sorts_deterministically_whatever_the_arrival_order()
    {
        var bag = new DiagnosticBag();
        Parallel.For(0, 100, i => bag.Add(Diagnostic.Warning("PUB001", $"m{i:D3}", new SourceLocation("f", 100 - i))));
        var lines = bag.Sorted().Select(d => d.Location!.Line).ToList();
        Assert.Equal(lines.OrderBy(l => l), lines);
    }
}

using Publisher.Core.Build;

namespace Publisher.Tests.Build;

public class TemplateErrorLineTests
{
    [Theory]
    [InlineData("<div>\n{{ if a }}\n{{ for b in c }}\nx\n{{ end }}\n", 2, 4, "if")]
    [InlineData("<div>\n{{ for a in b }}{{ end }}\n  {{~ for c in d ~}}\n", 3, 7, "for")]
    [InlineData("a\n{{ if x; y; end }}\n{{ if z }}\n{{ else }}\n", 3, 4, "if")]
    [InlineData("{{ while true\n  x\n}}", 1, 4, "while")]
    public void Points_at_the_block_left_open(string template, int line, int column, string keyword) =>
        Assert.Equal((line, column, keyword), TemplateErrorLine.UnclosedBlock(template));

    [Theory]
    [InlineData("<p>{{ ok }}</p>\n")]
    [InlineData("{{ if a }}{{ for b in c }}{{ end }}{{ else }}{{ end }}")]
    public void Nothing_when_every_block_is_closed(string template) =>
        Assert.Null(TemplateErrorLine.UnclosedBlock(template));
}

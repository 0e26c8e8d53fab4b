using Publisher.Core.Build;

namespace Publisher.Tests.Build;

public class TemplateErrorLineTests
{
    [Theory]
    [InlineData("<div>\n{{#if a}}\n{{#each b}}\nx\n{{/if}}\n", "Reached end of template before block expression '#each' was closed", 3)]
    [InlineData("<div>\n{{#each a}}{{/each}}\n{{#each b}}\n", "Reached end of template before block expression '#each' was closed", 3)]
    [InlineData("a\n{{#if x}}{{/if}}\n{{/if}}\n", "A closing element '/if' was found without a matching open element", 3)]
    [InlineData("a\nb\n{{> article-card level=3}}\n", "Referenced partial name 'article-card' could not be resolved. If you registered…", 3)]
    [InlineData("<p>{{ok}}</p>\n<p>{{content.foo</p>\n", "Token '' could not be converted to an expression", 2)]
    [InlineData("<p>{{ok}}</p>\n", "Object reference not set to an instance of an object", 0)]
    public void Points_at_the_line_the_error_is_about(string template, string message, int expected) =>
        Assert.Equal(expected, TemplateErrorLine.Find(template, message));
}

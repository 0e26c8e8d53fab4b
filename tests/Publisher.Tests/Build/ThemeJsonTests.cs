using Publisher.Core.Build;
using Publisher.Core.Build.Views;
using Scriban.Runtime;

namespace Publisher.Tests.Build;

/// <summary><c>{{ json value }}</c>: template values as JSON without reflection (the CLI is compiled ahead of time).</summary>
public class ThemeJsonTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData("Ports & </script> \"quotes\"", "\"Ports \\u0026 \\u003C/script\\u003E \\u0022quotes\\u0022\"")]
    [InlineData(true, "true")]
    [InlineData(42, "42")]
    [InlineData(2.5, "2.5")]
    public void Text_numbers_and_flags_are_themselves_escaped_for_a_script_element(object? value, string json) =>
        Assert.Equal(json, ThemeJson.Write(value));

    [Fact]
    public void A_templates_objects_and_lists_are_written_member_by_member()
    {
        var tag = new ScriptObject { ["name"] = "Maritime", ["count"] = 3 };
        var list = new ScriptArray { "a", 1, tag, new DateOnly(2034, 6, 23) };
        Assert.Equal("[\"a\",1,{\"name\":\"Maritime\",\"count\":3},\"2034-06-23\"]", ThemeJson.Write(list));
    }

    [Fact]
    public void Trusted_html_is_its_text()
    {
        Assert.Equal("\"\\u003Cb\\u003Eyes\\u003C/b\\u003E\"", ThemeJson.Write(new TrustedHtml("<b>yes</b>")));
    }

    [Fact]
    public void A_list_that_holds_itself_ends_in_null_rather_than_overflowing()
    {
        var list = new ScriptArray();
        list.Add(list);
        var json = ThemeJson.Write(list);
        Assert.Equal(string.Concat(Enumerable.Repeat("[", 32)) + "null" + string.Concat(Enumerable.Repeat("]", 32)), json);
    }

    [Fact]
    public void A_pages_view_model_is_written_by_its_generated_serializer() =>
        Assert.Equal("{\"Name\":\"Ilse Marwick\",\"Href\":\"/authors/ilse-marwick/\"}", ThemeJson.Write(new PersonLink("Ilse Marwick", "/authors/ilse-marwick/")));
}

using Publisher.Core.Build;
using Publisher.Core.Build.Views;
using Scriban;
using Scriban.Runtime;

namespace Publisher.Tests.Build;

/// <summary>Scriban's built-in objects made only when a template names one (ThemeBuiltins), and then exactly Scriban's.</summary>
public class ThemeBuiltinsTests
{
    [Fact]
    public void The_names_known_in_advance_are_Scribans_own()
    {
        var scribans = TemplateContext.GetDefaultBuiltinObject().Keys.Order(StringComparer.Ordinal);
        Assert.Equal(scribans, ThemeBuiltins.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Looking_up_another_name_makes_nothing_and_finds_nothing()
    {
        var builtins = new ThemeBuiltins();
        Assert.False(builtins.TryGetValue(null!, default, "page", out var value));
        Assert.Null(value);
        Assert.False(builtins.Contains("site"));
        Assert.True(builtins.CanWrite("title"));
        Assert.False(builtins.Made);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("date")]
    [InlineData("empty")]
    public void Naming_a_builtin_makes_them_all_as_Scriban_does_but_the_clock(string name)
    {
        var builtins = new ThemeBuiltins();
        Assert.True(builtins.Contains(name));
        Assert.True(builtins.Made);
        var scribans = TemplateContext.GetDefaultBuiltinObject();
        Assert.Equal(scribans.Keys.Order(StringComparer.Ordinal), builtins.Keys.Order(StringComparer.Ordinal));
        foreach (var key in scribans.Keys) Assert.Equal(scribans.CanWrite(key), builtins.CanWrite(key));
        var date = Assert.IsAssignableFrom<ScriptObject>(builtins["date"]);
        Assert.False(date.Contains("now"));
        Assert.True(date.Contains("to_string"));
    }

    /// <summary>Templates that name builtins, rendered in a theme context with them made on demand and in one with Scriban's default made at once (less the clock, as before).</summary>
    [Theory]
    [InlineData("{{ content.title | string.upcase }}|{{ content.title | string.size }}|{{ content.kind | regex.replace \"a\" \"o\" }}")]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \",\" }}|{{ math.round 2.6 }}|{{ html.strip \"<b>bold</b>\" }}|{{ (timespan.from_days 2).days }}")]
    [InlineData("{{ content.summary == empty }}|{{ content.summary == blank }}|{{ [] == empty }}")]
    [InlineData("{{ date.parse \"2016/01/05\" | date.to_string \"%Y-%m-%d\" }}|{{ date.format }}|{{ date \"2016/01/05\" }}")]
    [InlineData("{{ string = 1 }}{{ string }}")]
    [InlineData("{{ shown = content.title }}{{ shown }}|{{ empty = 2 }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ include_join [] \"x\" }}")]
    [InlineData("{{ object.typeof content.title }}|{{ object.keys page | array.size }}")]
    public void A_template_naming_builtins_renders_as_with_Scribans_default_made_at_once(string template)
    {
        var eager = TemplateContext.GetDefaultBuiltinObject();
        ((ScriptObject)eager["date"]!).Remove("now");
        Assert.Equal(Render(template, eager), Render(template, new ThemeBuiltins()));
    }

    [Fact]
    public void A_template_naming_none_leaves_them_unmade()
    {
        var builtins = new ThemeBuiltins();
        Assert.Equal("A title|article", Render("{{ shown = content.title }}{{ shown }}|{{ content.kind }}", builtins));
        Assert.False(builtins.Made);
    }

    private static string Render(string template, ScriptObject builtins)
    {
        var context = new ThemeContext(new ScriptObject(), null!, new Dictionary<string, Template>(), builtins);
        var page = new ScriptObject { ["title"] = "T" };
        context.PushGlobal(new ScriptObject
        {
            ["page"] = page,
            ["content"] = new ArticleCard { Title = "A title", Href = "a/", Date = "1 May 2024", IsoDate = "2024-05-01", Kind = "article", KindLabel = "Article", Publication = "Monitor", Summary = "" },
        });
        try
        {
            return Template.Parse(template).Render(context);
        }
        catch (Exception e)
        {
            return "failed: " + e.GetType().Name + ": " + e.Message;
        }
    }
}

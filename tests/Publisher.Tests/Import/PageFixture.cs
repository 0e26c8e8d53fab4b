namespace Publisher.Tests.Import;

/// <summary>One raw page imported alone into an empty sample project, and invented prose to fill it.</summary>
internal static class PageFixture
{
    /// <summary>A project with no sample seeds and <paramref name="page"/> as its one seed.</summary>
    public static ImportFixture Project(string page)
    {
        var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/page.txt", page);
        return project;
    }

    /// <summary><paramref name="count"/> paragraphs of prose on <paramref name="topic"/>, one a line.</summary>
    public static string Prose(int count, string topic) => string.Join("\n", Enumerable.Range(1, count).Select(i =>
        $"Paragraph {i} on {topic}: the harbour board met the fishing cooperatives again on Tuesday evening and agreed, after a long argument about costs, to publish its landing figures every month, which the members had been asking for since the spring."));
}

namespace Publisher.Tests.Support;

/// <summary>
/// One golden case file: sections headed <c>-- input --</c>, <c>-- expected --</c>, <c>-- diagnostics --</c>
/// (and any other <c>-- name --</c> a rule needs, e.g. <c>-- context --</c>). Lines before the first
/// section are a free-text description.
/// </summary>
public sealed record GoldenCase(string Name, string Path, IReadOnlyDictionary<string, string> Sections)
{
    public string Input => Sections["input"];
    public string Expected => Sections["expected"];
    public string Diagnostics => Sections.TryGetValue("diagnostics", out var d) ? d : "";
    public string? Section(string name) => Sections.TryGetValue(name, out var s) ? s : null;

    public override string ToString() => Name;

    public static GoldenCase Load(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var buffer = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) sections[current] = Join(buffer);
                current = line[3..^3].Trim();
                buffer.Clear();
            }
            else if (current is not null)
            {
                buffer.Add(line);
            }
        }
        if (current is not null) sections[current] = Join(buffer);
        return new GoldenCase(System.IO.Path.GetFileNameWithoutExtension(path), path, sections);
    }

    /// <summary>All cases in <c>Golden/&lt;folder&gt;/*.txt</c> (copied beside the test assembly), as theory data.</summary>
    public static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        var dir = System.IO.Path.Combine(AppContext.BaseDirectory, "Golden", folder);
        foreach (var file in Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(System.IO.Path.GetFileNameWithoutExtension(file));
        return data;
    }

    public static GoldenCase Get(string folder, string name) =>
        Load(System.IO.Path.Combine(AppContext.BaseDirectory, "Golden", folder, name + ".txt"));

    // Trailing blank lines of a section are layout, not content.
    private static string Join(List<string> lines)
    {
        var end = lines.Count;
        while (end > 0 && lines[end - 1].Length == 0) end--;
        return string.Join('\n', lines.Take(end));
    }
}

namespace Publisher.Core.Import.Text;

/// <summary>
/// A run-in label: a few words opening in a capital and ending in a colon, with no digits ("Executive Summary:",
/// "Background:", "Assessment:"), printed on a line of its own over the text it names. Pure.
/// </summary>
public static class ColonLabel
{
    private const int MaxWords = 4;

    public static bool Is(string text)
    {
        var t = text.Trim().TrimStart('#', '*', '_', ' ').TrimEnd('*', '_', ' ');
        return t.Length > 1 && t[^1] == ':' && char.IsUpper(t[0]) && !t.Any(char.IsDigit)
            && TextLines.WordCount(t) <= MaxWords && t.IndexOf(':') == t.Length - 1;
    }
}

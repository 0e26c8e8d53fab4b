using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A publisher's footer line in a PDF issue: an address or © with a separator ("www.example.org | X is a publication
/// of Y", "© 2024 Foundation • All rights reserved"), short, and no note entry ("[3] … https://…"). Pure.
/// </summary>
public static partial class FooterLine
{
    private const int MaxLength = 200;

    public static bool IsMatch(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || text.StartsWith('[') || char.IsDigit(text[0]) && NoteNumber().IsMatch(text)) return false;
        return text.StartsWith('©') || Address().IsMatch(text) && Separator().IsMatch(text);
    }

    /// <summary>"Stop it: example.org/stop", "News tip? tips@example.org": a short label, then the address it points to and nothing after.</summary>
    public static bool IsLabelledAddress(string line)
    {
        var text = line.Trim();
        return TextLines.WordCount(text) <= MaxLabelledAddressWords && LabelledAddress().IsMatch(text);
    }

    private const int MaxLabelledAddressWords = 8;

    [GeneratedRegex(@"^\p{L}[^:?]{0,60}[:?]\s+(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")]
    private static partial Regex LabelledAddress();

    [GeneratedRegex(@"©|\bwww\.|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\S\s+[|•·◆]\s+\S|©")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex NoteNumber();
}

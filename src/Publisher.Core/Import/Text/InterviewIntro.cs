using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The interviewer an interview's introduction names when no byline does: "She spoke with Ana Ruiz.", "He talked to Bo
/// Ma about …", "Interviewed by Ana Ruiz." The name, or null. Pure.
/// </summary>
internal static partial class InterviewIntro
{
    public static string? Interviewer(string introduction)
    {
        if (Interviewed().Match(introduction) is not { Success: true } match) return null;
        var name = match.Groups["name"].Value;
        return Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true) ? name : null;
    }

    [GeneratedRegex(@"(?:\b(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:spoke|talked)\s+(?:with|to)|\b[Ii]nterviewed\s+by)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=\s*[.,;]|\s+(?:about|for|in|on)\b)")]
    private static partial Regex Interviewed();
}

using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Support;

/// <summary>
/// The likely-mistake warnings (issue 10: undefined tags, authors without profile, footnotes, empty fields, kinds,
/// dates, name variants). Small test sites make these on purpose or by brevity; tests about something else set them aside.
/// </summary>
internal static class LikelyMistakes
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.TagNotDefined, DiagnosticCodes.AuthorWithoutProfile, DiagnosticCodes.FootnoteReferenceUndefined,
        DiagnosticCodes.FootnoteDefinitionUnused, DiagnosticCodes.ArticleFieldEmpty, DiagnosticCodes.KindUnknown,
        DiagnosticCodes.NameSpellingVariants, DiagnosticCodes.DateOutOfRange, DiagnosticCodes.UpdatedBeforeDate,
    };

    public static bool Is(Diagnostic d) => d.Severity == Severity.Warning && Codes.Contains(d.Code);

    /// <summary>Whether a printed line (<c>file:line: warning CODE: …</c>) is one of them.</summary>
    public static bool IsPrinted(string line) => Codes.Any(code => line.Contains($": warning {code}: ", StringComparison.Ordinal));
}

namespace Publisher.Core.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so editors can look a code up and two stages never reuse one.
/// PUB0xx: content files and front matter. PUB1xx: import. PUB2xx: build and theme. PUB3xx: output checks.
/// </summary>
public static class DiagnosticCodes
{
    // Content files (input/)
    public const string FrontMatterMissing = "PUB001";
    public const string FrontMatterInvalid = "PUB002";
    public const string RequiredFieldMissing = "PUB003";
    public const string FieldInvalid = "PUB004";
    public const string DuplicateSlug = "PUB005";
    public const string ConfigInvalid = "PUB006";
    public const string FileUnreadable = "PUB007";

    // Build and theme (PUB200–PUB249)
    public const string BrokenInternalLink = "PUB200";
    public const string TemplateMissing = "PUB201";
    public const string TemplateError = "PUB202";
    public const string OutputFailed = "PUB203";
    public const string InputMissing = "PUB204";
    public const string IssueIncomplete = "PUB205";
    public const string DuplicateAuthor = "PUB206";
    public const string SlugInvalid = "PUB207";
    public const string OutputNotASite = "PUB208";
}

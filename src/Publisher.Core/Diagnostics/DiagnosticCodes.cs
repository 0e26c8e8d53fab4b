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

    // Output checks (output/), PUB300–PUB349
    public const string LinkTargetMissing = "PUB300";
    public const string LinkFragmentMissing = "PUB301";
    public const string LinkOutsideSite = "PUB302";
    public const string LinkInvalid = "PUB303";
    public const string DuplicateId = "PUB304";
    public const string OutputFileUnreadable = "PUB305";
}

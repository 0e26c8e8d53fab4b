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

    // Import fix-up rules (PUB150–PUB199; the raw-format readers use PUB100–PUB149)
    public const string MojibakeUnrepaired = "PUB150";
    public const string PageBreakHyphenUncertain = "PUB151";
    public const string FootnoteMarkerWithoutNote = "PUB152";
    public const string FootnoteNoteWithoutMarker = "PUB153";
    public const string FootnoteDuplicateNumber = "PUB154";
    public const string FootnoteStrayNotesText = "PUB155";
    public const string RelativeLinkUnresolved = "PUB156";
    public const string LinkMalformed = "PUB157";
    public const string SelfCitationAmbiguous = "PUB158";
    public const string SelfCitationNotInArchive = "PUB159";
    public const string BoilerplateListKept = "PUB160";
}

using System.Text;
using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Robustness;

/// <summary>
/// Hostile seeds through the whole importer: each must end in written articles or a clear diagnostic at the seed,
/// never an exception, and the words that make it through must all be in what import wrote or reported as dropped.
/// </summary>
public class HostileSeedTests
{
    private const string Header = "Publication: Terrorism Monitor Volume: 18 Issue: 19\nBy: Jane Doe\n";

    private static string Web(string title, string body) => $"{title}\n{Header}{body}\n";

    private static readonly string Paragraph = "The Zanzibarian ferry crews reported the smuggling route to the coast guard in March.";

    /// <summary>Seed bytes, sidecar text (null: none) and words that must be kept.</summary>
    private static readonly Dictionary<string, (Func<byte[]> Bytes, string? Sidecar, string[] Keep)> Cases = new(StringComparer.Ordinal)
    {
        ["empty"] = (() => [], null, []),
        ["whitespace only"] = (() => Utf8(" \n\t\n   \n\u00A0\n"), null, []),
        ["binary with NUL"] = (() => [0, 1, 2, 0xFF, 0xFE, 0, 0x7F, 0x80, 0x1B, (byte)'A', 0, 0x9D], null, []),
        ["invalid UTF-8"] = (() => [.. Utf8(Web("Smuggling on the Coast", Paragraph + " Caf")), 0xC3, 0x28, .. Utf8(" au lait.\n")], null, ["Zanzibarian", "au lait"]),
        ["UTF-16 LE with BOM"] = (() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Web("Smuggling on the Coast", Paragraph))], null, ["Zanzibarian", "Smuggling on the Coast"]),
        ["UTF-16 BE with BOM"] = (() => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Web("Smuggling on the Coast", Paragraph))], null, ["Zanzibarian", "Smuggling on the Coast"]),
        ["5 MB single line"] = (() => Utf8(Web("A Very Long Line", string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 500 == 0 ? "Zanzibarian [1] (see) [link](x) " : "smugglers crossed the border again ")))), null, ["Zanzibarian"]),
        ["100,000 short lines"] = (() => Utf8(Web("Many Lines", string.Join("\n", Enumerable.Range(0, 100_000).Select(i => i % 7 == 0 ? "" : $"Line {i} Zanzibarian.")))), null, ["Line 99999 Zanzibarian"]),
        ["only a title"] = (() => Utf8("Smuggling on the Coast\n"), null, []),
        ["only Notes"] = (() => Utf8("Notes\n"), null, []),
        ["web header only"] = (() => Utf8(Web("Smuggling on the Coast", "")), null, ["Smuggling on the Coast"]),
        ["notes without a body"] = (() => Utf8(Web("Smuggling on the Coast", "Notes\n[1] A Zanzibarian note.\n[2] Another note.")), null, ["Zanzibarian note", "Another note"]),
        ["thousands of note markers"] = (() => Utf8(Web("Many Notes",
            string.Join("\n", Enumerable.Range(1, 3000).Select(i => $"Claim {i} is sourced. [{i}]")) + "\nNotes\n"
            + string.Join("\n", Enumerable.Range(1, 3000).Select(i => $"[{i}] Source {i} Zanzibarian.")))), null, ["Claim 2999 is sourced", "Source 3000 Zanzibarian"]),
        ["unbalanced brackets in links"] = (() => Utf8(Web("Bracket Trouble",
            "See [the [nested] report](https://example.org/a_(b)_c) and [half](https://example.org/(open and [x]](y)) and ((([[[ ]]]))) and [text]( and [unclosed text(https://example.org.\n"
            + Paragraph)), null, ["nested", "half", "unclosed text", "Zanzibarian"]),
        ["unclosed link at the end"] = (() => Utf8(Web("Bracket Trouble", Paragraph + " [text](")), null, ["Zanzibarian", "[text]("]),
        ["markdown and html injection"] = (() => Utf8(Web("<script>alert(1)</script> {{title}} \"Quotes\"",
            "---\ntitle: Injected\n---\n<script>alert('body')</script>\n{{> layout}} {{{raw}}}\n...\n" + Paragraph + "\n---")), null, ["alert('body')", "{{> layout}}", "Zanzibarian"]),
        ["title that slugs to nothing"] = (() => Utf8(Web("تحليل الأمن في الساحل", Paragraph)), null, ["تحليل الأمن في الساحل", "Zanzibarian"]),
        ["title of dots"] = (() => Utf8(Web("..", Paragraph)), null, ["Zanzibarian"]),
        ["title of a path"] = (() => Utf8(Web("../../etc/passwd", Paragraph)), null, ["Zanzibarian"]),
        ["sidecar is a list"] = (() => Utf8(Web("Smuggling on the Coast", Paragraph)), "- publication: X\n- date: 2021-01-01\n", ["Zanzibarian"]),
        ["sidecar is not YAML"] = (() => Utf8(Web("Smuggling on the Coast", Paragraph)), "date: [2021\nsite: {\n", ["Zanzibarian"]),
        ["sidecar with an impossible date"] = (() => Utf8(Web("Smuggling on the Coast", Paragraph)), "date: 2021-02-30\nvolume: x\nauthors: {a: b}\n", ["Zanzibarian"]),
        ["tabs and form feeds"] = (() => Utf8(Web("Tabs\tand\fFeeds", "Col1\tCol2\tZanzibarian\n\f\nPage two\fstarts here.\n\v\u0085\u2028\u2029Separators.")), null, ["Zanzibarian", "Page two", "starts here", "Separators"]),
        ["bidi, combining marks and emoji"] = (() => Utf8(Web("\u202EReversed\u202C Title e\u0301\u0301\u0301 👩‍👩‍👧 🇺🇦", "\u200F\u200EMarks\u200B and Zalgo Z\u0336\u0337a\u0338n\u0489zibarian 😀 \uFEFF inside.")), null, ["Reversed", "😀", "inside"]),
        ["lone surrogates (as UTF-16)"] = (() => [.. Encoding.Unicode.GetPreamble(), .. Utf16Raw(Web("Broken \uD800 Title", "Half \uDC00 pair Zanzibarian."))], null, ["Zanzibarian"]),
        ["lone surrogate encoded in UTF-8 (CESU)"] = (() => [.. Utf8(Web("Broken Title", "Half ")), 0xED, 0xA0, 0x80, .. Utf8(" pair Zanzibarian.\n")], null, ["Zanzibarian"]),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_hostile_seed_imports_without_exception_and_keeps_its_words(string name)
    {
        var (bytes, sidecar, keep) = Cases[name];
        using var project = new HostileImport().Seed("hostile", bytes(), sidecar ?? "publication: Terrorism Monitor\ndate: 2021-03-04\n");

        var report = project.ImportSoundly();

        var kept = project.Kept(report);
        foreach (var word in keep) Assert.Contains(word, kept, StringComparison.Ordinal);
        if (project.ArticleFiles().Count == 0)
            Assert.Contains(report.Diagnostics, d => d.Location?.Path == "seeds/hostile.txt" && d.Severity >= Severity.Warning);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>UTF-16 code units as they are, lone surrogates included (an encoder would replace them).</summary>
    private static byte[] Utf16Raw(string text) => text.SelectMany(c => new[] { (byte)(c & 0xFF), (byte)(c >> 8) }).ToArray();
}

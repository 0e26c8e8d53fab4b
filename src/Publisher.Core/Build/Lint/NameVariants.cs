using System.Text.RegularExpressions;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Lint;

/// <summary>
/// One name spelled several ways across the archive ("al-Kadhimi" in most articles, "Al-Khadimi" in one): capitalised
/// words of titles and bodies (not addresses) are grouped by <see cref="NameSkeleton"/>; a group with more than one
/// spelling (case aside) gives each less common spelling a warning in every file that uses it, at its first place
/// there, with every spelling's count. Pure.
/// </summary>
internal static partial class NameVariants
{
    /// <summary>Shorter skeletons ("sia", "kan") match too many different words.</summary>
    private const int MinimumSkeleton = 6;

    private sealed record Use(string Spelling, SourceLocation Location);

    public static void Check(IEnumerable<ArticleDocument> documents, List<Diagnostic> diagnostics)
    {
        var uses = new List<Use>();
        foreach (var doc in documents)
        {
            Collect(doc.FrontMatter.Title, doc.LocationOf(KnownKeys.Article.Title) with { Column = 0 }, uses);
            var lines = doc.Body.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                Collect(lines[i], new SourceLocation(doc.Path, doc.BodyStartLine + i), uses);
        }

        foreach (var group in uses.GroupBy(u => NameSkeleton.Of(u.Spelling), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Case and the apostrophe's shape (' or ’) are typography, not spelling.
            var spellings = group.GroupBy(u => u.Spelling.ToLowerInvariant().Replace('’', '\''), StringComparer.Ordinal)
                .Select(s => (Display: MostCommon(s), Uses: s.ToList()))
                .OrderByDescending(s => s.Uses.Count).ThenBy(s => s.Display, StringComparer.Ordinal)
                .ToList();
            if (spellings.Count < 2) continue;
            var (top, topUses) = spellings[0];
            foreach (var (display, spellingUses) in spellings.Skip(1))
            {
                var others = string.Concat(spellings.Skip(1).Where(s => s.Display != display)
                    .Select(s => $"; also '{s.Display}' {Places(s.Uses)}"));
                foreach (var inFile in spellingUses.GroupBy(u => u.Location.Path, StringComparer.Ordinal))
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NameSpellingVariants,
                        $"'{display}' ({Times(inFile.Count())} in this file) looks like another spelling of '{top}' ({Places(topUses)}){others}; if they are one name, use one spelling",
                        inFile.First().Location));
            }
        }
    }

    private static void Collect(string text, SourceLocation line, List<Use> uses)
    {
        text = Address().Replace(text, " ");
        foreach (Match word in Word().Matches(text))
        {
            var spelling = Possessive().Replace(word.Value, "");
            if (NameSkeleton.Of(spelling).Length < MinimumSkeleton) continue;
            uses.Add(new Use(spelling, line with { Column = word.Index + 1 }));
        }
    }

    private static string MostCommon(IEnumerable<Use> uses) =>
        uses.GroupBy(u => u.Spelling, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    /// <summary>"12 times in 3 files, first at input/articles/x.md:4:9"</summary>
    private static string Places(IReadOnlyList<Use> uses) => $"{Times(uses.Count)} in {Files(uses)}, first at {uses[0].Location}";

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    private static string Files(IEnumerable<Use> uses)
    {
        var n = uses.Select(u => u.Location.Path).Distinct(StringComparer.Ordinal).Count();
        return n == 1 ? "1 file" : $"{n} files";
    }

    /// <summary>A capitalised word, with an Arabic article ("al-", "el-", "Al-") and inner hyphens or apostrophes.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:[AaEe]l-)?\p{Lu}\p{L}*(?:['’-]\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex Possessive();

    /// <summary>Link targets and bare addresses: their words are slugs, not spellings.</summary>
    [GeneratedRegex(@"\]\([^)]*\)|<[a-z]+://[^>]*>|[a-z]+://\S+|\S+@\S+")]
    private static partial Regex Address();
}

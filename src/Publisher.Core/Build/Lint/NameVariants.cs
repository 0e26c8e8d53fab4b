using System.Collections.Concurrent;
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
/// <remarks>
/// Documents are read in parallel, a block at a time, and their words counted in document order: per spelling, a
/// count per file and the file's first place, never one record per use (an archive has millions of capitalised words).
/// A spelling's skeleton and case-folded form are worked out once per build, not once per use.
/// </remarks>
internal static partial class NameVariants
{
    /// <summary>Shorter skeletons ("sia", "kan") match too many different words.</summary>
    private const int MinimumSkeleton = 6;

    /// <summary>Documents read in parallel at a time: only one block's words are held before they are counted.</summary>
    private const int Block = 512;

    /// <summary>A spelling as written (possessive off), its case-folded form and its skeleton; null when the skeleton is too short.</summary>
    internal sealed record Spelling(string Written, string Folded, string Skeleton);

    /// <summary>
    /// A spelling's uses in one document, as <see cref="Words.Collect"/> finds them: the word as written (possessive off),
    /// how many times and the first (line, column). Only spellings long enough to be compared are listed.
    /// </summary>
    internal readonly record struct NameUse(string Written, int Count, int Line, int Column);

    /// <summary>
    /// The spellings met so far in one check: each word's skeleton and case-folded form worked out once per build, not
    /// once per use. Thread-safe.
    /// </summary>
    internal sealed class Words
    {
        private readonly ConcurrentDictionary<string, Spelling?> _spellings = new(StringComparer.Ordinal);

        /// <summary>One document's spellings, each with its count and first place (title first, then the body's lines), in the order first met.</summary>
        public List<NameUse> Collect(ArticleDocument doc) => NameVariants.Collect(doc, _spellings);

        public Spelling? Of(string written) => _spellings.GetOrAdd(written, Make);

        public static Spelling? Make(string written)
        {
            var skeleton = NameSkeleton.Of(written);
            return skeleton.Length < MinimumSkeleton ? null : new Spelling(written, written.ToLowerInvariant().Replace('’', '\''), skeleton);
        }
    }

    /// <summary>A folded spelling's uses in one file.</summary>
    private record struct FileUses(int Document, int Count, int Line, int Column);

    /// <summary>Every use of one folded spelling: per written form and per file (files in document order).</summary>
    private sealed class FoldedUses
    {
        public readonly Dictionary<string, int> Written = new(StringComparer.Ordinal);
        public readonly List<FileUses> Files = [];
        public int Count;
    }

    public static void Check(IEnumerable<ArticleDocument> documents, List<Diagnostic> diagnostics)
    {
        var list = documents.ToList();
        Check(list.Count, i => list[i], diagnostics);
    }

    /// <param name="count">How many documents.</param>
    /// <param name="document">Document <c>i</c>, with its body (called once per document, from any thread).</param>
    public static void Check(int count, Func<int, ArticleDocument> document, List<Diagnostic> diagnostics) =>
        Check(count, (i, words) =>
        {
            var doc = document(i);
            return (doc.Path, words.Collect(doc));
        }, diagnostics);

    /// <param name="count">How many documents.</param>
    /// <param name="uses">
    /// Document <c>i</c>'s path and its spellings' uses: <see cref="Words.Collect"/> of it, or what that gave an earlier
    /// build for the same title, body and lines (Build/NameUseCache.cs). Called once per document, from any thread.
    /// </param>
    internal static void Check(int count, Func<int, Words, (string Path, IReadOnlyList<NameUse> Uses)> uses, List<Diagnostic> diagnostics)
    {
        var words = new Words();
        var paths = new string[count];
        var groups = new Dictionary<string, Dictionary<string, FoldedUses>>(StringComparer.Ordinal);
        for (var start = 0; start < count; start += Block)
        {
            var found = new IReadOnlyList<NameUse>[Math.Min(Block, count - start)];
            Parallel.For(0, found.Length, PerCore.Options, j => (paths[start + j], found[j]) = uses(start + j, words));
            for (var j = 0; j < found.Length; j++)
                foreach (var use in found[j])
                    if (words.Of(use.Written) is { } spelling) Add(groups, start + j, spelling, use);
        }

        foreach (var (_, folded) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (folded.Count < 2) continue;
            // Case and the apostrophe's shape (' or ’) are typography, not spelling.
            var ranked = folded.Values
                .Select(s => (Display: MostCommon(s), Uses: s))
                .OrderByDescending(s => s.Uses.Count).ThenBy(s => s.Display, StringComparer.Ordinal)
                .ToList();
            var (top, topUses) = ranked[0];
            foreach (var (display, spellingUses) in ranked.Skip(1))
            {
                var others = string.Concat(ranked.Skip(1).Where(s => s.Display != display)
                    .Select(s => $"; also '{s.Display}' {Places(s.Uses, paths)}"));
                foreach (var inFile in spellingUses.Files)
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NameSpellingVariants,
                        $"'{display}' ({Times(inFile.Count)} in this file) looks like another spelling of '{top}' ({Places(topUses, paths)}){others}; if they are one name, use one spelling",
                        Location(inFile, paths)));
            }
        }
    }

    /// <summary>One document's spellings, each with its count and first place (title first, then the body's lines).</summary>
    private static List<NameUse> Collect(ArticleDocument doc, ConcurrentDictionary<string, Spelling?> spellings)
    {
        var found = new Dictionary<Spelling, NameUse>(ReferenceEqualityComparer.Instance);
        Collect(doc.FrontMatter.Title, doc.LocationOf(KnownKeys.Article.Title).Line, spellings, found);
        var body = doc.Body;
        var line = doc.BodyStartLine;
        for (var at = 0; at <= body.Length; line++)
        {
            var end = body.IndexOf('\n', at);
            if (end < 0) end = body.Length;
            Collect(body[at..end], line, spellings, found);
            at = end + 1;
        }
        return [.. found.Values];
    }

    private static void Collect(string text, int line, ConcurrentDictionary<string, Spelling?> spellings, Dictionary<Spelling, NameUse> found)
    {
        // Only a line with one of these can hold an address (the replacement moves later words' columns, so it is kept).
        if (text.Contains("](", StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal) || text.Contains('@'))
            text = BlankAddresses(text);
        var lookup = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; NextWord(text, at, out var index, out var length); at = index + length)
        {
            var value = text.AsSpan(index, length);
            // A possessive ('s or ’s) is not part of the name.
            if (value.Length >= 2 && value[^1] == 's' && value[^2] is '\'' or '’') value = value[..^2];
            if (!lookup.TryGetValue(value, out var spelling))
            {
                var written = value.ToString();
                spelling = spellings.GetOrAdd(written, Words.Make(written));
            }
            if (spelling is null) continue;
            found[spelling] = found.TryGetValue(spelling, out var use)
                ? use with { Count = use.Count + 1 }
                : new NameUse(spelling.Written, 1, line, index + 1);
        }
    }

    private static void Add(Dictionary<string, Dictionary<string, FoldedUses>> groups, int document, Spelling spelling, NameUse use)
    {
        if (!groups.TryGetValue(spelling.Skeleton, out var folded)) groups.Add(spelling.Skeleton, folded = new(StringComparer.Ordinal));
        if (!folded.TryGetValue(spelling.Folded, out var uses)) folded.Add(spelling.Folded, uses = new FoldedUses());
        uses.Count += use.Count;
        uses.Written[spelling.Written] = uses.Written.GetValueOrDefault(spelling.Written) + use.Count;
        var files = uses.Files;
        if (files.Count > 0 && files[^1].Document == document)
        {
            // Another written form of the same folded spelling in this file: the earlier place is the file's first.
            var last = files[^1];
            var earlier = (use.Line, use.Column).CompareTo((last.Line, last.Column)) < 0;
            files[^1] = new FileUses(document, last.Count + use.Count, earlier ? use.Line : last.Line, earlier ? use.Column : last.Column);
        }
        else files.Add(new FileUses(document, use.Count, use.Line, use.Column));
    }

    /// <summary>
    /// What <c>Address().Replace(text, " ")</c> returns, found without the regex engine, which tried the four alternatives at
    /// every character of every line with a link (most of the lint's time): leftmost first, the alternatives in the regex's
    /// order, each address one space. Pinned against <see cref="Address"/> by NameVariantsTests.
    /// </summary>
    internal static string BlankAddresses(string text)
    {
        System.Text.StringBuilder? result = null;
        var copied = 0;
        // The run of non-spaces and the run of lower-case letters the position is in, each with where it ends, and the
        // run's last "@" that \S+@\S+ can match at: the same for every position of a run, so found once per run, not
        // scanned again from every character (which made a line's scan quadratic in its words' lengths).
        int runEnd = 0, lastAt = -1, lettersEnd = 0;
        for (var at = 0; at < text.Length;)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c))
            {
                at++; // \S is what char.IsWhiteSpace is not: no alternative starts at a space
                continue;
            }
            if (at >= runEnd)
            {
                // A match can run across spaces ("](a b)"), so a position past the run is in a new one.
                runEnd = NonSpaceEnd(text, at);
                lastAt = runEnd - 2 >= at ? text.LastIndexOf('@', runEnd - 2, runEnd - 1 - at) : -1;
            }
            var end = -1;
            if (c == ']')
            {
                // \]\([^)]*\) : to the first ")" after "](".
                if (at + 1 < text.Length && text[at + 1] == '(' && text.IndexOf(')', at + 2) is var close and >= 0) end = close + 1;
            }
            else if (c == '<')
            {
                // <[a-z]+://[^>]*> : letters can only end where the ":" is, so the longest run of them is the only try.
                var letters = LowercaseEnd(text, at + 1);
                if (letters > at + 1 && SchemeSeparatorAt(text, letters) && text.IndexOf('>', letters + 3) is var close and >= 0) end = close + 1;
            }
            if (end < 0 && c is >= 'a' and <= 'z')
            {
                // [a-z]+://\S+ : to the end of the run of non-spaces.
                if (at >= lettersEnd) lettersEnd = LowercaseEnd(text, at);
                if (SchemeSeparatorAt(text, lettersEnd) && lettersEnd + 3 < text.Length && !char.IsWhiteSpace(text[lettersEnd + 3])) end = runEnd;
            }
            // \S+@\S+ : an "@" after the run's first character and before its last; the match is the rest of the run.
            if (end < 0 && lastAt > at) end = runEnd;
            if (end < 0)
            {
                at++;
                continue;
            }
            result ??= new System.Text.StringBuilder(text.Length);
            result.Append(text, copied, at - copied).Append(' ');
            copied = at = end;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static int LowercaseEnd(string text, int from)
    {
        while (from < text.Length && text[from] is >= 'a' and <= 'z') from++;
        return from;
    }

    private static int NonSpaceEnd(string text, int from)
    {
        while (from < text.Length && !char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    private static bool SchemeSeparatorAt(string text, int at) =>
        at + 2 < text.Length && text[at] == ':' && text[at + 1] == '/' && text[at + 2] == '/';

    private static string MostCommon(FoldedUses uses) =>
        uses.Written.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;

    private static SourceLocation Location(FileUses uses, string[] paths) => new(paths[uses.Document], uses.Line, uses.Column);

    /// <summary>"12 times in 3 files, first at input/articles/x.md:4:9"</summary>
    private static string Places(FoldedUses uses, string[] paths) =>
        $"{Times(uses.Count)} in {(uses.Files.Count == 1 ? "1 file" : $"{uses.Files.Count} files")}, first at {Location(uses.Files[0], paths)}";

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    /// <summary>
    /// The next match of <see cref="Word"/> at or after <paramref name="from"/>, found without the regex engine: its
    /// search for where a match may start stopped at every "a" and "e" (for "al-" and "el-"), most letters of a body,
    /// and was most of the lint's time. Leftmost, and as long as the pattern's greedy match; pinned against
    /// <see cref="Word"/> by NameVariantsTests.
    /// </summary>
    internal static bool NextWord(string text, int from, out int index, out int length)
    {
        for (var at = from; at < text.Length;)
        {
            // A match starts at a capital, or at the "a" or "e" of "al-" / "el-" (found from its hyphen: the letters before it were skipped).
            var next = text.AsSpan(at).IndexOfAnyExcept(NotWordStart);
            if (next < 0) break;
            var i = at + next;
            at = i + 1;
            int start;
            if (text[i] == '-')
            {
                // (?:[AaEe]l-)?\p{Lu}: a capital "A" or "E" was a start already; a lower-case one only with a capital after the hyphen.
                if (i - 2 < from || text[i - 1] != 'l' || text[i - 2] is not ('a' or 'e') || i + 1 >= text.Length || !IsUpper(text[i + 1])) continue;
                start = i - 2;
            }
            else if (IsUpper(text[i])) start = i;
            else continue;
            if (start > 0 && IsWordBefore(text[start - 1])) continue;
            // \p{Lu}\p{L}*(?:['’-]\p{L}+)* from the capital (the one after "al-", or this one: "Al-Kadhimi" ends at the same place either way).
            var end = (text[i] == '-' ? i + 1 : i) + 1;
            while (true)
            {
                while (end < text.Length && IsLetter(text[end])) end++;
                if (end + 1 < text.Length && text[end] is '\'' or '’' or '-' && IsLetter(text[end + 1])) end += 2;
                else break;
            }
            index = start;
            length = end - start;
            return true;
        }
        index = length = 0;
        return false;
    }

    /// <summary>ASCII characters no match of <see cref="Word"/> starts at (other than the "a"/"e" of "al-"/"el-", found from the hyphen); every other character is looked at.</summary>
    private static readonly System.Buffers.SearchValues<char> NotWordStart = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not (>= 'A' and <= 'Z') and not '-').ToArray());

    // The categories the regex engine tests, per UTF-16 unit as it does.
    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z' || (c >= 128 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.UppercaseLetter);

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c >= 128 && char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter or System.Globalization.UnicodeCategory.TitlecaseLetter
        or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.OtherLetter);

    /// <summary>(?&lt;![\p{L}\p{N}'’-]): a character a name cannot follow.</summary>
    private static bool IsWordBefore(char c) => IsLetter(c) || c is '\'' or '’' or '-' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber;

    /// <summary>A capitalised word, with an Arabic article ("al-", "el-", "Al-") and inner hyphens or apostrophes.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:[AaEe]l-)?\p{Lu}\p{L}*(?:['’-]\p{L}+)*")]
    internal static partial Regex Word();

    /// <summary>Link targets and bare addresses: their words are slugs, not spellings.</summary>
    [GeneratedRegex(@"\]\([^)]*\)|<[a-z]+://[^>]*>|[a-z]+://\S+|\S+@\S+")]
    internal static partial Regex Address();
}

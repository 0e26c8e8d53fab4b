using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>
/// A page's endnotes as its anchors link them: in-text references (<c>&lt;sup&gt;&lt;a href="#fn1"&gt;1&lt;/a&gt;&lt;/sup&gt;</c>,
/// <c>&lt;a href="#_edn1"&gt;[i]&lt;/a&gt;</c>, <c>#fn:1</c>) and the entries they point at, numbered in the order the text
/// first cites them. Backlinks from an entry to its reference ("↩", "[i]" before the note) are known so they can be left out.
/// </summary>
internal sealed partial class PageNotes
{
    private readonly Dictionary<IElement, int> _entryNumbers = new();
    private readonly HashSet<IElement> _references = new();
    private readonly HashSet<IElement> _backlinks = new();

    public IReadOnlyCollection<IElement> Entries => _entryNumbers.Keys;

    public static PageNotes Find(IDocument document, IElement scope)
    {
        var notes = new PageNotes();
        var next = 1;
        var targets = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var anchor in scope.QuerySelectorAll("a[href^='#']"))
        {
            var label = HtmlText.Collapse(anchor.TextContent);
            if (!NoteLabel().IsMatch(label)) continue;
            var id = Uri.UnescapeDataString(anchor.GetAttribute("href")![1..]);
            if (id.Length == 0 || Target(document, id) is not { } target || target.Contains(anchor)) continue;
            // A backlink: the anchor sits in a note entry and points back at the reference.
            if (targets.ContainsKey(id)) continue;
            var entry = EntryBlock(target);
            if (entry.Contains(anchor) || notes._references.Contains(target) || IsReference(target, notes)) { notes._backlinks.Add(anchor); continue; }
            targets[id] = target;
            notes._references.Add(anchor);
            if (!notes._entryNumbers.ContainsKey(entry)) notes._entryNumbers[entry] = next++;
        }
        // The entries' own links back to the text ("↩", "[1]" before the note) are not text.
        foreach (var entry in notes._entryNumbers.Keys)
        foreach (var anchor in entry.QuerySelectorAll("a[href^='#']"))
            if (!notes._references.Contains(anchor)) notes._backlinks.Add(anchor);
        foreach (var target in targets.Values.Where(t => t.LocalName == "a"))
            notes._backlinks.Add(target);
        return notes;
    }

    /// <summary>The note number an in-text reference anchor stands for, or null when it is not one.</summary>
    public int? ReferenceNumber(IElement anchor, IDocument document)
    {
        if (!_references.Contains(anchor)) return null;
        var id = Uri.UnescapeDataString(anchor.GetAttribute("href")![1..]);
        return Target(document, id) is { } target && _entryNumbers.TryGetValue(EntryBlock(target), out var n) ? n : null;
    }

    public int? EntryNumber(IElement element) => _entryNumbers.TryGetValue(element, out var n) ? n : null;

    public bool IsBacklink(IElement anchor) => _backlinks.Contains(anchor);

    private static bool IsReference(IElement target, PageNotes notes) => notes._references.Any(r => r == target || r.Parent == target);

    private static IElement? Target(IDocument document, string id) =>
        document.GetElementById(id) ?? document.QuerySelectorAll("a[name]").FirstOrDefault(a => a.GetAttribute("name") == id);

    /// <summary>The block a note's target stands in: itself when it is a block, else its nearest paragraph or list item.</summary>
    private static IElement EntryBlock(IElement target)
    {
        for (var e = target; e is not null; e = e.ParentElement)
            if (e.LocalName is "li" or "p" or "div" or "dd" or "section" or "aside" or "td") return e;
        return target;
    }

    [GeneratedRegex(@"^[\[(]?(?:\d{1,3}|[ivxlc]{1,7})[\])]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>An issue's fields printed in its running headers and footers rather than in its masthead.</summary>
public sealed partial class WholeIssueFormat
{
    /// <summary>
    /// The volume, issue, date and publication the masthead left unsaid, taken from the first running line that prints
    /// them (<see cref="RunningLines.Repeated"/>): "Monitor | Volume XIX, Issue 7 | July 31, 2028 | 1",
    /// "TM · 20.07.2028   1". A month-only date from the masthead gives way to a full date of the same month. Each
    /// field taken is reported at its line.
    /// </summary>
    private static Header WithRunningLineFields(Header header, IReadOnlyList<SeedLine> lines, RawSource source, List<Diagnostic> diagnostics)
    {
        var needsDate = header.Date is null or { DayInferred: true };
        if (header.Volume is not null && header.Issue is not null && !needsDate) return header;
        var nonBlank = lines.Where(l => !l.IsBlank).ToList();
        var texts = nonBlank.Select(l => l.Text.Trim()).ToList();
        foreach (var i in RunningLines.Repeated(texts))
        {
            var text = texts[i];
            var numbers = VolumeIssueLine.Parse(text);
            // An issue number is taken only with the masthead's volume or none: another issue's line is a citation.
            if (numbers is not null && header.Volume is { } known && numbers.Volume is { } printed && known != printed) continue;
            var taken = new List<string>();
            if (numbers is not null && header.Issue is null)
            {
                header = header with { Volume = header.Volume ?? numbers.Volume, Issue = numbers.Issue };
                taken.Add(numbers.Volume is null ? "issue" : "volume and issue");
            }
            if (numbers is not null && header.Publication is null && numbers.Before.Length > 0)
            {
                header = header with { Publication = numbers.Before };
                taken.Add("publication");
            }
            var date = numbers is not null ? VolumeIssueLine.DateIn(numbers.Rest) : VolumeIssueLine.DateIn(RunningLines.WithoutPageNumber(text));
            if (needsDate && date is { DayInferred: false } full
                && (header.Date is null || header.Date.Date.Year == full.Date.Year && header.Date.Date.Month == full.Date.Month))
            {
                header = header with { Date = full, DateLine = nonBlank[i].Number };
                needsDate = false;
                taken.Add("date");
            }
            if (taken.Count > 0)
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportIssueFieldsFromRunningLine,
                    string.Create(CultureInfo.InvariantCulture, $"the masthead does not print the issue's {string.Join(", ", taken)}; taken from the running line \"{text}\""),
                    new SourceLocation(source.Path, nonBlank[i].Number)));
            if (header.Volume is not null && header.Issue is not null && !needsDate) break;
        }
        return header is { Volume: null, Issue: null } ? WithColophonNumbers(header, nonBlank, source, diagnostics) : header;
    }

    /// <summary>How far from the issue's end its colophon may stand (the notice, a rights line, a last page line after it).</summary>
    private const int ColophonLines = 4;

    /// <summary>
    /// "Terrorism Monitor, Vol. XLVIII, Issue 14 · ISSN … · Published by …": an issue whose masthead and running lines print
    /// no numbers may print them in the colophon closing it, after its name.
    /// </summary>
    private static Header WithColophonNumbers(Header header, IReadOnlyList<SeedLine> nonBlank, RawSource source, List<Diagnostic> diagnostics)
    {
        if (header.Publication is not { } name) return header;
        foreach (var line in nonBlank.TakeLast(ColophonLines))
        {
            // The name and numbers stand first, before the ISSN and the publisher set apart by separators.
            var first = ColophonSeparator().Split(line.Text.Trim())[0];
            if (VolumeIssueLine.Parse(first) is not { Volume: { } volume } numbers
                || TextShapes.NormalizeForMatch(numbers.Before) != TextShapes.NormalizeForMatch(name)) continue;
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportIssueFieldsFromRunningLine,
                string.Create(CultureInfo.InvariantCulture, $"the masthead does not print the issue's volume and issue; taken from the colophon \"{line.Text.Trim()}\""),
                new SourceLocation(source.Path, line.Number)));
            return header with { Volume = volume, Issue = numbers.Issue };
        }
        return header;
    }

    [GeneratedRegex(@"\s+[·|•]\s+")]
    private static partial Regex ColophonSeparator();
}

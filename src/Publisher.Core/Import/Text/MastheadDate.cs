namespace Publisher.Core.Import.Text;

/// <summary>A date printed in a masthead; <paramref name="DayInferred"/> when only month and year were printed (day 1 then).</summary>
public sealed record MastheadDateValue(DateOnly Date, bool DayInferred);

/// <summary>
/// A masthead's date, when the text is nothing but one (separators around it allowed): "April 2021", "APRIL 2021",
/// "April 15, 2021", "15 April 2021", "Apr. 15 2021", "2021-04-15". The date shapes are <see cref="DateLine"/>'s.
/// </summary>
public static class MastheadDate
{
    public static MastheadDateValue? Parse(string text)
    {
        var trimmed = text.Trim().Trim(Separators).Trim();
        if (trimmed.Length is < 6 or > 40) return null;
        return DateLine.Exact(trimmed) is { } reading ? new MastheadDateValue(reading.Date, !reading.Full) : null;
    }

    private static readonly char[] Separators = ['|', '•', '·', ',', '-', '–', '—', '/', '\uFFFD', ' '];
}

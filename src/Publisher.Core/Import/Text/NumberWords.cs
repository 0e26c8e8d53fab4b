namespace Publisher.Core.Import.Text;

/// <summary>
/// A number spelled in English words, as some mastheads print their volume and issue: "Six", "Fourteen",
/// "Twenty-One", "twenty one", "Ninety-Nine" (1–99; "One Hundred" and above are not printed as words). Pure.
/// </summary>
public static class NumberWords
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static int? Parse(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split(['-', ' ', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2) return null;
        var tens = Array.IndexOf(Tens, parts[0]);
        if (parts.Length == 1)
        {
            var unit = Array.IndexOf(Units, parts[0]);
            return unit > 0 ? unit : tens >= 2 ? tens * 10 : null;
        }
        var last = Array.IndexOf(Units, parts[1]);
        return tens >= 2 && last is >= 1 and <= 9 ? tens * 10 + last : null;
    }

    private static readonly string[] UnitOrdinals =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
         "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] TensOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>
    /// An ordinal, as a masthead counting "the Ninth Dispatch of the Second Year" prints it: "Ninth", "Twenty-First",
    /// "twentieth", "9th", "2nd" (1–99 in words). Null for anything else.
    /// </summary>
    public static int? Ordinal(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Length is >= 3 and <= 5 && char.IsDigit(trimmed[0]) && trimmed[^2..] is "st" or "nd" or "rd" or "th"
            && int.TryParse(trimmed[..^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
            return digits > 0 ? digits : null;
        var parts = trimmed.Split(['-', ' ', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            var unit = Array.IndexOf(UnitOrdinals, parts[0]);
            var tens = Array.IndexOf(TensOrdinals, parts[0]);
            return unit > 0 ? unit : tens >= 2 ? tens * 10 : null;
        }
        if (parts.Length != 2) return null;
        var ten = Array.IndexOf(Tens, parts[0]);
        var last = Array.IndexOf(UnitOrdinals, parts[1]);
        return ten >= 2 && last is >= 1 and <= 9 ? ten * 10 + last : null;
    }
}

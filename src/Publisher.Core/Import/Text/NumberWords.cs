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
}

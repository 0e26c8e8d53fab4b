using System.Globalization;

namespace Publisher.Core.Import.Text;

/// <summary>Numbers as issues print them: Roman numerals or digits. Pure.</summary>
public static partial class TextShapes
{
    /// <summary>Parses a Roman numeral ("XIX" → 19) or plain digits; null when it is neither.</summary>
    public static int? ParseNumber(string text)
    {
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        if (text.Length == 0 || text.Length > 15) return null;
        var total = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
            };
            if (value == 0) return null;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total > 0 ? total : null;
    }
}

namespace Publisher.Core.Import.Text;

/// <summary>
/// A header <see cref="FieldsLine"/> one of whose parts is the page's date: "Classification: PUBLIC · Region: West
/// Africa · Issued 16-Nov-2026", "Wednesday 4 November 2026 · 10:00–11:15 CET · Hybrid event, online". Exactly one part
/// is a date line (<see cref="DateLine.Read"/>); every other part is a field (a label, a time, a place) that could not
/// be read as a date either way. Pure.
/// </summary>
public static class DatedFieldsLine
{
    private const int MaxParts = 5;

    /// <summary>The date the line gives, or null when it is not such a line.</summary>
    public static DateReading? Read(string line)
    {
        if (FieldsLine.Split(line) is not { Count: <= MaxParts } parts) return null;
        DateReading? date = null;
        foreach (var part in parts)
        {
            if (DateLine.Read(part) is { } reading)
            {
                if (date is not null) return null;
                date = reading;
                continue;
            }
            if (!FieldsLine.IsField(part) || DateLine.IsAmbiguous(part)) return null;
        }
        return date;
    }
}

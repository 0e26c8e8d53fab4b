namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="NormalizeText"/> over a whole seed.</summary>
public sealed class NormalizeTextFixup : ITextFixup
{
    public string Name => "normalize-text";

    public FixupResult Apply(string text, FixupContext context) => NormalizeText.Apply(text, context);
}

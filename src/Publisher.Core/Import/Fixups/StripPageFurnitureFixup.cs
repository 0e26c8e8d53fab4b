namespace Publisher.Core.Import.Fixups;

/// <summary>Runs <see cref="StripPageFurniture"/> over a whole seed.</summary>
public sealed class StripPageFurnitureFixup : ITextFixup
{
    public string Name => "strip-page-furniture";

    public FixupResult Apply(string text, FixupContext context) => StripPageFurniture.Apply(text, context);
}

using System.Runtime.CompilerServices;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Content;

/// <summary>
/// A parsed YAML node as <see cref="YamlFields"/> reads it: where it starts (YamlDotNet's 1-based line and column)
/// and what it holds. Made by <see cref="FlatYaml"/> for the usual flat front matter, else from YamlDotNet's tree.
/// </summary>
internal abstract record YamlValue(int Line, int Column);

/// <param name="Plain">Written without quotes (only a plain <c>~</c>, <c>null</c> or nothing means "no value").</param>
internal sealed record YamlText(string? Value, bool Plain, int Line, int Column) : YamlValue(Line, Column);

internal sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column);

internal sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Entries, int Line, int Column) : YamlValue(Line, Column);

/// <summary>A node nested deeper than any reader looks (see <see cref="YamlTree.From"/>): neither text, list nor map.</summary>
internal sealed record YamlOpaque(int Line, int Column) : YamlValue(Line, Column);

internal static class YamlTree
{
    // Readers go three levels down (site.yml: publications → entry → aliases); an alias can make YamlDotNet's tree
    // cyclic, so conversion stops well below any reader's depth.
    private const int MaxDepth = 16;

    /// <summary>
    /// The first document's root as YamlDotNet reads it, an empty mapping when there is none. Throws YamlDotNet's
    /// exceptions on invalid YAML.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static YamlValue Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return From(stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode);
    }

    /// <summary>YamlDotNet's node as a tree of <see cref="YamlValue"/>; kept apart so YamlDotNet loads only when a file needs it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static YamlValue From(YamlNode node, int depth = 0)
    {
        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        if (depth > MaxDepth) return new YamlOpaque(line, column);
        return node switch
        {
            YamlScalarNode scalar => new YamlText(scalar.Value, scalar.Style == YamlDotNet.Core.ScalarStyle.Plain, line, column),
            YamlSequenceNode sequence => new YamlList(sequence.Children.Select(c => From(c, depth + 1)).ToList(), line, column),
            YamlMappingNode map => new YamlMap(map.Children.Select(e => KeyValuePair.Create(From(e.Key, depth + 1), From(e.Value, depth + 1))).ToList(), line, column),
            _ => new YamlOpaque(line, column),
        };
    }
}

using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Import;

/// <summary>
/// <c>input/.import-manifest.yml</c>: every file import wrote (path relative to the input folder) and the SHA-256 of
/// the bytes it wrote. A file whose bytes no longer hash to its entry was changed by an editor and is not overwritten.
/// </summary>
public sealed class ImportManifest
{
    public const string FileName = ".import-manifest.yml";

    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Files => _files;

    public string? HashOf(string relativePath) => _files.GetValueOrDefault(relativePath);

    public void Set(string relativePath, string hash) => _files[relativePath] = hash;

    public void Remove(string relativePath) => _files.Remove(relativePath);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static ImportManifest Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        var manifest = new ImportManifest();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return manifest;
            if (stream.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("files"), out var filesNode))
            {
                if (stream.Documents[0].RootNode is YamlMappingNode { Children.Count: 0 }) return manifest;
                diagnostics.Add(Invalid("the manifest must be a mapping with a 'files' entry", path, 1));
                return manifest;
            }
            if (filesNode is YamlScalarNode { Value: null or "" or "~" or "null" } || filesNode is YamlMappingNode { Children.Count: 0 })
                return manifest;
            if (filesNode is not YamlMappingNode files)
            {
                diagnostics.Add(Invalid("'files' must map paths to SHA-256 hashes", path, (int)filesNode.Start.Line));
                return manifest;
            }
            foreach (var (key, value) in files.Children)
            {
                if (key is YamlScalarNode { Value: { Length: > 0 } file } && value is YamlScalarNode { Value: { Length: 64 } hash })
                    manifest._files[file] = hash.ToLowerInvariant();
                else
                    diagnostics.Add(Invalid("entry must be 'path: <64 hex digits>'; ignored", path, (int)key.Start.Line));
            }
        }
        catch (YamlException e)
        {
            diagnostics.Add(Invalid($"not valid YAML ({e.Message.Split(". ")[0]}); treating every existing file as editor-owned", path, (int)e.Start.Line));
        }
        return manifest;
    }

    /// <summary>Deterministic text: a comment, then the entries in ordinal path order.</summary>
    public string Write()
    {
        var sb = new StringBuilder();
        sb.Append("# Written by `publisher import`: the files it wrote and the SHA-256 of their bytes.\n");
        sb.Append("# A file whose bytes differ from its hash was edited and is never overwritten without --force.\n");
        if (_files.Count == 0) return sb.Append("files: {}\n").ToString();
        sb.Append("files:\n");
        foreach (var (file, hash) in _files) sb.Append("  \"").Append(file.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\": ").Append(hash).Append('\n');
        return sb.ToString();
    }

    private static Diagnostic Invalid(string message, string path, int line) =>
        Diagnostic.Warning(DiagnosticCodes.ImportManifestInvalid, $"import manifest: {message}", new SourceLocation(path, line));
}

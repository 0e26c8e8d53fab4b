using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Core.Build;

/// <summary>
/// Resolves <c>include "name"</c> to one of the theme's partials by name only (no paths, so a template cannot
/// read other files); null for an unknown name. The texts were parsed once when the theme was loaded.
/// </summary>
internal sealed class PartialLoader(IReadOnlyDictionary<string, (string Path, string Text)> partials) : ITemplateLoader
{
    public IEnumerable<string> Names => partials.Keys.Order(StringComparer.Ordinal);

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        partials.TryGetValue(templateName, out var partial) ? partial.Path : null;

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        partials.Values.FirstOrDefault(p => p.Path == templatePath).Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}

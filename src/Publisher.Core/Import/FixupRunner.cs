using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Core.Import;

/// <summary>Runs fix-up rules in order. A rule that throws is reported and its change skipped: import never crashes on it.</summary>
public static class FixupRunner
{
    public static string RunText(string text, IReadOnlyList<ITextFixup> rules, FixupContext context,
        List<Diagnostic> diagnostics, List<FixupAction> actions)
    {
        foreach (var rule in rules)
        {
            try
            {
                var result = rule.Apply(text, context);
                text = result.Text;
                diagnostics.AddRange(result.Diagnostics);
                actions.AddRange(result.Actions);
            }
            catch (Exception e)
            {
                diagnostics.Add(Failed(rule.Name, e, new SourceLocation(context.SourcePath, context.FirstLine)));
            }
        }
        return text;
    }

    public static ArticleDraft RunDraft(ArticleDraft draft, IReadOnlyList<IDraftFixup> rules, FixupContext context,
        List<Diagnostic> diagnostics, List<FixupAction> actions)
    {
        foreach (var rule in rules)
        {
            try
            {
                var result = rule.Apply(draft, context);
                draft = result.Draft;
                diagnostics.AddRange(result.Diagnostics);
                actions.AddRange(result.Actions);
            }
            catch (Exception e)
            {
                diagnostics.Add(Failed(rule.Name, e, draft.Origin));
            }
        }
        return draft;
    }

    private static Diagnostic Failed(string rule, Exception e, SourceLocation location) =>
        Diagnostic.Error(DiagnosticCodes.ImportFixupFailed,
            $"fix-up rule '{rule}' failed ({e.GetType().Name}: {e.Message}); its change was skipped", location);
}

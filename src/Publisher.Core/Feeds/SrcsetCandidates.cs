namespace Publisher.Core.Feeds;

/// <summary>One image candidate of a <c>srcset</c>: a URL and its optional width or density descriptor.</summary>
public sealed record SrcsetCandidate(string Url, string Descriptor);

/// <summary>
/// Splits a <c>srcset</c> attribute the way browsers do (HTML's "parse a srcset attribute", without
/// validating descriptors): a URL runs to the next whitespace, so commas inside a URL are kept,
/// and trailing commas end a candidate that has no descriptor.
/// </summary>
public static class SrcsetCandidates
{
    public static IReadOnlyList<SrcsetCandidate> Parse(string srcset)
    {
        var result = new List<SrcsetCandidate>();
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (IsWhitespace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) return result;

            var urlStart = i;
            while (i < srcset.Length && !IsWhitespace(srcset[i])) i++;
            var url = srcset[urlStart..i];

            if (url.EndsWith(','))
            {
                result.Add(new SrcsetCandidate(url.TrimEnd(','), ""));
                continue;
            }

            var descriptorStart = i;
            var inParens = false;
            while (i < srcset.Length && (inParens || srcset[i] != ','))
            {
                if (srcset[i] == '(') inParens = true;
                else if (srcset[i] == ')') inParens = false;
                i++;
            }
            var descriptor = string.Join(' ', srcset[descriptorStart..i].Split(HtmlUrls.AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries));
            result.Add(new SrcsetCandidate(url, descriptor));
        }
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}

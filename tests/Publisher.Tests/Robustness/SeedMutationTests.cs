using System.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.Robustness;

/// <summary>
/// A seeded mutation property test: 100 mutations (20 of each of the five sample seeds; each deletes, duplicates or
/// swaps lines, inserts random Unicode or cuts the text at a random point, one to five times), each imported with
/// its sidecar. The count is bounded so the class stays fast (two imports of a whole seed per mutation). Every
/// import must pass <see cref="HostileImport.ImportSoundly"/>: no exception, every diagnostic in a file (with a line
/// for a seed), every written file reads back cleanly, and a second run changes no byte. The seed is fixed, so a
/// failure names a mutation that fails the same way every time.
/// </summary>
public class SeedMutationTests
{
    private const int Seed = 20211119;
    private const int Mutations = 100;

    private static readonly string[] Insertions =
    [
        "\0", "\t", "\f", "\v", "\u00A0", "\u200B", "\u200E", "\u200F", "\u202E", "\uFEFF", "\u0301", "\u0336", "😀", "👩‍👩‍👧",
        "تحليل", "Ж", "[", "]", "(", ")", "[1]", "[999]", "](", "[text](", "](http://", "<script>", "{{", "}}", "---", "...",
        "Notes", "By:", "Publication: Terrorism Monitor Volume: 1 Issue: 1", "\n", "\n\n", "#", "*", "_", "\\", "\"", "'", ":", "- ",
    ];

    public static TheoryData<int> MutationNumbers() => new(Enumerable.Range(0, Mutations));

    [Theory]
    [MemberData(nameof(MutationNumbers))]
    public void A_mutated_sample_seed_imports_soundly(int mutation)
    {
        var random = new Random(Seed + mutation);
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var seed = seeds[mutation % seeds.Length];
        using var project = new HostileImport().Seed(Path.GetFileNameWithoutExtension(seed),
            Encoding.UTF8.GetBytes(Mutate(File.ReadAllText(seed), random)), File.ReadAllText(Path.ChangeExtension(seed, ".yml")));

        project.ImportSoundly();
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        for (var n = random.Next(1, 6); n > 0 && lines.Count > 1; n--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]);
                    break;
                case 3:
                    var line = lines[at];
                    var position = random.Next(line.Length + 1);
                    lines[at] = line[..position] + Insertions[random.Next(Insertions.Length)] + line[position..];
                    break;
                default:
                    var joined = string.Join('\n', lines);
                    lines = joined[..random.Next(joined.Length + 1)].Split('\n').ToList();
                    break;
            }
        }
        return string.Join('\n', lines);
    }
}

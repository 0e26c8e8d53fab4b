using System.CommandLine;

namespace Publisher.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int BadUsage = 2;
}

public static class CommandLine
{
    /// <summary>Parses and runs; usage errors exit with 2 (System.CommandLine's default would be 1).</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"publisher: {error.Message}");
            Console.Error.WriteLine("Run 'publisher --help' for usage.");
            return ExitCodes.BadUsage;
        }
        return parse.Invoke();
    }
}

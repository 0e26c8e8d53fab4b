using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Tests.Support;

/// <summary>
/// Verify-style snapshots: <c>name.verified.ext</c> is committed beside the test; on a mismatch the
/// actual text is written to <c>name.received.ext</c> and the test fails with a line diff.
/// Set PUBLISHER_ACCEPT_SNAPSHOTS=1 to accept every received file (read them first).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "PUBLISHER_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string actual, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No snapshot yet: read {received} and accept it (rename to .verified, or run with {AcceptVariable}=1)."
            : $"Snapshot {name} differs (received written to {received}):\n{LineDiff.Describe(expected, actual)}";
        Assert.Fail(message);
    }
}

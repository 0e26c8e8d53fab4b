namespace Publisher.Benchmarks;

/// <summary>A benchmark that cannot measure (a failed build or child process): the message says why.</summary>
public sealed class BenchmarkFailed(string message) : Exception(message);

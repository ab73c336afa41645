namespace ModularPipelines.Distributed;

/// <summary>How every output (log line, summary, step summary, report) marks a failure that was ignored: one wording.</summary>
internal static class IgnoredFailureText
{
    /// <summary><c> (failure ignored: reason)</c>, or empty when the failure was not ignored.</summary>
    public static string Suffix(string? failureIgnoredReason) =>
        failureIgnoredReason is null ? string.Empty : $" (failure ignored: {failureIgnoredReason})";
}

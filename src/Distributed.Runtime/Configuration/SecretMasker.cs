namespace ModularPipelines.Distributed;

/// <summary>
/// The run's secrets (values given to <see cref="PipelineBuilder.AddSecret"/>, and every value under a configuration
/// section given to <see cref="PipelineBuilder.AddSecretSection"/>), replaced by <c>***</c> wherever the pipeline
/// writes text: log lines (a command's output included), the summary, failure texts and error lines.
/// </summary>
internal sealed class SecretMasker
{
    public const string Mask = "***";

    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>The secrets, longest first (so a secret that contains another is masked whole).</summary>
    public IReadOnlyList<string> Secrets => _secrets;

    /// <summary>Adds a secret; blank values are not secrets (masking them would garble every line).</summary>
    public void Add(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        lock (_gate)
        {
            if (!_secrets.Contains(value, StringComparer.Ordinal))
            {
                _secrets = [.. _secrets.Append(value).OrderByDescending(s => s.Length)];
            }
        }
    }

    /// <summary>The text with every secret replaced by <see cref="Mask"/>.</summary>
    public string Apply(string text)
    {
        var secrets = _secrets;
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}

using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// Writes through to another writer with the run's secrets masked. Whole strings and lines are masked as they are
/// written; the pipeline writes its summary and error lines that way, never a character at a time.
/// </summary>
internal sealed class MaskingTextWriter(TextWriter inner, SecretMasker secrets) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value);

    public override void Write(string? value) => inner.Write(value is null ? null : secrets.Apply(value));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : secrets.Apply(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(value is null ? null : secrets.Apply(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(value is null ? null : secrets.Apply(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}

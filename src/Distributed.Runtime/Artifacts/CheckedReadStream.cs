using System.Security.Cryptography;

namespace ModularPipelines.Distributed;

/// <summary>
/// Reads a file for a store while hashing it, and fails the read at its end when the bytes differ from what was hashed
/// before the upload: a file changed while it was published must not be stored under the old hash.
/// </summary>
internal sealed class CheckedReadStream(Stream inner, ArtifactFile expected, Func<string> describe) : ForwardReadStream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;
    private bool _checked;

    public override long Length => expected.Size;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        return Account(buffer[..read]);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        _hash.Dispose();
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Account(ReadOnlySpan<byte> bytes)
    {
        _read += bytes.Length;
        if (_read > expected.Size || (bytes.Length == 0 && _read < expected.Size))
        {
            throw Changed();
        }

        _hash.AppendData(bytes);

        // Checked as soon as the expected length is reached: a store may stop reading there without asking for more.
        if (_read == expected.Size && !_checked)
        {
            _checked = true;
            if (ContentHash.Hex(_hash.GetHashAndReset()) != expected.Sha256)
            {
                throw Changed();
            }
        }

        return bytes.Length;
    }

    /// <summary>What a publish says about a file that changed under it.</summary>
    public static ArtifactException Changed(Func<string> describe, string path) =>
        new($"{describe()}: {path} changed while it was being published; publish files once the step that writes them has finished");

    private ArtifactException Changed() => Changed(describe, expected.Path);
}

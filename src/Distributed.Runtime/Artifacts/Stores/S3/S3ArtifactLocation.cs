namespace ModularPipelines.Distributed;

/// <summary>Where <c>--artifacts s3://bucket/prefix</c> points: a bucket, and a key prefix inside it (may be empty).</summary>
internal sealed record S3ArtifactLocation(string Bucket, string Prefix)
{
    /// <summary>Reads <c>s3://bucket</c> or <c>s3://bucket/prefix</c>, or says in one line what is wrong with it.</summary>
    public static bool TryParse(string value, out S3ArtifactLocation? location, out string? error)
    {
        location = null;
        const string scheme = "s3://";
        var rest = value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? value[scheme.Length..] : null;
        var slash = rest?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        var bucket = rest is null ? string.Empty : slash < 0 ? rest : rest[..slash];
        if (!IsBucketName(bucket))
        {
            error = $"--artifacts '{value}' does not name an S3 bucket: write s3://bucket or s3://bucket/prefix (bucket names are 3 to 63 lower-case letters, digits, '.' and '-')";
            return false;
        }

        var prefix = slash < 0 ? string.Empty : rest![(slash + 1)..].Trim('/');
        if (prefix.Split('/').Any(segment => segment is "." or ".."))
        {
            error = $"--artifacts '{value}': the key prefix may not contain '.' or '..' segments";
            return false;
        }

        location = new S3ArtifactLocation(bucket, prefix);
        error = null;
        return true;
    }

    /// <summary>The key of <paramref name="relative"/> under the prefix.</summary>
    public string Key(string relative) => Prefix.Length == 0 ? relative : Prefix + "/" + relative;

    public override string ToString() => Prefix.Length == 0 ? $"s3://{Bucket}" : $"s3://{Bucket}/{Prefix}";

    private static bool IsBucketName(string bucket) =>
        bucket.Length is >= 3 and <= 63
        && (char.IsAsciiLetterLower(bucket[0]) || char.IsAsciiDigit(bucket[0]))
        && bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-');
}

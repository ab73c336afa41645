namespace ModularPipelines.Distributed;

/// <summary>
/// The names files get while they are written (a download in the workspace, a file in the shared-folder store): the
/// target's name, a unique part and <see cref="Suffix"/>. A process killed mid-write leaves one behind; the suffix is
/// how every later publish knows to leave it out, so a half-written file never travels as part of an artifact.
/// </summary>
internal static class TemporaryArtifactFiles
{
    public const string Suffix = ".mpd-partial";

    /// <summary>A fresh temporary name beside <paramref name="target"/>.</summary>
    public static string For(string target) => $"{target}.{Guid.NewGuid():N}{Suffix}";

    public static bool IsTemporary(string path) => path.EndsWith(Suffix, StringComparison.Ordinal);
}

using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Package.Tests;

/// <summary>
/// A local <c>dotnet pack</c> gets a version of its own, so a consumer cannot silently restore an older 1.0.0 from its
/// package cache; CI builds and explicit versions pack as given. Read from MSBuild's evaluation, as pack would see it.
/// </summary>
public sealed partial class LocalPackVersionTests
{
    private static readonly TimeSpan EvaluationTimeout = TimeSpan.FromMinutes(2);

    [Test]
    public async Task LocalPackWithoutAVersionGetsAPrereleaseStampedWithItsTime()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        var version = await PackageVersionAsync("-p:CI=false", "-p:GITHUB_ACTIONS=false");

        var match = LocalVersion().Match(version);
        Assert.That(match.Success, Is.True, $"'{version}' is not 1.0.0-local.<UTC yyyyMMddHHmmss>");
        var stamped = DateTime.ParseExact(match.Groups["time"].Value, "yyyyMMddHHmmss", null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.That(stamped, Is.InRange(before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1)), "a later pack must get a later version");
    }

    [Test]
    public async Task ExplicitVersionIsPackedAsGiven() =>
        Assert.That(await PackageVersionAsync("-p:CI=false", "-p:GITHUB_ACTIONS=false", "-p:Version=1.2.3"), Is.EqualTo("1.2.3"));

    [Test]
    public async Task CiBuildPacksTheVersionWithoutASuffix() =>
        Assert.That(await PackageVersionAsync("-p:CI=true"), Is.EqualTo("1.0.0"));

    private static async Task<string> PackageVersionAsync(params string[] properties)
    {
        string[] arguments = ["msbuild", RepositoryRoot.Combine("nuget", $"{PackageUnderTest.PackageId}.csproj"), "-getProperty:PackageVersion", "-nologo", .. properties];
        var result = await DotnetCli.RunAsync(RepositoryRoot.Path, arguments, EvaluationTimeout);
        Assert.That(result.ExitCode, Is.Zero, result.Output);
        return result.StandardOutput.Trim();
    }

    [GeneratedRegex(@"^1\.0\.0-local\.(?<time>\d{14})$")]
    private static partial Regex LocalVersion();
}

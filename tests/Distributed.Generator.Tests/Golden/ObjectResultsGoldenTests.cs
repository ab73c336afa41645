using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class ObjectResultsGoldenTests
{
    internal const string ResultTypes = """
        using System.Text.Json.Serialization;

        namespace Sample.Objects;

        public enum Outcome { Passed, Failed, Skipped }

        // A record with constructor parameters, a renamed parameter-property and an ignored extra property.
        public sealed record ReleaseInfo(
            string Version,
            [property: JsonPropertyName("build_number")] int BuildNumber,
            Outcome Outcome,
            Guid Id,
            DateTime BuiltAt,
            DateTimeOffset PublishedAt,
            TimeSpan Duration,
            string? Notes,
            long? Size)
        {
            [JsonIgnore]
            public string Display => $"{Version}+{BuildNumber}";
        }

        // A class with init and settable properties, nested objects and every collection shape.
        public sealed class TestSummary
        {
            public required string Suite { get; init; }

            public int Passed { get; set; }

            [JsonPropertyName("failed_count")]
            public int Failed { get; set; }

            [JsonIgnore]
            public string? Scratch { get; set; }

            public double? Coverage { get; init; }

            public TestCase[] Slowest { get; set; } = [];

            public List<TestCase> Cases { get; set; } = [];

            public IReadOnlyList<string> Tags { get; init; } = [];

            public Dictionary<string, TestCase> ByName { get; init; } = new();

            public ReleaseInfo? Release { get; set; }
        }

        public sealed class TestCase
        {
            public string Name { get; set; } = "";

            public Outcome Outcome { get; set; }

            public TimeSpan Duration { get; set; }
        }
        """;

    internal const string Modules = """
        namespace Sample.Objects;

        public sealed class ReleaseModule : Module<ReleaseInfo>
        {
            protected override Task<ReleaseInfo?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<ReleaseInfo?>(new ReleaseInfo("1.0", 1, Outcome.Passed, Guid.Empty, DateTime.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.Zero, null, null));
        }

        public sealed class TestSummaryModule : Module<TestSummary>
        {
            protected override Task<TestSummary?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<TestSummary?>(new TestSummary { Suite = "unit" });
        }

        public sealed class ReleaseListModule : Module<IReadOnlyList<ReleaseInfo>>
        {
            protected override Task<IReadOnlyList<ReleaseInfo>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<IReadOnlyList<ReleaseInfo>?>([]);
        }

        public sealed class CaseMapModule : Module<Dictionary<string, TestCase>>
        {
            protected override Task<Dictionary<string, TestCase>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Dictionary<string, TestCase>?>(new());
        }
        """;

    [Test]
    public void RecordAndClassResultsEmitTheGoldenMetadata()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(ResultTypes, Modules);

        Assert.That(run.NodeIds, Has.Count.EqualTo(4));
        Assert.That(ResultMetadata.TypesWithoutMetadata(GeneratedGraph.Load(run)), Is.Empty, "Result types without generated JSON metadata.");
        GoldenFiles.Verify(GoldenCases.ObjectResults, run);
    }
}

using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class PrimitiveResultsGoldenTests
{
    private const string Source = """
        namespace Sample.Primitives;

        public enum Channel { Stable, Preview }

        public sealed class StringResult : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("s");
        }

        public sealed class IntResult : Module<int>
        {
            protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1);
        }

        public sealed class LongResult : Module<long>
        {
            protected override Task<long> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1L);
        }

        public sealed class DoubleResult : Module<double>
        {
            protected override Task<double> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1.5);
        }

        public sealed class DecimalResult : Module<decimal>
        {
            protected override Task<decimal> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1.5m);
        }

        public sealed class BoolResult : Module<bool>
        {
            protected override Task<bool> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(true);
        }

        public sealed class GuidResult : Module<Guid>
        {
            protected override Task<Guid> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(Guid.Empty);
        }

        public sealed class DateTimeResult : Module<DateTime>
        {
            protected override Task<DateTime> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(DateTime.UnixEpoch);
        }

        public sealed class DateTimeOffsetResult : Module<DateTimeOffset>
        {
            protected override Task<DateTimeOffset> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(DateTimeOffset.UnixEpoch);
        }

        public sealed class TimeSpanResult : Module<TimeSpan>
        {
            protected override Task<TimeSpan> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(TimeSpan.Zero);
        }

        public sealed class EnumResult : Module<Channel>
        {
            protected override Task<Channel> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(Channel.Preview);
        }

        public sealed class NullableIntResult : Module<int?>
        {
            protected override Task<int?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<int?>(null);
        }

        public sealed class NullableEnumResult : Module<Channel?>
        {
            protected override Task<Channel?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<Channel?>(null);
        }

        public sealed class StringArrayResult : Module<string[]>
        {
            protected override Task<string[]?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string[]?>(["a"]);
        }

        public sealed class IntListResult : Module<List<int>>
        {
            protected override Task<List<int>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<List<int>?>([1]);
        }

        public sealed class GuidReadOnlyListResult : Module<IReadOnlyList<Guid>>
        {
            protected override Task<IReadOnlyList<Guid>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Guid>?>([Guid.Empty]);
        }

        public sealed class StringDictionaryResult : Module<Dictionary<string, string>>
        {
            protected override Task<Dictionary<string, string>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Dictionary<string, string>?>(new() { ["k"] = "v" });
        }
        """;

    [Test]
    public void PrimitiveCollectionAndEnumResultsEmitTheGoldenMetadata()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        Assert.That(run.NodeIds, Has.Count.EqualTo(17));
        Assert.That(ResultMetadata.TypesWithoutMetadata(GeneratedGraph.Load(run)), Is.Empty, "Result types without generated JSON metadata.");
        GoldenFiles.Verify(GoldenCases.PrimitiveResults, run);
    }
}

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>Source snippets for robustness tests.</summary>
internal static class Modules
{
    /// <summary>A valid module, <c>Sample.Anchor</c>, so that a graph is emitted next to whatever is under test.</summary>
    public const string Anchor = """
        namespace Sample;

        public sealed class Anchor : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("anchor");
        }
        """;

    /// <summary>An <c>ExecuteAsync</c> override for a <c>Module&lt;string&gt;</c> body.</summary>
    public const string Execute =
        "protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(null);";
}

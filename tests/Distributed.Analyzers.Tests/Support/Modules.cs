namespace ModularPipelines.Distributed.Analyzers.Tests.Support;

/// <summary>Source snippets shared by the tests.</summary>
internal static class Modules
{
    /// <summary>The body of a <c>Module&lt;string&gt;</c> that does nothing.</summary>
    public const string Execute =
        "protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(\"done\");";

    /// <summary>Added to every test compilation.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using ModularPipelines.Distributed;
        """;
}

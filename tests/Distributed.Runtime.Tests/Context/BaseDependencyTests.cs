using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Context;

/// <summary>
/// A <c>[DependsOn&lt;ToolModule&gt;]</c> on an abstract base, as the generator emits it: an edge to every module deriving
/// from the base (Generator.Tests' BaseDependencies golden case checks the emitting), run for real in one process.
/// </summary>
public sealed class BaseDependencyTests
{
    [Test]
    public async Task DependencyOnAnAbstractBaseWaitsForEveryDerivedModule()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<CompilerTool, string>("CompilerTool", () => new CompilerTool()),
            Node.Of<LinkerTool, string>("LinkerTool", () => new LinkerTool()),
            Node.Of<SignerTool, string>("SignerTool", () => new SignerTool()),
            Node.Of<ReaderModule, string>("Assemble", () => new ReaderModule(async context =>
            {
                // Each derived module is a declared dependency, so each can be read.
                var compiler = await context.GetModule<CompilerTool>();
                var linker = await context.GetModule<LinkerTool>();
                var signer = await context.GetModule<SignerTool>();
                return string.Join(",", compiler.Value, linker.Value, signer.Value);
            }), dependsOn: ["CompilerTool", "LinkerTool", "SignerTool"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        var assemble = run["Assemble"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(run.Typed<string>("Assemble").Value, Is.EqualTo("CompilerTool,LinkerTool,SignerTool"));
            foreach (var tool in new[] { "CompilerTool", "LinkerTool", "SignerTool" })
            {
                Assert.That(assemble.StartedAt, Is.GreaterThanOrEqualTo(run[tool].StartedAt + run[tool].Duration), tool);
            }
        }
    }
}

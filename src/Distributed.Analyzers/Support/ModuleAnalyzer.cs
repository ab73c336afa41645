using Microsoft.CodeAnalysis.Diagnostics;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// The common set-up of every analyzer here: concurrent, generated code skipped, and nothing registered in a
/// compilation that does not reference the runtime.
/// </summary>
public abstract class ModuleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.Create(start.Compilation) is { } known)
            {
                Register(start, known);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for one compilation that references the runtime.</summary>
    /// <param name="context">The compilation's start context.</param>
    /// <param name="known">The runtime types resolved in the compilation.</param>
    private protected abstract void Register(CompilationStartAnalysisContext context, KnownTypes known);
}

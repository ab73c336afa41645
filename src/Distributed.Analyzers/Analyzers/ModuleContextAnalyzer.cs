using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// Calls on <c>IModuleContext</c> inside a module class (its methods, lambdas, local functions and nested types):
/// MPD0010 (<c>GetModule&lt;T&gt;()</c> of an undeclared dependency), MPD0011 (<c>GetMatrixTarget()</c> without a
/// matrix), MPD0013 (<c>GetModule&lt;T&gt;("x")</c> with a target <c>T</c> lacks) and MPD0018 (<c>GetModule&lt;T&gt;()</c>
/// of a matrix module the caller shares no target with). Inherited attributes count.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModuleContextAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UndeclaredDependency,
        Descriptors.MatrixTargetReadWithoutMatrix,
        Descriptors.UnknownMatrixTarget,
        Descriptors.MatrixDependencyNeedsTarget);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known)
    {
        if (known.ModuleContext is not null)
        {
            context.RegisterOperationAction(c => Analyze(c, known), OperationKind.Invocation);
        }
    }

    private static void Analyze(OperationAnalysisContext context, KnownTypes known)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, known.ModuleContext))
        {
            return;
        }

        var module = EnclosingModule(context.ContainingSymbol, known);
        if (method.Name == KnownNames.GetMatrixTargetMethod && method.Parameters.IsEmpty)
        {
            if (module is { IsAbstract: false } && !ModuleFacts.Has(module, known.MatrixTarget))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.MatrixTargetReadWithoutMatrix,
                    invocation.Syntax.GetLocation(),
                    ModuleFacts.DisplayName(module)));
            }

            return;
        }

        if (method.Name != KnownNames.GetModuleMethod || method.TypeArguments is not [INamedTypeSymbol { TypeKind: not TypeKind.Error } dependency])
        {
            return;
        }

        if (module is not null && !ModuleFacts.DependsOn(known, module, dependency, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UndeclaredDependency,
                invocation.Syntax.GetLocation(),
                ModuleFacts.DisplayName(module),
                ModuleFacts.DisplayName(dependency)));
        }

        if (invocation.Arguments is [{ Value: { ConstantValue: { HasValue: true, Value: string target } } argument }])
        {
            AnalyzeTarget(context, known, dependency, target, argument);
        }
        else if (invocation.Arguments.IsEmpty && module is { IsAbstract: false })
        {
            AnalyzeImplicitTarget(context, known, module, dependency, invocation);
        }
    }

    /// <summary>MPD0013: the target must be one of the dependency's (trimmed by the generator, compared ignoring case).</summary>
    private static void AnalyzeTarget(OperationAnalysisContext context, KnownTypes known, INamedTypeSymbol dependency, string target, IOperation argument)
    {
        var targets = ModuleFacts.MatrixTargets(dependency);
        if (targets.Contains(target, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var name = ModuleFacts.DisplayName(dependency);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnknownMatrixTarget,
            argument.Syntax.GetLocation(),
            name,
            target,
            targets.Count > 0
                ? "use one of its targets, " + string.Join(", ", targets.Select(t => "'" + t + "'"))
                : $"it has no [MatrixTarget], so read it with GetModule<{name}>()"));
    }

    /// <summary>MPD0018: without a target, the caller's own target picks the dependency's instance.</summary>
    private static void AnalyzeImplicitTarget(OperationAnalysisContext context, KnownTypes known, INamedTypeSymbol module, INamedTypeSymbol dependency, IInvocationOperation invocation)
    {
        var targets = ModuleFacts.MatrixTargets(dependency);
        if (targets.Count == 0)
        {
            return;
        }

        var own = ModuleFacts.MatrixTargets(module);
        var unmatched = own.Where(t => !targets.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        string? problem = own.Count == 0
            ? "it has no [MatrixTarget] of its own to pick an instance by"
            : unmatched.Count > 0
                ? "its own targets " + string.Join(", ", unmatched.Select(t => "'" + t + "'")) + " are not targets of '" + ModuleFacts.DisplayName(dependency) + "'"
                : null;
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.MatrixDependencyNeedsTarget,
                invocation.Syntax.GetLocation(),
                ModuleFacts.DisplayName(module),
                ModuleFacts.DisplayName(dependency),
                problem,
                targets[0]));
        }
    }

    /// <summary>The nearest module class around the code: the member's class, or a class it is nested in.</summary>
    private static INamedTypeSymbol? EnclosingModule(ISymbol symbol, KnownTypes known)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (ModuleRecognition.IsModuleClass(type))
            {
                return type;
            }
        }

        return null;
    }
}

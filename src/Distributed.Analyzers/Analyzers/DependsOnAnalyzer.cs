using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0009 (<c>[DependsOn&lt;T&gt;]</c> on the module itself, including through an inherited attribute, on a type
/// that is not a concrete, non-generic module, or on an abstract base no other concrete module derives from) and MPD0017 (the same dependency declared twice, also through inheritance).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DependsOnAnalyzer : ModuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.DependencyInvalid,
        Descriptors.DependencyRepeated);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known)
    {
        var modules = new CompilationModules(context.Compilation, context.CancellationToken);
        context.RegisterSymbolAction(c => Analyze(c, known, modules), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known, CompilationModules modules)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var name = ModuleFacts.DisplayName(type);
        var inherited = InheritedDependencies(type, known);
        var own = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var attribute in type.GetAttributes())
        {
            if (known.GetDependency(attribute) is not { TypeKind: not TypeKind.Error } dependency)
            {
                continue;
            }

            var dependencyName = ModuleFacts.DisplayName(dependency);
            var invalid = SymbolEqualityComparer.Default.Equals(dependency, type)
                ? "a module cannot depend on itself, so remove it"
                : ModuleRecognition.IsBaseDependency(dependency)
                    ? BaseDependencyProblem(type, dependency, modules, context.CancellationToken)
                : dependency.IsAbstract
                    ? $"'{dependencyName}' is abstract and only concrete modules run, so depend on a concrete module deriving from it"
                    : dependency.IsGenericType
                        ? $"'{dependencyName}' is generic and the generator builds only non-generic modules, so depend on a non-generic module"
                        : !ModuleRecognition.IsModuleClass(dependency)
                            ? $"'{dependencyName}' is not a module, so depend on a class deriving from Module<T>"
                            : null;
            if (invalid is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DependencyInvalid,
                    AttributeLocations.OfTypeArgument(attribute, type, context.CancellationToken),
                    dependencyName,
                    name,
                    invalid));
                continue;
            }

            string? repeat = !own.Add(dependency)
                ? string.Empty
                : inherited.TryGetValue(dependency, out var declaringBase)
                    ? $" (inherited from '{ModuleFacts.DisplayName(declaringBase)}')"
                    : null;
            if (repeat is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DependencyRepeated,
                    AttributeLocations.Of(attribute, type, context.CancellationToken),
                    name,
                    dependencyName,
                    repeat));
            }
        }

        // A base class may name a class deriving from it; that class then inherits a dependency on itself.
        if (ModuleRecognition.IsConcreteModule(type) && inherited.TryGetValue(type, out var selfDeclaringBase))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.DependencyInvalid,
                AttributeLocations.OfType(type),
                name,
                name,
                $"it is inherited from '{ModuleFacts.DisplayName(selfDeclaringBase)}' and makes '{name}' depend on itself, so move it off '{ModuleFacts.DisplayName(selfDeclaringBase)}'"));
        }
    }

    /// <summary>The dependencies the base classes declare, each with the nearest base that declares it.</summary>
    /// <summary>
    /// Why a <c>[DependsOn&lt;TBase&gt;]</c> of <paramref name="type"/> stands for no module, or null when it stands for
    /// some: for the declaring module, and for each module that inherits the attribute from it (each leaves itself out).
    /// </summary>
    private static string? BaseDependencyProblem(INamedTypeSymbol type, INamedTypeSymbol dependency, CompilationModules modules, CancellationToken cancellationToken)
    {
        var dependencyName = ModuleFacts.DisplayName(dependency);
        var fix = $"derive a module from '{dependencyName}', or depend on a concrete module";
        if (!modules.DerivedFrom(dependency, type, cancellationToken).Any())
        {
            var except = ModuleRecognition.DerivesFrom(type, dependency) ? $" other than '{ModuleFacts.DisplayName(type)}'" : string.Empty;
            return $"'{dependencyName}' is abstract and no concrete module of this compilation{except} derives from it, so the dependency stands for no module: {fix}";
        }

        var lone = type.IsAbstract
            ? modules.Inheriting(type).FirstOrDefault(m => !modules.DerivedFrom(dependency, m, cancellationToken).Any())
            : null;
        return lone is null
            ? null
            : $"'{ModuleFacts.DisplayName(lone)}' inherits it and is the only concrete module of this compilation deriving from '{dependencyName}', so for '{ModuleFacts.DisplayName(lone)}' the dependency stands for no module: {fix}";
    }

    private static Dictionary<INamedTypeSymbol, INamedTypeSymbol> InheritedDependencies(INamedTypeSymbol type, KnownTypes known)
    {
        var dependencies = new Dictionary<INamedTypeSymbol, INamedTypeSymbol>(SymbolEqualityComparer.Default);
        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (known.GetDependency(attribute) is { } dependency && !dependencies.ContainsKey(dependency))
                {
                    dependencies.Add(dependency, current);
                }
            }
        }

        return dependencies;
    }
}

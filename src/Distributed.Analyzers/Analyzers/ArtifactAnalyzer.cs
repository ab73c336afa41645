using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0023 (an artifact name the runtime refuses), MPD0024 (a name produced twice, also through inheritance), MPD0025
/// (a pattern the runtime refuses, or no include pattern), MPD0026 (consuming an artifact the producer does not produce)
/// MPD0027 (consuming from itself or from a type that is not a concrete module) and MPD0028 (a matrix module's pattern
/// without <c>{target}</c>). Names and patterns are checked
/// with <see cref="ArtifactSyntax"/>, the runtime's own rules, and productions are read as the generator reads them
/// (<see cref="ArtifactAttributes"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArtifactAnalyzer : ModuleAnalyzer
{
    /// <summary>The MPD0026 property with the produced name closest to the consumed one, when one is close enough to be a typo.</summary>
    public const string SuggestedNameProperty = "SuggestedName";

    /// <summary>Two one-letter edits: <c>bni</c> for <c>bin</c> is a typo, <c>docs</c> for <c>bin</c> is another artifact.</summary>
    private const int MaxSuggestionDistance = 2;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ArtifactNameInvalid,
        Descriptors.ArtifactProducedTwice,
        Descriptors.ArtifactPatternInvalid,
        Descriptors.ArtifactNotProduced,
        Descriptors.ArtifactProducerInvalid,
        Descriptors.ArtifactPatternSharedByTargets);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known)
    {
        if (known.ProducesArtifact is not null || known.ConsumesArtifact is not null)
        {
            context.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);
        }
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AnalyzeProductions(context, known, type);
        AnalyzeConsumptions(context, known, type);
    }

    private static void AnalyzeProductions(SymbolAnalysisContext context, KnownTypes known, INamedTypeSymbol type)
    {
        var matrix = ModuleFacts.MatrixTargets(type).Count > 0;
        Dictionary<string, INamedTypeSymbol>? inherited = null;
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in type.GetAttributes())
        {
            if (!KnownTypes.Is(attribute.AttributeClass, known.ProducesArtifact)
                || attribute.ConstructorArguments is not [var nameArgument, var patternsArgument])
            {
                continue;
            }

            var name = nameArgument.Value as string;
            if (ArtifactSyntax.NameProblem(name) is { } nameProblem)
            {
                ReportInvalidName(context, attribute, type, name, "ProducesArtifact", nameProblem);
            }
            else
            {
                inherited ??= InheritedProductions(type, known);
                string? repeat = !own.Add(name!)
                    ? string.Empty
                    : inherited.TryGetValue(name!, out var declaringBase)
                        ? $" (inherited from '{ModuleFacts.DisplayName(declaringBase)}')"
                        : null;
                if (repeat is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.ArtifactProducedTwice,
                        AttributeLocations.Of(attribute, type, context.CancellationToken),
                        ModuleFacts.DisplayName(type),
                        name,
                        repeat));
                }
            }

            AnalyzePatterns(context, attribute, type, name ?? string.Empty, patternsArgument, matrix);
        }
    }

    private static void AnalyzePatterns(SymbolAnalysisContext context, AttributeData attribute, INamedTypeSymbol type, string name, TypedConstant patternsArgument, bool matrix)
    {
        var patterns = patternsArgument is { Kind: TypedConstantKind.Array, IsNull: false }
            ? patternsArgument.Values.Select(v => v.Value as string).ToList()
            : new List<string?>();
        var includes = 0;
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            var problem = ArtifactSyntax.PatternProblem(pattern)
                ?? (!matrix && ArtifactSyntax.UsesTarget(pattern) ? ArtifactSyntax.TargetWithoutMatrixProblem : null);
            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ArtifactPatternInvalid,
                    AttributeLocations.OfParamsElement(attribute, 1, i, type, context.CancellationToken),
                    name,
                    ModuleFacts.DisplayName(type),
                    $"has a pattern '{pattern}' that {problem}"));
            }
            else if (matrix && pattern![0] != '!' && !ArtifactSyntax.UsesTarget(pattern))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ArtifactPatternSharedByTargets,
                    AttributeLocations.OfParamsElement(attribute, 1, i, type, context.CancellationToken),
                    ModuleFacts.DisplayName(type),
                    pattern,
                    name));
            }

            // A pattern reported above counts as an include unless it excludes: one problem, one diagnostic.
            if (pattern is not { Length: > 0 } || pattern[0] != '!')
            {
                includes++;
            }
        }

        if (includes == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ArtifactPatternInvalid,
                AttributeLocations.Of(attribute, type, context.CancellationToken),
                name,
                ModuleFacts.DisplayName(type),
                "has no pattern that includes files, so it would publish nothing: add one, for example \"out/bin/**\" (a pattern starting with '!' only excludes)"));
        }
    }

    private static void AnalyzeConsumptions(SymbolAnalysisContext context, KnownTypes known, INamedTypeSymbol type)
    {
        var typeName = ModuleFacts.DisplayName(type);
        foreach (var attribute in type.GetAttributes())
        {
            if (known.GetProducer(attribute) is not { TypeKind: not TypeKind.Error } producer
                || attribute.ConstructorArguments is not [var nameArgument])
            {
                continue;
            }

            var producerName = ModuleFacts.DisplayName(producer);
            var name = nameArgument.Value as string;
            if (ArtifactSyntax.NameProblem(name) is { } nameProblem)
            {
                ReportInvalidName(context, attribute, type, name, $"ConsumesArtifact<{producerName}>", nameProblem);
                continue;
            }

            if (ProducerProblem(type, producer) is { } invalid)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ArtifactProducerInvalid,
                    AttributeLocations.OfTypeArgument(attribute, type, context.CancellationToken),
                    producerName,
                    typeName,
                    invalid));
                continue;
            }

            if (ArtifactAttributes.ProducedAs(producer, name!) is null)
            {
                ReportNotProduced(context, attribute, type, producer, name!);
            }
        }

        // A base class may consume from a class deriving from it; that class then consumes its own artifact.
        if (ModuleRecognition.IsConcreteModule(type) && InheritedSelfConsumption(type, known) is { } declaringBase)
        {
            var baseName = ModuleFacts.DisplayName(declaringBase);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ArtifactProducerInvalid,
                AttributeLocations.OfType(type),
                typeName,
                typeName,
                $"it is inherited from '{baseName}' and makes '{typeName}' consume its own artifact, so move it off '{baseName}'"));
        }
    }

    private static void ReportInvalidName(SymbolAnalysisContext context, AttributeData attribute, INamedTypeSymbol type, string? name, string attributeName, string problem) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ArtifactNameInvalid,
            AttributeLocations.OfConstructorArgument(attribute, 0, type, context.CancellationToken),
            name ?? string.Empty,
            attributeName,
            ModuleFacts.DisplayName(type),
            problem));

    private static void ReportNotProduced(SymbolAnalysisContext context, AttributeData attribute, INamedTypeSymbol type, INamedTypeSymbol producer, string name)
    {
        var producerName = ModuleFacts.DisplayName(producer);
        var produced = ArtifactAttributes.Productions(producer.GetAttributesIncludingInherited()).Select(p => p.Name).ToList();
        var suggestion = produced
            .Select(p => (Name: p, Distance: EditDistance.Between(p, name)))
            .Where(p => p.Distance <= MaxSuggestionDistance)
            .OrderBy(p => p.Distance)
            .Select(p => p.Name)
            .FirstOrDefault();
        var what = produced.Count == 0
            ? $"produces no artifact: add [ProducesArtifact(\"{name}\", ...)] to '{producerName}', or consume from the module that produces it"
            : $"produces only {string.Join(", ", produced.Select(p => $"'{p}'"))}: "
                + (suggestion is not null ? $"did you mean '{suggestion}'?" : $"consume one of those, or add [ProducesArtifact(\"{name}\", ...)] to '{producerName}'");
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestedNameProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ArtifactNotProduced,
            AttributeLocations.OfConstructorArgument(attribute, 0, type, context.CancellationToken),
            properties,
            ModuleFacts.DisplayName(type),
            name,
            producerName,
            what));
    }

    /// <summary>Why <paramref name="producer"/> cannot give <paramref name="type"/> artifacts, or null when it can: MPD0009's reasons, for artifacts.</summary>
    private static string? ProducerProblem(INamedTypeSymbol type, INamedTypeSymbol producer)
    {
        var producerName = ModuleFacts.DisplayName(producer);
        return SymbolEqualityComparer.Default.Equals(producer, type)
            ? "a module cannot consume its own artifact, which it publishes only after it has finished, so remove it"
            : producer.IsAbstract
                ? $"'{producerName}' is abstract and only concrete modules run, so consume the artifact of a concrete module deriving from it"
                : producer.IsGenericType
                    ? $"'{producerName}' is generic and the generator builds only non-generic modules, so consume from a non-generic module"
                    : !ModuleRecognition.IsModuleClass(producer)
                        ? $"'{producerName}' is not a module, so consume from a class deriving from Module<T>"
                        : null;
    }

    /// <summary>The artifact names the base classes produce, each with the nearest base that produces it.</summary>
    private static Dictionary<string, INamedTypeSymbol> InheritedProductions(INamedTypeSymbol type, KnownTypes known)
    {
        var productions = new Dictionary<string, INamedTypeSymbol>(StringComparer.OrdinalIgnoreCase);
        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (KnownTypes.Is(attribute.AttributeClass, known.ProducesArtifact)
                    && attribute.ConstructorArguments is [{ Value: string name }, _]
                    && !productions.ContainsKey(name))
                {
                    productions.Add(name, current);
                }
            }
        }

        return productions;
    }

    /// <summary>The nearest base class with a <c>[ConsumesArtifact&lt;T&gt;]</c> whose <c>T</c> is <paramref name="type"/>, or null.</summary>
    private static INamedTypeSymbol? InheritedSelfConsumption(INamedTypeSymbol type, KnownTypes known)
    {
        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(known.GetProducer(a), type)))
            {
                return current;
            }
        }

        return null;
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Turns a module class into a <see cref="ModuleSpec"/>. Misuse is the analyzers' to report; this skips it safely.</summary>
internal static class ModuleParser
{
    /// <summary>Syntax-only filter: a concrete, non-generic class with a base list may be a module.</summary>
    public static bool IsCandidate(ClassDeclarationSyntax declaration) =>
        declaration is { BaseList: not null, TypeParameterList: null }
        && !declaration.Modifiers.Any(SyntaxKind.AbstractKeyword)
        && !declaration.Modifiers.Any(SyntaxKind.StaticKeyword);

    /// <summary>Binds the candidate against the current run's compilation; null when it is not an emittable module.</summary>
    public static ModuleSpec? Parse(ModuleCandidate candidate, CompilationHandle compilation, CancellationToken cancellationToken)
    {
        var node = candidate.Declaration;
        var model = compilation.Compilation.GetSemanticModel(node.SyntaxTree);
        // The checks of ModuleRecognition.IsEmittable, each done once: Select is null exactly when no constructor is callable.
        if (model.GetDeclaredSymbol(node, cancellationToken) is not { } type
            || !ModuleRecognition.IsConcreteNonGeneric(type)
            || !type.IsAccessibleFromGeneratedCode()
            || !IsFirstDeclarationWithBaseList(type, node, cancellationToken)
            || ModuleRecognition.ResultTypeOf(type) is not { } resultType
            || ConstructorSelector.Select(type, compilation.Compilation, cancellationToken) is not { } constructor)
        {
            return null;
        }

        var attributes = type.GetAttributesIncludingInherited().ToList();
        var id = type.ToModuleId();
        var resultTypeName = resultType.ToFullyQualifiedName();
        return new ModuleSpec
        {
            Id = id,
            DisplayName = type.Name,
            TypeName = type.ToFullyQualifiedName(),
            ResultTypeName = resultTypeName,
            ConstructorParameters = constructor.Select(ConstructorParameterSpecs.From).ToEquatableArray(),
            Dependencies = ReadDependencies(type, attributes, cancellationToken),
            BaseIds = BaseIds(type),
            MatrixTargets = ModuleAttributes.MatrixTargets(attributes),
            RequiredCapabilities = ReadCapabilities(attributes),
            OptionalCapabilities = ModuleAttributes.OptionalCapabilities(attributes),
            Scheduling = SchedulingParser.Read(attributes, id),
            SkipConditions = SkipConditionParser.Read(attributes, KnownNames.SkipIf, type.Name, compilation.Compilation, cancellationToken),
            IgnoreFailureConditions = SkipConditionParser.Read(attributes, KnownNames.IgnoreFailureIf, type.Name, compilation.Compilation, cancellationToken),
            ProducedArtifacts = ArtifactAttributes.Productions(attributes),
            ConsumedArtifacts = ArtifactParser.Consumptions(type, attributes, cancellationToken),
            ResultShape = compilation.ShapeOf(resultType, resultTypeName, cancellationToken),
        };
    }

    /// <summary>A partial class is parsed once, from the first of its declarations that names a base.</summary>
    private static bool IsFirstDeclarationWithBaseList(INamedTypeSymbol type, SyntaxNode node, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ClassDeclarationSyntax { BaseList: not null } declaration)
            {
                return declaration == node;
            }
        }

        return false;
    }

    /// <summary>
    /// The edges of <c>[DependsOn&lt;T&gt;]</c> and <c>[ConsumesArtifact&lt;T&gt;]</c> alike, in declaration order: a
    /// consumption is a dependency on its producer, and one beside a <c>[DependsOn]</c> of the same producer (or another
    /// consumption of it) adds no second edge. A module named both optionally and not is a required dependency. A
    /// <c>[DependsOn]</c> on an abstract module class is kept as the base's id, for the graph step to resolve.
    /// </summary>
    private static EquatableArray<DependencySpec> ReadDependencies(INamedTypeSymbol type, List<AttributeData> attributes, CancellationToken cancellationToken)
    {
        var dependencies = new List<DependencySpec>();
        foreach (var attribute in attributes)
        {
            if (DependencyOf(attribute) is not { } dependency)
            {
                continue;
            }

            var optional = DependencyAttributes.IsOptional(attribute);
            var spec = ModuleRecognition.IsEdge(type, dependency, cancellationToken)
                ? new DependencySpec(dependency.ToModuleId(), ModuleAttributes.MatrixTargets(dependency.GetAttributesIncludingInherited()), optional)
                : ModuleRecognition.IsBaseDependency(dependency) && !SymbolEqualityComparer.Default.Equals(dependency, type)
                    ? new DependencySpec(dependency.ToModuleId(), EquatableArray<string>.Empty, optional, OnBase: true)
                    : null;
            if (spec is not null)
            {
                DependencyAttributes.Add(dependencies, spec);
            }
        }

        return dependencies.ToEquatableArray();
    }

    /// <summary>The abstract module classes a <c>[DependsOn]</c> may name to mean this module among others, nearest first.</summary>
    private static EquatableArray<string> BaseIds(INamedTypeSymbol type)
    {
        var ids = new List<string>();
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (ModuleRecognition.IsBaseDependency(current))
            {
                ids.Add(current.ToModuleId());
            }
        }

        return ids.ToEquatableArray();
    }

    /// <summary>The module a <c>[DependsOn&lt;T&gt;]</c> or <c>[ConsumesArtifact&lt;T&gt;]</c> names, or null for any other attribute.</summary>
    private static INamedTypeSymbol? DependencyOf(AttributeData attribute) =>
        attribute.AttributeClass is { TypeArguments: [INamedTypeSymbol dependency] } attributeClass
        && attributeClass.OriginalDefinition.IsRuntimeType(KnownNames.DependsOn)
            ? dependency
            : ArtifactAttributes.ProducerOf(attribute);

    private static EquatableArray<string> ReadCapabilities(List<AttributeData> attributes) =>
        ModuleAttributes.DistinctNonBlank(attributes
            .Where(a => a.AttributeClass.IsRuntimeType(KnownNames.RequiresCapability))
            .Select(a => a.ConstructorArguments is [{ Value: string capability }] ? capability : null));
}

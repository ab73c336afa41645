using System;
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
    /// <summary>Longer timeouts are treated as none: <c>TimeSpan.FromSeconds</c> would overflow near its maximum.</summary>
    private const double MaxTimeoutSeconds = 1e9;

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
        // The checks of IsEmittable, each done once: Select is null exactly when no constructor is callable.
        if (model.GetDeclaredSymbol(node, cancellationToken) is not { } type
            || !IsConstructibleClass(type)
            || !IsFirstDeclarationWithBaseList(type, node, cancellationToken)
            || type.GetModuleResultType() is not { } resultType
            || ConstructorSelector.Select(type, compilation.Compilation, cancellationToken) is not { } constructor)
        {
            return null;
        }

        var attributes = type.GetAttributesIncludingInherited().ToList();
        var id = type.ToModuleId();
        var resultTypeName = resultType.ToFullyQualifiedName();
        var timeout = Single(attributes, KnownNames.ModuleTimeout) is { ConstructorArguments: [{ Value: double seconds }] } && seconds > 0 && seconds <= MaxTimeoutSeconds
            ? seconds
            : (double?)null;
        var retry = Single(attributes, KnownNames.ModuleRetry);
        return new ModuleSpec
        {
            Id = id,
            DisplayName = type.Name,
            TypeName = type.ToFullyQualifiedName(),
            ResultTypeName = resultTypeName,
            ConstructorParameters = constructor.Select(ToParameterSpec).ToEquatableArray(),
            Dependencies = ReadDependencies(type, attributes, cancellationToken),
            MatrixTargets = ReadMatrixTargets(attributes),
            RequiredCapabilities = ReadCapabilities(attributes),
            PinToMaster = attributes.Any(a => a.AttributeClass.IsRuntimeType(KnownNames.PinToMaster)),
            NotInParallelKeys = ReadExclusionKeys(attributes, id),
            TimeoutSeconds = timeout,
            Retries = retry is { ConstructorArguments: [{ Value: int retries }] } && retries > 0 ? retries : 0,
            RetryBackoffMilliseconds = ReadBackoff(retry),
            AlwaysRun = attributes.Any(a => a.AttributeClass.IsRuntimeType(KnownNames.AlwaysRun)),
            ResultShape = compilation.ShapeOf(resultType, resultTypeName, cancellationToken),
        };
    }

    /// <summary>
    /// Whether generated code can construct the class as a graph node: a concrete, non-generic, accessible module with
    /// a constructor it can call. Also decides which <c>[DependsOn]</c> targets become edges, so no edge points at a
    /// node that was not emitted.
    /// </summary>
    public static bool IsEmittable(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        IsConstructibleClass(type)
        && type.GetModuleResultType() is not null
        && ConstructorSelector.HasCallableConstructor(type, cancellationToken);

    /// <summary>A concrete, non-generic class that generated code in the same assembly can name.</summary>
    private static bool IsConstructibleClass(INamedTypeSymbol type) =>
        !type.IsAbstract && !type.IsStatic && !type.IsGenericType && type.IsAccessibleFromGeneratedCode();

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

    private static ConstructorParameterSpec ToParameterSpec(ConstructorParameter parameter)
    {
        var type = parameter.Type;
        var isServiceProvider = type is INamedTypeSymbol { Name: "IServiceProvider", ContainingNamespace.Name: "System" };
        var isNullableValueType = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var defaultValue = parameter.HasDefaultValue && DefaultValueLiterals.TryFormat(parameter.DefaultValue, type, out var literal)
            ? literal
            : null;
        var isOptional = defaultValue is not null || isNullableValueType
            || (!type.IsValueType && parameter.IsAnnotated);
        var typeName = (type.IsValueType ? type : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)).ToFullyQualifiedName();
        return new ConstructorParameterSpec(typeName, isOptional, isServiceProvider, type.IsValueType && !isNullableValueType, defaultValue);
    }

    private static EquatableArray<DependencySpec> ReadDependencies(INamedTypeSymbol type, List<AttributeData> attributes, CancellationToken cancellationToken)
    {
        var dependencies = new List<DependencySpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { TypeArguments: [INamedTypeSymbol dependency] } attributeClass
                && attributeClass.OriginalDefinition.IsRuntimeType(KnownNames.DependsOn)
                && !SymbolEqualityComparer.Default.Equals(dependency, type)
                && IsEmittable(dependency, cancellationToken)
                && seen.Add(dependency.ToModuleId()))
            {
                var targets = ReadMatrixTargets(dependency.GetAttributesIncludingInherited().ToList());
                dependencies.Add(new DependencySpec(dependency.ToModuleId(), targets));
            }
        }

        return dependencies.ToEquatableArray();
    }

    /// <summary>Blank and repeated targets are dropped here; the analyzers report them.</summary>
    private static EquatableArray<string> ReadMatrixTargets(List<AttributeData> attributes)
    {
        if (Single(attributes, KnownNames.MatrixTarget) is not { ConstructorArguments: [{ Kind: TypedConstantKind.Array, IsNull: false } targets] })
        {
            return EquatableArray<string>.Empty;
        }

        return DistinctNonBlank(targets.Values.Select(v => v.Value as string));
    }

    private static EquatableArray<string> ReadCapabilities(List<AttributeData> attributes) =>
        DistinctNonBlank(attributes
            .Where(a => a.AttributeClass.IsRuntimeType(KnownNames.RequiresCapability))
            .Select(a => a.ConstructorArguments is [{ Value: string capability }] ? capability : null));

    private static EquatableArray<string> ReadExclusionKeys(List<AttributeData> attributes, string id)
    {
        if (Single(attributes, KnownNames.NotInParallel) is not { } notInParallel)
        {
            return EquatableArray<string>.Empty;
        }

        var keys = notInParallel.ConstructorArguments is [{ Kind: TypedConstantKind.Array, IsNull: false } values]
            ? DistinctNonBlank(values.Values.Select(v => v.Value as string))
            : EquatableArray<string>.Empty;
        return keys.Count > 0 ? keys : new[] { id }.ToEquatableArray();
    }

    private static int ReadBackoff(AttributeData? retry)
    {
        foreach (var argument in retry?.NamedArguments ?? Enumerable.Empty<KeyValuePair<string, TypedConstant>>())
        {
            if (argument.Key == KnownNames.RetryBackoffProperty && argument.Value.Value is int milliseconds && milliseconds >= 0)
            {
                return milliseconds;
            }
        }

        return KnownNames.DefaultRetryBackoffMilliseconds;
    }

    /// <summary>The nearest declaration of a single-use attribute: the class's own wins over a base class's.</summary>
    private static AttributeData? Single(List<AttributeData> attributes, string metadataName) =>
        attributes.FirstOrDefault(a => a.AttributeClass.IsRuntimeType(metadataName));

    private static EquatableArray<string> DistinctNonBlank(IEnumerable<string?> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .Where(seen.Add)
            .ToEquatableArray();
    }
}

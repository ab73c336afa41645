using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Describes a class, record or struct the way System.Text.Json's reflection resolver does: the same properties in the
/// same order, the same constructor, the same name conflicts resolved the same way. Whatever it cannot mirror exactly
/// makes the type unsupported (null).
/// </summary>
internal static class JsonObjectParser
{
    /// <summary>System.Text.Json's limit for a deserialization constructor.</summary>
    private const int MaxConstructorParameters = 64;

    public static JsonObjectSpec? Parse(INamedTypeSymbol type, JsonTypeClosure closure)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || type.IsAbstract
            || type.IsStatic
            || type.IsRefLikeType
            || JsonKnownTypes.HasObjectBreakingInterface(type)
            || GetHierarchy(type) is not { } hierarchy
            || hierarchy.Any(t => t.GetAttributes().Any(JsonKnownTypes.IsAnySerializationAttribute) || HasSerializableFields(t))
            || JsonPropertyCollector.Collect(hierarchy) is not { } candidates
            || !TrySelectConstructor(type, out var constructor, out var creation))
        {
            return null;
        }

        var setsRequiredMembers = constructor is not null && constructor.GetAttributes().Any(IsSetsRequiredMembers);
        var bound = new HashSet<JsonPropertyCandidate>();
        var parameters = new List<JsonParameterSpec>();
        if (constructor is not null && creation == JsonObjectCreation.Parameterized
            && !TryBindParameters(constructor, candidates, closure, bound, parameters))
        {
            return null;
        }

        var properties = new List<JsonPropertySpec>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (DescribeProperty(candidate, bound.Contains(candidate), setsRequiredMembers, closure) is not { } property)
            {
                return null;
            }

            properties.Add(property);
        }

        JsonAccessorCall? constructorAccessor = null;
        if (constructor is not null && !setsRequiredMembers && hierarchy.Any(HasRequiredMembers))
        {
            // `new T(...)` would not compile (CS9035); reflection calls the constructor without the required-member check.
            constructorAccessor = JsonAccessors.Create(type, JsonAccessorKind.Constructor, ".ctor", constructor.OriginalDefinition.Parameters.Select(p => p.Type));
            if (constructorAccessor is null)
            {
                return null;
            }
        }

        return new JsonObjectSpec(type.IsValueType, creation, properties.ToEquatableArray(), parameters.ToEquatableArray())
        {
            ConstructorAccessor = constructorAccessor,
        };
    }

    /// <summary>The type and its base classes, most derived first, without <c>object</c>; null when a base is a framework type.</summary>
    private static List<INamedTypeSymbol>? GetHierarchy(INamedTypeSymbol type)
    {
        var hierarchy = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                break;
            }

            if (JsonKnownTypes.IsFrameworkType(current))
            {
                return null;
            }

            hierarchy.Add(current);
        }

        return hierarchy;
    }

    /// <summary>
    /// Public instance fields (System.Text.Json skips them by default, which silently drops data) or fields with
    /// serialization attributes (<c>[JsonInclude]</c>): a user context with the intended field handling covers those.
    /// </summary>
    private static bool HasSerializableFields(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f =>
            !f.IsStatic && !f.IsConst && !f.IsImplicitlyDeclared
            && (f.DeclaredAccessibility == Accessibility.Public || f.GetAttributes().Any(JsonKnownTypes.IsAnySerializationAttribute)));

    private static bool HasRequiredMembers(INamedTypeSymbol type) =>
        type.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true });

    /// <summary>
    /// System.Text.Json's choice: the <c>[JsonConstructor]</c> one, else a public parameterless one, else the only public
    /// one. Structs without <c>[JsonConstructor]</c> use their explicit parameterless constructor or start from
    /// <c>default</c>. No usable constructor: unsupported, since a result must be read back.
    /// </summary>
    private static bool TrySelectConstructor(INamedTypeSymbol type, out IMethodSymbol? constructor, out JsonObjectCreation creation)
    {
        constructor = null;
        creation = JsonObjectCreation.Default;
        IMethodSymbol? withAttribute = null;
        IMethodSymbol? parameterless = null;
        IMethodSymbol? onlyPublic = null;
        var publicCount = 0;
        foreach (var candidate in type.InstanceConstructors)
        {
            if (type.IsValueType && candidate.IsImplicitlyDeclared)
            {
                continue;
            }

            var hasAttribute = candidate.GetAttributes().Any(a => JsonKnownTypes.IsSerializationAttribute(a, JsonKnownTypes.JsonConstructor));
            if (hasAttribute)
            {
                if (withAttribute is not null)
                {
                    return false;
                }

                withAttribute = candidate;
            }

            if (candidate.DeclaredAccessibility == Accessibility.Public)
            {
                publicCount++;
                onlyPublic = candidate;
                if (!hasAttribute && candidate.Parameters.Length == 0)
                {
                    parameterless = candidate;
                }
            }
        }

        if (withAttribute is { DeclaredAccessibility: not Accessibility.Public })
        {
            return false;
        }

        if (type.IsValueType && withAttribute is null)
        {
            // An explicit parameterless struct constructor runs, as with reflection; otherwise the struct starts from default.
            var explicitParameterless = type.InstanceConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared && c.Parameters.Length == 0);
            if (explicitParameterless is null)
            {
                return true;
            }

            if (explicitParameterless.DeclaredAccessibility != Accessibility.Public || JsonPropertyCollector.IsObsoleteError(explicitParameterless))
            {
                return false;
            }

            constructor = explicitParameterless;
            creation = JsonObjectCreation.Parameterless;
            return true;
        }

        constructor = withAttribute ?? parameterless ?? (publicCount == 1 ? onlyPublic : null);
        if (constructor is null || JsonPropertyCollector.IsObsoleteError(constructor) || constructor.Parameters.Length > MaxConstructorParameters)
        {
            return false;
        }

        creation = constructor.Parameters.Length == 0 ? JsonObjectCreation.Parameterless : JsonObjectCreation.Parameterized;
        return true;
    }

    /// <summary>Each parameter must bind to exactly one property of the same name (any case) and type, as System.Text.Json requires.</summary>
    private static bool TryBindParameters(
        IMethodSymbol constructor,
        List<JsonPropertyCandidate> candidates,
        JsonTypeClosure closure,
        HashSet<JsonPropertyCandidate> bound,
        List<JsonParameterSpec> parameters)
    {
        foreach (var parameter in constructor.Parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return false;
            }

            var matches = candidates
                .Where(c => string.Equals(c.Property.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase)
                    && SymbolEqualityComparer.Default.Equals(c.Property.Type, parameter.Type))
                .ToList();
            string? defaultValue = null;
            if (matches.Count != 1
                || !closure.TryAdd(parameter.Type)
                || (parameter.HasExplicitDefaultValue && !DefaultValueLiterals.TryFormat(parameter.ExplicitDefaultValue, parameter.Type, out defaultValue)))
            {
                return false;
            }

            bound.Add(matches[0]);
            parameters.Add(new JsonParameterSpec(
                parameter.Name,
                parameter.Type.ToFullyQualifiedName(),
                parameter.Ordinal,
                defaultValue,
                IsNullable(parameter.Type, parameter.NullableAnnotation)));
        }

        return true;
    }

    private static JsonPropertySpec? DescribeProperty(JsonPropertyCandidate candidate, bool isBound, bool setsRequiredMembers, JsonTypeClosure closure)
    {
        var property = candidate.Property;
        var ignored = candidate.IsIgnored;

        // An always-ignored property is still listed (System.Text.Json checks names against it) with its own type, as
        // reflection lists it, but its type needs no metadata unless a constructor parameter binds to it. A type that
        // cannot be a type argument (pointers, ref structs) is listed as object.
        var needsType = !ignored || isBound;
        if ((needsType && !closure.TryAdd(property.Type))
            || (candidate.IgnoreCondition == "WhenWritingNull" && property.Type.IsValueType
                && property.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T))
        {
            return null;
        }

        var setter = JsonSetterKind.None;
        JsonAccessorCall? setterAccessor = null;
        if (!ignored && property.SetMethod is { DeclaredAccessibility: Accessibility.Public } setMethod)
        {
            setter = !setMethod.IsInitOnly ? JsonSetterKind.Set
                : isBound ? JsonSetterKind.InitThroughConstructor
                : JsonSetterKind.InitAccessor;
            if (setter == JsonSetterKind.InitAccessor)
            {
                setterAccessor = JsonAccessors.Create(property.ContainingType, JsonAccessorKind.Setter, setMethod.MetadataName, new[] { property.OriginalDefinition.Type });
                if (setterAccessor is null)
                {
                    return null;
                }
            }
        }

        var typeName = needsType || JsonTypeClosure.IsAccessible(property.Type) ? property.Type.ToFullyQualifiedName() : "object";
        return new JsonPropertySpec(property.Name, candidate.JsonName, typeName, property.ContainingType.ToFullyQualifiedName())
        {
            IgnoreCondition = candidate.IgnoreCondition,
            HasGetter = !ignored && property.GetMethod is { DeclaredAccessibility: Accessibility.Public },
            Setter = setter,
            SetterAccessor = setterAccessor,
            DeclaringTypeIsValueType = property.ContainingType.IsValueType,
            IsVirtual = candidate.IsVirtual,
            HasJsonInclude = candidate.HasJsonInclude,
            IsRequired = candidate.HasJsonRequired || (property.IsRequired && !setsRequiredMembers),
            Order = candidate.Order,
        };
    }

    private static bool IsNullable(ITypeSymbol type, NullableAnnotation annotation) =>
        type.IsValueType
            ? type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            : annotation != NullableAnnotation.NotAnnotated;

    private static bool IsSetsRequiredMembers(AttributeData attribute) =>
        attribute.AttributeClass is { Name: "SetsRequiredMembersAttribute" } attributeClass
        && attributeClass.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis";
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// How the values of a module's attributes are read, by the generator and (compiled into them) the analyzers alike, so
/// that a diagnostic speaks of exactly the values the generated graph holds.
/// </summary>
internal static class ModuleAttributes
{
    /// <summary>The nearest declaration of a single-use attribute: the class's own wins over a base class's.</summary>
    /// <param name="attributes">The class's attributes followed by its bases' (<see cref="SymbolExtensions.GetAttributesIncludingInherited"/>).</param>
    /// <param name="metadataName">The attribute's <see cref="KnownNames"/> name.</param>
    public static AttributeData? Nearest(IEnumerable<AttributeData> attributes, string metadataName) =>
        attributes.FirstOrDefault(a => a.AttributeClass.IsRuntimeType(metadataName));

    /// <summary>The matrix targets in effect: the nearest <c>[MatrixTarget]</c>'s, trimmed, blank and repeated ones dropped.</summary>
    public static EquatableArray<string> MatrixTargets(IEnumerable<AttributeData> attributes) =>
        Nearest(attributes, KnownNames.MatrixTarget) is { ConstructorArguments: [{ Kind: TypedConstantKind.Array, IsNull: false } targets] }
            ? DistinctNonBlank(targets.Values.Select(v => v.Value as string))
            : EquatableArray<string>.Empty;

    /// <summary>
    /// The <c>[RequiresCapability]</c> names declared with <c>Optional = true</c> and never without it: a module that
    /// also requires the capability outright cannot do without it.
    /// </summary>
    public static EquatableArray<string> OptionalCapabilities(IEnumerable<AttributeData> attributes)
    {
        var declared = attributes
            .Where(a => a.AttributeClass.IsRuntimeType(KnownNames.RequiresCapability) && a.ConstructorArguments is [{ Value: string }])
            .Select(a => (Name: ((string)a.ConstructorArguments[0].Value!).Trim(), Optional: IsOptional(a)))
            .ToList();
        var required = new HashSet<string>(declared.Where(d => !d.Optional).Select(d => d.Name), StringComparer.OrdinalIgnoreCase);
        return DistinctNonBlank(declared.Where(d => d.Optional && !required.Contains(d.Name)).Select(d => d.Name));
    }

    /// <summary>The property that makes a <c>[RequiresCapability]</c> or a <c>[DependsOn]</c> optional.</summary>
    public const string OptionalProperty = "Optional";

    /// <summary>
    /// Whether the attribute says <c>Optional = true</c>: the one reading of it for the parser and the analyzers, for
    /// <c>[RequiresCapability]</c> and <c>[DependsOn]</c> alike.
    /// </summary>
    public static bool IsOptional(AttributeData attribute) =>
        attribute.NamedArguments.Any(a => a is { Key: OptionalProperty, Value.Value: true });

    /// <summary>
    /// Trimmed, without blanks and without repeats that differ only in case (the first spelling stays): blank and
    /// repeated values are the analyzers' to report, and are left out of the graph.
    /// </summary>
    public static EquatableArray<string> DistinctNonBlank(IEnumerable<string?> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .Where(seen.Add)
            .ToEquatableArray();
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Reads a module's <see cref="SchedulingSpec"/>; values the runtime could not use fall back to none.</summary>
internal static class SchedulingParser
{
    /// <summary>Longer timeouts are treated as none: <c>TimeSpan.FromSeconds</c> would overflow near its maximum.</summary>
    private const double MaxTimeoutSeconds = 1e9;

    /// <param name="attributes">The module's attributes followed by its bases'.</param>
    /// <param name="id">The module id, the exclusion key of a <c>[NotInParallel]</c> without keys.</param>
    public static SchedulingSpec Read(List<AttributeData> attributes, string id)
    {
        var timeout = ModuleAttributes.Nearest(attributes, KnownNames.ModuleTimeout) is { ConstructorArguments: [{ Value: double seconds }] }
            && seconds > 0 && seconds <= MaxTimeoutSeconds
                ? seconds
                : (double?)null;
        var retry = ModuleAttributes.Nearest(attributes, KnownNames.ModuleRetry);
        return new SchedulingSpec
        {
            PinToMaster = attributes.Any(a => a.AttributeClass.IsRuntimeType(KnownNames.PinToMaster)),
            NotInParallelKeys = ReadExclusionKeys(attributes, id),
            TimeoutSeconds = timeout,
            Retries = retry is { ConstructorArguments: [{ Value: int retries }] } ? System.Math.Max(retries, 0) : null,
            RetryBackoffMilliseconds = ReadBackoff(retry),
            AlwaysRun = attributes.Any(a => a.AttributeClass.IsRuntimeType(KnownNames.AlwaysRun)),
            Categories = ReadCategories(attributes),
        };
    }

    private static EquatableArray<string> ReadExclusionKeys(List<AttributeData> attributes, string id)
    {
        if (ModuleAttributes.Nearest(attributes, KnownNames.NotInParallel) is not { } notInParallel)
        {
            return EquatableArray<string>.Empty;
        }

        var keys = notInParallel.ConstructorArguments is [{ Kind: TypedConstantKind.Array, IsNull: false } values]
            ? ModuleAttributes.DistinctNonBlank(values.Values.Select(v => v.Value as string))
            : EquatableArray<string>.Empty;
        return keys.Count > 0 ? keys : new[] { id }.ToEquatableArray();
    }

    /// <summary>Every <c>[Category]</c> of the module and its bases: categories add up, they do not override.</summary>
    private static EquatableArray<string> ReadCategories(List<AttributeData> attributes)
    {
        var names = attributes
            .Where(a => a.AttributeClass.IsRuntimeType(KnownNames.Category) && a.ConstructorArguments is [{ Value: string }])
            .Select(a => ((string)a.ConstructorArguments[0].Value!).Trim())
            .Where(name => name.Length > 0);
        var distinct = new List<string>();
        foreach (var name in names)
        {
            if (!distinct.Any(known => string.Equals(known, name, System.StringComparison.OrdinalIgnoreCase)))
            {
                distinct.Add(name);
            }
        }

        return distinct.ToEquatableArray();
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
}

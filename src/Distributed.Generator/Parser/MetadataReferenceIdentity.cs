using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// A number per <see cref="MetadataReference"/> object. A rebuilt referenced assembly arrives as a new reference object,
/// possibly with the same path, so the object itself (not its path) is what says whether referenced types may have
/// changed. The table holds references weakly: it keeps nothing alive.
/// </summary>
internal static class MetadataReferenceIdentity
{
    private static readonly ConditionalWeakTable<MetadataReference, object> Ids = new();
    private static long _next;

    public static long Of(MetadataReference reference) =>
        (long)Ids.GetValue(reference, static _ => Interlocked.Increment(ref _next));
}

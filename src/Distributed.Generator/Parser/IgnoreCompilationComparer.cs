using System.Collections.Generic;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Compares a parser input by its key only, ignoring the compilation handle, which is new in every run. Roslyn stores
/// the new input (with the current run's handle) when the keys differ, so a parser never sees a stale compilation; when
/// they are equal the parse is skipped and the old handle is never read.
/// </summary>
/// <typeparam name="T">The key: a module candidate, or the declaration key for compilation-wide facts.</typeparam>
internal sealed class IgnoreCompilationComparer<T> : IEqualityComparer<(T Key, CompilationHandle Compilation)>
    where T : struct
{
    public static IgnoreCompilationComparer<T> Instance { get; } = new();

    public bool Equals((T Key, CompilationHandle Compilation) x, (T Key, CompilationHandle Compilation) y) =>
        EqualityComparer<T>.Default.Equals(x.Key, y.Key);

    public int GetHashCode((T Key, CompilationHandle Compilation) obj) => EqualityComparer<T>.Default.GetHashCode(obj.Key);
}

using System.Collections.Generic;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Compares module parse inputs by candidate only, ignoring the compilation handle, which is new in every run. Roslyn
/// stores the new input (with the current run's handle) when the candidates differ, so the parser never sees a stale
/// compilation; when they are equal the parse is skipped and the old handle is never read.
/// </summary>
internal sealed class ModuleParseInputComparer : IEqualityComparer<(ModuleCandidate Candidate, CompilationHandle Compilation)>
{
    public static ModuleParseInputComparer Instance { get; } = new();

    public bool Equals((ModuleCandidate Candidate, CompilationHandle Compilation) x, (ModuleCandidate Candidate, CompilationHandle Compilation) y) =>
        x.Candidate.Equals(y.Candidate);

    public int GetHashCode((ModuleCandidate Candidate, CompilationHandle Compilation) obj) => obj.Candidate.GetHashCode();
}

namespace ModularPipelines.Distributed.Redis.Tests.Coordination;

/// <summary>The coordinators the contract tests hold to the same rules: the one in-process runs use, and Redis.</summary>
public enum CoordinatorKind
{
    /// <summary><see cref="InMemoryCoordinator"/>.</summary>
    InMemory,

    /// <summary>The Redis coordinator on the tests' redis-server, a fresh run id per test.</summary>
    Redis,
}

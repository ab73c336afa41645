namespace ModularPipelines.Distributed.Redis.Tests.Coordination;

/// <summary>Creates a coordinator of a kind for one test, with a run of its own.</summary>
internal static class CoordinatorFactory
{
    public static async Task<IDistributedCoordinator> CreateAsync(CoordinatorKind kind) => kind switch
    {
        CoordinatorKind.InMemory => new InMemoryCoordinator(),
        _ => await RedisCoordinator.ConnectAsync(new RedisCoordinatorOptions(
            TestEnvironment.Redis.Configuration, "contract-" + Guid.NewGuid().ToString("N")[..12], TimeSpan.FromMinutes(5), MaxPayloadBytes: 1 << 20)),
    };
}

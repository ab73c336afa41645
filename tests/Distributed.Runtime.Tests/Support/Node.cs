namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Builds graph nodes the way generated code does: ids are <c>Tests.{name}</c>, display names are the names.</summary>
internal static class Node
{
    public const string Namespace = "Tests";

    public static string Id(string name) => $"{Namespace}.{name}";

    public static ModuleDefinition<ProbeModule, string> Probe(
        string name,
        Func<IModuleContext, CancellationToken, Task<string?>> body,
        string[]? dependsOn = null,
        string[]? notInParallel = null,
        TimeSpan? timeout = null,
        int? retries = null,
        bool alwaysRun = false,
        string[]? requires = null,
        bool pinToMaster = false) =>
        Of<ProbeModule, string>(name, () => new ProbeModule(body), dependsOn, notInParallel, timeout, retries, alwaysRun, requires, pinToMaster);

    /// <summary>A node that returns its own name.</summary>
    public static ModuleDefinition<ProbeModule, string> Returning(
        string name, string[]? dependsOn = null, string[]? requires = null, bool alwaysRun = false, bool pinToMaster = false) =>
        Probe(name, (_, _) => Task.FromResult<string?>(name), dependsOn: dependsOn, requires: requires, alwaysRun: alwaysRun, pinToMaster: pinToMaster);

    /// <summary>A node that returns its own name and requires <paramref name="optional"/> as <c>[RequiresCapability(…, Optional = true)]</c> does.</summary>
    public static ModuleDefinition<ProbeModule, string> WithOptionalCapability(string name, string optional, string[]? dependsOn = null, bool pinToMaster = false) =>
        new(Id(name), name, _ => new ProbeModule((_, _) => Task.FromResult<string?>(name)))
        {
            Dependencies = [.. (dependsOn ?? []).Select(Id)],
            RequiredCapabilities = [optional],
            OptionalCapabilities = [optional],
            PinToMaster = pinToMaster,
        };

    /// <summary>A node that returns its own name, in the given <see cref="CategoryAttribute"/> categories.</summary>
    public static ModuleDefinition<ProbeModule, string> InCategories(string name, string[] categories, string[]? dependsOn = null) =>
        new(Id(name), name, _ => new ProbeModule((_, _) => Task.FromResult<string?>(name)))
        {
            Dependencies = [.. (dependsOn ?? []).Select(Id)],
            Categories = categories,
        };

    /// <summary>A node that throws <see cref="InvalidOperationException"/> with <paramref name="message"/>.</summary>
    public static ModuleDefinition<ProbeModule, string> Failing(string name, string message, string[]? dependsOn = null) =>
        Probe(name, (_, _) => Task.FromException<string?>(new InvalidOperationException(message)), dependsOn: dependsOn);

    public static ModuleDefinition<TModule, TResult> Of<TModule, TResult>(
        string name,
        Func<TModule> factory,
        string[]? dependsOn = null,
        string[]? notInParallel = null,
        TimeSpan? timeout = null,
        int? retries = null,
        bool alwaysRun = false,
        string[]? requires = null,
        bool pinToMaster = false)
        where TModule : Module<TResult> =>
        new(Id(name), name, _ => factory())
        {
            Dependencies = [.. (dependsOn ?? []).Select(Id)],
            NotInParallelKeys = notInParallel ?? [],
            Timeout = timeout,
            Retries = retries,
            RetryBackoff = TimeSpan.FromMilliseconds(1),
            AlwaysRun = alwaysRun,
            RequiredCapabilities = requires ?? [],
            PinToMaster = pinToMaster,
        };

    /// <summary>
    /// The expanded matrix instances of one module class, as the generator emits them: one node per target with id
    /// <c>Tests.{name}[target]</c>, the target as a required capability, and the class's targets in declaration order.
    /// </summary>
    public static IReadOnlyList<ModuleDefinition> Matrix<TModule, TResult>(
        string name,
        string[] targets,
        Func<TModule> factory,
        Func<string, string[]>? dependsOn = null)
        where TModule : Module<TResult> =>
        [.. targets.Select(target => new ModuleDefinition<TModule, TResult>(Id($"{name}[{target}]"), $"{name}[{target}]", _ => factory())
        {
            MatrixTarget = target,
            MatrixTargets = targets,
            RequiredCapabilities = [target],
            Dependencies = [.. (dependsOn?.Invoke(target) ?? []).Select(Id)],
        })];
}

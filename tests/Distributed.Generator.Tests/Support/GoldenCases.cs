namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>The golden cases: each has a test in Golden/ and a directory Golden/&lt;name&gt;/ of expected sources.</summary>
internal static class GoldenCases
{
    public const string PlainModule = nameof(PlainModule);
    public const string DependencyChain = nameof(DependencyChain);
    public const string MatrixModules = nameof(MatrixModules);
    public const string ConstructorInjection = nameof(ConstructorInjection);
    public const string PrimitiveResults = nameof(PrimitiveResults);
    public const string ObjectResults = nameof(ObjectResults);
    public const string SchedulingAttributes = nameof(SchedulingAttributes);
    public const string InheritedAttributes = nameof(InheritedAttributes);
    public const string PartialModule = nameof(PartialModule);
    public const string UserJsonContext = nameof(UserJsonContext);
    public const string SkipConditions = nameof(SkipConditions);
    public const string Artifacts = nameof(Artifacts);
    public const string BaseDependencies = nameof(BaseDependencies);

    public static IReadOnlyList<string> All { get; } =
    [
        PlainModule,
        DependencyChain,
        MatrixModules,
        ConstructorInjection,
        PrimitiveResults,
        ObjectResults,
        SchedulingAttributes,
        InheritedAttributes,
        PartialModule,
        UserJsonContext,
        SkipConditions,
        Artifacts,
        BaseDependencies,
    ];
}

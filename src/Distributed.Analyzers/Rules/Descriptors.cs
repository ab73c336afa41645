using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>The diagnostic descriptors. Each one links to its page under docs/diagnostics.</summary>
public static class Descriptors
{
    /// <summary>The category of every diagnostic.</summary>
    public const string Category = "ModularPipelines.Distributed";

    /// <summary>Where the diagnostic pages live; the id and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = "https://github.com/modularpipelines-distributed/ModularPipelines.Distributed.Generators/blob/main/docs/diagnostics/";

    /// <summary>MPD0001.</summary>
    public static readonly DiagnosticDescriptor MatrixTargetMissing = new(
        DiagnosticIds.MatrixTargetMissing,
        title: "Matrix target missing or blank",
        messageFormat: "[MatrixTarget] on '{0}' {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A matrix module needs at least one target, and every target needs a name: each target becomes a graph node and the capability that node requires.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MatrixTargetMissing + ".md");

    /// <summary>MPD0002.</summary>
    public static readonly DiagnosticDescriptor MatrixTargetRepeated = new(
        DiagnosticIds.MatrixTargetRepeated,
        title: "Matrix target repeated",
        messageFormat: "[MatrixTarget] on '{0}' repeats the target '{1}' (targets are compared ignoring case): remove the repeat",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Matrix targets are compared ignoring case, so a repeated target would name the same graph node twice.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MatrixTargetRepeated + ".md");

    /// <summary>MPD0003.</summary>
    public static readonly DiagnosticDescriptor AttributeOnNonModule = new(
        DiagnosticIds.AttributeOnNonModule,
        title: "Distributed attribute on a type that is not a module",
        messageFormat: "[{0}] has no effect on '{1}', {2}: put it on a concrete, non-generic class deriving from Module<T>, or on an abstract base module class",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator reads the distributed attributes only from concrete, non-generic classes deriving from Module<T> and from the abstract base classes they inherit the attributes from.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.AttributeOnNonModule + ".md");

    /// <summary>MPD0004.</summary>
    public static readonly DiagnosticDescriptor CapabilityInvalid = new(
        DiagnosticIds.CapabilityInvalid,
        title: "Capability name not valid",
        messageFormat: "[RequiresCapability(\"{0}\")] on '{1}' is not a valid capability name: use a non-blank name made of letters, digits, '.', '_', ':' and '-' only",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Capabilities are advertised on the command line (--capability NAME) and must be non-blank and use only letters, digits, '.', '_', ':' and '-'; no instance could ever advertise another name.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.CapabilityInvalid + ".md");

    /// <summary>MPD0005.</summary>
    public static readonly DiagnosticDescriptor CapabilityRepeated = new(
        DiagnosticIds.CapabilityRepeated,
        title: "Capability required twice",
        messageFormat: "'{0}' already requires the capability '{1}'{2}: remove this [RequiresCapability]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Capabilities are compared ignoring case and requirements are inherited from base classes, so the repeat has no effect.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.CapabilityRepeated + ".md");

    /// <summary>MPD0006.</summary>
    public static readonly DiagnosticDescriptor PinnedMatrix = new(
        DiagnosticIds.PinnedMatrix,
        title: "Pinned module with a matrix",
        messageFormat: "'{0}' has both [PinToMaster] and [MatrixTarget]: a matrix spreads its instances over machines while a pinned module runs on the master only, so remove one of them",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A matrix instance requires the capability named by its target, which would route it to a worker, while [PinToMaster] keeps the module on instance 0.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.PinnedMatrix + ".md");

    /// <summary>MPD0007.</summary>
    public static readonly DiagnosticDescriptor PinnedWithCapability = new(
        DiagnosticIds.PinnedWithCapability,
        title: "Pinned module requires a capability",
        messageFormat: "'{0}' is pinned to the master and requires {1}: start the master with --capability for each, or remove [PinToMaster] or the [RequiresCapability]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A pinned module runs on the master only, so the master must advertise every capability the module requires.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.PinnedWithCapability + ".md");

    /// <summary>MPD0008. Reported when the whole compilation has been seen.</summary>
    public static readonly DiagnosticDescriptor DependencyCycle = new(
        DiagnosticIds.DependencyCycle,
        title: "Dependency cycle",
        messageFormat: "'{0}' is in a [DependsOn] cycle, {1}: remove one of the dependencies in the cycle",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Modules in a dependency cycle wait for each other forever; the cycle must be broken by removing one [DependsOn].",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DependencyCycle + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MPD0009.</summary>
    public static readonly DiagnosticDescriptor DependencyInvalid = new(
        DiagnosticIds.DependencyInvalid,
        title: "Dependency on itself or on a type that is not a concrete module",
        messageFormat: "[DependsOn<{0}>] on '{1}' is not valid: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A module can depend only on other concrete, non-generic modules, which are the graph's nodes, or on an abstract module base that concrete modules derive from, which stands for each of them.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DependencyInvalid + ".md");

    /// <summary>MPD0010.</summary>
    public static readonly DiagnosticDescriptor UndeclaredDependency = new(
        DiagnosticIds.UndeclaredDependency,
        title: "Module read without a declared dependency",
        messageFormat: "'{0}' reads '{1}' with GetModule<{1}>() but does not depend on it: add [DependsOn<{1}>] to '{0}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A module may read only the modules it depends on: without [DependsOn] the module could start before the one it reads, and GetModule throws at run time.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UndeclaredDependency + ".md");

    /// <summary>MPD0011.</summary>
    public static readonly DiagnosticDescriptor MatrixTargetReadWithoutMatrix = new(
        DiagnosticIds.MatrixTargetReadWithoutMatrix,
        title: "Matrix target read in a module without a matrix",
        messageFormat: "'{0}' calls GetMatrixTarget() but has no [MatrixTarget], so the call always returns null: add [MatrixTarget] or remove the call",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "GetMatrixTarget() returns the running instance's target, and a module without [MatrixTarget] has none.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MatrixTargetReadWithoutMatrix + ".md");

    /// <summary>MPD0012.</summary>
    public static readonly DiagnosticDescriptor ResultTypeNotSerializable = new(
        DiagnosticIds.ResultTypeNotSerializable,
        title: "Result type cannot be serialized",
        messageFormat: "The result type '{0}' of '{1}' is beyond the generated JSON metadata and {2}: {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Results travel between machines as JSON; a type the generated metadata cannot describe (custom converters, polymorphism, object, interfaces...) must be registered in a JsonSerializerContext named by [assembly: PipelineJsonContext].",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ResultTypeNotSerializable + ".md");

    /// <summary>MPD0013.</summary>
    public static readonly DiagnosticDescriptor UnknownMatrixTarget = new(
        DiagnosticIds.UnknownMatrixTarget,
        title: "Unknown matrix target",
        messageFormat: "'{0}' has no matrix target '{1}': {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "GetModule<T>(\"target\") reads one matrix instance of T, so the target must be one of T's [MatrixTarget] targets (compared ignoring case).",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownMatrixTarget + ".md");

    /// <summary>MPD0014.</summary>
    public static readonly DiagnosticDescriptor TimeoutInvalid = new(
        DiagnosticIds.TimeoutInvalid,
        title: "Module timeout not positive",
        messageFormat: "[ModuleTimeout({0})] on '{1}' is not a positive, finite number of seconds, so no timeout would apply: use a value greater than 0",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator ignores a timeout that is not a positive, finite number of seconds, which silently leaves the module without one.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.TimeoutInvalid + ".md");

    /// <summary>MPD0015.</summary>
    public static readonly DiagnosticDescriptor RetryInvalid = new(
        DiagnosticIds.RetryInvalid,
        title: "Module retry negative",
        messageFormat: "[ModuleRetry] on '{0}' has a negative {1} ({2}): use 0 or more",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator ignores a negative retry count or backoff and silently uses its default instead.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.RetryInvalid + ".md");

    /// <summary>MPD0016.</summary>
    public static readonly DiagnosticDescriptor ModuleNotInGraph = new(
        DiagnosticIds.ModuleNotInGraph,
        title: "Module left out of the pipeline",
        messageFormat: "'{0}' derives from Module<T> but the generator leaves it out of the pipeline: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator builds only concrete, non-generic module classes that generated code can see and construct; any other class deriving from Module<T> never runs.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ModuleNotInGraph + ".md");

    /// <summary>MPD0017.</summary>
    public static readonly DiagnosticDescriptor DependencyRepeated = new(
        DiagnosticIds.DependencyRepeated,
        title: "Dependency declared twice",
        messageFormat: "'{0}' already depends on '{1}'{2}: remove this [DependsOn<{1}>]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Dependencies are inherited from base classes and counted once, so the repeat has no effect.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DependencyRepeated + ".md");

    /// <summary>MPD0018.</summary>
    public static readonly DiagnosticDescriptor MatrixDependencyNeedsTarget = new(
        DiagnosticIds.MatrixDependencyNeedsTarget,
        title: "Matrix dependency read without a target",
        messageFormat: "'{0}' reads the matrix module '{1}' with GetModule<{1}>() but {2}, so the call throws: name the target, for example GetModule<{1}>(\"{3}\")",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "GetModule<T>() without a target returns the instance of a matrix module T that has the caller's own target; a caller without that target must name one.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MatrixDependencyNeedsTarget + ".md");

    /// <summary>MPD0019.</summary>
    public static readonly DiagnosticDescriptor ExclusionKeyBlank = new(
        DiagnosticIds.ExclusionKeyBlank,
        title: "Blank NotInParallel key",
        messageFormat: "[NotInParallel] on '{0}' has a blank key, which is ignored: give it a name or remove it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator drops blank exclusion keys, so the module would not be kept apart from the modules the key was meant to name.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ExclusionKeyBlank + ".md");

    /// <summary>MPD0020.</summary>
    public static readonly DiagnosticDescriptor MatrixTargetInvalid = new(
        DiagnosticIds.MatrixTargetInvalid,
        title: "Matrix target not a valid capability name",
        messageFormat: "The matrix target '{0}' on '{1}' is not a valid capability name, and each matrix instance requires its target as a capability: use letters, digits, '.', '_', ':' and '-' only",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each matrix instance requires the capability named by its target, and capability names use only letters, digits, '.', '_', ':' and '-'.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.MatrixTargetInvalid + ".md");

    /// <summary>MPD0021.</summary>
    public static readonly DiagnosticDescriptor JsonContextInvalid = new(
        DiagnosticIds.JsonContextInvalid,
        title: "Pipeline JSON context is not a JsonSerializerContext",
        messageFormat: "[assembly: PipelineJsonContext] names '{0}', which {1}: name a class deriving from System.Text.Json.Serialization.JsonSerializerContext with a static Default instance",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated graph reads the context's static Default instance as the resolver for result types the generated metadata cannot describe.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.JsonContextInvalid + ".md");

    /// <summary>MPD0022.</summary>
    public static readonly DiagnosticDescriptor SkipConditionNotConstructible = new(
        DiagnosticIds.SkipConditionNotConstructible,
        title: "Condition cannot be constructed",
        messageFormat: "[{0}<{1}>] on '{2}' names a condition that generated code cannot construct: {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator builds each [SkipIf<T>] and [IgnoreFailureIf<T>] condition with a constructor call, as it builds modules; a condition it cannot build would fail the module at run time instead of deciding whether it runs, or leave its failure counting.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.SkipConditionNotConstructible + ".md");

    /// <summary>MPD0023.</summary>
    public static readonly DiagnosticDescriptor ArtifactNameInvalid = new(
        DiagnosticIds.ArtifactNameInvalid,
        title: "Artifact name not valid",
        messageFormat: "The artifact name '{0}' in [{1}] on '{2}' {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Artifact names become parts of store keys and file names: not blank, ASCII letters, digits, '.', '_' and '-' only, not starting with a dot. The runtime refuses any other name when the module runs.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ArtifactNameInvalid + ".md");

    /// <summary>MPD0024.</summary>
    public static readonly DiagnosticDescriptor ArtifactProducedTwice = new(
        DiagnosticIds.ArtifactProducedTwice,
        title: "Artifact produced twice",
        messageFormat: "'{0}' already produces the artifact '{1}'{2}, and only the first declaration counts (names are compared ignoring case): remove this [ProducesArtifact] or give it another name",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A module publishes one artifact per name, and [ProducesArtifact] is inherited: the generator keeps the first declaration of a name (the class's own before its bases'), so the patterns of the repeat would silently not be published.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ArtifactProducedTwice + ".md");

    /// <summary>MPD0025.</summary>
    public static readonly DiagnosticDescriptor ArtifactPatternInvalid = new(
        DiagnosticIds.ArtifactPatternInvalid,
        title: "Artifact pattern not valid",
        messageFormat: "The artifact '{0}' on '{1}' {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Artifact patterns are globs relative to the workspace root, and an artifact needs at least one that includes files (a pattern starting with '!' excludes). The runtime refuses a blank, absolute or climbing pattern, or an artifact without an include pattern, when the module publishes.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ArtifactPatternInvalid + ".md");

    /// <summary>MPD0026.</summary>
    public static readonly DiagnosticDescriptor ArtifactNotProduced = new(
        DiagnosticIds.ArtifactNotProduced,
        title: "Consumed artifact not produced",
        messageFormat: "'{0}' consumes the artifact '{1}' of '{2}', which {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A consumed artifact must be one its producer declares with [ProducesArtifact] (names compared ignoring case, inherited ones included); otherwise the consumer fails before it starts, finding nothing to download.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ArtifactNotProduced + ".md");

    /// <summary>MPD0027.</summary>
    public static readonly DiagnosticDescriptor ArtifactProducerInvalid = new(
        DiagnosticIds.ArtifactProducerInvalid,
        title: "Artifact consumed from itself or from a type that is not a concrete module",
        messageFormat: "[ConsumesArtifact<{0}>] on '{1}' is not valid: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Artifacts come from graph nodes, which are concrete, non-generic modules, and a module publishes its own only after it has finished; the generator leaves such a consumption out, so the files would never arrive.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ArtifactProducerInvalid + ".md");

    /// <summary>MPD0028.</summary>
    public static readonly DiagnosticDescriptor ArtifactPatternSharedByTargets = new(
        DiagnosticIds.ArtifactPatternSharedByTargets,
        title: "Matrix module's artifact pattern does not use {target}",
        messageFormat: "'{0}' is a matrix module and the pattern '{1}' of its artifact '{2}' does not use {{target}}: two targets that run on one instance share its workspace, so each would publish the other's files too; put {{target}} in the path, for example \"out/results/{{target}}/**\"",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every target of a [MatrixTarget] module publishes the artifact under the same name, and a consumer receives all targets' files. When two targets run on one instance (a worker advertising both capabilities, or one process), a pattern that does not name the target selects both targets' files, and the one still being written makes the publish fail or the consumer refuse two versions of one path.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ArtifactPatternSharedByTargets + ".md");
}

using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// The runtime types resolved once per compilation (names shared with the generator through <see cref="KnownNames"/>),
/// so that the per-symbol and per-operation callbacks compare symbols instead of names.
/// </summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation, INamedTypeSymbol module)
    {
        Module = module;
        ModuleContext = Get(compilation, KnownNames.ModuleContext);
        DependsOn = Get(compilation, KnownNames.DependsOn);
        MatrixTarget = Get(compilation, KnownNames.MatrixTarget);
        RequiresCapability = Get(compilation, KnownNames.RequiresCapability);
        PinToMaster = Get(compilation, KnownNames.PinToMaster);
        NotInParallel = Get(compilation, KnownNames.NotInParallel);
        ModuleTimeout = Get(compilation, KnownNames.ModuleTimeout);
        ModuleRetry = Get(compilation, KnownNames.ModuleRetry);
        AlwaysRun = Get(compilation, KnownNames.AlwaysRun);
        Category = Get(compilation, KnownNames.Category);
        PipelineJsonContext = Get(compilation, KnownNames.PipelineJsonContext);
        SkipIf = Get(compilation, KnownNames.SkipIf);
        IgnoreFailureIf = Get(compilation, KnownNames.IgnoreFailureIf);
        ProducesArtifact = Get(compilation, KnownNames.ProducesArtifact);
        ConsumesArtifact = Get(compilation, KnownNames.ConsumesArtifact);
        None = Get(compilation, KnownNames.None);
    }

    public INamedTypeSymbol Module { get; }

    public INamedTypeSymbol? ModuleContext { get; }

    public INamedTypeSymbol? DependsOn { get; }

    public INamedTypeSymbol? MatrixTarget { get; }

    public INamedTypeSymbol? RequiresCapability { get; }

    public INamedTypeSymbol? PinToMaster { get; }

    public INamedTypeSymbol? NotInParallel { get; }

    public INamedTypeSymbol? ModuleTimeout { get; }

    public INamedTypeSymbol? ModuleRetry { get; }

    public INamedTypeSymbol? AlwaysRun { get; }

    public INamedTypeSymbol? Category { get; }

    public INamedTypeSymbol? PipelineJsonContext { get; }

    public INamedTypeSymbol? SkipIf { get; }

    public INamedTypeSymbol? IgnoreFailureIf { get; }

    public INamedTypeSymbol? ProducesArtifact { get; }

    public INamedTypeSymbol? ConsumesArtifact { get; }

    /// <summary>The runtime's own "no result" type, which the runtime serializes itself.</summary>
    public INamedTypeSymbol? None { get; }

    /// <summary>The runtime's types, or null when the compilation does not reference the runtime.</summary>
    public static KnownTypes? Create(Compilation compilation) =>
        Get(compilation, KnownNames.Module) is { } module ? new KnownTypes(compilation, module) : null;

    /// <summary>Whether <paramref name="attributeClass"/> is <paramref name="known"/> (for generic attributes, any construction of it).</summary>
    public static bool Is(INamedTypeSymbol? attributeClass, INamedTypeSymbol? known) =>
        attributeClass is not null
        && known is not null
        && SymbolEqualityComparer.Default.Equals(attributeClass.OriginalDefinition, known);

    /// <summary>Whether the attribute is one of the class-level attributes the generator reads from modules.</summary>
    public bool IsModuleAttribute(INamedTypeSymbol? attributeClass) =>
        Is(attributeClass, DependsOn)
        || Is(attributeClass, MatrixTarget)
        || Is(attributeClass, RequiresCapability)
        || Is(attributeClass, PinToMaster)
        || Is(attributeClass, NotInParallel)
        || Is(attributeClass, ModuleTimeout)
        || Is(attributeClass, ModuleRetry)
        || Is(attributeClass, AlwaysRun)
        || Is(attributeClass, Category)
        || Is(attributeClass, SkipIf)
        || Is(attributeClass, IgnoreFailureIf)
        || Is(attributeClass, ProducesArtifact)
        || Is(attributeClass, ConsumesArtifact);

    /// <summary>The dependency named by a <c>[DependsOn&lt;T&gt;]</c>, or null when the attribute is something else.</summary>
    public INamedTypeSymbol? GetDependency(AttributeData attribute) =>
        Is(attribute.AttributeClass, DependsOn) && attribute.AttributeClass!.TypeArguments is [INamedTypeSymbol dependency]
            ? dependency
            : null;

    /// <summary>The producer named by a <c>[ConsumesArtifact&lt;T&gt;]</c>, or null when the attribute is something else.</summary>
    public INamedTypeSymbol? GetProducer(AttributeData attribute) =>
        Is(attribute.AttributeClass, ConsumesArtifact) && attribute.AttributeClass!.TypeArguments is [INamedTypeSymbol producer]
            ? producer
            : null;

    /// <summary>
    /// The module an attribute makes the class wait for: the dependency of a <c>[DependsOn&lt;T&gt;]</c> or the producer of a
    /// <c>[ConsumesArtifact&lt;T&gt;]</c> (the generator reads both into the same edges), or null for any other attribute.
    /// </summary>
    public INamedTypeSymbol? GetEdge(AttributeData attribute) => GetDependency(attribute) ?? GetProducer(attribute);

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(KnownNames.FullName(metadataName));
}

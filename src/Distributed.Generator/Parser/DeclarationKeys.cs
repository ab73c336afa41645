using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// One key over everything outside a module's own class declaration that its spec can depend on: the declarations of
/// every syntax tree (its base classes, result types, <c>[DependsOn]</c> targets and constants may live in any file),
/// the referenced assemblies and the options that change binding. Each tree is hashed only when it changes (see
/// <see cref="DeclarationShape"/>), so an edit costs one tree's hash; the key changes only when a declaration does.
/// </summary>
internal static class DeclarationKeys
{
    public static IncrementalValueProvider<ulong> Create(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<TreeDeclarations> trees)
    {
        var shapes = trees
            .Select(static (tree, _) => tree.Shape)
            .WithTrackingName(TrackingNames.DeclarationShapes)
            .Collect();
        var references = context.MetadataReferencesProvider
            .Select(static (reference, _) => MetadataReferenceIdentity.Of(reference))
            .Collect();
        var options = context.CompilationProvider
            .Select(static (compilation, _) => HashOptions(compilation))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => HashOptions(options)));
        return shapes.Combine(references).Combine(options)
            .Select(static (parts, _) => Combine(parts.Left.Left, parts.Left.Right, parts.Right.Left, parts.Right.Right))
            .WithTrackingName(TrackingNames.DeclarationKey);
    }

    private static ulong Combine(ImmutableArray<ulong> trees, ImmutableArray<long> references, ulong compilationOptions, ulong parseOptions)
    {
        var hash = StableHash.Start;
        hash.Add(trees.Length);
        foreach (var tree in trees)
        {
            hash.Add(tree);
        }

        hash.Add(references.Length);
        foreach (var reference in references)
        {
            hash.Add(unchecked((ulong)reference));
        }

        hash.Add(compilationOptions);
        hash.Add(parseOptions);
        return hash.Value;
    }

    /// <summary>The compilation options that change what binding reports: nullable annotations and metadata visibility.</summary>
    private static ulong HashOptions(Compilation compilation)
    {
        var hash = StableHash.Start;
        hash.Add(compilation.AssemblyName);
        hash.Add((int)compilation.Options.NullableContextOptions);
        hash.Add((int)compilation.Options.MetadataImportOptions);
        return hash.Value;
    }

    private static ulong HashOptions(ParseOptions options)
    {
        var hash = StableHash.Start;
        hash.Add(options.Language);
        hash.Add(options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : 0);
        foreach (var symbol in options.PreprocessorSymbolNames)
        {
            hash.Add(symbol);
        }

        return hash.Value;
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>What one syntax tree declares, read once per version of the tree.</summary>
/// <param name="Shape">The <see cref="DeclarationShape"/> hash.</param>
/// <param name="Candidates">The classes that may be modules, in document order.</param>
internal readonly record struct TreeDeclarations(ulong Shape, ImmutableArray<ClassDeclarationSyntax> Candidates);

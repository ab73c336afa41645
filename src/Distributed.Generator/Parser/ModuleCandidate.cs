using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// A class that may be a module, with the key of every declaration its facts can depend on. Equal (same syntax node
/// object, same key) means the module's spec cannot have changed, so it is not parsed again.
/// </summary>
/// <param name="Declaration">The class declaration: the same object for as long as its syntax tree is unchanged.</param>
/// <param name="DeclarationKey">The compilation-wide <see cref="DeclarationKeys"/> value.</param>
internal readonly record struct ModuleCandidate(ClassDeclarationSyntax Declaration, ulong DeclarationKey);

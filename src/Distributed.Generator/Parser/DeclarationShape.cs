using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Reads a syntax tree once: a hash of what it declares, and the classes in it that may be modules. The hash leaves out
/// executable code: bodies of methods, constructors, accessors, local functions and lambdas, expression bodies,
/// constructor initializers, top-level statements, and initializers of properties and non-constant fields. None of those
/// can change a fact the module parser reads (symbols, attribute arguments, constants, constructor and property
/// signatures), so an edit inside them leaves the hash unchanged and the modules are not parsed again; any other edit
/// changes it. Trivia is left out too, except preprocessor directives: <c>#nullable</c> changes nullable annotations
/// without changing a token. Classes cannot be declared inside executable code, so the same walk finds every candidate.
/// </summary>
internal static class DeclarationShape
{
    /// <summary>Stands for left-out code; no token has a negative kind.</summary>
    private const int ExecutableCodeMarker = -1;

    public static TreeDeclarations Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var hash = StableHash.Start;
        hash.Add(tree.FilePath);
        var candidates = ImmutableArray.CreateBuilder<ClassDeclarationSyntax>();
        Add(ref hash, candidates, tree.GetRoot(cancellationToken), cancellationToken);
        return new TreeDeclarations(hash.Value, candidates.ToImmutable());
    }

    private static void Add(ref StableHash hash, ImmutableArray<ClassDeclarationSyntax>.Builder candidates, SyntaxNode node, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (node is ClassDeclarationSyntax declaration && ModuleParser.IsCandidate(declaration))
        {
            candidates.Add(declaration);
        }

        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                if (IsExecutableCode(childNode))
                {
                    // A marker keeps `int X => 1;` (a property) apart from `int X;` (a field); which kind of code it
                    // stands for (a block or an arrow, `this(...)` or `base(...)`) cannot change a declared fact.
                    hash.Add(ExecutableCodeMarker);
                    AddDirectives(ref hash, childNode);
                }
                else
                {
                    Add(ref hash, candidates, childNode, cancellationToken);
                }

                continue;
            }

            var token = child.AsToken();
            if (token.ContainsDirectives)
            {
                AddDirectives(ref hash, token.LeadingTrivia);
            }

            hash.Add(token.RawKind);
            hash.Add(token.Text);
        }
    }

    private static bool IsExecutableCode(SyntaxNode node) => node switch
    {
        // Blocks only occur in executable code: method, accessor, local function and lambda bodies.
        BlockSyntax or ArrowExpressionClauseSyntax or ConstructorInitializerSyntax or GlobalStatementSyntax => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        // Only a constant's initializer can reach an attribute argument or a default parameter value.
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: BaseFieldDeclarationSyntax field } } } =>
            !field.Modifiers.Any(SyntaxKind.ConstKeyword),
        _ => false,
    };

    /// <summary>Directives inside left-out code still count: a <c>#nullable</c> in a method body applies to what follows it.</summary>
    private static void AddDirectives(ref StableHash hash, SyntaxNode node)
    {
        if (!node.ContainsDirectives)
        {
            return;
        }

        var end = node.FullSpan.End;
        for (var directive = node.GetFirstDirective(); directive is not null && directive.SpanStart < end; directive = directive.GetNextDirective())
        {
            hash.Add(directive.ToString());
        }
    }

    private static void AddDirectives(ref StableHash hash, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsDirective)
            {
                hash.Add(item.ToString());
            }
        }
    }
}

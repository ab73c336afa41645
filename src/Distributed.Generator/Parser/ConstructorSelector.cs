using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// The constructor dependency injection would choose for a module: the accessible one with the most parameters. A type
/// with <c>required</c> members needs one marked <c>[SetsRequiredMembers]</c>, since the factory sets no members.
/// </summary>
/// <remarks>
/// For a class declared in source the choice is read from its declarations, and only the chosen constructor's parameter
/// types are bound. Asking Roslyn for the type's constructors builds its whole member list, and for a class with a
/// primary constructor that means scanning every method body for captured parameters: on 1,000 modules that was a
/// third of the generator's full run. Anything the syntax cannot settle on its own (required members, a tie, a
/// parameter with a default value, modifiers or attributes, a nullable annotation outside an enabled context) takes the
/// symbol path, which gives the same answer at the old cost.
/// </remarks>
internal static class ConstructorSelector
{
    /// <summary>Whether generated code has a constructor to call; binds nothing for a class declared in source.</summary>
    public static bool HasCallableConstructor(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        TryReadDeclared(type, cancellationToken, out var declared)
            ? declared.Count > 0
            : SelectBySymbols(type) is not null;

    /// <summary>The chosen constructor's parameters, or null when the module has no constructor generated code can call.</summary>
    public static IReadOnlyList<ConstructorParameter>? Select(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (TryReadDeclared(type, cancellationToken, out var declared) && TryChoose(declared) is { } chosen
            && TryBindParameters(chosen, compilation, cancellationToken) is { } parameters)
        {
            return parameters;
        }

        if (declared is { Count: 0 })
        {
            return null;
        }

        return SelectBySymbols(type)?.Parameters.Select(ConstructorParameter.From).ToList();
    }

    /// <summary>The symbol path: Roslyn's constructor list, which builds the type's members.</summary>
    public static IMethodSymbol? SelectBySymbols(INamedTypeSymbol type)
    {
        var needsSetsRequiredMembers = HasRequiredMembers(type);
        return type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility.IsAccessibleFromGeneratedCode())
            .Where(c => !needsSetsRequiredMembers || c.GetAttributes().Any(a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute"))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
    }

    /// <summary>
    /// The accessible constructors of a class declared in source, from syntax alone; false when the syntax cannot
    /// settle it (not a class in source, or <c>required</c> members somewhere in its hierarchy).
    /// </summary>
    private static bool TryReadDeclared(INamedTypeSymbol type, CancellationToken cancellationToken, out List<DeclaredConstructor> declared)
    {
        declared = null!;
        if (type.DeclaringSyntaxReferences.IsEmpty || HasRequiredMembers(type))
        {
            return false;
        }

        var accessible = new List<DeclaredConstructor>();
        var any = false;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not ClassDeclarationSyntax part)
            {
                return false;
            }

            if (part.ParameterList is { } primary)
            {
                any = true;
                accessible.Add(new DeclaredConstructor(part, primary.Parameters.Count));
            }

            foreach (var member in part.Members)
            {
                if (member is ConstructorDeclarationSyntax constructor && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    any = true;
                    if (IsAccessibleFromGeneratedCode(constructor.Modifiers))
                    {
                        accessible.Add(new DeclaredConstructor(constructor, constructor.ParameterList.Parameters.Count));
                    }
                }
            }
        }

        if (!any)
        {
            // No constructor declared: the compiler adds a public parameterless one.
            accessible.Add(new DeclaredConstructor(null, 0));
        }

        declared = accessible;
        return true;
    }

    /// <summary>Public, internal or protected internal; no modifier means private.</summary>
    private static bool IsAccessibleFromGeneratedCode(SyntaxTokenList modifiers) =>
        modifiers.Any(SyntaxKind.PublicKeyword)
        || (modifiers.Any(SyntaxKind.InternalKeyword) && !modifiers.Any(SyntaxKind.PrivateKeyword));

    /// <summary>The one with the most parameters; null on a tie, whose order only the symbol path knows.</summary>
    private static DeclaredConstructor? TryChoose(List<DeclaredConstructor> declared)
    {
        if (declared.Count == 0)
        {
            return null;
        }

        var most = declared.Max(c => c.ParameterCount);
        var chosen = declared.Where(c => c.ParameterCount == most).ToList();
        return chosen.Count == 1 ? chosen[0] : null;
    }

    private static List<ConstructorParameter>? TryBindParameters(DeclaredConstructor chosen, Compilation compilation, CancellationToken cancellationToken)
    {
        switch (chosen.Declaration)
        {
            case null:
                return [];
            case ConstructorDeclarationSyntax constructor:
                return compilation.GetSemanticModel(constructor.SyntaxTree).GetDeclaredSymbol(constructor, cancellationToken) is { } symbol
                    ? symbol.Parameters.Select(ConstructorParameter.From).ToList()
                    : null;
            case ClassDeclarationSyntax { ParameterList: { } primary } declaration:
                return BindPrimaryParameters(primary, compilation.GetSemanticModel(declaration.SyntaxTree));
            default:
                return null;
        }
    }

    /// <summary>
    /// Binds each primary constructor parameter's type where it is written; null for anything beyond a plain typed
    /// parameter, which the symbol path handles.
    /// </summary>
    private static List<ConstructorParameter>? BindPrimaryParameters(ParameterListSyntax primary, SemanticModel model)
    {
        var parameters = new List<ConstructorParameter>(primary.Parameters.Count);
        foreach (var parameter in primary.Parameters)
        {
            if (parameter is not { Type: { } typeSyntax, Default: null, Modifiers.Count: 0, AttributeLists.Count: 0 })
            {
                return null;
            }

            var type = model.GetSpeculativeTypeInfo(typeSyntax.SpanStart, typeSyntax, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
            if (type is null or IErrorTypeSymbol || type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            var isAnnotated = typeSyntax is NullableTypeSyntax;
            if (isAnnotated && !model.GetNullableContext(typeSyntax.SpanStart).AnnotationsEnabled())
            {
                return null;
            }

            parameters.Add(new ConstructorParameter(type, isAnnotated, HasDefaultValue: false, DefaultValue: null));
        }

        return parameters;
    }

    /// <summary>
    /// Whether the class or a base declares a <c>required</c> member. Classes declared in source are read from syntax
    /// (asking for their members would build them); the runtime's own base classes declare none.
    /// </summary>
    private static bool HasRequiredMembers(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.IsRuntimeType(KnownNames.Module) || current.OriginalDefinition.IsRuntimeType(KnownNames.Module))
            {
                return false;
            }

            if (current.DeclaringSyntaxReferences.IsEmpty
                ? current.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                : DeclaresRequiredMember(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaresRequiredMember(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration
                && declaration.Members.Any(m => m is PropertyDeclarationSyntax or FieldDeclarationSyntax && m.Modifiers.Any(SyntaxKind.RequiredKeyword)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A declared constructor: a constructor declaration, a class with a primary constructor, or null for the implicit one.</summary>
    private sealed record DeclaredConstructor(SyntaxNode? Declaration, int ParameterCount);
}

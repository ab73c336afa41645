using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0012: a module's result type that neither the generated JSON metadata nor the registered
/// <c>JsonSerializerContext</c> covers. The first is decided by the generator's own <see cref="JsonShapeParser"/>
/// (compiled into this assembly), so the analyzer and the generator never disagree. MPD0021: the
/// <c>[assembly: PipelineJsonContext]</c> type is not a usable context.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResultSerializationAnalyzer : ModuleAnalyzer
{
    private const string ContextDefault = "Default";

    /// <summary>Bounds the walk over the types a registered context reaches.</summary>
    private const int MaxReachableTypes = 4096;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ResultTypeNotSerializable,
        Descriptors.JsonContextInvalid);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known)
    {
        var compilation = context.Compilation;
        var jsonContextBase = compilation.GetTypeByMetadataName(JsonKnownTypes.FullName(JsonKnownTypes.JsonSerializerContext));
        var serializable = compilation.GetTypeByMetadataName(JsonKnownTypes.FullName(JsonKnownTypes.JsonSerializable));
        var userContext = new Lazy<UserContext>(() => UserContext.Read(compilation, known, serializable), LazyThreadSafetyMode.ExecutionAndPublication);
        var supported = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        context.RegisterSymbolAction(c => AnalyzeModule(c, known, userContext, supported), SymbolKind.NamedType);
        if (known.PipelineJsonContext is not null)
        {
            context.RegisterSyntaxNodeAction(c => AnalyzeContextAttribute(c, known, jsonContextBase), SyntaxKind.Attribute);
        }
    }

    private static void AnalyzeModule(SymbolAnalysisContext context, KnownTypes known, Lazy<UserContext> userContext, ConcurrentDictionary<ITypeSymbol, bool> supported)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!ModuleRecognition.IsConcreteNonGeneric(type)
            || !type.IsAccessibleFromGeneratedCode()
            || ModuleRecognition.ResultTypeOf(type) is not { } resultType
            || resultType.TypeKind is TypeKind.Error or TypeKind.TypeParameter
            || SymbolEqualityComparer.Default.Equals(resultType, known.None))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        if (supported.GetOrAdd(resultType, t => JsonShapeParser.Parse(t, cancellationToken).IsSupported))
        {
            return;
        }

        var user = userContext.Value;
        if (user.Covers(resultType))
        {
            return;
        }

        var resultName = ModuleFacts.DisplayName(resultType);
        var register = $"[JsonSerializable(typeof({resultName}))]";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ResultTypeNotSerializable,
            ResultTypeLocation(type, cancellationToken),
            resultName,
            ModuleFacts.DisplayName(type),
            user.Type is null ? "no JsonSerializerContext is registered" : $"'{ModuleFacts.DisplayName(user.Type)}' does not include it",
            user.Type is null
                ? $"add {register} to a JsonSerializerContext and name it with [assembly: PipelineJsonContext(typeof(...))]"
                : $"add {register} to '{ModuleFacts.DisplayName(user.Type)}'"));
    }

    private static void AnalyzeContextAttribute(SyntaxNodeAnalysisContext context, KnownTypes known, INamedTypeSymbol? jsonContextBase)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.Parent is not AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword }
            || attribute.ArgumentList?.Arguments is not [{ Expression: TypeOfExpressionSyntax typeOf }]
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, known.PipelineJsonContext)
            || context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: not TypeKind.Error } contextType
            || jsonContextBase is null)
        {
            return;
        }

        var problem = !DerivesFrom(contextType, jsonContextBase)
            ? "does not derive from JsonSerializerContext"
            : !HasDefaultInstance(contextType)
                ? "has no static Default instance"
                : null;
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.JsonContextInvalid,
                typeOf.GetLocation(),
                ModuleFacts.DisplayName(contextType),
                problem));
        }
    }

    /// <summary>The result type as written in the module's base list (<c>Foo</c> in <c>Module&lt;Foo&gt;</c>), else the class name.</summary>
    private static Location ResultTypeLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ClassDeclarationSyntax { BaseList.Types: [var first, ..] }
                && Unqualified(first.Type) is GenericNameSyntax { Identifier.ValueText: KnownNames.ModuleName, TypeArgumentList.Arguments: [var argument] })
            {
                return argument.GetLocation();
            }
        }

        return AttributeLocations.OfType(type);
    }

    private static SimpleNameSyntax? Unqualified(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        SimpleNameSyntax simple => simple,
        _ => null,
    };

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDefaultInstance(INamedTypeSymbol type) =>
        type.GetMembers(ContextDefault).Any(m => m.IsStatic && m is IPropertySymbol or IFieldSymbol);

    /// <summary>The registered context and every type its <c>[JsonSerializable]</c> roots reach.</summary>
    private sealed class UserContext
    {
        private static readonly UserContext Missing = new(null, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        private readonly HashSet<ITypeSymbol> _reachable;

        private UserContext(INamedTypeSymbol? type, HashSet<ITypeSymbol> reachable)
        {
            Type = type;
            _reachable = reachable;
        }

        public INamedTypeSymbol? Type { get; }

        public bool Covers(ITypeSymbol type) => _reachable.Contains(type);

        public static UserContext Read(Compilation compilation, KnownTypes known, INamedTypeSymbol? serializable)
        {
            var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, known.PipelineJsonContext));
            if (attribute is not { ConstructorArguments: [{ Value: INamedTypeSymbol type }] })
            {
                return Missing;
            }

            var roots = type.GetAttributes()
                .Where(a => serializable is not null && SymbolEqualityComparer.Default.Equals(a.AttributeClass, serializable))
                .Select(a => a.ConstructorArguments is [{ Value: ITypeSymbol root }] ? root : null)
                .OfType<ITypeSymbol>();
            return new UserContext(type, Reach(roots));
        }

        /// <summary>
        /// System.Text.Json's generator also describes what a registered type reaches (properties, elements, type
        /// arguments), so those types are covered too.
        /// </summary>
        private static HashSet<ITypeSymbol> Reach(IEnumerable<ITypeSymbol> roots)
        {
            var reached = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Queue<ITypeSymbol>(roots);
            while (pending.Count > 0 && reached.Count < MaxReachableTypes)
            {
                var type = pending.Dequeue();
                if (!reached.Add(type))
                {
                    continue;
                }

                switch (type)
                {
                    case IArrayTypeSymbol array:
                        pending.Enqueue(array.ElementType);
                        break;
                    case INamedTypeSymbol named:
                        foreach (var argument in named.TypeArguments)
                        {
                            pending.Enqueue(argument);
                        }

                        if (!JsonKnownTypes.IsFrameworkType(named))
                        {
                            for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                            {
                                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                                {
                                    if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public)
                                    {
                                        pending.Enqueue(property.Type);
                                    }
                                }
                            }
                        }

                        break;
                }
            }

            return reached;
        }
    }
}

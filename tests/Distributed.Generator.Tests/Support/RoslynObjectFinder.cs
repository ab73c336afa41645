using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>
/// Walks an object graph by reflection (every instance field, so auto-property backing fields, private arrays of
/// EquatableArray, ImmutableArray and tuple items too) and reports any Roslyn object a pipeline model must not hold:
/// they pin whole compilations in memory and defeat caching, because they never compare equal across runs.
/// </summary>
internal static class RoslynObjectFinder
{
    private const int MaxDepth = 64;

    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel),
        typeof(Location), typeof(SyntaxToken), typeof(SyntaxReference), typeof(AttributeData), typeof(TypedConstant),
    ];

    /// <summary>Paths (from <paramref name="rootName"/>) of every forbidden object reachable from <paramref name="value"/>.</summary>
    public static IReadOnlyList<string> Find(object? value, string rootName)
    {
        var findings = new List<string>();
        Walk(value, rootName, 0, new HashSet<object>(ReferenceEqualityComparer.Instance), findings);
        return findings;
    }

    private static void Walk(object? value, string path, int depth, HashSet<object> visited, List<string> findings)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (Array.Exists(Forbidden, forbidden => forbidden.IsAssignableFrom(type)))
        {
            findings.Add($"{path}: {type.FullName}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || type.IsPointer || value is string or decimal or Type or Delegate or MemberInfo)
        {
            return;
        }

        if ((!type.IsValueType && !visited.Add(value)) || depth > MaxDepth)
        {
            return;
        }

        if (value is Array array)
        {
            var index = 0;
            foreach (var item in array)
            {
                Walk(item, $"{path}[{index++}]", depth + 1, visited, findings);
            }

            return;
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    Walk(field.GetValue(value), $"{path}.{field.Name}", depth + 1, visited, findings);
                }
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>
/// Groups the <c>UnsafeAccessor</c>s of all emitted types into one nested class per target definition, named by the
/// definition's position in ordinal order so the output is deterministic.
/// </summary>
internal sealed class JsonAccessorNames
{
    private readonly Dictionary<string, string> _classNames = new(System.StringComparer.Ordinal);

    public JsonAccessorNames(IEnumerable<JsonTypeSpec> types)
    {
        var accessors = types
            .Select(t => t.Object)
            .Where(o => o is not null)
            .SelectMany(o => o!.Properties.Select(p => p.SetterAccessor).Append(o.ConstructorAccessor))
            .Where(call => call is not null)
            .Select(call => call!.Accessor)
            .Distinct()
            .ToList();
        Classes = accessors
            .GroupBy(a => a.TargetTypeName, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select((g, i) => new AccessorClass(
                JsonContextMembers.AccessorsPrefix + CSharpLiterals.Int(i),
                g.First(),
                g.OrderBy(a => a.Kind).ThenBy(a => a.MemberName, System.StringComparer.Ordinal).ThenBy(a => string.Join(",", a.ParameterTypeNames), System.StringComparer.Ordinal).ToList()))
            .ToList();
        foreach (var accessorClass in Classes)
        {
            _classNames[accessorClass.First.TargetTypeName] = accessorClass.Name;
        }
    }

    public IReadOnlyList<AccessorClass> Classes { get; }

    /// <summary>The method to call, e.g. <c>Accessors0&lt;int&gt;.set_Value</c>.</summary>
    public string MethodFor(JsonAccessorCall call)
    {
        var className = _classNames[call.Accessor.TargetTypeName];
        var typeArguments = call.TypeArguments.Count == 0 ? string.Empty : "<" + string.Join(", ", call.TypeArguments) + ">";
        return className + typeArguments + "." + MethodName(call.Accessor);
    }

    public static string MethodName(JsonAccessorSpec accessor) =>
        accessor.Kind == JsonAccessorKind.Constructor ? "Construct" : accessor.MemberName;

    /// <summary>One nested accessor class: its name, a representative accessor (target, type parameters) and its members.</summary>
    internal sealed class AccessorClass
    {
        public AccessorClass(string name, JsonAccessorSpec first, IReadOnlyList<JsonAccessorSpec> members)
        {
            Name = name;
            First = first;
            Members = members;
        }

        public string Name { get; }

        public JsonAccessorSpec First { get; }

        public IReadOnlyList<JsonAccessorSpec> Members { get; }
    }
}

using System.Linq;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>
/// Emits the <c>UnsafeAccessor</c> extern methods: init-only setters and constructors of types with <c>required</c>
/// members, which reflection calls freely and C# will not. Native-AOT safe, unlike reflection.
/// </summary>
internal static class JsonAccessorEmitter
{
    private const string CompilerServices = "global::System.Runtime.CompilerServices";

    public static void Emit(SourceWriter writer, JsonAccessorNames names)
    {
        foreach (var accessorClass in names.Classes)
        {
            var first = accessorClass.First;
            var typeParameters = first.TypeParameters.Count == 0 ? string.Empty : "<" + string.Join(", ", first.TypeParameters) + ">";
            writer.Line()
                .Line($"// {first.TargetTypeName}")
                .Line($"private static class {accessorClass.Name}{typeParameters}");
            writer.Indent();
            foreach (var constraint in first.Constraints)
            {
                writer.Line(constraint);
            }

            writer.Outdent().OpenBlock();
            var separate = false;
            foreach (var accessor in accessorClass.Members)
            {
                if (separate)
                {
                    writer.Line();
                }

                separate = true;
                EmitMember(writer, accessor);
            }

            writer.CloseBlock();
        }
    }

    private static void EmitMember(SourceWriter writer, JsonAccessorSpec accessor)
    {
        var name = JsonAccessorNames.MethodName(accessor);
        var parameters = accessor.ParameterTypeNames.Select((t, i) => t + " " + (accessor.Kind == JsonAccessorKind.Setter ? "value" : "arg" + CSharpLiterals.Int(i)));
        if (accessor.Kind == JsonAccessorKind.Constructor)
        {
            writer.Line($"[{CompilerServices}.UnsafeAccessor({CompilerServices}.UnsafeAccessorKind.Constructor)]")
                .Line($"public static extern {accessor.TargetTypeName} {name}({string.Join(", ", parameters)});");
            return;
        }

        var target = (accessor.TargetIsValueType ? "ref " : string.Empty) + accessor.TargetTypeName + " target";
        writer.Line($"[{CompilerServices}.UnsafeAccessor({CompilerServices}.UnsafeAccessorKind.Method, Name = {CSharpLiterals.String(accessor.MemberName)})]")
            .Line($"public static extern void {name}({string.Join(", ", new[] { target }.Concat(parameters))});");
    }
}

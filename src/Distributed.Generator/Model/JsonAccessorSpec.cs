namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>
/// An <c>UnsafeAccessor</c> extern method the generated code calls where C# forbids a direct call: an init-only setter,
/// or a constructor of a type with <c>required</c> members. Declared in terms of the target's generic definition, so
/// it lives in a generic class with the target's type parameters.
/// </summary>
/// <param name="TargetTypeName">The target's generic definition (or the type itself), fully qualified, e.g. <c>global::Ns.Box&lt;T&gt;</c>.</param>
/// <param name="TypeParameters">The type parameters of the target and its containing types, outermost first.</param>
/// <param name="Constraints">Their constraint clauses (<c>where T : struct</c>), which the accessor class must repeat.</param>
/// <param name="TargetIsValueType">A struct: the target is passed by <c>ref</c>.</param>
/// <param name="Kind">A setter or a constructor.</param>
/// <param name="MemberName">The setter's metadata name (<c>set_X</c>), or <c>.ctor</c>.</param>
/// <param name="ParameterTypeNames">The parameter types in terms of <paramref name="TypeParameters"/>.</param>
internal sealed record JsonAccessorSpec(
    string TargetTypeName,
    EquatableArray<string> TypeParameters,
    EquatableArray<string> Constraints,
    bool TargetIsValueType,
    JsonAccessorKind Kind,
    string MemberName,
    EquatableArray<string> ParameterTypeNames)
{
    public string Describe() => Kind + " " + TargetTypeName + "." + MemberName + "(" + string.Join(",", ParameterTypeNames) + ")";
}

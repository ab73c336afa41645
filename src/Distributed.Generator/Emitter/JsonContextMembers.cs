using System.Collections.Generic;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>
/// The names the generated context declares or inherits besides its typed properties: a type's property must not take
/// one (a result type may well be called <c>Property</c> or <c>Options</c>).
/// </summary>
internal static class JsonContextMembers
{
    public const string ClassName = "PipelineResultJsonContext";
    public const string Default = "Default";
    public const string FactoryPrefix = "Create";
    public const string PropertiesSuffix = "Properties";
    public const string ParametersSuffix = "Parameters";
    public const string AccessorsPrefix = "Accessors";
    public const string PropertyHelper = "Property";
    public const string SetThroughConstructorHelper = "SetThroughConstructor";

    private static readonly HashSet<string> s_fixed = new(System.StringComparer.Ordinal)
    {
        ClassName,
        Default,
        PropertyHelper,
        SetThroughConstructorHelper,

        // JsonSerializerContext's and object's members.
        "Options",
        "GetTypeInfo",
        "GeneratedSerializerOptions",
        "Equals",
        "GetHashCode",
        "GetType",
        "ToString",
        "MemberwiseClone",
        "Finalize",
        "ReferenceEquals",
    };

    /// <summary>Whether the name is one of the context's other members, or has the form of a factory or accessor class.</summary>
    public static bool IsTaken(string name) =>
        s_fixed.Contains(name)
        || IsNumbered(name, AccessorsPrefix, string.Empty)
        || IsNumbered(name, FactoryPrefix, string.Empty)
        || IsNumbered(name, FactoryPrefix, PropertiesSuffix)
        || IsNumbered(name, FactoryPrefix, ParametersSuffix);

    private static bool IsNumbered(string name, string prefix, string suffix)
    {
        if (name.Length <= prefix.Length + suffix.Length || !name.StartsWith(prefix, System.StringComparison.Ordinal) || !name.EndsWith(suffix, System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = prefix.Length; i < name.Length - suffix.Length; i++)
        {
            if (name[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

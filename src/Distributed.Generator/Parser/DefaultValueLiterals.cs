using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// C# expressions for parameter default values (JSON constructor parameters and module constructor parameters), boxed as reflection would box them (enums as the enum,
/// other constants as the parameter's underlying type), culture-invariant.
/// </summary>
internal static class DefaultValueLiterals
{
    public static bool TryFormat(object? value, ITypeSymbol parameterType, out string? expression)
    {
        expression = null;
        if (value is null)
        {
            expression = "null";
            return true;
        }

        var type = parameterType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameterType;
        if (FormatConstant(value) is not { } literal)
        {
            return false;
        }

        expression = type.TypeKind == TypeKind.Enum ? "(" + type.ToFullyQualifiedName() + ")(" + literal + ")" : literal;
        return true;
    }

    private static string? FormatConstant(object value) => value switch
    {
        bool b => b ? "true" : "false",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        sbyte n => "(sbyte)(" + n.ToString(CultureInfo.InvariantCulture) + ")",
        byte n => "(byte)(" + n.ToString(CultureInfo.InvariantCulture) + ")",
        short n => "(short)(" + n.ToString(CultureInfo.InvariantCulture) + ")",
        ushort n => "(ushort)(" + n.ToString(CultureInfo.InvariantCulture) + ")",
        int n => n.ToString(CultureInfo.InvariantCulture),
        uint n => n.ToString(CultureInfo.InvariantCulture) + "U",
        long n => n.ToString(CultureInfo.InvariantCulture) + "L",
        ulong n => n.ToString(CultureInfo.InvariantCulture) + "UL",
        float n => float.IsNaN(n) ? "float.NaN"
            : float.IsPositiveInfinity(n) ? "float.PositiveInfinity"
            : float.IsNegativeInfinity(n) ? "float.NegativeInfinity"
            : n.ToString("R", CultureInfo.InvariantCulture) + "F",
        double n => double.IsNaN(n) ? "double.NaN"
            : double.IsPositiveInfinity(n) ? "double.PositiveInfinity"
            : double.IsNegativeInfinity(n) ? "double.NegativeInfinity"
            : n.ToString("R", CultureInfo.InvariantCulture) + "D",
        decimal n => n.ToString(CultureInfo.InvariantCulture) + "M",
        _ => null,
    };
}

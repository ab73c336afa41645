using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.SharedRules;

/// <summary>
/// The runtime (command line and options) and the analyzers (MPD0004 on capabilities, MPD0020 on matrix targets) refuse
/// exactly the same names, those the table marks invalid: both compile the one capability name rule.
/// </summary>
public sealed class CapabilityNameAgreementTests
{
    /// <summary>Names either side of the rule: ASCII letters, digits and <c>. _ : -</c> only, not blank.</summary>
    private static readonly (string Name, bool Valid)[] Names =
    [
        ("docker", true),
        ("gpu:cuda12", true),
        ("linux-x64_v2.1", true),
        ("X", true),
        ("0", true),
        ("", false),
        ("   ", false),
        ("gpu cuda", false),
        ("docker!", false),
        ("a/b", false),
        ("tab\tname", false),
        ("größe", false),
        ("\u0663", false),
        ("\uFF21", false),
    ];

    private static IEnumerable<TestCaseData> Cases => Names.Select(n => new TestCaseData(n.Name, n.Valid).SetArgDisplayNames(SymbolDisplay.FormatLiteral(n.Name, quote: true)));

    private static IEnumerable<TestCaseData> NonBlankCases => Cases.Where(c => !string.IsNullOrWhiteSpace((string)c.Arguments[0]!));

    [TestCaseSource(nameof(Cases))]
    public void The_runtime_accepts_exactly_the_names_the_rule_allows(string name, bool valid)
    {
        Assert.That(RuntimeAccepts(name), Is.EqualTo(valid));
    }

    [TestCaseSource(nameof(Cases))]
    public Task The_capability_analyzer_reports_exactly_the_names_the_runtime_refuses(string name, bool valid)
    {
        var literal = SymbolDisplay.FormatLiteral(name, quote: true);
        var argument = valid ? literal : "{|MPD0004:" + literal + "|}";
        return Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability({{argument}})]
            public sealed class Image : Module<string> { {{Execute}} }
            """);
    }

    /// <summary>Blank targets are MPD0001's; every other target becomes a capability, so the same rule holds.</summary>
    [TestCaseSource(nameof(NonBlankCases))]
    public Task The_matrix_target_analyzer_reports_exactly_the_targets_the_runtime_refuses_as_capabilities(string name, bool valid)
    {
        var literal = SymbolDisplay.FormatLiteral(name, quote: true);
        var argument = valid ? literal : "{|MPD0020:" + literal + "|}";
        return Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget({{argument}})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);
    }

    /// <summary>The runtime's own check, which its command line and options validation call (internal to the runtime).</summary>
    private static bool RuntimeAccepts(string name)
    {
        var capabilityName = typeof(ModuleBase).Assembly.GetType("ModularPipelines.Distributed.CapabilityName", throwOnError: true)!;
        var isValid = capabilityName.GetMethod("IsValid", BindingFlags.Public | BindingFlags.Static)!;
        return (bool)isValid.Invoke(null, [name])!;
    }
}

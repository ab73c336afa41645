using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Capabilities;

/// <summary>MPD0004: [RequiresCapability] empty, blank or with characters outside [A-Za-z0-9._:-].</summary>
public sealed class InvalidCapabilityTests
{
    [Test]
    public Task An_empty_capability_is_reported_on_the_argument() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync(
            [$$"""
            [RequiresCapability({|#0:""|})]
            public sealed class Image : Module<string> { {{Execute}} }
            """],
            [Verify<CapabilityAnalyzer>.Diagnostic("MPD0004").WithLocation(0).WithArguments("", "Image")]);

    [Test]
    public Task A_blank_capability_is_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability({|MPD0004:"  "|})]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_null_capability_is_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability({|MPD0004:null|})]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Capabilities_with_spaces_or_punctuation_outside_the_allowed_set_are_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability({|MPD0004:"gpu cuda"|})]
            [RequiresCapability({|MPD0004:"docker!"|})]
            [RequiresCapability({|MPD0004:" docker"|})]
            [RequiresCapability({|MPD0004:"größe"|})]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_capability_named_by_a_constant_is_reported_on_the_constant() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            public static class Capabilities { public const string Gpu = "gpu/cuda"; }

            [RequiresCapability({|MPD0004:Capabilities.Gpu|})]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Capabilities_of_letters_digits_dots_underscores_colons_and_dashes_are_not_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker")]
            [RequiresCapability("linux-x64")]
            [RequiresCapability("gpu.cuda_12:a100")]
            public sealed class Image : Module<string> { {{Execute}} }
            """);
}

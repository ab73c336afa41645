using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Capabilities;

/// <summary>MPD0005: the same capability required twice, ignoring case, also through inheritance.</summary>
public sealed class RepeatedCapabilityTests
{
    [Test]
    public Task A_capability_required_twice_is_reported_on_the_repeat() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync(
            [$$"""
            [RequiresCapability("docker")]
            [{|#0:RequiresCapability("docker")|}]
            public sealed class Image : Module<string> { {{Execute}} }
            """],
            [Verify<CapabilityAnalyzer>.Diagnostic("MPD0005").WithLocation(0).WithArguments("Image", "docker", "")]);

    [Test]
    public Task Capabilities_differing_only_in_case_are_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker"), {|MPD0005:RequiresCapability("Docker")|}]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_capability_the_base_module_already_requires_is_reported_on_the_derived_module() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync(
            [$$"""
            [RequiresCapability("docker")]
            public abstract class DockerModule : Module<string> { }

            [{|#0:RequiresCapability("DOCKER")|}]
            public sealed class Image : DockerModule { {{Execute}} }
            """],
            [Verify<CapabilityAnalyzer>.Diagnostic("MPD0005").WithLocation(0).WithArguments("Image", "DOCKER", " (inherited from 'DockerModule')")]);

    [Test]
    public Task A_capability_a_generic_base_module_already_requires_is_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker")]
            public abstract class DockerModule<T> : Module<T> { }

            public abstract class Middle : DockerModule<string> { }

            [{|MPD0005:RequiresCapability("docker")|}]
            public sealed class Image : Middle { {{Execute}} }
            """);

    [Test]
    public Task A_capability_required_in_two_parts_of_a_partial_module_is_reported_once() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync(
            $$"""
            [RequiresCapability("docker")]
            public sealed partial class Image : Module<string> { {{Execute}} }
            """,
            """
            [{|MPD0005:RequiresCapability("docker")|}]
            public sealed partial class Image { }
            """);

    [Test]
    public Task Different_capabilities_on_a_module_and_its_base_are_not_reported() =>
        Verify<CapabilityAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker")]
            public abstract class DockerModule : Module<string> { }

            [RequiresCapability("gpu"), RequiresCapability("linux")]
            public sealed class Image : DockerModule { {{Execute}} }

            [RequiresCapability("docker")]
            public sealed class Other : Module<string> { {{Execute}} }
            """);
}

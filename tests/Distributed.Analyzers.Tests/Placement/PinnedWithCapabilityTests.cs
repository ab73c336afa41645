using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Placement;

/// <summary>MPD0007 (warning): [PinToMaster] with [RequiresCapability]: the master must advertise the capability.</summary>
public sealed class PinnedWithCapabilityTests
{
    [Test]
    public Task A_pinned_module_that_requires_a_capability_is_warned_about_on_the_pin() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:PinToMaster|}]
            [RequiresCapability("nuget-key")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<PlacementAnalyzer>.Diagnostic("MPD0007").WithLocation(0).WithArguments("Publish", "the capability 'nuget-key'")]);

    [Test]
    public Task An_operating_system_capability_is_not_warned_about_because_the_master_advertises_its_own() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [PinToMaster]
            [RequiresCapability("linux")]
            public sealed class CreateRelease : Module<string> { {{Execute}} }

            [PinToMaster, RequiresCapability("Windows"), RequiresCapability("macos")]
            public sealed class SignInstaller : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task An_optional_capability_is_not_warned_about_because_the_module_is_skipped_without_it() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [PinToMaster]
            [RequiresCapability("nuget-key", Optional = true)]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Beside_an_operating_system_and_an_optional_capability_only_the_others_are_named() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:PinToMaster|}]
            [RequiresCapability("linux"), RequiresCapability("signing", Optional = true), RequiresCapability("nuget-key")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<PlacementAnalyzer>.Diagnostic("MPD0007").WithLocation(0).WithArguments("Publish", "the capability 'nuget-key'")]);

    [Test]
    public Task The_message_names_every_required_capability_once() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync(
            [$$"""
            [RequiresCapability("docker")]
            public abstract class DockerModule : Module<string> { }

            [{|#0:PinToMaster|}, RequiresCapability("gpu"), RequiresCapability("Docker")]
            public sealed class Publish : DockerModule { {{Execute}} }
            """],
            [Verify<PlacementAnalyzer>.Diagnostic("MPD0007").WithLocation(0).WithArguments("Publish", "the capabilities 'gpu', 'Docker'")]);

    [Test]
    public Task A_capability_added_to_a_module_whose_base_is_pinned_is_warned_about_on_the_capability() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [PinToMaster]
            public abstract class MasterModule : Module<string> { }

            [{|MPD0007:RequiresCapability("docker")|}]
            public sealed class Publish : MasterModule { {{Execute}} }
            """);

    [Test]
    public Task A_module_inheriting_both_from_its_base_is_not_warned_about_again() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [{|MPD0007:PinToMaster|}, RequiresCapability("docker")]
            public abstract class MasterModule : Module<string> { }

            public sealed class Publish : MasterModule { {{Execute}} }
            """);

    [Test]
    public Task A_capability_module_that_is_not_pinned_is_not_warned_about() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker")]
            public sealed class Image : Module<string> { {{Execute}} }

            [PinToMaster]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);
}

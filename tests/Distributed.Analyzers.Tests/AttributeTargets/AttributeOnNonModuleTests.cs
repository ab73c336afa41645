using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.AttributeTargets;

/// <summary>MPD0003: a distributed attribute on a type that is not a concrete, non-generic Module&lt;T&gt;.</summary>
public sealed class AttributeOnNonModuleTests
{
    [Test]
    public Task An_attribute_on_a_class_that_is_not_a_module_is_reported_on_the_attribute() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:PinToMaster|}]
            public sealed class Helper { }
            """],
            [Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0003").WithLocation(0).WithArguments("PinToMaster", "Helper", "which does not derive from Module<T>")]);

    [Test]
    public Task Every_distributed_attribute_on_a_class_that_is_not_a_module_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [{|MPD0003:DependsOn<Build>|}, {|MPD0003:MatrixTarget("linux")|}, {|MPD0003:RequiresCapability("docker")|}]
            [{|MPD0003:NotInParallel|}, {|MPD0003:ModuleTimeout(5)|}, {|MPD0003:ModuleRetry(1)|}, {|MPD0003:AlwaysRun|}]
            public class Helper { }
            """);

    [Test]
    public Task A_skip_condition_on_a_class_that_is_not_a_module_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            ["""
            [{|#0:SkipIf<OnlyOnCi>|}]
            public sealed class Helper { }
            """],
            [Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0003").WithLocation(0).WithArguments("SkipIf", "Helper", "which does not derive from Module<T>")]);

    [Test]
    public Task An_ignore_failure_condition_on_a_class_that_is_not_a_module_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            ["""
            [{|#0:IgnoreFailureIf<OnlyOnCi>|}]
            public sealed class Helper { }
            """],
            [Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0003").WithLocation(0).WithArguments("IgnoreFailureIf", "Helper", "which does not derive from Module<T>")]);

    [Test]
    public Task An_attribute_on_an_abstract_class_that_is_not_a_module_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync("""
            [{|MPD0003:RequiresCapability("docker")|}]
            public abstract class Base { }
            """);

    [Test]
    public Task An_attribute_on_a_concrete_generic_module_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:PinToMaster|}]
            public class Publish<T> : Module<string> { {{Execute}} }
            """],
            [Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0003").WithLocation(0).WithArguments("PinToMaster", "Publish<T>", "a generic class that the generator never builds")]);

    [Test]
    public Task An_attribute_on_one_part_of_a_partial_class_that_is_not_a_module_is_reported_in_that_file() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            """
            [{|MPD0003:PinToMaster|}]
            public partial class Helper { }
            """,
            """
            public partial class Helper { }
            """);

    [Test]
    public Task Attributes_on_a_concrete_module_are_not_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>, MatrixTarget("linux"), RequiresCapability("docker"), NotInParallel("nuget")]
            [ModuleTimeout(5), ModuleRetry(1), AlwaysRun]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Attributes_on_an_abstract_base_module_are_not_reported_because_modules_inherit_them() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker"), PinToMaster]
            public abstract class DockerModule : Module<string> { }

            public sealed class Image : DockerModule { {{Execute}} }
            """);

    [Test]
    public Task Attributes_on_an_abstract_generic_base_module_are_not_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            [RequiresCapability("docker")]
            public abstract class DockerModule<T> : Module<T> { }

            public sealed class Image : DockerModule<string> { {{Execute}} }
            """);

    [Test]
    public Task An_attribute_on_the_part_of_a_partial_module_without_the_base_list_is_not_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            """
            [PinToMaster]
            public partial class Publish { }
            """,
            $$"""
            public partial class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Attributes_that_are_not_distributed_attributes_are_not_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync("""
            [Obsolete, Serializable]
            public sealed class Helper { }
            """);

    [Test]
    public Task Artifact_attributes_on_a_class_that_is_not_a_module_are_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [{|#0:ProducesArtifact("bin", "out/bin/**")|}]
            [{|#1:ConsumesArtifact<Build>("bin")|}]
            public sealed class Helper { }
            """],
            [
                Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0003").WithLocation(0).WithArguments("ProducesArtifact", "Helper", "which does not derive from Module<T>"),
                Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0003").WithLocation(1).WithArguments("ConsumesArtifact", "Helper", "which does not derive from Module<T>"),
            ]);
}

using ModularPipelines.Distributed;

namespace Sample.RealPipeline.Conditions;

/// <summary>Skips the module unless the CI run builds <c>main</c> itself (not a pull request, not another branch).</summary>
public sealed class OnlyOnMain() : OnlyOnBranch("main");

using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class InheritanceShapeTests
{
    [Test]
    public void DerivedOverriddenHiddenAndIgnoredOverridePropertiesAreHandledLikeReflection()
    {
        var derived = new DerivedResult { Id = "id", Score = 5, Origin = "derived", Extra = "extra", Note = "ignored override" };
        ((BaseResult)derived).Origin = "base value";

        JsonDifferential.AssertRoundTrip(derived);
        JsonDifferential.AssertRoundTrip(new DerivedResult());
    }

    [Test]
    public void BaseClassPropertiesAreReadLikeReflection() =>
        JsonDifferential.AssertSameRead<DerivedResult>("""{"Id":"i","Score":3,"Origin":"o","Note":"n","Extra":"e"}""");
}

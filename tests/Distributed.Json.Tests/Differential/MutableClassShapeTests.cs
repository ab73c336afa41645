using ModularPipelines.Distributed.Json.Tests.Shapes;
using ModularPipelines.Distributed.Json.Tests.Support;

namespace ModularPipelines.Distributed.Json.Tests.Differential;

public sealed class MutableClassShapeTests
{
    [Test]
    public void SettableGetOnlyPrivateSetAndSetOnlyPropertiesAreHandledLikeReflection()
    {
        var deployment = new DeploymentInfo { Environment = "production", Replicas = 3, Regions = ["eu-west-1", "us-east-2"], Secret = "s3cr3t" };
        deployment.MarkDeployed(Samples.FixedOffset);

        // Like reflection, the private setter is not used: the deployment time is written but not read back.
        var json = JsonDifferential.AssertSameJson(deployment);
        JsonDifferential.AssertSameRead<DeploymentInfo>(json);
        JsonDifferential.AssertRoundTrip(new DeploymentInfo { Environment = "production", Replicas = 3, Regions = ["eu-west-1"] });
        JsonDifferential.AssertRoundTrip(new DeploymentInfo());
    }

    [Test]
    public void ASetOnlyPropertyIsReadButNeverWritten()
    {
        var deployment = JsonDifferential.AssertSameRead<DeploymentInfo>("""{"Secret":"from json","DeployedAt":"2024-01-01T00:00:00Z","Summary":"ignored"}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deployment!.HasSecret(), Is.True);
            Assert.That(deployment.DeployedAt, Is.Null, "a private setter is not used");
            Assert.That(JsonDifferential.AssertSameJson(deployment), Does.Not.Contain("Secret"));
        }
    }

    [Test]
    public void NullsForNonNullablePropertiesAreReadLikeReflection() =>
        JsonDifferential.AssertSameRead<DeploymentInfo>("""{"Environment":null,"Regions":null}""");
}

using ModularPipelines.Distributed.Runtime.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Artifacts;

public sealed class WorkspaceTests
{
    [TestCase("../x")]
    [TestCase("a/../../x")]
    [TestCase("/etc/passwd")]
    [TestCase("a//b")]
    [TestCase("a\\..\\b")]
    [TestCase("./a")]
    [TestCase("")]
    public void PathThatIsNotInsideTheWorkspaceIsRefused(string path)
    {
        using var directory = new WorkspaceDirectory();
        var workspace = new Workspace(directory.Root);

        var refused = Assert.Throws<ArtifactException>(() => workspace.Resolve(path, () => "artifact 'bin' of Tests.Build"));

        Assert.That(refused!.Message, Is.EqualTo($"artifact 'bin' of Tests.Build names '{path}', which is not a path inside the workspace: it is refused and nothing is written"));
    }

    [Test]
    public void LinkLeadingOutOfTheWorkspaceIsRefused()
    {
        using var directory = new WorkspaceDirectory();
        using var outside = new WorkspaceDirectory();
        Directory.CreateSymbolicLink(directory.PathOf("out"), outside.Root);
        var workspace = new Workspace(directory.Root);

        var refused = Assert.Throws<ArtifactException>(() => workspace.Resolve("out/bin/app.dll", () => "artifact 'bin' of Tests.Build"));

        Assert.That(refused!.Message, Does.StartWith($"artifact 'bin' of Tests.Build reaches 'out/bin/app.dll' through the link out -> {outside.Root}, which leads out of the workspace"));
    }

    [Test]
    public void LinkThatStaysInsideTheWorkspaceIsFollowed()
    {
        using var directory = new WorkspaceDirectory();
        Directory.CreateDirectory(directory.PathOf("real"));
        Directory.CreateSymbolicLink(directory.PathOf("out"), directory.PathOf("real"));
        var workspace = new Workspace(directory.Root);

        Assert.That(workspace.Resolve("out/app.dll", () => "artifact"), Is.EqualTo(Path.Combine(directory.Root, "out", "app.dll")));
    }
}

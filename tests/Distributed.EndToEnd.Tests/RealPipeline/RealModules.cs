namespace ModularPipelines.Distributed.EndToEnd.Tests.RealPipeline;

/// <summary>The graph node names of samples/Sample.RealPipeline, as its summary prints them.</summary>
public static class RealModules
{
    public const string FindProjects = "FindProjectsModule";
    public const string Build = "BuildModule";
    public const string Format = "FormatCheckModule";
    public const string ReleaseNotes = "ReleaseNotesCheckModule";
    public const string Pack = "PackModule";
    public const string Publish = "PublishModule";

    public static string Tests(string target) => $"UnitTestsModule[{target}]";
}

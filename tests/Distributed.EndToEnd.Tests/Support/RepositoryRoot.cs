namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>The repository checkout the tests run from: the nearest directory above them that holds the solution.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "ModularPipelines.Distributed.Generators.sln";

    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: run the tests from a checkout of the repository.");
    }
}

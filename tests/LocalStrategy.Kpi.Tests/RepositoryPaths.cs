namespace LocalStrategy.Kpi.Tests;

/// <summary>Where the repository is, for tests that read its sources and docs.</summary>
internal static class RepositoryPaths
{
    /// <summary>Gets the folder that holds LocalStrategy.Kpi.sln, found above the test assembly.</summary>
    internal static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LocalStrategy.Kpi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (LocalStrategy.Kpi.sln) was not found above " + AppContext.BaseDirectory);
    }
}

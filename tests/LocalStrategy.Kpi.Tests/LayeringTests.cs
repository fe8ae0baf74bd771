using System.Text.RegularExpressions;
using Xunit;

namespace LocalStrategy.Kpi.Tests;

/// <summary>
/// The library's folders depend one way: a folder may use the folders listed before it, never one
/// after it (docs/architecture.md). Read from the sources, so that a using directive, a qualified
/// name or a cref that reaches up fails here with the file that does it.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The namespaces of src/LocalStrategy.Kpi, bottom first (each folder is its namespace).</summary>
    internal static readonly string[] Layers =
    {
        "Internal",
        "Periods",
        "Model",
        "Validation",
        "Grading",
        "Grading.Engine",
        "Serialization",
        "Policies",
        "Population",
        "Reporting",
        "Publishing",
        "Samples",
    };

    private static readonly Regex NamespaceDeclaration = new(@"^namespace LocalStrategy\.Kpi(?:\.(?<ns>[A-Za-z.]+))?;", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // A using directive written inside the namespace, found through the parent namespace (using Engine;).
    private static readonly Regex BareUsing = new(@"^\s*using\s+(?:static\s+)?(?<ns>(?:Periods|Model|Validation|Grading|Engine|Serialization|Policies|Population|Reporting|Publishing|Samples)(?:\.\w+)*)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex PublicTopLevelType = new(@"^public (?:(?:sealed|static|readonly|abstract|partial) )*(?:record struct|record|class|struct|enum|interface) ", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex Qualified = new(@"LocalStrategy\.Kpi\.(?<ns>[A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)*)", RegexOptions.CultureInvariant);

    // A name qualified from inside the library (Serialization.PolicyJson, Engine.DeclarativePolicy).
    private static readonly Regex PartlyQualified = new(@"(?<![\w.])(?<ns>Periods|Model|Validation|Grading|Engine|Serialization|Policies|Population|Reporting|Publishing|Samples)\.[A-Z]", RegexOptions.CultureInvariant);

    public static TheoryData<string> SourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(LibraryFolder, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !IsBuildOutput(f))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(LibraryFolder, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_namespace_with_a_place_in_the_layers()
    {
        var folders = Directory.EnumerateDirectories(LibraryFolder, "*", SearchOption.AllDirectories)
            .Where(d => !IsBuildOutput(d + Path.DirectorySeparatorChar) && Directory.EnumerateFiles(d, "*.cs").Any())
            .Select(d => Path.GetRelativePath(LibraryFolder, d).Replace(Path.DirectorySeparatorChar, '.'))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Layers.OrderBy(l => l, StringComparer.Ordinal), folders);
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void A_file_uses_no_namespace_above_its_own(string file)
    {
        var text = File.ReadAllText(Path.Combine(LibraryFolder, file));
        if (file.StartsWith("Internal/", StringComparison.Ordinal) && !text.Contains("namespace LocalStrategy.Kpi", StringComparison.Ordinal))
        {
            // A polyfill of a framework type, in the framework's namespace: it may use nothing of the library.
            Assert.DoesNotContain("LocalStrategy", text, StringComparison.Ordinal);
            return;
        }

        var declared = NamespaceDeclaration.Match(text);
        Assert.True(declared.Success, file + " declares no file-scoped namespace under LocalStrategy.Kpi.");
        var own = declared.Groups["ns"].Value;
        Assert.Equal(Path.GetDirectoryName(file)!.Replace('/', '.').Replace('\\', '.'), own);
        var level = LevelOf(own);

        var above = Qualified.Matches(text).Cast<Match>()
            .Concat(PartlyQualified.Matches(text).Cast<Match>())
            .Concat(BareUsing.Matches(text).Cast<Match>())
            .Select(m => Resolve(m.Groups["ns"].Value, own))
            .Where(ns => ns is not null && LevelOf(ns) > level)
            .Distinct()
            .ToList();

        Assert.True(above.Count == 0, file + " (" + own + ") uses " + string.Join(", ", above!) + ", above it in the layers: " + string.Join(" ← ", Layers) + ".");
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void A_file_holds_at_most_one_public_type(string file)
    {
        var types = PublicTopLevelType.Count(File.ReadAllText(Path.Combine(LibraryFolder, file)));

        Assert.True(types <= 1, file + " declares " + types + " public types; one concept, one file.");
    }

    [Fact]
    public void No_source_file_is_over_400_lines_without_saying_why_at_its_top()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f));
        var unexplained = files
            .Select(f => (File: f, Lines: File.ReadAllLines(f)))
            .Where(f => f.Lines.Length > 400 && !f.Lines.Take(20).Any(l => l.TrimStart().StartsWith("// This file is long", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f.File) + " (" + f.Lines.Length + " lines)")
            .ToList();

        Assert.Empty(unexplained);
    }

    [Fact]
    public void No_global_using_opens_a_layer_to_every_file()
    {
        var root = RepositoryPaths.Root;
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"^\s*global\s+using\s+(?:static\s+)?LocalStrategy", RegexOptions.Multiline))
            .Select(f => Path.GetRelativePath(root, f));
        var projects = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "Directory.Build.props"))
            .Where(f => File.ReadAllText(f).Contains("<Using Include=\"LocalStrategy", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f));

        Assert.Empty(sources.Concat(projects));
    }

    [Fact]
    public void The_check_finds_a_namespace_above()
    {
        // The rule itself can fail: a reference from Grading up to Serialization is caught in each form.
        Assert.Equal("Serialization", Resolve(Qualified.Match("using LocalStrategy.Kpi.Serialization;").Groups["ns"].Value, "Grading"));
        Assert.Equal("Serialization", Resolve(PartlyQualified.Match("<see cref=\"Serialization.PolicyJson\"/>").Groups["ns"].Value, "Grading"));
        Assert.Equal("Grading.Engine", Resolve(PartlyQualified.Match("Engine.PolicyCompiler.Compile(d)").Groups["ns"].Value, "Grading"));
        Assert.True(LevelOf("Serialization") > LevelOf("Grading"));
        Assert.DoesNotMatch(PartlyQualified, "x.Model.Name");
        Assert.Equal("Grading.Engine", Resolve(BareUsing.Match("namespace LocalStrategy.Kpi.Grading;\nusing Engine;").Groups["ns"].Value, "Grading"));
        Assert.Equal("Serialization", Resolve(BareUsing.Match("    using Serialization;").Groups["ns"].Value, "Grading"));
    }

    private static string LibraryFolder { get; } = Path.Combine(RepositoryPaths.Root, "src", "LocalStrategy.Kpi");

    private static int LevelOf(string ns)
    {
        // The deepest layer the namespace is or lies in.
        var best = -1;
        for (var i = 0; i < Layers.Length; i++)
        {
            if ((ns == Layers[i] || ns.StartsWith(Layers[i] + ".", StringComparison.Ordinal)) && (best < 0 || Layers[i].Length > Layers[best].Length))
            {
                best = i;
            }
        }

        return best;
    }

    private static string? Resolve(string reference, string own)
    {
        // "Engine" alone is the engine, named from inside Grading; a type name (Model.Strategy) keeps its namespace part.
        if (reference == "Engine" || reference.StartsWith("Engine.", StringComparison.Ordinal))
        {
            return "Grading.Engine";
        }

        var parts = reference.Split('.');
        var ns = parts.Length > 1 && parts[1] == "Engine" ? parts[0] + ".Engine" : parts[0];
        return LevelOf(ns) < 0 || ns == own ? null : ns;
    }

    private static bool IsBuildOutput(string path)
    {
        var sep = Path.DirectorySeparatorChar;
        return path.Contains(sep + "obj" + sep, StringComparison.Ordinal) || path.Contains(sep + "bin" + sep, StringComparison.Ordinal);
    }
}

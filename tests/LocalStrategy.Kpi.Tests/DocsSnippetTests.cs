using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LocalStrategy.Kpi.Tests;

/// <summary>
/// Every <c>csharp</c> block of README.md, the package READMEs and docs/ compiles as a reader would paste it into the
/// Program.cs of a new console app (<c>dotnet new console</c>, so with its implicit usings) that
/// references the packages: top-level statements or a complete file, no warnings (nullable ones
/// included). A block that is only a fragment is fenced <c>cs</c> instead, and is not compiled.
/// </summary>
public sealed class DocsSnippetTests
{
    private static readonly Regex Block = new(@"^```csharp[ \t]*\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    // The global usings of a new console app (dotnet new console: ImplicitUsings enabled).
    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText(
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
        new CSharpParseOptions(LanguageVersion.Latest));

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var packages = new[] { "LocalStrategy.Kpi.dll", "LocalStrategy.Kpi.DependencyInjection.dll", "LocalStrategy.Kpi.Spreadsheets.dll", "NodaTime.dll", "FluentValidation.dll", "Microsoft.Extensions.DependencyInjection.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll" }
            .Select(f => Path.Combine(AppContext.BaseDirectory, f));
        return framework.Where(f => !packages.Any(p => Path.GetFileName(p) == Path.GetFileName(f)))
            .Concat(packages)
            .Where(File.Exists)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToArray();
    });

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in Pages())
        {
            var count = Block.Count(File.ReadAllText(Path.Combine(Root, page)));
            for (var i = 0; i < count; i++)
            {
                data.Add(page, i + 1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_csharp_block_compiles_as_pasted(string page, int number)
    {
        var code = Block.Matches(File.ReadAllText(Path.Combine(Root, page)))[number - 1].Groups["code"].Value;
        var compilation = CSharpCompilation.Create(
            "Snippet",
            new[] { ImplicitUsings, CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")))
            .Where(d => d.Location.SourceTree != ImplicitUsings)
            .Select(d => d.Id + " at line " + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.True(problems.Count == 0, page + ", csharp block " + number + ":" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_readme_has_blocks_to_check_and_a_broken_block_fails()
    {
        Assert.True(Block.Count(File.ReadAllText(Path.Combine(Root, "README.md"))) >= 3);
        var broken = CSharpCompilation.Create(
            "Broken",
            new[] { CSharpSyntaxTree.ParseText("using LocalStrategy.Kpi.Policies;\nvar p = GradingPolicies.Get(\"azumino\");") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Contains(broken.GetDiagnostics(), d => d.Id == "CS0117");
    }

    private static string Root => RepositoryPaths.Root;

    private static IEnumerable<string> Pages()
        => new[] { "README.md", "src/LocalStrategy.Kpi/README.md", "src/LocalStrategy.Kpi.DependencyInjection/README.md", "src/LocalStrategy.Kpi.Spreadsheets/README.md" }.Concat(
            Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal));
}

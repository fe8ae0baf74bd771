using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace LocalStrategy.Kpi.Tests;

/// <summary>What the packages promise a consumer: a strong name, and a debugger that steps into the sources.</summary>
public sealed class PackagingTests
{
    // The GUID of embedded source in a portable PDB's custom debug information.
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> Assemblies { get; } = new()
    {
        "LocalStrategy.Kpi",
        "LocalStrategy.Kpi.DependencyInjection",
        "LocalStrategy.Kpi.Spreadsheets",
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Each_library_is_strong_named_with_the_key_of_the_repository(string name)
    {
        var key = AssemblyName.GetAssemblyName(Path.Combine(AppContext.BaseDirectory, name + ".dll")).GetPublicKey();

        Assert.NotNull(key);
        Assert.Equal(ExpectedPublicKey(), Convert.ToHexString(key!).ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Each_library_embeds_its_pdb_with_every_source_file(string name)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, name + ".dll"));
        using var pe = new PEReader(stream);
        var embedded = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        var pdb = provider.GetMetadataReader();

        var documents = pdb.Documents.Select(h => pdb.GetDocument(h)).ToList();
        var withSource = pdb.CustomDebugInformation
            .Select(h => pdb.GetCustomDebugInformation(h))
            .Count(c => c.Parent.Kind == HandleKind.Document && pdb.GetGuid(c.Kind) == EmbeddedSource);

        Assert.NotEmpty(documents);
        Assert.Equal(documents.Count(d => pdb.GetString(d.Name).EndsWith(".cs", StringComparison.Ordinal)), withSource);
    }

    [Fact]
    public void The_public_key_in_the_build_settings_is_the_one_in_the_key_file()
    {
        // The key file is a CAPI private-key blob: header (8), 'RSA2', bit length, exponent, modulus.
        var blob = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "LocalStrategy.Kpi.snk"));
        var bits = BitConverter.ToInt32(blob, 12);
        var publicBlob = new byte[] { 0x06, 0x02, 0, 0, 0x00, 0x24, 0, 0 }
            .Concat("RSA1"u8.ToArray())
            .Concat(blob.Skip(12).Take(8))
            .Concat(blob.Skip(20).Take(bits / 8))
            .ToArray();
        var publicKey = BitConverter.GetBytes(0x2400).Concat(BitConverter.GetBytes(0x8004)).Concat(BitConverter.GetBytes(publicBlob.Length)).Concat(publicBlob);

        Assert.Equal(Convert.ToHexString(publicKey.ToArray()).ToLowerInvariant(), ExpectedPublicKey());
    }

    private static string ExpectedPublicKey()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var start = props.IndexOf("<LocalStrategyKpiPublicKey>", StringComparison.Ordinal) + "<LocalStrategyKpiPublicKey>".Length;
        return props.Substring(start, props.IndexOf("</LocalStrategyKpiPublicKey>", StringComparison.Ordinal) - start);
    }
}

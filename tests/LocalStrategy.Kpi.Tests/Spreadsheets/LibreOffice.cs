using System.Diagnostics;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>A test that needs LibreOffice (Debian's libreoffice-calc-nogui): skipped without it on a developer's machine, failed without it in CI, which installs it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="LibreOfficeFactAttribute"/> class.</summary>
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "No LibreOffice (soffice) on the PATH (Debian: apt-get install libreoffice-calc-nogui); CI installs it and runs these tests.";
        }
    }
}

/// <summary>Runs LibreOffice headless to open a file as a spreadsheet user would, and save what it shows as CSV.</summary>
internal static class LibreOffice
{
    internal static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(System.IO.Path.PathSeparator)
        .Select(d => System.IO.Path.Combine(d, "soffice"))
        .FirstOrDefault(File.Exists);

    /// <summary>Opens <paramref name="file"/> in LibreOffice Calc (formulas in a CSV evaluated, as by default) and returns the first sheet as CSV text.</summary>
    internal static string ToCsv(string file)
    {
        Assert.True(Path is not null, "LibreOffice (soffice) is not installed");
        var work = Directory.CreateTempSubdirectory("lo-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--norestore", "-env:UserInstallation=file://" + System.IO.Path.Combine(work, "profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", work, file })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "LibreOffice did not finish in 2 minutes");
            var csv = System.IO.Path.Combine(work, System.IO.Path.GetFileNameWithoutExtension(file) + ".csv");
            Assert.True(File.Exists(csv), "LibreOffice wrote no CSV: " + output.Result + error.Result);
            return File.ReadAllText(csv);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

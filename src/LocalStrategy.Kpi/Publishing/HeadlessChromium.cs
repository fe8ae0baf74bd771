using System.Diagnostics;
using System.Text;
using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>
/// Prints an HTML report to PDF with a headless Chromium or Chrome (on Debian, the package
/// <c>chromium</c>): the browser's own print, with the report's A4 print styles.
/// </summary>
/// <remarks>
/// The browser runs with a fresh profile in a temporary folder, which is deleted afterwards. When the
/// process runs as root (as in containers), Chromium's sandbox cannot start and is turned off; the
/// report it prints has no script and loads nothing.
/// </remarks>
public static class HeadlessChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "chrome.exe", "msedge.exe"];

    /// <summary>Gets the default time a print may take before the browser is stopped: one minute.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(1);

    /// <summary>Finds a Chromium or Chrome on the PATH (chromium, chromium-browser, google-chrome, chrome).</summary>
    /// <returns>The executable's full path, or <see langword="null"/> when none is found.</returns>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                try
                {
                    var candidate = Path.Combine(folder.Trim('"'), name);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
                catch (ArgumentException)
                {
                    // A PATH entry with characters a path cannot hold: skip it.
                }
            }
        }

        return null;
    }

    /// <summary>Prints <paramref name="html"/> to a PDF file.</summary>
    /// <param name="html">The HTML (<see cref="EvaluationDocument.ToHtml"/>).</param>
    /// <param name="pdfPath">The PDF to write; replaced when it exists.</param>
    /// <param name="chromiumPath">The browser's executable (<see cref="Find"/>).</param>
    /// <param name="timeout">How long the print may take; <see cref="DefaultTimeout"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException"><paramref name="chromiumPath"/> does not exist.</exception>
    /// <exception cref="TimeoutException">The browser did not finish in time; it is stopped.</exception>
    /// <exception cref="InvalidOperationException">The browser failed or wrote no PDF; the message holds the end of what it printed.</exception>
    public static void PrintToPdf(string html, string pdfPath, string chromiumPath, TimeSpan? timeout = null)
    {
        Preconditions.CheckNotNull(html, nameof(html));
        Preconditions.CheckNotNull(pdfPath, nameof(pdfPath));
        Preconditions.CheckNotNull(chromiumPath, nameof(chromiumPath));
        if (!File.Exists(chromiumPath))
        {
            throw new FileNotFoundException("No browser at " + chromiumPath + ". Install Chromium (Debian: apt-get install chromium) or give the path of a Chromium or Chrome.", chromiumPath);
        }

        var work = Path.Combine(Path.GetTempPath(), "kpi-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var page = Path.Combine(work, "report.html");
            File.WriteAllText(page, html, new UTF8Encoding(false));
            var output = Path.GetFullPath(pdfPath);
            if (File.Exists(output))
            {
                File.Delete(output);
            }

            var arguments = new List<string>
            {
                "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + Path.Combine(work, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + output,
            };
            if (string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
            {
                arguments.Add("--no-sandbox");
            }

            arguments.Add(new Uri(page).AbsoluteUri);
            Run(chromiumPath, arguments, timeout ?? DefaultTimeout, output);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static void Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, string output)
    {
        var start = new ProcessStartInfo(executable, string.Join(" ", arguments.Select(Quote)))
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            CreateNoWindow = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The browser " + executable + " did not start.");
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.OutputDataReceived += (_, e) => Append(errors, e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (!process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)))
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It ended meanwhile.
            }

            throw new TimeoutException("The browser did not finish printing within " + timeout.TotalSeconds + " s and was stopped.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
        {
            string tail;
            lock (errors)
            {
                tail = errors.ToString();
            }

            throw new InvalidOperationException("The browser wrote no PDF (exit code " + process.ExitCode + "). It said: " + (tail.Length > 2000 ? tail.Substring(tail.Length - 2000) : tail));
        }
    }

    private static void Append(StringBuilder sink, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sink)
        {
            sink.AppendLine(line);
        }
    }

    // One argument for the command line, quoted when it has a space or a quote (Windows and Unix runtimes parse this alike).
    private static string Quote(string argument)
        => argument.Length > 0 && !argument.Any(c => c is ' ' or '\t' or '"') ? argument : "\"" + argument.Replace("\\\"", "\\\\\"").Replace("\"", "\\\"") + "\"";

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The browser may still hold a file for a moment; the temporary folder is left behind.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

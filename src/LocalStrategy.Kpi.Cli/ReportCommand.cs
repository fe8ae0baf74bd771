using System.CommandLine;
using System.Text;
using LocalStrategy.Kpi.Publishing;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// <c>kpi report</c>: the evaluation report a planner hands to the council, as HTML, Markdown or PDF
/// (<see cref="EvaluationDocument"/>, <see cref="HeadlessChromium"/>).
/// </summary>
internal static class ReportCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("report", "Writes the evaluation report (cover summary, a table and charts per basic goal, the population vision, notes) as HTML, Markdown or PDF.");
        var options = new GradeOptions("html (one self-contained file), md (Markdown) or pdf (printed with headless Chromium).", "html", "md", "pdf");
        options.AddTo(command, withFile: true);
        var outputPath = new Option<string?>("--output", "-o") { Description = "The file to write. Required for pdf; html and md go to standard output without it." };
        var language = new Option<string>("--lang") { Description = "The report's language: ja (default) or en. Names from the document stay as written.", DefaultValueFactory = _ => "ja" };
        language.AcceptOnlyFromAmong("ja", "en");
        var chromium = new Option<string?>("--chromium") { Description = "The Chromium or Chrome to print the PDF with. Default: the first of chromium, chromium-browser, google-chrome, chrome on the PATH." };
        command.Options.Add(outputPath);
        command.Options.Add(language);
        command.Options.Add(chromium);
        command.SetAction(parse => Run(
            options.Read(parse),
            parse.GetValue(outputPath),
            new ReportOptions { Language = parse.GetValue(language) == "en" ? ReportLanguage.English : ReportLanguage.Japanese },
            parse.GetValue(chromium),
            output,
            error));
        return command;
    }

    private static int Run(GradeRequest request, string? path, ReportOptions options, string? chromium, TextWriter output, TextWriter error)
    {
        if (request.Format == "pdf" && path is null)
        {
            error.WriteLine("A PDF needs a file to go to: add -o report.pdf. / PDF の出力先を -o で指定してください。");
            return KpiCommand.UsageError;
        }

        string? browser = null;
        if (request.Format == "pdf")
        {
            browser = chromium ?? HeadlessChromium.Find();
            if (browser is null || !File.Exists(browser))
            {
                error.WriteLine(browser is null
                    ? "No Chromium or Chrome was found on the PATH, so no PDF can be printed. Install one (Debian: apt-get install chromium) or pass --chromium <path>; or write --format html and print it from a browser."
                    : "No browser at " + browser + " (--chromium).");
                error.WriteLine("PDF を作るには Chromium が必要です（Debian: apt-get install chromium）。--chromium でパスを指定するか、--format html で出力してブラウザから印刷してください。");
                return KpiCommand.UsageError;
            }
        }

        var code = KpiCommand.BuildReport(request, output, error, out var report);
        if (code != KpiCommand.Success)
        {
            return code;
        }

        try
        {
            switch (request.Format)
            {
                case "pdf":
                    HeadlessChromium.PrintToPdf(EvaluationDocument.ToHtml(report, options), path!, browser!);
                    error.WriteLine("Wrote " + path + ".");
                    break;
                case "md":
                    Write(EvaluationDocument.ToMarkdown(report, options), path, output, error);
                    break;
                default:
                    Write(EvaluationDocument.ToHtml(report, options), path, output, error);
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException)
        {
            error.WriteLine("The report could not be written to " + (path ?? "standard output") + ": " + e.Message);
            error.WriteLine("レポートを書き出せませんでした。");
            return KpiCommand.UsageError;
        }

        return KpiCommand.Success;
    }

    private static void Write(string content, string? path, TextWriter output, TextWriter error)
    {
        if (path is null)
        {
            output.Write(content);
            return;
        }

        File.WriteAllText(path, content, new UTF8Encoding(false));
        error.WriteLine("Wrote " + path + ".");
    }
}

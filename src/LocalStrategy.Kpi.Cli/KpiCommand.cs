using System.CommandLine;
using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// The commands of <c>kpi</c>. With no arguments it grades the embedded Azumino FY2020 sample.
/// Exit codes: 0 success, 1 the document is not valid, 2 a usage or file error.
/// </summary>
internal static class KpiCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a document that is not valid.</summary>
    public const int Invalid = 1;

    /// <summary>Exit code for a usage or file error.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Grades the KPIs of Japanese municipal strategies (総合戦略). With no arguments, grades the embedded sample (Azumino FY2020).");
        var rootOptions = new GradeOptions();
        rootOptions.AddTo(root, withFile: false);
        root.SetAction(parse => Grade(rootOptions.Read(parse), output, error));

        var grade = new Command("grade", "Grades every indicator of a strategy document for one fiscal year and prints the results and tallies (or writes them as CSV or .xlsx). Given a folder, grades every document in it in parallel and rolls the tallies up per prefecture and for the country (--year required).");
        var gradeOptions = new GradeOptions("table (for people), json (for other systems; see docs/grading-report.md), csv, or xlsx (with -o: grade colours, a filter, the tallies on a second sheet).", "table", "json", "csv", "xlsx");
        gradeOptions.AddTo(grade, withFile: true);
        var gradeOutput = new Option<string?>("--output", "-o") { Description = "The file to write csv or xlsx to (required for xlsx; csv goes to standard output without it)." };
        grade.Options.Add(gradeOutput);
        var stream = new Option<bool>("--stream") { Description = "Grade a large document indicator by indicator and write one JSON line per indicator (JSON Lines; with --format csv, a CSV row) to -o or standard output, the tallies to standard error; memory is the file and the identifiers, not the model (docs/scale.md). Needs --year." };
        grade.Options.Add(stream);
        var sheetMap = new Option<string?>("--map") { Description = "With --stream and a KPI sheet (.xlsx or .csv): a map document (JSON; docs/spreadsheets.md) giving what the sheet does not hold, the municipality and the plan period at least, and its layout if unusual. The sheet is graded as its rows are read." };
        grade.Options.Add(sheetMap);
        grade.SetAction(parse => parse.GetValue(stream)
            ? StreamingCommand.Run(gradeOptions.Read(parse), parse.GetValue(gradeOutput), parse.GetValue(sheetMap), output, error)
            : Grade(gradeOptions.Read(parse), output, error, parse.GetValue(gradeOutput), parse.GetValue(sheetMap)));
        root.Subcommands.Add(grade);

        var validate = new Command("validate", "Checks a strategy document and lists every problem with its code, JSON path and messages in English and Japanese.");
        var validateFile = new Argument<string>("file") { Description = "The strategy document (JSON)." };
        validate.Arguments.Add(validateFile);
        validate.SetAction(parse => Validate(parse.GetValue(validateFile)!, output, error));
        root.Subcommands.Add(validate);

        root.Subcommands.Add(SheetCommands.Import(output, error));
        root.Subcommands.Add(SheetCommands.Template(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));
        root.Subcommands.Add(VisionCommand.Create(output, error));
        root.Subcommands.Add(PolicyCommand.Create(output, error));

        var samples = new Command("samples", "Lists the embedded samples (grade one with kpi grade --sample <name>).");
        samples.SetAction(_ =>
        {
            foreach (var name in SampleDocuments.Names)
            {
                output.WriteLine(name);
            }

            return Success;
        });
        root.Subcommands.Add(samples);

        // Response files (@file) are off: '@mini.json' is a file name, and @/dev/zero cannot be expanded.
        // Parse errors are written in English, whatever the machine's language, with the Japanese hint below.
        var uiCulture = CultureInfo.CurrentUICulture;
        ParseResult parsed;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }

        if (parsed.Errors.Count > 0)
        {
            // Usage errors exit 2, as the help says; System.CommandLine's own default is 1, which means "not valid" here.
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(TerminalText.Safe(problem.Message));
            }

            error.WriteLine("Run 'kpi --help' (or 'kpi <command> --help') for usage. / 使い方は 'kpi --help' で表示します。");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Validate(string path, TextWriter output, TextWriter error)
    {
        if (!TryRead(path, error, out var result))
        {
            return UsageError;
        }

        if (result.IsValid)
        {
            var s = result.Value;
            output.WriteLine(TerminalText.Safe(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: valid. {1} ({2}), {3}, {4} indicators.",
                path,
                s.Title,
                s.Municipality.Name,
                s.PlanPeriod,
                s.AllIndicators().Count())));
            return Success;
        }

        WriteErrors(path, result.Errors, error);
        return Invalid;
    }

    private static int Grade(GradeRequest request, TextWriter output, TextWriter error, string? path = null, string? map = null)
    {
        if (map is not null || (request.File is { } named && SheetCommands.IsSheet(named)))
        {
            error.WriteLine("A KPI sheet is graded as it is read with --stream (and --map for its settings), or imported first: kpi import sheet.xlsx -o doc.json. / シートは --stream（設定は --map）で評価するか、kpi import で取り込んでから評価してください。");
            return UsageError;
        }

        if (request.File is { } file && Directory.Exists(file))
        {
            return FolderGrading.Run(request, file, output, error);
        }

        if (request.Format == "xlsx" && path is null)
        {
            error.WriteLine("An .xlsx file needs a place to go: add -o graded.xlsx. / xlsx の出力先を -o で指定してください。");
            return UsageError;
        }

        var code = BuildReport(request, output, error, out var report);
        if (code != Success)
        {
            return code;
        }

        if (request.Format is "csv" or "xlsx")
        {
            return SheetCommands.WriteGraded(report, request.Format, path, output, error);
        }

        if (request.Format == "json" && ReferenceEquals(output, Console.Out))
        {
            // Straight to standard output as UTF-8: a report of 100,000 indicators is about 90 MB of text.
            output.Flush();
            using var stdout = Console.OpenStandardOutput();
            EvaluationReportJson.Write(report, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else if (request.Format == "json")
        {
            output.WriteLine(EvaluationReportJson.Write(report));
        }
        else
        {
            ReportTable.Write(report, output);
        }

        return Success;
    }

    /// <summary>Loads the document, finds the policy and the year, and grades: what <c>kpi grade</c> and <c>kpi report</c> share.</summary>
    internal static int BuildReport(GradeRequest request, TextWriter output, TextWriter error, out EvaluationReport report)
    {
        report = null!;
        var loaded = Load(request.File, request.Sample, output, error, out var strategy);
        if (loaded != Success)
        {
            return loaded;
        }

        var registry = PolicyCommand.Registry(request.PolicyFiles, error, out var registryCode, out var fromFile);
        if (registry is null)
        {
            return registryCode;
        }

        // --policy, else the policy of the (last) --policy-file, else the document's own.
        var policyName = request.Policy ?? fromFile?.Name ?? strategy.GradingPolicy;
        if (policyName is null)
        {
            error.WriteLine("The document names no grading policy: pass --policy <name> or --policy-file <policy.json>. Known policies: " + string.Join(", ", registry.Names) + ".");
            return UsageError;
        }

        if (!registry.TryGet(policyName, out var policy))
        {
            error.WriteLine("No grading policy is named '" + policyName + "'. Known policies: " + string.Join(", ", registry.Names) + ".");
            return UsageError;
        }

        FiscalYear year;
        if (request.Year is null)
        {
            year = LatestObservedYear(strategy);
        }
        else if (!JapanesePeriods.TryParseFiscalYear(request.Year, out year, out var yearError))
        {
            error.WriteLine("--year: " + yearError);
            return UsageError;
        }

        report = new StrategyGrader(registry).Grade(strategy, year, policy.Name, request.Decimals);
        if (!report.YearInPlanPeriod)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Warning: {0} is outside the plan period {1}; the document has no targets for it, so target rules cannot grade.", year, strategy.PlanPeriod));
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "注意: {0}は計画期間（{1}〜{2}）の外です。この年度の目標値が文書にないため、目標値による評価はできません。", JapanesePeriods.Format(year), JapanesePeriods.Format(strategy.PlanPeriod.First), JapanesePeriods.Format(strategy.PlanPeriod.Last)));
        }

        return Success;
    }

    /// <summary>Loads a document from a file or an embedded sample (Azumino FY2020 when neither is given).</summary>
    internal static int Load(string? file, string? sample, TextWriter output, TextWriter error, out Strategy strategy)
    {
        strategy = null!;
        DocumentReadResult<Strategy> read;
        string name;
        if (file is not null && sample is not null)
        {
            error.WriteLine("Give a file or --sample, not both.");
            return UsageError;
        }

        if (file is null)
        {
            var chosen = sample ?? SampleDocuments.AzuminoFy2020;
            if (!SampleDocuments.Names.Contains(chosen))
            {
                error.WriteLine("No sample is named '" + chosen + "'. Samples: " + string.Join(", ", SampleDocuments.Names) + ".");
                return UsageError;
            }

            read = StrategyJson.Read(SampleDocuments.ReadJson(chosen));
            name = "embedded sample " + chosen;
        }
        else if (!TryRead(file, error, out read))
        {
            return UsageError;
        }
        else
        {
            name = file;
        }

        if (!read.IsValid)
        {
            WriteErrors(name, read.Errors, error);
            return Invalid;
        }

        strategy = read.Value;
        return Success;
    }

    private static FiscalYear LatestObservedYear(Strategy strategy)
    {
        var years = strategy.AllIndicators().SelectMany(p => p.Indicator.Observations).Select(o => o.Year).ToList();
        return years.Count == 0 ? strategy.PlanPeriod.First : years.Max();
    }

    private static bool TryRead(string path, TextWriter error, out DocumentReadResult<Strategy> result)
    {
        result = null!;
        try
        {
            if (ReadLimits.FromEnvironment(error) is not { } limits)
            {
                return false;
            }

            result = StrategyJson.ReadFile(path, limits);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Cannot read '{0}': {1}", path, ex.Message));
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "「{0}」を読み込めません。", path));
            return false;
        }
    }

    /// <summary>Writes what a valid document most likely does not mean: each with its code, path, value and both messages.</summary>
    internal static void WriteWarnings(string name, IReadOnlyList<Validation.ValidationError> warnings, TextWriter writer)
    {
        foreach (var w in warnings)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: warning {1} at {2} (value: {3}) / 注意", TerminalText.Safe(name), w.Code, TerminalText.Safe(w.Path), TerminalText.Safe(Shorten(w.AttemptedValue))));
            writer.WriteLine("    " + TerminalText.Safe(w.Message.English));
            writer.WriteLine("    " + TerminalText.Safe(w.Message.Japanese));
        }
    }

    /// <summary>Writes a document's problems: a count, then each with its code, path, value and both messages.</summary>
    internal static void WriteErrors(string name, IReadOnlyList<Validation.ValidationError> errors, TextWriter writer)
    {
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} problem(s) / {1} 件の問題", TerminalText.Safe(name), errors.Count));
        foreach (var e in errors)
        {
            writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0} at {1}{2}", e.Code, TerminalText.Safe(e.Path), e.AttemptedValue is null ? string.Empty : " (value: " + TerminalText.Safe(Shorten(e.AttemptedValue)) + ")"));
            writer.WriteLine("    " + TerminalText.Safe(e.Message.English));
            writer.WriteLine("    " + TerminalText.Safe(e.Message.Japanese));
        }
    }

    // A value as long as a 10 MB name is cut for the terminal; the JSON output keeps it whole.
    private static string? Shorten(string? value)
        => value is { Length: > 200 } ? string.Concat(value.AsSpan(0, 200), "… (" + value.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)") : value;
}

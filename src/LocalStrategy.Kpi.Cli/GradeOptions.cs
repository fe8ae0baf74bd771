using System.CommandLine;

namespace LocalStrategy.Kpi.Cli;

/// <summary>The arguments of a grading run.</summary>
/// <param name="File">The document, or <see langword="null"/> for the embedded sample.</param>
/// <param name="Year">The fiscal year as typed, or <see langword="null"/> for the latest year with actuals.</param>
/// <param name="Policy">The policy name, or <see langword="null"/> for the document's own.</param>
/// <param name="Format">table or json.</param>
/// <param name="Decimals">Decimal places of the tallies' percentages.</param>
/// <param name="Sample">The embedded sample to grade when no file is given.</param>
/// <param name="PolicyFiles">Policy documents to register beside the built-ins; the last one's policy grades unless <paramref name="Policy"/> names another.</param>
internal sealed record GradeRequest(string? File, string? Year, string? Policy, string Format, int Decimals, string? Sample, IReadOnlyList<string> PolicyFiles);

/// <summary>The options shared by <c>kpi</c> and <c>kpi grade</c>.</summary>
internal sealed class GradeOptions
{
    private readonly Argument<string?> file = new("file")
    {
        Description = "The strategy document (JSON). Without it, the embedded sample (Azumino FY2020) is graded.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> year = new("--year")
    {
        Description = "The fiscal year to grade: 2020, FY2020, R2 or 令和2年度. Default: the latest year with actuals.",
    };

    private readonly Option<string?> policy = new("--policy")
    {
        Description = "The grading policy: azumino, ina, ina-straight-line, ami, or one of --policy-file. Default: the --policy-file's policy, else the policy the document names.",
    };

    private readonly Option<string?> sample = new("--sample")
    {
        Description = "An embedded sample to grade instead of a file: azumino-fy2020 (the default), ina-3rd-strategy, ami-3rd-strategy.",
    };

    private readonly Option<string[]> policyFiles = PolicyCommand.PolicyFileOption();

    private readonly Option<string> format;

    private readonly Option<int> decimals = new("--decimals")
    {
        Description = "Decimal places of the tallies' percentages: 0 or 1.",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>The options of <c>kpi grade</c>: formats table and json.</summary>
    internal GradeOptions()
        : this("table (for people) or json (for other systems; see docs/grading-report.md).", "table", "json")
    {
    }

    /// <summary>The options with other formats, the first the default (<c>kpi report</c>).</summary>
    internal GradeOptions(string formatDescription, params string[] formats)
    {
        format = new Option<string>("--format") { Description = formatDescription, DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        decimals.AcceptOnlyFromAmong("0", "1");
    }

    private bool hasFile;

    internal void AddTo(Command command, bool withFile)
    {
        hasFile = withFile;
        if (withFile)
        {
            command.Arguments.Add(file);
        }

        command.Options.Add(year);
        command.Options.Add(policy);
        command.Options.Add(policyFiles);
        command.Options.Add(sample);
        command.Options.Add(format);
        command.Options.Add(decimals);
    }

    internal GradeRequest Read(ParseResult parse)
        => new(hasFile ? parse.GetValue(file) : null, parse.GetValue(year), parse.GetValue(policy), parse.GetValue(format)!, parse.GetValue(decimals), parse.GetValue(sample), parse.GetValue(policyFiles) ?? Array.Empty<string>());
}

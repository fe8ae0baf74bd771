using LocalStrategy.Kpi.Cli;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary>Runs the <c>kpi</c> command in-process and returns what it wrote.</summary>
internal static class CliRunner
{
    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KpiCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

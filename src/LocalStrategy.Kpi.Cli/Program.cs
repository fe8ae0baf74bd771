using System.Text;

namespace LocalStrategy.Kpi.Cli;

/// <summary>The entry point of the <c>kpi</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return KpiCommand.Run(args, Console.Out, Console.Error);
    }
}

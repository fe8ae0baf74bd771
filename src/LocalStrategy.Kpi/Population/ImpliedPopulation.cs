using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Population;

/// <summary>The population the annual natural- and social-change targets imply from a starting actual.</summary>
/// <param name="Start">The starting actual.</param>
/// <param name="Until">The last fiscal year added.</param>
/// <param name="Value">The implied population at the end of <paramref name="Until"/>; <see langword="null"/> when the sum passes what a decimal holds (±7.9e28).</param>
/// <param name="YearsWithoutTargets">Fiscal years for which a component had no target (counted as 0).</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record ImpliedPopulation(PopulationActual Start, FiscalYear Until, decimal? Value, ValueList<FiscalYear> YearsWithoutTargets)
{
    /// <summary>Gets whether every year was covered by both component targets.</summary>
    public bool IsComplete => YearsWithoutTargets.Count == 0;

    /// <summary>The gap to a stated target: implied − target. Negative means the components fall short.</summary>
    /// <param name="target">The stated target population.</param>
    /// <returns>The gap; <see langword="null"/> without a value, or when the difference passes what a decimal holds.</returns>
    public decimal? GapTo(decimal target)
    {
        if (Value is not { } value)
        {
            return null;
        }

        try
        {
            return value - target;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Policies;

/// <summary>The threshold view (<see cref="RateBand"/>) of a rate rule whose bands are ≥ / &gt; thresholds ending with "otherwise".</summary>
internal static class RateBands
{
    internal static ValueList<RateBand> Of(PolicyDefinition definition, string ruleId, IGradingPolicy policy)
    {
        var rule = definition.Versions[0].Rules.First(r => r.Rule.Id == ruleId);
        return ValueList<RateBand>.From(rule.Bands.Select(b => new RateBand(
            policy.FindGrade(b.Grade!)!,
            b.Condition.Comparison is BandComparison.AtLeast or BandComparison.Above ? b.Condition.Value : null,
            b.Condition.Comparison != BandComparison.Above)));
    }

    /// <summary>The definition with each band that <paramref name="which"/> picks, in each rule that <paramref name="inRule"/> picks, changed by <paramref name="change"/>.</summary>
    internal static PolicyDefinition WithBand(PolicyDefinition definition, Func<PolicyRule, bool> inRule, Func<PolicyBand, bool> which, Func<BandCondition, BandCondition> change)
        => definition with
        {
            Versions = ValueList<PolicyVersion>.From(definition.Versions.Select(v => v with
            {
                Rules = ValueList<PolicyRule>.From(v.Rules.Select(r => !inRule(r) ? r : r with
                {
                    Bands = ValueList<PolicyBand>.From(r.Bands.Select(b => which(b) ? new PolicyBand(b.Grade, change(b.Condition)) { And = b.And } : b)),
                })),
            })),
        };
}

using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>Reads a document that must fail and returns what it reports.</summary>
internal static class DocumentErrors
{
    /// <summary>Reads <paramref name="json"/>, checks it gave no strategy, and returns its only error.</summary>
    internal static ValidationError Single(string json) => Assert.Single(All(json));

    /// <summary>Reads <paramref name="json"/>, checks it gave no strategy, and returns its errors.</summary>
    internal static IReadOnlyList<ValidationError> All(string json)
    {
        var result = StrategyJson.Read(json);
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }
}

using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

public sealed class FormatVersionTests
{
    [Fact]
    public void A_newer_document_with_fields_this_version_does_not_know_is_reported_by_its_version()
    {
        var result = StrategyJson.Read("{ \"formatVersion\": 2, \"id\": \"x\", \"newThing\": 1 }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.FormatVersionUnsupported, error.Code);
        Assert.Equal("$.formatVersion", error.Path);
        Assert.Equal("2", error.AttemptedValue);
        Assert.Equal("formatVersion 2 is not supported; this library reads formatVersion 1.", error.Message.English);
        Assert.Equal("formatVersion 2 には対応していません。このライブラリが読めるのは formatVersion 1 です。", error.Message.Japanese);
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_current_document_with_an_unknown_field_is_still_UnknownField()
    {
        var result = StrategyJson.Read("{ \"formatVersion\": 1, \"id\": \"x\", \"titel\": \"t\" }");

        Assert.Equal(ValidationCodes.UnknownField, Assert.Single(result.Errors).Code);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Deserializes a whole strategy document the quick way when it is plain: the document split into its
/// skeleton (read by System.Text.Json with the whole reader's options) and its indicators (each read by
/// <see cref="IndicatorFastReader"/>), the indicators then put back into their lists. Null whenever any
/// part is not plain (the split fails, the skeleton does not deserialize, an indicator is declined, the
/// nesting comes near the limit): the caller then deserializes the whole document as before, which
/// gives the DTO or names the problem. What it gives equals what System.Text.Json gives for the same
/// bytes (a property test holds the two together).
/// </summary>
internal static class SplitDeserializer
{
    internal static StrategyDto? TryRead(byte[] bytes, int start, int maxDepth, JsonTypeInfo<StrategyDto> skeletonType)
    {
        var split = DocumentSkeleton.TrySplit(bytes, start, maxDepth);
        if (split is null || split.NearDepthLimit(maxDepth))
        {
            return null;
        }

        StrategyDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(split.Skeleton, skeletonType);
        }
        catch (JsonException)
        {
            return null;
        }

        if (dto is null)
        {
            return null;
        }

        var filled = 0;
        for (var g = 0; g < (dto.goals?.Count ?? 0); g++)
        {
            var goal = dto.goals![g];
            var at = "$.goals[" + N(g) + "]";
            if (goal is null || !Fill(split, at, goal.indicators, maxDepth, ref filled) || !FillMeasures(split, at + ".measures", goal.measures, maxDepth, ref filled))
            {
                return null;
            }
        }

        // Every list the split found was filled: none lies where the DTO has no list for it.
        return filled == split.Lists.Count ? dto : null;
    }

    private static bool FillMeasures(DocumentSkeleton split, string path, List<MeasureDto>? measures, int maxDepth, ref int filled)
    {
        for (var m = 0; m < (measures?.Count ?? 0); m++)
        {
            var measure = measures![m];
            var at = path + "[" + N(m) + "]";
            if (measure is null || !Fill(split, at, measure.indicators, maxDepth, ref filled) || !FillMeasures(split, at + ".subMeasures", measure.subMeasures, maxDepth, ref filled))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Fill(DocumentSkeleton split, string owner, List<IndicatorDto>? indicators, int maxDepth, ref int filled)
    {
        if (!split.Lists.TryGetValue(owner, out var slices))
        {
            return true;
        }

        // The skeleton holds an empty list where the document's list was.
        if (indicators is not { Count: 0 })
        {
            return false;
        }

        indicators.Capacity = slices.Count;
        foreach (var slice in slices)
        {
            if (!IndicatorFastReader.TryRead(split.Slice(slice), maxDepth, out var indicator))
            {
                return false;
            }

            indicators.Add(indicator!);
        }

        filled++;
        return true;
    }

    private static string N(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

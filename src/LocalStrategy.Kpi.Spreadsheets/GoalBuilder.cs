using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>A basic goal with its measures and indicators in the order the sheet lists them.</summary>
internal sealed class GoalBuilder
{
    private readonly List<IndicatorBuilder> own = [];
    private readonly List<(string Title, List<IndicatorBuilder> Own, List<(string Title, List<IndicatorBuilder> Own)> Subs)> measures = [];

    internal GoalBuilder(string title) => Title = title;

    internal string Title { get; }

    internal void Place(string? measure, string? subMeasure, IndicatorBuilder indicator)
    {
        if (measure is null)
        {
            indicator.AtGoalLevel = true;
            own.Add(indicator);
            return;
        }

        var m = measures.FirstOrDefault(x => x.Title == measure);
        if (m.Title is null)
        {
            m = (measure, [], []);
            measures.Add(m);
        }

        if (subMeasure is null)
        {
            m.Own.Add(indicator);
            return;
        }

        var s = m.Subs.FirstOrDefault(x => x.Title == subMeasure);
        if (s.Title is null)
        {
            s = (subMeasure, []);
            m.Subs.Add(s);
        }

        s.Own.Add(indicator);
    }

    internal BasicGoal ToGoal(int number, Dictionary<IndicatorBuilder, Indicator> indicators, Dictionary<string, string> paths)
    {
        var goalPath = "$.goals[" + (number - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        var code = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var counter = 0;
        Indicator Named(IndicatorBuilder b, string prefix, string path, int index)
        {
            counter++;
            paths[path + ".indicators[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"] = b.NameReference;
            var indicator = indicators[b];
            return indicator.Id.Length > 0 ? indicator : indicator with { Id = prefix + "-" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return new BasicGoal("g" + code, code, Title)
        {
            Indicators = ValueList<Indicator>.From(own.Select((b, x) => Named(b, "k" + code, goalPath, x))),
            Measures = ValueList<Measure>.From(measures.Select((m, i) =>
            {
                var measureCode = code + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new Measure("m" + measureCode, measureCode, m.Title)
                {
                    Indicators = ValueList<Indicator>.From(m.Own.Select((b, x) => Named(b, "k" + measureCode, goalPath + ".measures[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", x))),
                    SubMeasures = ValueList<Measure>.From(m.Subs.Select((s, j) =>
                    {
                        var subCode = measureCode + "-" + (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        return new Measure("m" + subCode, subCode, s.Title) { Indicators = ValueList<Indicator>.From(s.Own.Select((b, x) => Named(b, "k" + subCode, goalPath + ".measures[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].subMeasures[" + j.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", x))) };
                    })),
                };
            })),
        };
    }
}

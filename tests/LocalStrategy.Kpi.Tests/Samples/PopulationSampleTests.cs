using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Samples;

/// <summary>
/// The population visions of the samples (Ina: seed 003 chapter 2; Azumino: seeds 001 and 002; Ami:
/// seed 004), Azumino's lineage from its 1st strategy (seed 001), and the path computations on them.
/// Every expected number is taken from the source text, with its line; computed values are worked out
/// by hand in the comments.
/// </summary>
public sealed class PopulationSampleTests
{
    private static readonly Strategy Ina = SampleDocuments.Load(SampleDocuments.Ina3rdStrategy);
    private static readonly Strategy Azumino = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
    private static readonly Strategy Ami = SampleDocuments.Load(SampleDocuments.Ami3rdStrategy);

    private static PopulationVision InaVision => Ina.Population!;

    private static PopulationVision AzuminoVision => Azumino.Population!;

    public static TheoryData<string> SampleNames() => new() { SampleDocuments.AzuminoFy2020, SampleDocuments.Ina3rdStrategy, SampleDocuments.Ami3rdStrategy };

    // ---- Ina (seed 003, 第２章 人口の現状と将来展望) ----

    [Fact]
    public void Ina_target_populations_are_the_six_printed_for_2025_to_2050()
    {
        // L417-L439 令和 7 年（2025年）… 令和 32 年（2050年）, calendar years (年); L441:
        // 64,771 人 63,417 人 62,063 人 60,708 人 59,354 人 58,000 人.
        var expected = new (int Year, decimal Value)[]
        {
            (2025, 64_771m), (2030, 63_417m), (2035, 62_063m), (2040, 60_708m), (2045, 59_354m), (2050, 58_000m),
        };

        Assert.Equal(expected.Select(e => ReportingPeriod.OfCalendarYear(e.Year)), InaVision.Targets.Select(t => t.Period));
        Assert.All(InaVision.Targets, t => Assert.Single(t.Versions));
        Assert.Equal(expected.Select(e => (decimal?)e.Value), InaVision.Targets.Select(t => t.Current.Value));
        Assert.All(InaVision.Targets, t => Assert.Equal("第 3 期伊那市地方創生人口ビジョン", t.Current.AdoptedIn));
        Assert.All(InaVision.Targets, t => Assert.Null(t.Current.Date));
    }

    [Fact]
    public void Ina_fertility_path_has_the_printed_actuals_and_targets()
    {
        // L552: 1.44※2 (2010) 1.39※2 (2020) 1.61※3 (2030) 1.84 (2040) ２.07※4 (2050); ※2 = 毎月人口異動調査
        // (actuals). L447: the current value 1.37※3（令和５年度）, a fiscal year.
        var expected = new (string Period, decimal Value, bool IsActual)[]
        {
            ("2010", 1.44m, true), ("2020", 1.39m, true), ("FY2023", 1.37m, true),
            ("2030", 1.61m, false), ("2040", 1.84m, false), ("2050", 2.07m, false),
        };

        Assert.Equal(expected, InaVision.FertilityPath.Select(p => (p.Period.ToString(), p.Value, p.IsActual)));
    }

    [Fact]
    public void Ina_social_change_path_has_the_printed_actuals_and_targets()
    {
        // L475-L493: 転出超過 △718 人※2 (2010), 転出超過 △202 人※2 (2020), 転入超過 150 人 (2030),
        // 転入超過 250 人※5 (2040), 転入超過 300 人※5 (2050); L495: 転出超過 △76 人※2（令和５年）.
        // △ and 転出超過 are minus, 転入超過 plus.
        var expected = new (string Period, decimal Value, bool IsActual)[]
        {
            ("2010", -718m, true), ("2020", -202m, true), ("2023", -76m, true),
            ("2030", 150m, false), ("2040", 250m, false), ("2050", 300m, false),
        };

        Assert.Equal(expected, InaVision.SocialChangePath.Select(p => (p.Period.ToString(), p.Value, p.IsActual)));
    }

    [Fact]
    public void Ina_actual_populations_are_the_three_censuses_and_the_register_count()
    {
        // L526: 人口 71,093 人※1 67,796 人※1 66,125 人※1 for 2010, 2015, 2020 (L514-L524), ※1：国勢調査 (L498).
        // L443: 参考：住民基本台帳 64,969 人（令和 6 年 10 月 1 日現在）.
        var expected = new (ReportingPeriod AsOf, decimal Value, string Source)[]
        {
            (ReportingPeriod.OfCalendarYear(2010), 71_093m, "国勢調査"),
            (ReportingPeriod.OfCalendarYear(2015), 67_796m, "国勢調査"),
            (ReportingPeriod.OfCalendarYear(2020), 66_125m, "国勢調査"),
            (ReportingPeriod.OfDate(new LocalDate(2024, 10, 1)), 64_969m, "住民基本台帳"),
        };

        Assert.Equal(expected, InaVision.Actuals.Select(a => (a.AsOf, a.Value, a.Source!)));
    }

    [Fact]
    public void Ina_prints_no_annual_component_targets()
        => Assert.Empty(InaVision.ComponentTargets);

    [Fact]
    public void Ina_path_value_in_2027_lies_two_fifths_of_the_way_from_2025_to_2030()
    {
        // 64,771 + (63,417 − 64,771) × (2027 − 2025) / (2030 − 2025)
        // = 64,771 − 1,354 × 2/5 = 64,771 − 541.6 = 64,229.4.
        Assert.Equal(64_229.4m, PopulationPath.ValueAt(InaVision, ReportingPeriod.OfCalendarYear(2027)));

        // Held at the earlier target instead of drawn as a line: 64,771.
        Assert.Equal(64_771m, PopulationPath.ValueAt(InaVision, ReportingPeriod.OfCalendarYear(2027), PathInterpolation.Step));
    }

    [Theory]
    [InlineData(2025, 64_771)]
    [InlineData(2030, 63_417)]
    [InlineData(2035, 62_063)]
    [InlineData(2040, 60_708)]
    [InlineData(2045, 59_354)]
    [InlineData(2050, 58_000)]
    public void Ina_path_passes_through_each_stated_target(int year, int value)
        => Assert.Equal(value, PopulationPath.ValueAt(InaVision, ReportingPeriod.OfCalendarYear(year)));

    [Fact]
    public void Ina_path_has_no_value_before_2025_or_after_2050()
    {
        Assert.Null(PopulationPath.ValueAt(InaVision, ReportingPeriod.OfCalendarYear(2024)));
        Assert.Null(PopulationPath.ValueAt(InaVision, ReportingPeriod.OfCalendarYear(2051)));
    }

    [Fact]
    public void Pace_deviation_of_Inas_register_count_is_null_because_it_lies_before_the_first_target()
    {
        // 2024-10-01 sits at 2024 + 274/366 ≈ 2024.749 (274 days of the leap year 2024 come before
        // 1 October), before the first target (2025): outside the path, so there is no path value to
        // compare 64,969 with — not 64,969 − 64,771 = +198.
        var register = InaVision.Actuals.Single(a => a.AsOf == ReportingPeriod.OfDate(new LocalDate(2024, 10, 1)));
        Assert.Equal(64_969m, register.Value);
        Assert.True(PopulationPath.Position(register.AsOf) < 2025m);
        Assert.Null(PopulationPath.PaceDeviation(InaVision, register));

        // The census actuals (2010, 2015, 2020) lie before the path too.
        Assert.All(InaVision.Actuals, a => Assert.Null(PopulationPath.PaceDeviation(InaVision, a)));
    }

    [Fact]
    public void Ina_fertility_path_in_2035_lies_halfway_between_2030_and_2040()
    {
        // 1.61 + (1.84 − 1.61) × 5/10 = 1.61 + 0.115 = 1.725.
        Assert.Equal(1.725m, PopulationPath.ValueAlong(InaVision.FertilityPath, ReportingPeriod.OfCalendarYear(2035)));
    }

    // ---- Azumino (seeds 001 and 002) ----

    [Fact]
    public void Azumino_FY2040_target_has_three_versions_in_order_and_the_current_is_86000()
    {
        // 001 L20: 「2040 年度 人口 83,000 人の田園産業都市 安曇野の実現」 (1st strategy);
        // 002 L10-L11: 第２期安曇野市まち・ひと・しごと創生総合戦略 … 令和22（2040）年度 85,000人;
        // 002 L14: 新たに令和22（2040）年度の目標人口を86,000人と設定します (later basic plan).
        var target = Assert.Single(AzuminoVision.Targets);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(2040)), target.Period);
        Assert.Equal(new decimal?[] { 83_000m, 85_000m, 86_000m }, target.Versions.Select(v => v.Value));
        Assert.Equal(
            new[] { "安曇野市まち・ひと・しごと創生総合戦略", "第２期安曇野市まち・ひと・しごと創生総合戦略", "第２次安曇野市総合計画 後期基本計画" },
            target.Versions.Select(v => v.AdoptedIn));
        Assert.All(target.Versions, v => Assert.Null(v.Date)); // no date is printed for any of them
        Assert.Equal(86_000m, target.Current.Value);
        Assert.Equal(86_000m, target.Current.PathValue);
        Assert.Contains("800人程度上回っています", AzuminoVision.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Azumino_has_the_four_annual_component_targets_of_the_later_basic_plan()
    {
        // 002 L16: 自然増減 年間−582人 (令和５（2023）年度から令和７（2025）年度), 年間−681人 (令和８（2026）年度から令和12（2030）年度);
        // 002 L17: 社会増 年間233人 (FY2023-FY2025), 年間263人 (FY2026-FY2030).
        var expected = new (PopulationComponent Component, FiscalYearRange Years, decimal PerYear)[]
        {
            (PopulationComponent.NaturalChange, Years(2023, 2025), -582m),
            (PopulationComponent.NaturalChange, Years(2026, 2030), -681m),
            (PopulationComponent.SocialChange, Years(2023, 2025), 233m),
            (PopulationComponent.SocialChange, Years(2026, 2030), 263m),
        };

        Assert.Equal(expected, AzuminoVision.ComponentTargets.Select(c => (c.Component, c.Years, c.PerYear)));
    }

    [Fact]
    public void Azumino_actual_is_the_FY2020_population_without_a_printed_source()
    {
        // 002 L13: 令和２（2020）年度の人口は94,222人 — a fiscal year, no day, no source.
        var actual = Assert.Single(AzuminoVision.Actuals);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(2020)), actual.AsOf);
        Assert.Equal(94_222m, actual.Value);
        Assert.Null(actual.Source);
    }

    [Fact]
    public void Azumino_prints_no_fertility_or_social_change_path()
    {
        Assert.Empty(AzuminoVision.FertilityPath);
        Assert.Empty(AzuminoVision.SocialChangePath);
    }

    [Fact]
    public void Azumino_predecessor_is_the_1st_strategy_FY2015_to_FY2019()
    {
        // 001 L7, L13: 「安曇野市まち・ひと・しごと創生総合戦略」; L21: 計画期間・・・平成 27 年度～令和元年度（5 か年）.
        var predecessor = Azumino.Predecessor!;
        Assert.Equal("安曇野市まち・ひと・しごと創生総合戦略", predecessor.Title);
        Assert.Equal(1, predecessor.Generation);
        Assert.Equal(Years(2015, 2019), predecessor.PlanPeriod);
        Assert.Null(predecessor.Id);
    }

    [Theory]
    [InlineData("g1", "新たな雇用を生み出す", LineageRelation.CarriedOver, "第2期に継承")] // 001 L55
    [InlineData("g2", "若者や女性が活躍できるまちをつくる", LineageRelation.Changed, "変更する方向で調整します")] // 001 L56, L52
    [InlineData("g3", "安心して子育てできるまちをつくる", LineageRelation.CarriedOver, "第2期に継承")] // 001 L57
    [InlineData("g4", "いきいきと暮らせるまちをつくる", LineageRelation.CarriedOver, "第2期に継承")] // 001 L58
    public void Azumino_goal_lineage_is_the_one_seed_001_gives(string goal, string predecessorGoal, LineageRelation relation, string wording)
    {
        var lineage = Azumino.Goals.Single(g => g.Id == goal).Lineage!;
        Assert.Equal(predecessorGoal, lineage.PredecessorGoal);
        Assert.Equal(relation, lineage.Relation);
        Assert.Contains(wording, lineage.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Azumino_has_no_alignments_because_seed_001_states_no_mapping()
    {
        Assert.All(Azumino.Goals, g => Assert.Empty(g.Alignments));
        Assert.All(Azumino.Goals.SelectMany(g => g.Measures), m => Assert.Empty(m.Alignments));
        Assert.Contains(Azumino.Notes, n => n.StartsWith("No alignments:", StringComparison.Ordinal) && n.Contains("(参考) 国の現行戦略", StringComparison.Ordinal));
    }

    [Fact]
    public void Azumino_implied_population_through_FY2030_adds_the_component_targets_to_the_FY2020_actual()
    {
        // From 94,222 (FY2020), the fiscal years FY2021 … FY2030 are added:
        //   FY2021, FY2022: no component target (counted as 0);
        //   FY2023-FY2025: 3 × (−582 + 233) = 3 × −349 = −1,047;
        //   FY2026-FY2030: 5 × (−681 + 263) = 5 × −418 = −2,090;
        //   94,222 − 1,047 − 2,090 = 91,085.
        var implied = PopulationPath.Implied(AzuminoVision, AzuminoVision.Actuals[0], new FiscalYear(2030));

        Assert.Equal(91_085m, implied.Value);
        Assert.Equal(new FiscalYear(2030), implied.Until);
        Assert.Equal(new[] { new FiscalYear(2021), new FiscalYear(2022) }, implied.YearsWithoutTargets);
        Assert.False(implied.IsComplete);
    }

    [Fact]
    public void Azumino_implied_population_to_FY2040_is_incomplete_so_no_gap_to_86000_is_reported()
    {
        // The component targets stop at FY2030: FY2031 … FY2040 have none, besides FY2021 and FY2022.
        // A gap to the FY2040 target of 86,000 would count those 12 years as 0 and mean nothing.
        var implied = PopulationPath.Implied(AzuminoVision, AzuminoVision.Actuals[0], new FiscalYear(2040));

        var missing = new[] { 2021, 2022 }.Concat(Enumerable.Range(2031, 10)).Select(y => new FiscalYear(y));
        Assert.Equal(missing, implied.YearsWithoutTargets);
        Assert.False(implied.IsComplete);
        Assert.Equal(91_085m, implied.Value); // nothing added after FY2030
    }

    [Fact]
    public void Azumino_pace_deviation_of_FY2020_is_null_because_the_only_stated_target_is_FY2040()
    {
        // Seed 002 says the FY2020 population is about 800 ahead of the pace to the FY2025-FY2045 targets,
        // but their values are not printed: with FY2040 alone the path starts in FY2040.
        Assert.Null(PopulationPath.PaceDeviation(AzuminoVision, AzuminoVision.Actuals[0]));

        // The change still needed per year to 86,000: (86,000 − 94,222) / (2040 − 2020) = −8,222 / 20 = −411.1.
        var needed = PopulationPath.ChangeNeeded(AzuminoVision, AzuminoVision.Actuals[0])!.Value;
        Assert.Equal(86_000m, needed.Target.Current.Value);
        Assert.Equal(-411.1m, needed.PerYear);
    }

    // ---- Ami (seed 004) ----

    [Fact]
    public void Ami_population_outlook_is_one_range_target_for_2033_from_the_7th_comprehensive_plan()
    {
        // L29-L31: 本町が第７次総合計画で掲げる「2033 年の人口の見通し 50,000 人から 51,000 人」.
        var target = Assert.Single(Ami.Population!.Targets);
        Assert.Equal(ReportingPeriod.OfCalendarYear(2033), target.Period);
        var version = Assert.Single(target.Versions);
        Assert.Null(version.Value);
        Assert.Equal(50_000m, version.Min);
        Assert.Equal(51_000m, version.Max);
        Assert.Equal("第７次総合計画", version.AdoptedIn);
        Assert.Equal(50_500m, version.PathValue); // (50,000 + 51,000) / 2
        Assert.Empty(Ami.Population.Actuals);
        Assert.Empty(Ami.Population.ComponentTargets);
    }

    // ---- All three ----

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Each_sample_is_valid_and_written_back_unchanged(string name)
    {
        var json = SampleDocuments.ReadJson(name);
        var read = StrategyJson.Read(json);

        Assert.Empty(read.Errors);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(StrategyJson.Write(read.Value!))), "Writing the sample lost or changed a field.");
    }

    private static FiscalYearRange Years(int first, int last) => new(new FiscalYear(first), new FiscalYear(last));
}

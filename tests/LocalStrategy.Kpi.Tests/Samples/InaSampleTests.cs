using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Samples;

/// <summary>
/// The sample of Ina City's 3rd strategy (seed 003, 第３期伊那市地方創生総合戦略) is complete: every
/// viewpoint, goal, leading project, sub-measure and KPI of the source, with its numbers.
/// </summary>
public sealed class InaSampleTests
{
    private static readonly Strategy Sample = SampleDocuments.Load(SampleDocuments.Ina3rdStrategy);

    private static readonly FiscalYear Fy2029 = new(2029);

    /// <summary>
    /// Every KPI name per leading project, as printed in seed 003 (the line of its values in the
    /// source after each name; names printed over two lines are joined without the line break).
    /// Taken from the source text, not from the sample.
    /// </summary>
    private static readonly Dictionary<int, string[]> KpiNamesInSource = new()
    {
        [1] = new[]
        {
            "事業を通じた成婚者数", // L935
            "いなし出会いサポートセンター登録者数", // L937
            "出会いの機会にかかる事業の実施回数", // L939
            "結婚新生活支援事業補助件数", // L941
            "移動診療車での健診者数（妊産婦健診）", // L989
            "産前学級参加率（初産婦）", // L991
            "ブックスタート", // L993
            "ウッドスタート", // L995
        },
        [2] = new[]
        {
            "移動診療車での相談者数（婦人科相談）", // L1049
            "地域子育て支援事業拠点事業所数（子育て支援センター・ひろば事業）", // L1054
            "ファミリーサポート協力会員養成講座受講者数", // L1056
            "サポートプランの作成対象者", // L1058
            "公立保育園の正規保育士１人当たりの園児数", // L1060
            "育児に対する困り感の割合（3 歳児）", // L1062
            "積極的に育児参加している父親の割合（3 歳児）", // L1064
            "市が主催・共催・後援する地元企業と学生とのマッチングイベントの開催数", // L1118
            "無料職業紹介所求人事業者数", // L1120
            "職場いきいきアドバンスカンパニー認証企業者数", // L1125
            "放課後児童クラブ開設数", // L1127
            "幼児と親を対象とした図書館での読み聞かせ会参加者数", // L1132
        },
        [3] = new[]
        {
            "信州やまほいく認定公立保育園数", // L1190
            "中学生の自習室参加者数", // L1192
            "学校登山実施公立中学校数", // L1194
            "本格的農業体験に取り組む公立小中学校数", // L1196
            "職場体験受入事業所数", // L1233
            "キャリフェス参加公立中学校数", // L1235
            "大学・短期大学・高等学校と連携・交流する公立小学校数", // L1240
            "伊那市奨学金返還支援補助金認定数", // L1242
        },
        [4] = new[]
        {
            "農業産出額（累計）", // L1294
            "新規就農者延べ人数", // L1296
            "有機農業に取組む農業者数", // L1298
            "有機農業の取組面積", // L1300
            "耕地の基盤整備面積", // L1302
            "地域産材の地域内消費量", // L1304
            "山林資源活用機器（薪ストーブ等）間伐材の利活用", // L1309
            "新規雇用技術者数（森林資源循環）", // L1311
            "主伐・再造林面積", // L1313
            "アスパラガス産出額（農業産出額のうち）", // L1336
            "地域産材を活用した商品等の開発・商品化", // L1338
            "スマート化企業数", // L1368
            "市小中企業人材育成事業補助金件数", // L1370
            "創業支援に関する補助金件数", // L1372
            "創業セミナー受講者数", // L1374
            "産業と若者が息づく拠点施設「アルラ」のシェアデスク利用者数", // L1379
        },
        [5] = new[]
        {
            "市公式ホームページアクセス件数", // L1455
            "市公式ライン登録者数", // L1457
            "ふるさとワーキングホリデー参加者数", // L1459
            "地域おこし協力隊員延べ人数", // L1461
            "観光地利用者延べ人数", // L1463
            "観光消費額", // L1465
            "スポーツ合宿実施件数", // L1467
            "カーボンオフセットによる CO2吸収量", // L1469
        },
        [6] = new[]
        {
            "移住・定住支援施策による移住者数", // L1549
            "空き家バンク事業による定住者数", // L1551
            "モデル地域等での民間宅地造成区画数", // L1553
            "立地件数", // L1588
            "提供可能な産業用地面積", // L1590
            "伊那市が運行するバスや乗合タクシーなどの利用者数", // L1595
        },
        [7] = new[]
        {
            "特定健診受診率", // L1650
            "特定保健指導実施率", // L1652
            "がんによる死亡者数（人口 10 万対）", // L1654
            "介護資格取得補助金利用者数", // L1656
            "養成講座による人材育成（シルバーリハビリ体操指導士など）", // L1661
            "医療・介護連携 情報共有ネットワーク「いーな電子＠連絡帳」利用施設数", // L1666
            "移動診療車での受診者数（内科診療など）", // L1668
            "高齢者クラブ数", // L1700
            "高齢者クラブ会員数", // L1702
            "地域福祉活動ボランティア登録者数", // L1704
            "高齢者等暮らしいきいき応援券利用枚数", // L1706
            "高齢者等暮らしいきいき応援券利用率", // L1708
            "日本語教室の延べ利用者数", // L1732
            "外国人向け防災講座参加者数", // L1734
            "男女共同参画社会をめざす伊那市民のつどい参加者数", // L1739
        },
        [8] = new[]
        {
            "支え合い買物サービス利用登録世帯", // L1785
            "ゆうあいマーケット事業収入額", // L1787
            "農業水利施設台帳をデジタル化した土地改良区数", // L1789
            "支援した農家の総生産額（アスパラガスなど）", // L1791
            "協働のまちづくり交付金事業実施件数", // L1811
            "自治会運営支援に向けた集落支援員の配置数", // L1813
            "ブランド特設サイトアクセス件数", // L1845
            "地域プレイヤー育成・女性キャリア形成等に関するセミナー参加者数", // L1850
            "「フィンランドの体験と対話の場」開催数", // L1852
            "協議会等の開催回数", // L1886
            "市民が主体の対話・つながり・実現の場の開催回数", // L1891
        },
        [9] = new[]
        {
            "市内における CO2排出量", // L1946
            "再生可能エネルギーによるCO2排出抑制量", // L1951
            "市有施設におけるCO2排出抑制量", // L1953
            "個別避難計画作成数の割合", // L1976
            "複数回の防災研修・訓練を実施する自主防災組織数", // L1981
            "災害時支援ネットワークへの加入組織数", // L1983
            "伊那市防災アプリのダウンロード数", // L1985
            "伊那市防災気象情報のアクセス数", // L1987
        },
    };

    private static BasicGoal LeadingProjects => Sample.Goals.Single(g => g.Id == "leading-projects");

    private static Measure Project(int number) => LeadingProjects.Measures.Single(m => m.Code == "LP" + number);

    private static IEnumerable<Indicator> KpisOf(Measure measure) =>
        measure.Indicators.Concat(measure.SubMeasures.SelectMany(KpisOf));

    private static IEnumerable<Indicator> AllKpis() =>
        Sample.AllIndicators().Select(p => p.Indicator).Where(i => i.Kind == IndicatorKind.Kpi);

    private static Indicator Kpi(string name) => AllKpis().Single(i => i.Name == name);

    [Fact]
    public void Sample_loads_and_is_valid()
    {
        var result = StrategyJson.Read(SampleDocuments.ReadJson(SampleDocuments.Ina3rdStrategy));
        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Empty(StrategyJson.Validate(Sample));
        Assert.Contains(SampleDocuments.Ina3rdStrategy, SampleDocuments.Names);
    }

    [Fact]
    public void Sample_is_ina_s_3rd_strategy_for_fy2025_to_fy2029()
    {
        Assert.Equal("ina-3rd-strategy", Sample.Id);
        Assert.Equal("伊那市", Sample.Municipality.Name);
        Assert.Equal("長野県", Sample.Municipality.Prefecture);
        Assert.Null(Sample.Municipality.Code);
        Assert.Equal("第３期伊那市地方創生総合戦略", Sample.Title);
        Assert.Equal(3, Sample.Generation);
        Assert.Equal(new FiscalYearRange(new FiscalYear(2025), new FiscalYear(2029)), Sample.PlanPeriod);
        Assert.Equal(5, Sample.PlanPeriod.Length);
        Assert.Equal("ina", Sample.GradingPolicy);
        Assert.Empty(Sample.Projects);
    }

    [Fact]
    public void Notes_name_the_source_and_say_the_project_to_goal_mapping_is_not_recoverable()
    {
        Assert.Contains(Sample.Notes, n => n.Contains("seed 003", StringComparison.Ordinal));
        Assert.Contains(Sample.Notes, n => n.Contains("mapping is not recoverable", StringComparison.Ordinal)
            && n.Contains("施策体系図", StringComparison.Ordinal));
        Assert.Contains(Sample.Notes, n => n.StartsWith("Left out:", StringComparison.Ordinal)
            && n.Contains("population vision", StringComparison.Ordinal));
    }

    [Fact]
    public void Population_vision_values_are_not_in_the_notes()
    {
        // The population vision (chapter 2 of seed 003) lives in Strategy.Population, not in notes.
        string[] visionValues = ["64,771", "63,417", "62,063", "60,708", "59,354", "58,000", "64,969", "71,093", "67,796", "66,125", "1.44", "1.39", "1.61", "1.84", "2.07", "２.07", "△718", "△202", "150 人", "250 人", "300 人"];
        var indicators = Sample.AllIndicators().Select(p => p.Indicator).ToList();
        var texts = Sample.Notes
            .Append(Sample.Vision ?? string.Empty)
            .Concat(indicators.Select(i => i.Note ?? string.Empty))
            .Concat(indicators.Select(i => i.Baseline?.Note ?? string.Empty))
            .Concat(indicators.SelectMany(i => i.Targets).Select(t => t.Note ?? string.Empty))
            .ToList();
        foreach (var value in visionValues)
        {
            Assert.DoesNotContain(texts, t => t.Contains(value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_3_basic_viewpoints_are_those_printed()
    {
        Assert.Equal(
            new[] { "結婚・出産・子育て支援等による人口減少の抑制", "転出抑制と転入増加による社会動態の増加", "持続可能な産業振興とまちづくり" },
            Sample.Viewpoints.Select(v => v.Title));
    }

    [Fact]
    public void There_are_3_basic_goals_and_the_leading_project_group()
    {
        Assert.Equal(4, Sample.Goals.Count);
        Assert.Equal(
            new[] { "結婚・出産・子育ての希望をかなえる", "若者の定住と多様な人材の活躍による地域活力の維持", "安全で安心して暮らし続けることができる循環型社会の実現", "リーディング・プロジェクト" },
            Sample.Goals.Select(g => g.Title));
        Assert.Equal("LP", LeadingProjects.Code);
        Assert.Empty(LeadingProjects.Indicators);

        // The source does not say which viewpoints a goal serves, nor which goal a project serves.
        Assert.All(Sample.Goals, g => Assert.Empty(g.ViewpointIds));
        Assert.All(Sample.Goals.Where(g => g.Id != "leading-projects"), g => Assert.Empty(g.Measures));
    }

    [Theory]
    [InlineData("g1", "自然動態（合計特殊出生率）", "", PeriodKind.FiscalYear, 2023, "1.37", "1.59")]
    [InlineData("g2", "社会動態（転入超過）", "人", PeriodKind.CalendarYear, 2023, "-76", "125")]
    [InlineData("g3", "就業者数", "人", PeriodKind.CalendarYear, 2020, "34555", "35000")]
    public void Each_basic_goal_has_its_numeric_target_for_2029(string goalId, string name, string unit, PeriodKind periodKind, int periodYear, string baseline, string target)
    {
        var goal = Sample.Goals.Single(g => g.Id == goalId);
        var indicator = Assert.Single(goal.Indicators);
        Assert.Equal(IndicatorKind.NumericGoal, indicator.Kind);
        Assert.Equal(name, indicator.Name);
        Assert.Equal(unit, indicator.Unit.Label);
        Assert.Equal(Direction.HigherIsBetter, indicator.Direction);
        Assert.Equal(GradingBasis.Target, indicator.Basis);
        Assert.Equal(periodKind, indicator.Baseline!.Period!.Value.Kind);
        Assert.Equal(periodYear, indicator.Baseline.Period.Value.Start.Year);
        Assert.Equal(decimal.Parse(baseline, System.Globalization.CultureInfo.InvariantCulture), indicator.Baseline.Value);
        var only = Assert.Single(indicator.Targets);
        Assert.Equal(Fy2029, only.Year);
        Assert.Equal(decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), only.Value);
        Assert.Empty(indicator.Observations);
    }

    [Fact]
    public void There_are_9_leading_projects_LP1_to_LP9()
    {
        Assert.Equal(
            new[] { "LP1", "LP2", "LP3", "LP4", "LP5", "LP6", "LP7", "LP8", "LP9" },
            LeadingProjects.Measures.Select(m => m.Code));
        Assert.Equal(
            new[]
            {
                "結婚・出産の希望の実現", "子育てしやすい環境づくり", "子どもの学びを支え、育む教育", "魅力あるしごとづくり",
                "関係人口・交流人口の創出", "移住・定住先として選ばれる地域の実現", "健康・生きがい・居場所づくり",
                "新たな時代に対応したまちづくり", "地球環境に配慮した地域社会の実現",
            },
            LeadingProjects.Measures.Select(m => m.Title));
        Assert.All(LeadingProjects.Measures, m => Assert.Empty(m.Indicators));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 3)]
    [InlineData(8, 4)]
    [InlineData(9, 2)]
    public void Each_leading_project_has_its_sub_measures_with_departments_and_activities(int project, int subMeasures)
    {
        var lp = Project(project);
        Assert.Equal(subMeasures, lp.SubMeasures.Count);
        Assert.Equal(
            "①②③④".Take(subMeasures).Select(c => "LP" + project + "-" + c),
            lp.SubMeasures.Select(s => s.Code));
        Assert.All(lp.SubMeasures, s =>
        {
            Assert.NotEmpty(s.Departments);
            Assert.NotEmpty(s.Activities);
            Assert.NotEmpty(s.Indicators);
            Assert.Empty(s.SubMeasures);
        });
    }

    [Fact]
    public void There_are_21_sub_measures_and_92_kpis()
    {
        Assert.Equal(21, LeadingProjects.Measures.Sum(m => m.SubMeasures.Count));
        Assert.Equal(92, AllKpis().Count());
        Assert.Equal(92, KpiNamesInSource.Values.Sum(names => names.Length));
        Assert.Equal(95, Sample.AllIndicators().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Every_kpi_of_a_leading_project_is_in_the_sample_as_printed(int project)
    {
        Assert.Equal(KpiNamesInSource[project], KpisOf(Project(project)).Select(k => k.Name));
    }

    [Fact]
    public void Sub_measure_details_are_as_printed()
    {
        var lp3 = Project(3).SubMeasures[1];
        Assert.Equal("LP3-②", lp3.Code);
        Assert.Equal("キャリア教育による郷土愛の醸成", lp3.Title);
        Assert.Equal(new[] { "商工観光部 商工振興課", "教育委員会 学校教育課" }, lp3.Departments);
        Assert.Equal(3, lp3.Activities.Count);
        Assert.StartsWith("キャリア教育推進事業の実施", lp3.Activities[0], StringComparison.Ordinal);
        Assert.Equal(new[] { "高等学校・大学との連携推進", "若者世代の経済支援" }, lp3.Activities.Skip(1));

        var lp8 = Project(8).SubMeasures[3];
        Assert.Equal("官民共創による「新しいまちづくり」の推進", lp8.Title);
        Assert.Equal(5, lp8.Departments.Count);
        Assert.Equal("教育委員会 学校教育課", lp8.Departments[4]);
    }

    [Fact]
    public void Every_kpi_has_a_current_value_and_one_fy2029_target_and_no_actuals()
    {
        Assert.All(AllKpis(), k =>
        {
            Assert.Equal(GradingBasis.Target, k.Basis);
            Assert.NotNull(k.Baseline);
            Assert.NotNull(k.Baseline!.Value);
            Assert.Equal(PeriodKind.FiscalYear, k.Baseline.Period!.Value.Kind);
            var target = Assert.Single(k.Targets);
            Assert.Equal(Fy2029, target.Year);
            Assert.NotNull(target.Value);
            Assert.Empty(k.Observations);
            Assert.Empty(k.Stages);
            Assert.NotEqual(Direction.Milestone, k.Direction);
        });
        var periods = AllKpis().GroupBy(k => k.Baseline!.Period!.Value.FiscalYear.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(83, periods[2023]); // R5
        Assert.Equal(8, periods[2024]); // R6
        Assert.Equal(1, periods[2021]); // R3
    }

    [Fact]
    public void Directions_are_those_the_wording_states()
    {
        Assert.Equal(
            new[] { "公立保育園の正規保育士１人当たりの園児数", "育児に対する困り感の割合（3 歳児）", "がんによる死亡者数（人口 10 万対）", "市内における CO2排出量" },
            AllKpis().Where(k => k.Direction == Direction.LowerIsBetter).Select(k => k.Name));
        Assert.Equal(
            new[] { "放課後児童クラブ開設数", "学校登山実施公立中学校数", "本格的農業体験に取り組む公立小中学校数", "キャリフェス参加公立中学校数" },
            AllKpis().Where(k => k.Direction == Direction.Maintain).Select(k => k.Name));
        Assert.Equal(84, AllKpis().Count(k => k.Direction == Direction.HigherIsBetter));
    }

    [Fact]
    public void All_19_nursery_schools_is_19_with_the_printed_text()
    {
        var k = Kpi("信州やまほいく認定公立保育園数");
        Assert.Equal("園", k.Unit.Label);
        Assert.Equal(13m, k.Baseline!.Value);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(2023)), k.Baseline.Period);
        Assert.Equal(19m, k.TargetFor(Fy2029)!.Value);
        Assert.Contains("全 19 園", k.TargetFor(Fy2029)!.Note, StringComparison.Ordinal);
        Assert.Equal(Direction.HigherIsBetter, k.Direction);
        Assert.Equal(ValueKind.Level, k.ValueKind);
    }

    [Fact]
    public void Industrial_land_goes_from_0_to_12000_square_metres()
    {
        var k = Kpi("提供可能な産業用地面積");
        Assert.Equal("㎡", k.Unit.Label);
        Assert.Equal(1m, k.Unit.Scale);
        Assert.Equal(0m, k.Baseline!.Value);
        Assert.Equal(12000m, k.TargetFor(Fy2029)!.Value);
        Assert.Equal(Direction.HigherIsBetter, k.Direction);
    }

    [Fact]
    public void Website_accesses_are_37_7_man_per_month()
    {
        var k = Kpi("市公式ホームページアクセス件数");
        Assert.Equal("万件/月", k.Unit.Label);
        Assert.Equal(10000m, k.Unit.Scale);
        Assert.Equal(FlowBasis.PerMonth, k.Unit.Per);
        Assert.Equal(37.7m, k.Baseline!.Value);
        Assert.Equal(377000m, k.Baseline.Value * k.Unit.Scale);
        Assert.Equal(45m, k.TargetFor(Fy2029)!.Value);
        Assert.Equal(Direction.HigherIsBetter, k.Direction);
    }

    [Fact]
    public void Local_timber_51_to_50_is_higher_is_better_with_the_reason()
    {
        var k = Kpi("地域産材の地域内消費量");
        Assert.Equal("㎥/年", k.Unit.Label);
        Assert.Equal(FlowBasis.PerYear, k.Unit.Per);
        Assert.Equal(ValueKind.AnnualFlow, k.ValueKind);
        Assert.Equal(51m, k.Baseline!.Value);
        Assert.Equal(50m, k.TargetFor(Fy2029)!.Value);

        // The target lies below the baseline, yet the wording (promoting local timber) makes higher better.
        Assert.Equal(Direction.HigherIsBetter, k.Direction);
        Assert.Contains("地域産材の利用促進", k.Note, StringComparison.Ordinal);
        Assert.Contains("not inferred from the numbers", k.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Co2_emissions_461000_to_287182_are_lower_is_better()
    {
        var k = Kpi("市内における CO2排出量");
        Assert.Equal("t-CO2/年", k.Unit.Label);
        Assert.Equal(FlowBasis.PerYear, k.Unit.Per);
        Assert.Equal(461000m, k.Baseline!.Value);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(2021)), k.Baseline.Period); // R3
        Assert.Equal(287182m, k.TargetFor(Fy2029)!.Value);
        Assert.Equal(Direction.LowerIsBetter, k.Direction);
        Assert.Equal(ValueKind.AnnualFlow, k.ValueKind);
    }

    [Fact]
    public void Cancer_deaths_per_100k_265_5_to_238_are_lower_is_better()
    {
        var k = Kpi("がんによる死亡者数（人口 10 万対）");
        Assert.Equal("人/年", k.Unit.Label);
        Assert.Equal(FlowBasis.PerYear, k.Unit.Per);
        Assert.Equal(265.5m, k.Baseline!.Value);
        Assert.Equal(238m, k.TargetFor(Fy2029)!.Value);
        Assert.Equal(Direction.LowerIsBetter, k.Direction);
    }

    [Theory]
    [InlineData("学校登山実施公立中学校数", "校", "6", "全６校")]
    [InlineData("キャリフェス参加公立中学校数", "校", "6", "全 6 校")]
    [InlineData("本格的農業体験に取り組む公立小中学校数", "校", "21", "全 21 校")]
    [InlineData("放課後児童クラブ開設数", "か所", "15", null)]
    public void All_n_kept_is_maintain(string name, string unit, string value, string? printed)
    {
        var k = Kpi(name);
        var n = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(unit, k.Unit.Label);
        Assert.Equal(Direction.Maintain, k.Direction);
        Assert.Equal(n, k.Baseline!.Value);
        Assert.Equal(n, k.TargetFor(Fy2029)!.Value);
        if (printed is not null)
        {
            Assert.Contains(printed, k.Baseline.Note, StringComparison.Ordinal);
            Assert.Contains(printed, k.TargetFor(Fy2029)!.Note, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("農業産出額（累計）", "億円", "100000000", FlowBasis.None, ValueKind.Cumulative)]
    [InlineData("観光消費額", "千円/年", "1000", FlowBasis.PerYear, ValueKind.AnnualFlow)]
    [InlineData("事業を通じた成婚者数", "人/年", "1", FlowBasis.PerYear, ValueKind.AnnualFlow)]
    [InlineData("産前学級参加率（初産婦）", "％/年", "1", FlowBasis.PerYear, ValueKind.Percentage)]
    [InlineData("個別避難計画作成数の割合", "%", "1", FlowBasis.None, ValueKind.Percentage)]
    [InlineData("新規就農者延べ人数", "人", "1", FlowBasis.None, ValueKind.Cumulative)]
    [InlineData("高齢者クラブ数", "クラブ", "1", FlowBasis.None, ValueKind.Level)]
    public void Units_keep_their_printed_label_scale_and_time_basis(string name, string label, string scale, FlowBasis per, ValueKind kind)
    {
        var k = Kpi(name);
        Assert.Equal(label, k.Unit.Label);
        Assert.Equal(decimal.Parse(scale, System.Globalization.CultureInfo.InvariantCulture), k.Unit.Scale);
        Assert.Equal(per, k.Unit.Per);
        Assert.Equal(kind, k.ValueKind);
    }

    [Theory]
    [InlineData("幼児と親を対象とした図書館での読み聞かせ会参加者数", "人", "人/年")]
    [InlineData("養成講座による人材育成（シルバーリハビリ体操指導士など）", "人/年", "25 人")]
    [InlineData("協議会等の開催回数", "回／年", "回/年")]
    public void Where_current_and_target_units_differ_the_target_s_unit_is_kept_and_the_other_noted(string name, string label, string other)
    {
        var k = Kpi(name);
        Assert.Equal(label, k.Unit.Label);
        Assert.Contains(other, k.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_printed_with_full_width_digits_are_read()
    {
        Assert.Equal(4m, Kpi("モデル地域等での民間宅地造成区画数").Baseline!.Value);
        Assert.Equal(0m, Kpi("農業水利施設台帳をデジタル化した土地改良区数").Baseline!.Value);
        Assert.Equal(3m, Kpi("「フィンランドの体験と対話の場」開催数").Baseline!.Value);
        Assert.Equal(1m, Kpi("市民が主体の対話・つながり・実現の場の開催回数").Baseline!.Value);
        Assert.Equal(0m, Kpi("ブランド特設サイトアクセス件数").Baseline!.Value);
    }

    [Fact]
    public void Its_own_policy_grades_every_indicator_as_having_no_actual_yet()
    {
        var policy = new PolicyRegistry().Get(Sample.GradingPolicy!);
        Assert.Same(GradingPolicies.Ina, policy);
        var report = EvaluationReport.Create(Sample, new FiscalYear(2025), policy);
        Assert.Equal(95, report.Evaluations.Count);
        Assert.All(report.Evaluations, e => Assert.Equal(InaPolicy.NoActual.Code, e.Result.Grade.Code));
        Assert.Equal(92, report.Kpis.Total);
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = Sample.AllIndicators().Select(p => p.Indicator.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}

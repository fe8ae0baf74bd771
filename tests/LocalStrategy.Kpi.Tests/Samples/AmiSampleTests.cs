using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Samples;

// Every expected value below is taken from seed 004 (shared/seeds/004_ea76ec6b7f1b0afe.txt,
// 第３期阿見町まち・ひと・しごと創生総合戦略【概要版】（案）), not from the sample's JSON. Names and titles are
// copied as the source text gives them; a table cell split over lines is joined without the break.
public sealed class AmiSampleTests
{
    private static readonly Strategy Sample = SampleDocuments.Load(SampleDocuments.Ami3rdStrategy);

    // The 〈ＫＰＩ〉 column of each basic goal, in printed order (L256–510). 1-①-1's KPI is printed
    // again under goal 3 with its measure ワーク・ライフ・バランスの推進【再掲】 (L417–419).
    private static readonly Dictionary<string, string[]> KpiNamesByGoal = new()
    {
        ["g1"] = new[]
        {
            "男女共同参画社会講演会・講座への参加者数",
            "町創業支援者数（空き家等活用を含む）",
            "あみ未来塾の受講者数",
            "認定農業者数",
            "農業体験事業のメニュー数",
            "高校生向け企業説明会の満足度",
            "牛久阿見インターチェンジ周辺開発事業の進捗率",
        },
        ["g2"] = new[]
        {
            "滞在・体験プログラム数",
            "レンタサイクル貸出数",
            "国体跡地を利活用した体験プログラム等の開催数",
            "映像ロケ地の案内件数",
            "大学や研究機関等が身近にあることで住み良くなっていると感じた町民の割合",
            "観光協会 Facebook フォロワー数",
            "Instagram フォロワー数",
            "あみメール ・ 町公式 LINE の登録者",
            "本町への寄附金額 （一般）",
            "地区計画の届出件数",
        },
        ["g3"] = new[]
        {
            "（仮称）子育て支援総合センター利用者数",
            "「あみ Link」登録者数",
            "第 2 子以降給食費無料化数",
            "曙アパート改修工事により環境整備がされた割合",
            "子育て支援紹介ページ等へのアクセス数",
            "「あみ Link」の情報発信連携事業数",
            "男女共同参画社会講演会・講座への参加者数",
            "児童生徒の学校の満足度",
            "コミュニティ・スクールの数",
            "長寿命化・大規模改修工事の実施校数",
            "児童書の貸出冊数",
        },
        ["g4"] = new[]
        {
            "ふれあい地区館事業の参加者数",
            "町民討議会参加者のうち 10 代・20代の参加者の割合",
            "連携事業数",
            "連携事業数",
            "健康づくりに関する普及啓発活動の実施回数",
            "屋内プール整備の進捗率",
            "情報伝達 （収集） 手段の整備件数",
            "ごみ資源化率",
            "町民一人一日当たりのごみ排出量",
            "空地の雑草苦情による指導後の対応率",
            "空き家バンクの登録物件数",
            "耐震診断・改修に対する補助の件数",
            "窓口対応がスムーズだと回答した町民の割合",
            "オンライン化した行政手続の業務数",
            "新市に期待する町民の割合",
        },
    };

    // Groups ①②③④ and their bullets (〈施 策〉), in printed order.
    private static readonly (string Code, string Title, string[] Measures)[] Groups =
    {
        ("1-①", "あみで暮らしながら働ける、誰もがチャレンジできる場の提供", new[] { "女性の活躍をサポート（ワーク・ライフ・バランスの推進）", "空き家等を活用したチャレンジショップの創業支援", "リスキリングの機会の提供" }),
        ("1-②", "雇用機会創出のための情報提供の充実", new[] { "農商工連携と６次産業の活性化、地産地消の推進", "学生を対象とする人材育成" }),
        ("1-③", "まちの未来を育て、職住近接のまちを実現する産業の創出", new[] { "牛久阿見インターチェンジ周辺開発" }),
        ("2-①", "あみシティブランドの創出と発信", new[] { "アウトドアを楽しめる滞在・体験プログラムの充実", "つくば霞ヶ浦りんりんロードの活用と整備", "国体跡地の利活用と体験プログラムの提供", "フィルムコミッションの活用と発信", "３大学、町内企業等と連携した地域の活性化" }),
        ("2-②", "デジタルを活用した交流・関係人口の拡大", new[] { "デジタルを活用した関係人口の創出", "あみでの暮らしの魅力やライフスタイルの発信（SNS活用）", "ふるさと納税の拡充による新たな縁づくり" }),
        ("2-③", "若い世代を中心とした定住促進", new[] { "人を惹きつける荒川本郷地区の民間開発誘導の継続" }),
        ("3-①", "安心して、健康的に出産・子育てができる環境の充実", new[] { "（仮称）子育て支援総合センターの整備（サービスの拠点化・総合化）", "子育て情報のプラットフォーム化と使いやすさの向上", "給食費無料化の第２子への拡大", "子育て支援住宅の整備", "町内外への子育て環境の魅力発信" }),
        ("3-②", "子育てと仕事の両立を支援", new[] { "デジタルを活用した子育て支援（プッシュ型支援）の充実", "ワーク・ライフ・バランスの推進【再掲】" }),
        ("3-③", "子どもの可能性を開く教育環境づくり", new[] { "時代に合った確かな学力を育成する教育の推進", "学校、家庭、地域等の連携の充実", "児童生徒の安全を守る環境整備", "図書館等の充実と活用（児童図書の充実）" }),
        ("4-①", "暮らしを支える地域交流の促進", new[] { "高齢者、若者、転入者等がコミュニケーションをとれる場所づくり", "町民の自治意識の向上とまちづくりへの参加", "産学官民連携プラットフォームを活用した地域課題の解決" }),
        ("4-②", "町民の健康増進", new[] { "大学 や企業等と連携した健康づくりの推進", "ライフステージに対応した健康づくり", "屋内プールの整備" }),
        ("4-③", "自然環境と調和のとれた都市環境の形成", new[] { "災害情報の収集・発信のデジタル活用", "ごみの再資源化と減量化", "空き家対策の推進（生活環境面）", "持続可能な住環境づくり（既存木造住宅の耐震化）" }),
        ("4-④", "市制施行に向けた取組の推進", new[] { "デジタルを活用した窓口・行政サービスの向上（市制を見据えた総合窓口の整備）", "市制施行の推進" }),
    };

    private static IEnumerable<Measure> AllMeasures(IEnumerable<Measure> measures)
    {
        foreach (var measure in measures)
        {
            yield return measure;
            foreach (var sub in AllMeasures(measure.SubMeasures))
            {
                yield return sub;
            }
        }
    }

    private static IEnumerable<Measure> AllMeasures() => Sample.Goals.SelectMany(g => AllMeasures(g.Measures));

    private static List<Indicator> Kpis() =>
        Sample.AllIndicators().Where(p => p.Indicator.Kind == IndicatorKind.Kpi).Select(p => p.Indicator).ToList();

    [Fact]
    public void Sample_loads_and_is_valid()
    {
        var read = StrategyJson.Read(SampleDocuments.ReadJson(SampleDocuments.Ami3rdStrategy));
        Assert.True(read.IsValid);
        Assert.Empty(read.Errors);
        Assert.Empty(StrategyJson.Validate(Sample));
        Assert.Contains(SampleDocuments.Ami3rdStrategy, SampleDocuments.Names);
    }

    [Fact]
    public void Header_is_ami_towns_3rd_strategy()
    {
        Assert.Equal("ami-3rd-strategy", Sample.Id);
        Assert.Equal("阿見町", Sample.Municipality.Name);
        Assert.Equal("茨城県", Sample.Municipality.Prefecture);
        Assert.Null(Sample.Municipality.Code);
        Assert.Equal("阿見町まち・ひと・しごと創生総合戦略", Sample.Title);
        Assert.Equal(3, Sample.Generation);
        Assert.Equal("ami", Sample.GradingPolicy);
        Assert.NotEmpty(Sample.Notes);
        Assert.Contains(Sample.Notes, n => n.Contains("概要版（案）", StringComparison.Ordinal));
        Assert.Contains(Sample.Notes, n => n.Contains("総合戦略として早期に取り組むべき具体的な施策〈コア施策〉を位置づけます", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_period_is_FY2025_to_FY2027()
    {
        // 2025（令和７）年度から 2027（令和９）年度の３年間 (L39–41).
        Assert.Equal(new FiscalYearRange(new FiscalYear(2025), new FiscalYear(2027)), Sample.PlanPeriod);
        Assert.Equal(3, Sample.PlanPeriod.Length);
    }

    [Fact]
    public void Vision_holds_the_three_themes_as_printed()
    {
        Assert.NotNull(Sample.Vision);
        Assert.Contains("３つのリーディングプロジェクトを、本戦略の地域ビジョンとして位置づけ", Sample.Vision, StringComparison.Ordinal);
        Assert.Contains("（１）子育て：若者・子育て世代に選ばれる５万人都市", Sample.Vision, StringComparison.Ordinal);
        Assert.Contains("（２）暮らし：暮らし続けることができる持続可能な都市", Sample.Vision, StringComparison.Ordinal);
        Assert.Contains("（３）誇り・愛着：人とまちへの誇り・愛着が育つ共生都市", Sample.Vision, StringComparison.Ordinal);
    }

    [Fact]
    public void Has_the_4_basic_goals_as_printed()
    {
        Assert.Equal(
            new[]
            {
                ("1", "あみらしい多様な働き方ができるまち"),
                ("2", "魅力を発信し、新たな人の流れをつくるまち"),
                ("3", "まちぐるみで妊婦・子育て家庭を支え、若者や女性が活躍できるまち"),
                ("4", "町内どこでも暮らしやすく、住み続けられるまち"),
            },
            Sample.Goals.Select(g => (g.Code, g.Title)).ToArray());
    }

    [Theory]
    [InlineData("g1", 1)]
    [InlineData("g2", 2)]
    [InlineData("g3", 2)]
    [InlineData("g4", 1)]
    public void Each_goal_has_the_kgis_the_source_prints(string goal, int count)
    {
        var indicators = Sample.Goals.Single(g => g.Id == goal).Indicators;
        Assert.Equal(count, indicators.Count);
        Assert.All(indicators, i => Assert.Equal(IndicatorKind.Kgi, i.Kind));
    }

    [Theory]
    // goal, name, unit, scale, current value, its own period, FY2027 target, value kind (L244–449)
    [InlineData("g1", "実質町内総生産（年間）", "百万円", "1000000", "277835", "FY2021", "284394", ValueKind.AnnualFlow)]
    [InlineData("g2", "社会増数", "人／年", "1", "568", "2023", "339", ValueKind.AnnualFlow)]
    [InlineData("g2", "観光入込客数", "千人", "1000", "3026", "2023", "3463", ValueKind.AnnualFlow)]
    [InlineData("g3", "子育て世代の人口（25-39 歳）", "人", "1", "8339", "2024-10-01", "8595", ValueKind.Level)]
    [InlineData("g3", "子育て支援の満足度", "点", "1", "3.19", "2022-06", "3.44", ValueKind.Score)]
    [InlineData("g4", "住みやすいと感じている町民の割合", "%", "1", "85.6", "2022-06", "89.9", ValueKind.Percentage)]
    public void Kgi_has_the_printed_current_value_with_its_own_period_and_the_FY2027_target(
        string goal, string name, string unit, string scale, string current, string period, string target, ValueKind valueKind)
    {
        var kgi = Sample.Goals.Single(g => g.Id == goal).Indicators.Single(i => i.Name == name);
        Assert.Equal(IndicatorKind.Kgi, kgi.Kind);
        Assert.Equal(unit, kgi.Unit.Label);
        Assert.Equal(Dec(scale), kgi.Unit.Scale);
        Assert.Equal(valueKind, kgi.ValueKind);
        Assert.Equal(GradingBasis.Target, kgi.Basis);
        Assert.Equal(Direction.HigherIsBetter, kgi.Direction);
        Assert.NotNull(kgi.Baseline);
        Assert.Equal(Dec(current), kgi.Baseline!.Value);
        Assert.Equal(ReportingPeriod.Parse(period), kgi.Baseline.Period);
        var only = Assert.Single(kgi.Targets);
        Assert.Equal(new FiscalYear(2027), only.Year);
        Assert.Equal(Dec(target), only.Value);
        Assert.Equal(TargetComparison.Reach, only.Comparison);
        Assert.Empty(kgi.Observations);
        Assert.False(string.IsNullOrWhiteSpace(kgi.Source));
    }

    [Fact]
    public void Kgi_periods_are_the_statistics_own_not_FY2024()
    {
        // 令和 3 年度 (FY2021), 令和５年 (2023), 令和６年 10 月 1 日現在, 令和４年６月実施.
        var periods = Sample.Goals.SelectMany(g => g.Indicators).Select(i => i.Baseline!.Period!.Value).ToList();
        Assert.Equal(
            new[] { PeriodKind.FiscalYear, PeriodKind.CalendarYear, PeriodKind.CalendarYear, PeriodKind.Date, PeriodKind.Month, PeriodKind.Month },
            periods.Select(p => p.Kind).ToArray());
        Assert.DoesNotContain(ReportingPeriod.OfFiscalYear(new FiscalYear(2024)), periods);
    }

    [Fact]
    public void Social_increase_target_below_the_current_value_stays_higher_is_better()
    {
        // 社会増数 ＋568（人／年） → ＋339（人／年） (L305): the direction comes from the wording, not the numbers.
        var kgi = Sample.Goals.Single(g => g.Id == "g2").Indicators.Single(i => i.Name == "社会増数");
        Assert.Equal(Direction.HigherIsBetter, kgi.Direction);
        Assert.Equal(568m, kgi.Baseline!.Value);
        Assert.Equal(339m, kgi.TargetFor(new FiscalYear(2027))!.Value);
        Assert.Equal(FlowBasis.PerYear, kgi.Unit.Per);
        Assert.Contains("below", kgi.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("g1")]
    [InlineData("g2")]
    [InlineData("g3")]
    [InlineData("g4")]
    public void Every_measure_kpi_name_printed_under_the_goal_is_in_the_sample(string goal)
    {
        var names = Sample.AllIndicators()
            .Where(p => p.Goal.Id == goal && p.Indicator.Kind == IndicatorKind.Kpi)
            .Select(p => p.Indicator.Name)
            .ToArray();
        Assert.Equal(KpiNamesByGoal[goal], names);
    }

    [Fact]
    public void Counts_are_6_kgis_13_groups_38_measures_43_kpis()
    {
        Assert.Equal(6, Sample.AllIndicators().Count(p => p.Indicator.Kind == IndicatorKind.Kgi));
        Assert.Equal(43, Kpis().Count);
        Assert.Equal(KpiNamesByGoal.Values.Sum(v => v.Length), Kpis().Count);
        Assert.Equal(13, Sample.Goals.Sum(g => g.Measures.Count));
        Assert.Equal(38, Sample.Goals.SelectMany(g => g.Measures).Sum(m => m.SubMeasures.Count));
        Assert.Equal(51, AllMeasures().Count());
    }

    [Fact]
    public void Groups_and_measures_mirror_the_printed_numbering_and_titles()
    {
        var groups = Sample.Goals.SelectMany(g => g.Measures).ToList();
        Assert.Equal(Groups.Select(g => (g.Code, g.Title)).ToArray(), groups.Select(g => (g.Code, g.Title)).ToArray());
        for (var i = 0; i < Groups.Length; i++)
        {
            var expected = Groups[i].Measures.Select((title, n) => (Groups[i].Code + "-" + (n + 1).ToString(CultureInfo.InvariantCulture), title)).ToArray();
            Assert.Equal(expected, groups[i].SubMeasures.Select(m => (m.Code, m.Title)).ToArray());
            Assert.Empty(groups[i].Indicators);
            Assert.All(groups[i].SubMeasures, m => Assert.Empty(m.SubMeasures));
            Assert.All(groups[i].SubMeasures, m => Assert.NotEmpty(m.Indicators));
        }
    }

    [Fact]
    public void Every_measure_is_at_priority_level_2()
    {
        // 総合戦略として早期に取り組むべき具体的な施策〈コア施策〉を位置づけます (L84–88); レベル２＜コア施策＞ (L122–124).
        Assert.All(AllMeasures(), m => Assert.Equal(2, m.PriorityLevel));
    }

    [Fact]
    public void Only_measures_whose_title_says_digital_use_digital_tools()
    {
        var digital = AllMeasures().Where(m => m.UsesDigitalTools == true).Select(m => m.Code).ToArray();
        Assert.Equal(new[] { "2-②", "2-②-1", "3-②-1", "4-③-1", "4-④-1" }, digital);
        Assert.All(AllMeasures(), m => Assert.Equal(m.Title.Contains("デジタル", StringComparison.Ordinal) ? true : null, m.UsesDigitalTools));
    }

    [Fact]
    public void Measure_kpis_have_names_only_as_in_the_source()
    {
        Assert.All(Kpis(), k =>
        {
            Assert.Equal(string.Empty, k.Unit.Label);
            Assert.Null(k.Baseline);
            Assert.Empty(k.Targets);
            Assert.Empty(k.Observations);
            Assert.Equal(GradingBasis.Target, k.Basis);
            Assert.StartsWith("The source names this KPI without numbers; direction read from its name", k.Note, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Only_waste_per_person_is_lower_is_better()
    {
        var lower = Kpis().Where(k => k.Direction != Direction.HigherIsBetter).ToList();
        var only = Assert.Single(lower);
        Assert.Equal("町民一人一日当たりのごみ排出量", only.Name);
        Assert.Equal(Direction.LowerIsBetter, only.Direction);
    }

    [Fact]
    public void Kpis_named_as_shares_or_rates_are_percentages_and_the_rest_levels()
    {
        var percentages = Kpis().Where(k => k.ValueKind == ValueKind.Percentage).Select(k => k.Name).ToArray();
        Assert.Equal(
            new[]
            {
                "牛久阿見インターチェンジ周辺開発事業の進捗率",
                "大学や研究機関等が身近にあることで住み良くなっていると感じた町民の割合",
                "曙アパート改修工事により環境整備がされた割合",
                "町民討議会参加者のうち 10 代・20代の参加者の割合",
                "屋内プール整備の進捗率",
                "ごみ資源化率",
                "空地の雑草苦情による指導後の対応率",
                "窓口対応がスムーズだと回答した町民の割合",
                "新市に期待する町民の割合",
            },
            percentages);
        Assert.All(Kpis().Where(k => k.ValueKind != ValueKind.Percentage), k => Assert.Equal(ValueKind.Level, k.ValueKind));
    }

    [Fact]
    public void Repeated_measure_appears_in_both_places_with_distinct_kpi_ids()
    {
        const string name = "男女共同参画社会講演会・講座への参加者数";
        var placements = Sample.AllIndicators().Where(p => p.Indicator.Name == name).ToList();
        Assert.Equal(2, placements.Count);
        Assert.Equal(new[] { "1-①-1", "3-②-2" }, placements.Select(p => p.Measure!.Code).ToArray());
        Assert.Equal("ワーク・ライフ・バランスの推進【再掲】", placements[1].Measure!.Title);
        Assert.NotEqual(placements[0].Indicator.Id, placements[1].Indicator.Id);
        Assert.Contains("【再掲】", placements[1].Indicator.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_across_the_document()
    {
        var ids = Sample.Goals.Select(g => g.Id)
            .Concat(AllMeasures().Select(m => m.Id))
            .Concat(Sample.AllIndicators().Select(p => p.Indicator.Id))
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Population_outlook_is_the_vision_range_target_not_an_indicator()
    {
        // 2033 年の人口の見通し 50,000 人から 51,000 人 (L29–31): one range target of the population vision.
        var target = Assert.Single(Sample.Population!.Targets);
        Assert.Equal(ReportingPeriod.OfCalendarYear(2033), target.Period);
        Assert.Equal((50_000m, 51_000m), (target.Current.Min!.Value, target.Current.Max!.Value));
        Assert.DoesNotContain(Sample.AllIndicators(), p => p.Indicator.Targets.Any(t => t.Min is not null || t.Max is not null));
        Assert.DoesNotContain(Sample.AllIndicators(), p => p.Indicator.Name.Contains("人口の見通し", StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_the_sample_back_reads_the_same()
    {
        var again = StrategyJson.Read(StrategyJson.Write(Sample)).GetValueOrThrow();
        Assert.Equal(Sample, again);
    }

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}

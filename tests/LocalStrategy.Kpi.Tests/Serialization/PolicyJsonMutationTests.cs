using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.ArbitraryIndicators;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// Bad input gets errors, never an exception: real policy documents changed anywhere, in any way a
/// person or a program might get them wrong, are read without throwing; those still valid compile
/// and grade any indicator without throwing.
/// </summary>
public sealed class PolicyJsonMutationTests
{
    private static readonly string[] Documents = BuiltInPolicies.Names.Select(BuiltInPolicies.ReadJson)
        .Concat(new[] { "maru-batsu.json", "s-to-c.json" }.Select(f => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cookbook", f))))
        .Append(Grading.Engine.PolicyDocuments.Minimal)
        .ToArray();

    // Values a field may wrongly hold: other types, blanks, names of other fields' values, extremes;
    // null first, the mistake chosen most often.
    private static readonly string[] Replacements =
    {
        "null", "\"\"", "\" \"", "\"x\"", "0", "-1", "1", "0.8", "1.5", "true", "[]", "{}", "[null]", "[{}]",
        "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001",
        "\"FY2020\"", "\"R2\"", "\"令和\"", "\"A\"", "\"NotGradable\"", "\">=\"", "\"otherwise\"", "\"within\"", "\"between\"",
        "\"noActual\"", "\"notApplicable\"", "\"baseline\"", "\"manual\"", "\"targetMet\"", "\"proRated\"", "\"ami\"", "\"azumino\"",
        "\"trend\"", "\"milestone\"", "[\"target\"]",
    };

    private static Gen<(int Document, (int Node, int Kind, int Value)[] Changes)> Mutations { get; } =
        from document in Gen.Choose(0, Documents.Length - 1)
        from count in Gen.Choose(1, 3)
        from changes in Gen.ListOf(
            from node in Gen.Choose(0, 100_000)
            from kind in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Constant(1)), (1, Gen.Constant(2)), (2, Gen.Constant(3)))
            from value in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, Replacements.Length - 1)))
            select (node, kind, value),
            count)
        select (document, changes.ToArray());

    [Fact]
    public void A_changed_document_is_read_without_throwing_and_if_still_valid_grades_without_throwing()
    {
        var indicators = AnyIndicator(AnyTarget(2019, 2031), AnyObservation(2018, 2031, new[] { "A", "B", null }), OptionalBaseline(OptionalStage, OptionalPeriod(2015, 2025), (v, s, p) => v is not null || s is not null), Gen.Elements(IndicatorKind.Kpi, IndicatorKind.Kgi), "k");
        var cases =
            from mutation in Mutations
            from indicator in indicators
            from year in Gen.Choose(2018, 2031)
            select (Mutation: mutation, Indicator: indicator, Year: year);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var json = Mutate(Documents[c.Mutation.Document], c.Mutation.Changes);
            var read = PolicyJson.Read(json);
            if (!read.IsValid)
            {
                return read.Errors.Count > 0 && read.Errors.All(e => e.Path.StartsWith("$", StringComparison.Ordinal) && e.Message.English.Length > 0 && e.Message.Japanese.Length > 0);
            }

            IGradingPolicy policy;
            try
            {
                policy = GradingPolicies.Create(read.Value!);
            }
            catch (DocumentException ex)
            {
                // Only an override of a policy that is not registered is left for Create to find.
                return ex.Errors.All(e => e.Code == Kpi.Validation.PolicyValidationCodes.UnknownPolicy);
            }

            var result = policy.Evaluate(c.Indicator, new GradingContext(new FiscalYear(c.Year), new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2029))));
            return policy.Scale.Contains(result.Grade) && PolicyJson.Read(PolicyJson.Write(read.Value!)).GetValueOrThrow() == read.Value;
        }));
    }

    [Fact]
    public void Mutations_reach_valid_and_invalid_documents_alike()
    {
        var samples = Mutations.Sample(300, 10);
        var valid = samples.Count(m => PolicyJson.Read(Mutate(Documents[m.Document], m.Changes)).IsValid);

        Assert.Equal(300, samples.Length);
        Assert.InRange(valid, 5, 295);
    }

    // Applies each change to the node it picks among all nodes of the document, in document order:
    // 0 removes it, 1 replaces it, 2 replaces it in a copy appended to its array (or sets a new
    // property "extra" on its object), 3 replaces it with a copy of another node.
    private static string Mutate(string json, (int Node, int Kind, int Value)[] changes)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var (pick, kind, value) in changes)
        {
            var nodes = All(root).Where(n => n.Parent is not null).ToList();
            if (nodes.Count == 0)
            {
                break;
            }

            var node = nodes[pick % nodes.Count];
            var replacement = JsonNode.Parse(Replacements[value]);
            switch (kind)
            {
                case 0:
                    Remove(node);
                    break;
                case 1:
                    node.ReplaceWith(replacement);
                    break;
                case 2:
                    if (node.Parent is JsonArray array)
                    {
                        array.Add(node.DeepClone());
                    }
                    else if (node.Parent is JsonObject owner && !owner.ContainsKey("extra"))
                    {
                        owner["extra"] = replacement;
                    }

                    break;
                default:
                    node.ReplaceWith(nodes[(pick / 7) % nodes.Count].DeepClone());
                    break;
            }
        }

        return root.ToJsonString();
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject owner:
                owner.Remove(node.GetPropertyName());
                break;
            case JsonArray array:
                array.Remove(node);
                break;
        }
    }

    private static IEnumerable<JsonNode> All(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => Enumerable.Empty<JsonNode?>(),
        };
        foreach (var child in children.Where(c => c is not null))
        {
            foreach (var n in All(child!))
            {
                yield return n;
            }
        }
    }
}

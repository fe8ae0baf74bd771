using System.Text;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Tests.Grading.Engine;
using LocalStrategy.Kpi.Tests.Validation;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>
/// Malformed, hostile and extreme documents, made at run time from the test documents: every value
/// replaced by every kind of wrong value, every field removed, the text cut and its bytes flipped, other
/// encodings, and large inputs (long strings, deep nesting, many indicators, many overlaps).
/// </summary>
internal static class HostileCorpus
{
    /// <summary>A named input: the bytes of a strategy or policy document.</summary>
    internal sealed record Case(string Name, bool IsPolicy, byte[] Bytes)
    {
        public override string ToString() => Name;
    }

    private static readonly (string Name, Func<JsonNode?> Value)[] WrongValues =
    [
        ("null", () => null),
        ("empty text", () => JsonValue.Create(string.Empty)),
        ("text", () => JsonValue.Create("x")),
        ("negative", () => JsonValue.Create(-1)),
        ("zero", () => JsonValue.Create(0)),
        ("huge", () => JsonValue.Create(79228162514264337593543950335m)),
        ("true", () => JsonValue.Create(true)),
        ("empty array", () => new JsonArray()),
        ("empty object", () => new JsonObject()),
        ("control characters", () => JsonValue.Create("\u0000\u001b[31m\u202E")),
        ("long text", () => JsonValue.Create(new string('長', 100_000))),
        ("era text", () => JsonValue.Create("令和元年")),
        ("nested arrays", () => JsonNode.Parse(new string('[', 40) + new string(']', 40))),
    ];

    internal static IReadOnlyList<Case> All { get; } = Build();

    private static List<Case> Build()
    {
        var cases = new List<Case>();
        Mutations(cases, TestDocument.Minimal, isPolicy: false);
        Mutations(cases, PolicyDocuments.Minimal, isPolicy: true);
        Syntax(cases, TestDocument.Minimal);
        Encodings(cases);
        Large(cases);
        return cases;
    }

    // Every value replaced by every wrong value, and every field removed.
    private static void Mutations(List<Case> cases, string document, bool isPolicy)
    {
        var root = JsonNode.Parse(document)!;
        var paths = new List<string>();
        Walk(root, "$", paths);
        foreach (var path in paths)
        {
            foreach (var (name, value) in WrongValues)
            {
                var copy = JsonNode.Parse(document)!;
                if (Replace(copy, path, value()))
                {
                    cases.Add(new Case((isPolicy ? "policy " : "strategy ") + path + " = " + name, isPolicy, Encoding.UTF8.GetBytes(copy.ToJsonString())));
                }
            }

            var removed = JsonNode.Parse(document)!;
            if (Remove(removed, path))
            {
                cases.Add(new Case((isPolicy ? "policy " : "strategy ") + path + " removed", isPolicy, Encoding.UTF8.GetBytes(removed.ToJsonString())));
            }
        }
    }

    // The text cut at many places, bytes flipped with a fixed seed, keys doubled.
    private static void Syntax(List<Case> cases, string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        for (var cut = 1; cut < bytes.Length; cut += 173)
        {
            cases.Add(new Case("cut at byte " + cut, false, bytes.Take(cut).ToArray()));
        }

        var random = new Random(20261204);
        for (var i = 0; i < 60; i++)
        {
            var flipped = (byte[])bytes.Clone();
            var at = random.Next(flipped.Length);
            flipped[at] = (byte)random.Next(256);
            cases.Add(new Case("byte " + at + " flipped", false, flipped));
        }

        foreach (var key in new[] { "\"id\"", "\"direction\"", "\"goals\"", "\"value\"", "\"planPeriod\"" })
        {
            var at = document.IndexOf(key + ":", StringComparison.Ordinal);
            var line = document.Substring(at, document.IndexOf('\n', at) - at).TrimEnd(',');
            cases.Add(new Case("duplicate " + key, false, Encoding.UTF8.GetBytes(document.Insert(at, line + ", "))));
        }

        foreach (var text in new[] { string.Empty, " ", "null", "[]", "\"text\"", "0", "{", "}", "{}", "{\"formatVersion\": 99}", "// only a comment", "\uFEFF" })
        {
            cases.Add(new Case("the document " + (text.Length == 0 ? "empty" : text), false, Encoding.UTF8.GetBytes(text)));
        }
    }

    private static void Encodings(List<Case> cases)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var name in new[] { "shift_jis", "euc-jp", "iso-2022-jp" })
        {
            cases.Add(new Case("encoded as " + name, false, Encoding.GetEncoding(name).GetBytes(TestDocument.Minimal)));
        }

        cases.Add(new Case("UTF-16 without a byte order mark", false, Encoding.Unicode.GetBytes(TestDocument.Minimal)));
        cases.Add(new Case("overlong UTF-8", false, Encoding.UTF8.GetBytes(TestDocument.Minimal).Concat(new byte[] { 0xC0, 0xAF }).ToArray()));
        cases.Add(new Case("a lone surrogate as an escape", false, Encoding.UTF8.GetBytes(TestDocument.Minimal.Replace("\"test-strategy\"", "\"\\ud800\"", StringComparison.Ordinal))));
        cases.Add(new Case("NUL bytes after the document", false, Encoding.UTF8.GetBytes(TestDocument.Minimal).Concat(new byte[100_000]).ToArray()));
    }

    // Generated at run time: large, deep and many.
    private static void Large(List<Case> cases)
    {
        cases.Add(new Case("a 10 MB name", false, Encoding.UTF8.GetBytes(TestDocument.With(d => TestDocument.FirstKpi(d)["name"] = new string('x', 10_000_000)))));
        cases.Add(new Case("nesting 100,000 deep", false, Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000))));
        cases.Add(new Case("objects nesting 100,000 deep", false, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000))));
        cases.Add(new Case("20,000 indicators", false, Encoding.UTF8.GetBytes(TestDocument.With(d =>
        {
            var list = new JsonArray();
            for (var i = 0; i < 20_000; i++)
            {
                list.Add(JsonNode.Parse("{ \"id\": \"n" + i + "\", \"kind\": \"numericGoal\", \"name\": \"指標\", \"unit\": { \"label\": \"人\" }, \"direction\": \"higherIsBetter\", \"valueKind\": \"level\", \"basis\": \"target\", \"targets\": [ { \"year\": \"FY2020\", \"value\": " + i + " } ], \"observations\": [ { \"year\": \"FY2020\", \"value\": 1 } ] }"));
            }

            TestDocument.Goal(d)["indicators"] = list;
        }))));
        cases.Add(new Case("5,000 overlapping component targets", false, Encoding.UTF8.GetBytes(TestDocument.With(d => d["population"] = JsonNode.Parse("{ \"componentTargets\": [ "
            + string.Join(", ", Enumerable.Range(0, 5000).Select(i => "{ \"component\": \"naturalChange\", \"first\": \"FY2020\", \"last\": \"FY2200\", \"perYear\": -" + i + " }")) + " ] }")))));
        cases.Add(new Case("10,000 problems", false, Encoding.UTF8.GetBytes(TestDocument.With(d =>
        {
            var list = new JsonArray();
            for (var i = 0; i < 10_000; i++)
            {
                list.Add(JsonNode.Parse("{ \"year\": \"FY2099\" }"));
            }

            TestDocument.FirstKpi(d)["observations"] = list;
        }))));
        cases.Add(new Case("a 300-digit number", false, Encoding.UTF8.GetBytes(TestDocument.With(d => TestDocument.First(TestDocument.FirstKpi(d), "targets")["value"] = 1).Replace("\"value\": 1\n", "\"value\": 1" + new string('0', 300) + "\n", StringComparison.Ordinal))));
        cases.Add(new Case("policy with 80 baseline bands", true, Encoding.UTF8.GetBytes(PolicyDocuments.With(d => PolicyDocuments.Version(d)["rules"] = JsonNode.Parse("[ { \"id\": \"c\", \"en\": \"c\", \"ja\": \"c\", \"measure\": \"changeFromBaseline\", \"bands\": [ "
            + string.Join(", ", Enumerable.Range(1, 80).Select(i => "{ \"grade\": \"A\", \"op\": \"within\", \"reference\": " + i + ", \"tolerance\": 0.0" + i + ", \"toleranceOf\": \"baseline\", \"inclusive\": true }")) + ", { \"grade\": \"C\", \"op\": \"otherwise\" } ] } ]")))));
    }

    private static void Walk(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    paths.Add(path + "." + key);
                    Walk(value, path + "." + key, paths);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    paths.Add(path + "[" + i + "]");
                    Walk(a[i], path + "[" + i + "]", paths);
                }

                break;
        }
    }

    private static JsonNode? Parent(JsonNode root, string path, out string last)
    {
        var parts = System.Text.RegularExpressions.Regex.Matches(path.Substring(1), @"\.([^.\[]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? m.Groups[1].Value : "#" + m.Groups[2].Value).ToList();
        last = parts[^1];
        JsonNode? node = root;
        foreach (var part in parts.Take(parts.Count - 1))
        {
            node = part.StartsWith('#') ? node?.AsArray()[int.Parse(part.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)] : node?[part];
        }

        return node;
    }

    private static bool Replace(JsonNode root, string path, JsonNode? value)
    {
        var parent = Parent(root, path, out var last);
        if (parent is JsonObject o)
        {
            o[last] = value;
            return true;
        }

        if (parent is JsonArray a)
        {
            a[int.Parse(last.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)] = value;
            return true;
        }

        return false;
    }

    private static bool Remove(JsonNode root, string path)
    {
        var parent = Parent(root, path, out var last);
        if (parent is JsonObject o)
        {
            return o.Remove(last);
        }

        if (parent is JsonArray a)
        {
            a.RemoveAt(int.Parse(last.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

        return false;
    }
}

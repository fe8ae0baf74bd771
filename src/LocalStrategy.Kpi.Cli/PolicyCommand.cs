using System.CommandLine;
using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// <c>kpi policy</c>: policy documents (docs/policies.md). <c>validate</c> checks one, <c>list</c>
/// shows the registered policies with their grades, rules and bands, <c>show</c> writes a policy's
/// document (a starting point for a city's own).
/// </summary>
internal static class PolicyCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("policy", "Grading policies declared as data: validate a policy document, list the registered policies, show one's document.");

        var validate = new Command("validate", "Checks a policy document and lists every problem with its code, JSON path and messages in English and Japanese.");
        var validateFile = new Argument<string>("file") { Description = "The policy document (JSON)." };
        validate.Arguments.Add(validateFile);
        validate.SetAction(parse => Validate(parse.GetValue(validateFile)!, output, error));
        command.Subcommands.Add(validate);

        var list = new Command("list", "Lists the registered policies (the built-ins, and those of --policy-file) with their grades, rules and bands.");
        var listFiles = PolicyFileOption();
        list.Options.Add(listFiles);
        list.SetAction(parse => List(parse.GetValue(listFiles), output, error));
        command.Subcommands.Add(list);

        var show = new Command("show", "Writes the policy document of a registered policy, for example as the start of a city's own: kpi policy show azumino > mine.json");
        var showName = new Argument<string>("name") { Description = "The policy's name, for example azumino." };
        var showFiles = PolicyFileOption();
        show.Arguments.Add(showName);
        show.Options.Add(showFiles);
        show.SetAction(parse => Show(parse.GetValue(showName)!, parse.GetValue(showFiles), output, error));
        command.Subcommands.Add(show);
        return command;
    }

    /// <summary>The option that adds policy documents to the registry of a command.</summary>
    internal static Option<string[]> PolicyFileOption() => new("--policy-file")
    {
        Description = "A policy document (JSON, docs/policies.md) to register beside the built-ins; may be given more than once.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// A registry with the built-ins and the policy documents given, in order (a later one may name
    /// an earlier one in its overrides); <see langword="null"/> after writing the problems when one cannot be read or added.
    /// </summary>
    internal static PolicyRegistry? Registry(IEnumerable<string>? files, TextWriter error, out int exitCode, out PolicyDefinition? last)
    {
        var registry = new PolicyRegistry();
        exitCode = KpiCommand.Success;
        last = null;
        foreach (var file in files ?? Array.Empty<string>())
        {
            if (!TryReadFile(file, error, out var read))
            {
                exitCode = KpiCommand.UsageError;
                return null;
            }

            if (!TryAdd(registry, read, out var errors))
            {
                KpiCommand.WriteErrors(file, errors, error);
                exitCode = KpiCommand.Invalid;
                return null;
            }

            KpiCommand.WriteWarnings(file, read.Warnings, error);
            last = read.Value;
        }

        return registry;
    }

    private static int Validate(string path, TextWriter output, TextWriter error)
    {
        if (!TryReadFile(path, error, out var read))
        {
            return KpiCommand.UsageError;
        }

        // Checked as kpi grade would add it: beside the built-ins, whose names it may not take.
        if (!TryAdd(new PolicyRegistry(), read, out var errors))
        {
            KpiCommand.WriteErrors(path, errors, error);
            return KpiCommand.Invalid;
        }

        var d = read.Value!;
        output.WriteLine(TerminalText.Safe(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: valid. {1} ({2} / {3}), {4} version(s), {5} rule(s).",
            path,
            d.Name,
            d.Title.Japanese,
            d.Title.English,
            d.Versions.Count,
            d.Versions.Sum(v => v.Rules.Count))));
        KpiCommand.WriteWarnings(path, read.Warnings, error);
        return KpiCommand.Success;
    }

    private static int List(string[]? files, TextWriter output, TextWriter error)
    {
        var registry = Registry(files, error, out var code, out _);
        if (registry is null)
        {
            return code;
        }

        foreach (var name in registry.Names)
        {
            Describe(registry, name, output);
        }

        return KpiCommand.Success;
    }

    private static int Show(string name, string[]? files, TextWriter output, TextWriter error)
    {
        var registry = Registry(files, error, out var code, out _);
        if (registry is null)
        {
            return code;
        }

        if (!registry.TryGet(name, out var policy))
        {
            error.WriteLine("No grading policy is named '" + name + "'. Known policies: " + string.Join(", ", registry.Names) + ".");
            return KpiCommand.UsageError;
        }

        if (!registry.TryGetDefinition(policy.Name, out var definition))
        {
            error.WriteLine("The policy '" + policy.Name + "' is written in C#, not declared as a policy document: it has no document to show.");
            return KpiCommand.UsageError;
        }

        output.WriteLine(PolicyJson.Write(definition));
        return KpiCommand.Success;
    }

    // Names, titles and grade labels come from documents: each line is made safe for the terminal.
    private static void Describe(PolicyRegistry registry, string name, TextWriter output)
    {
        using var lines = new StringWriter(CultureInfo.InvariantCulture);
        DescribeTo(registry, name, lines);
        var text = lines.ToString().Split('\n');
        for (var i = 0; i < text.Length && !(i == text.Length - 1 && text[i].Length == 0); i++)
        {
            output.WriteLine(TerminalText.Safe(text[i].TrimEnd('\r')));
        }
    }

    private static void DescribeTo(PolicyRegistry registry, string name, TextWriter output)
    {
        var policy = registry.Get(name);
        if (!registry.TryGetDefinition(name, out var d))
        {
            output.WriteLine(name + " (written in C#)");
            output.WriteLine("  grades: " + string.Join(", ", policy.Scale.Select(g => g.Code + " " + g.Label.Japanese)));
            output.WriteLine();
            return;
        }

        output.WriteLine(d.Name + " — " + d.Title.Japanese + " / " + d.Title.English);
        output.WriteLine("  grades: " + string.Join(", ", policy.Scale.Select(g => g.Code + " " + g.Label.Japanese)));
        for (var i = 0; i < d.Versions.Count; i++)
        {
            var version = d.Versions[i];
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  version {0} ({1})",
                i + 1,
                version.EffectiveFrom is { } from ? "from " + from : "from the start"));
            foreach (var rule in version.Rules)
            {
                var against = rule.Target is { } t ? " against " + Name(t) + (rule.TargetRequired ? string.Empty : " if any") : string.Empty;
                var scope = (rule.Bases.Count == 0 ? string.Empty : ", basis " + string.Join("/", rule.Bases.Select(Name)))
                    + (rule.Directions.Count == 0 ? string.Empty : ", directions " + string.Join("/", rule.Directions.Select(Name)))
                    + (rule.FirstPlanYear is null && rule.LastPlanYear is null
                        ? string.Empty
                        : string.Format(CultureInfo.InvariantCulture, ", plan years {0}-{1}", rule.FirstPlanYear ?? 1, rule.LastPlanYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
                output.WriteLine("    " + rule.Rule.Id + ": " + Name(rule.Measure) + against + scope);
                if (rule.Bands.Count > 0)
                {
                    output.WriteLine("      " + string.Join(" | ", rule.Bands.Select(b => b.ToString())));
                }
            }

            if (version.NotGradable.Count > 0)
            {
                output.WriteLine("    not gradable, checked in order: " + string.Join(", ", version.NotGradable.Select(o => Name(o.Reason) + " → " + (o.Grade ?? "NotGradable"))));
            }
        }

        if (d.Overrides.Count > 0)
        {
            output.WriteLine("  overrides: " + string.Join(", ", d.Overrides.Select(o => o.IndicatorId + (o.Year is { } y ? " in " + y : string.Empty) + " → " + (o.Policy ?? o.Manual!.Grade))));
        }

        output.WriteLine();
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text.Substring(1);
    }

    /// <summary>Adds a document's policy; the document's problems, or the registry's, when it cannot.</summary>
    private static bool TryAdd(PolicyRegistry registry, DocumentReadResult<PolicyDefinition> read, out ValueList<ValidationError> errors)
    {
        errors = read.Errors;
        return read.IsValid && registry.TryAdd(read.Value, out errors);
    }

    private static bool TryReadFile(string path, TextWriter error, out DocumentReadResult<PolicyDefinition> read)
    {
        read = null!;
        try
        {
            if (ReadLimits.FromEnvironment(error) is not { } limits)
            {
                return false;
            }

            read = PolicyJson.ReadFile(path, limits);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Cannot read '{0}': {1}", path, ex.Message));
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "「{0}」を読み込めません。", path));
            return false;
        }
    }
}

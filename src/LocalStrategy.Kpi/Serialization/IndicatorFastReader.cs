// This file is long: one reader for every field of an indicator and of its unit, baseline, targets,
// observations and manual grades, each declining what is not plain.
using System.Text.Json;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Reads one indicator's JSON into an <see cref="IndicatorDto"/> directly with a
/// <see cref="Utf8JsonReader"/>, for the plain documents programs write (known fields once each, no
/// nulls, no comments, no escaped field names, numbers a decimal holds exactly). Anything else it
/// declines, and the caller reads the indicator with System.Text.Json as before, which gives the DTO or
/// the error the whole reader gives: this reader never decides that an indicator is wrong, it only takes
/// the usual ones off the slower path. What it gives equals what System.Text.Json gives for the same
/// bytes (a property test holds the two together).
/// </summary>
internal static class IndicatorFastReader
{
    // Which fields an object has seen, one bit each, to decline a repeated field as the strict reader refuses it.
    private const int Id = 1, Kind = 2, Name = 4, Unit = 8, Direction = 16, ValueKind = 32, Basis = 64, Stages = 128, Source = 256, Note = 512, Baseline = 1024, Targets = 2048, Observations = 4096;

    /// <summary>Reads <paramref name="json"/> (one indicator object and nothing else); false when it is not plain (then read it the usual way).</summary>
    /// <param name="json">The indicator's JSON.</param>
    /// <param name="maxDepth">The serializer's nesting limit for these bytes (its MaxDepth option).</param>
    /// <param name="indicator">The indicator read, or null.</param>
    internal static bool TryRead(ReadOnlySpan<byte> json, int maxDepth, out IndicatorDto? indicator)
    {
        indicator = null;
        if (maxDepth < 1)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var dto = new IndicatorDto();
            if (!ReadIndicator(ref reader, dto) || reader.Read())
            {
                return false;
            }

            indicator = dto;
            return true;
        }
        catch (JsonException)
        {
            // Not well formed, or a string that is not valid UTF-8: the usual path names it.
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool ReadIndicator(ref Utf8JsonReader reader, IndicatorDto dto)
    {
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            var field = FieldOf(ref reader);
            if (field == 0 || (seen & field) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= field;
            if (!ReadField(ref reader, field, dto))
            {
                return false;
            }
        }

        return false;
    }

    // One field of an indicator, the reader on its value; false when the value is not plain.
    private static bool ReadField(ref Utf8JsonReader reader, int field, IndicatorDto dto)
    {
        switch (field)
        {
            case Id when String(ref reader, out var id):
                dto.id = id;
                return true;
            case Kind when Common(ref reader, out var kind):
                dto.kind = kind;
                return true;
            case Name when String(ref reader, out var name):
                dto.name = name;
                return true;
            case Direction when Common(ref reader, out var direction):
                dto.direction = direction;
                return true;
            case ValueKind when Common(ref reader, out var valueKind):
                dto.valueKind = valueKind;
                return true;
            case Basis when Common(ref reader, out var basis):
                dto.basis = basis;
                return true;
            case Source when String(ref reader, out var source):
                dto.source = source;
                return true;
            case Note when String(ref reader, out var note):
                dto.note = note;
                return true;
            case Stages when Strings(ref reader, out var stages):
                dto.stages = stages;
                return true;
            case Unit when reader.TokenType == JsonTokenType.StartObject:
                return ReadMembers(ref reader, dto.unit = new UnitDto(), UnitMember);
            case Baseline when reader.TokenType == JsonTokenType.StartObject:
                return ReadMembers(ref reader, dto.baseline = new BaselineDto(), BaselineMember);
            case Targets:
                return ReadList(ref reader, dto.targets = new List<TargetDto>(2), TargetMember);
            case Observations:
                return ReadList(ref reader, dto.observations = new List<ObservationDto>(2), ObservationMember);
            default:
                return false;
        }
    }

    // A list of objects (the reader on its StartArray), each read through read.
    private static bool ReadList<T>(ref Utf8JsonReader reader, List<T> into, MemberReader<T> read)
        where T : new()
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = new T();
            if (reader.TokenType != JsonTokenType.StartObject || !ReadMembers(ref reader, item, read))
            {
                return false;
            }

            into.Add(item);
        }

        return true;
    }

    private static int FieldOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return 0;
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => Id,
            4 when name.SequenceEqual("kind"u8) => Kind,
            4 when name.SequenceEqual("name"u8) => Name,
            4 when name.SequenceEqual("unit"u8) => Unit,
            4 when name.SequenceEqual("note"u8) => Note,
            5 when name.SequenceEqual("basis"u8) => Basis,
            6 when name.SequenceEqual("stages"u8) => Stages,
            6 when name.SequenceEqual("source"u8) => Source,
            7 when name.SequenceEqual("targets"u8) => Targets,
            8 when name.SequenceEqual("baseline"u8) => Baseline,
            9 when name.SequenceEqual("direction"u8) => Direction,
            9 when name.SequenceEqual("valueKind"u8) => ValueKind,
            12 when name.SequenceEqual("observations"u8) => Observations,
            _ => 0,
        };
    }

    // The name of a field of a unit, a baseline, a target, an observation or a manual grade, as a bit; 0 for any other.
    private static int MemberOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return 0;
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            3 when name.SequenceEqual("min"u8) => 1,
            3 when name.SequenceEqual("max"u8) => 2,
            3 when name.SequenceEqual("per"u8) => 4,
            4 when name.SequenceEqual("year"u8) => 8,
            4 when name.SequenceEqual("note"u8) => 16,
            4 when name.SequenceEqual("asOf"u8) => 32,
            5 when name.SequenceEqual("value"u8) => 64,
            5 when name.SequenceEqual("stage"u8) => 128,
            5 when name.SequenceEqual("label"u8) => 256,
            5 when name.SequenceEqual("scale"u8) => 512,
            5 when name.SequenceEqual("grade"u8) => 1024,
            6 when name.SequenceEqual("period"u8) => 2048,
            6 when name.SequenceEqual("status"u8) => 4096,
            6 when name.SequenceEqual("reason"u8) => 8192,
            6 when name.SequenceEqual("source"u8) => 16384,
            8 when name.SequenceEqual("eachYear"u8) => 32768,
            10 when name.SequenceEqual("comparison"u8) => 65536,
            11 when name.SequenceEqual("manualGrade"u8) => 131072,
            14 when name.SequenceEqual("publishedGrade"u8) => 262144,
            _ => 0,
        };
    }

    // Reads the members of an object (the reader is on its StartObject) through read, which takes a member's
    // bit with the reader on its value and says whether it was plain and belongs to this object.
    private delegate bool MemberReader<T>(ref Utf8JsonReader reader, int member, T into);

    private static bool ReadMembers<T>(ref Utf8JsonReader reader, T into, MemberReader<T> read)
    {
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            var member = MemberOf(ref reader);
            if (member == 0 || (seen & member) != 0 || !reader.Read() || !read(ref reader, member, into))
            {
                return false;
            }

            seen |= member;
        }

        return false;
    }

    private static readonly MemberReader<UnitDto> UnitMember = static (ref Utf8JsonReader reader, int member, UnitDto unit) =>
    {
        switch (member)
        {
            case 256 when Common(ref reader, out var label):
                unit.label = label;
                return true;
            case 512 when Number(ref reader, out var scale):
                unit.scale = scale;
                return true;
            case 4 when Common(ref reader, out var per):
                unit.per = per;
                return true;
            default:
                return false;
        }
    };

    private static readonly MemberReader<BaselineDto> BaselineMember = static (ref Utf8JsonReader reader, int member, BaselineDto baseline) =>
    {
        switch (member)
        {
            case 2048 when Common(ref reader, out var period):
                baseline.period = period;
                return true;
            case 64 when Number(ref reader, out var value):
                baseline.value = value;
                return true;
            case 128 when Common(ref reader, out var stage):
                baseline.stage = stage;
                return true;
            case 16 when String(ref reader, out var note):
                baseline.note = note;
                return true;
            default:
                return false;
        }
    };

    private static readonly MemberReader<TargetDto> TargetMember = static (ref Utf8JsonReader reader, int member, TargetDto target) =>
    {
        switch (member)
        {
            case 8 when Common(ref reader, out var year):
                target.year = year;
                return true;
            case 64 when Number(ref reader, out var value):
                target.value = value;
                return true;
            case 65536 when Common(ref reader, out var comparison):
                target.comparison = comparison;
                return true;
            case 1 when Number(ref reader, out var min):
                target.min = min;
                return true;
            case 2 when Number(ref reader, out var max):
                target.max = max;
                return true;
            case 128 when Common(ref reader, out var stage):
                target.stage = stage;
                return true;
            case 32768 when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                target.eachYear = reader.TokenType == JsonTokenType.True;
                return true;
            case 16 when String(ref reader, out var note):
                target.note = note;
                return true;
            default:
                return false;
        }
    };

    private static readonly MemberReader<ManualGradeDto> ManualGradeMember = static (ref Utf8JsonReader reader, int member, ManualGradeDto grade) =>
    {
        switch (member)
        {
            case 1024 when String(ref reader, out var value):
                grade.grade = value;
                return true;
            case 8192 when String(ref reader, out var reason):
                grade.reason = reason;
                return true;
            default:
                return false;
        }
    };

    private static readonly MemberReader<ObservationDto> ObservationMember = static (ref Utf8JsonReader reader, int member, ObservationDto observation) =>
    {
        switch (member)
        {
            case 8 when Common(ref reader, out var year):
                observation.year = year;
                return true;
            case 64 when Number(ref reader, out var value):
                observation.value = value;
                return true;
            case 128 when Common(ref reader, out var stage):
                observation.stage = stage;
                return true;
            case 4096 when Common(ref reader, out var status):
                observation.status = status;
                return true;
            case 32 when String(ref reader, out var asOf):
                observation.asOf = asOf;
                return true;
            case 8192 when String(ref reader, out var reason):
                observation.reason = reason;
                return true;
            case 16384 when String(ref reader, out var source):
                observation.source = source;
                return true;
            case 16 when String(ref reader, out var note):
                observation.note = note;
                return true;
            case 131072 when reader.TokenType == JsonTokenType.StartObject:
                return ReadMembers(ref reader, observation.manualGrade = new ManualGradeDto(), ManualGradeMember);
            case 262144 when Common(ref reader, out var published):
                observation.publishedGrade = published;
                return true;
            default:
                return false;
        }
    };

    private static bool String(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    private static bool Strings(ref Utf8JsonReader reader, out List<string>? values)
    {
        values = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!String(ref reader, out var value))
            {
                return false;
            }

            list.Add(value!);
        }

        values = list;
        return true;
    }

    // Values from small vocabularies (kinds, directions, years, unit labels, stages) come again and again
    // in a document: each thread keeps the last string seen per slot and gives it again for the same
    // bytes, instead of a new string per indicator.
    [ThreadStatic]
    private static CommonValue[]? common;

    private static bool Common(ref Utf8JsonReader reader, out string? value)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 32)
        {
            return String(ref reader, out value);
        }

        var bytes = reader.ValueSpan;
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        var cache = common ??= new CommonValue[256];
        ref var slot = ref cache[hash & 255];
        if (slot.Text is not null && bytes.SequenceEqual(slot.Bytes))
        {
            value = slot.Text;
            return true;
        }

        value = reader.GetString()!;
        slot = new CommonValue(bytes.ToArray(), value);
        return true;
    }

    private readonly record struct CommonValue(byte[] Bytes, string? Text);

    // A number the exact converter takes without looking further (at most 28 digits, no exponent); any other is declined.
    private static bool Number(ref Utf8JsonReader reader, out decimal value)
    {
        value = 0m;
        return reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && ExactDecimalConverter.IsShortPlain(reader.ValueSpan) && reader.TryGetDecimal(out value);
    }
}

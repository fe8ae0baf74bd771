using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// The table of first places behaves as a dictionary from identifier to first place, whatever the hash:
/// with the real one, and with poor ones under which many identifiers meet (all of one length, or all
/// alike, including 0, which marks an empty slot, and 1, which 0 is stored as), so that the comparison
/// by text and the identifiers kept aside are exercised.
/// </summary>
public sealed class FirstPlacesTests
{
    private static readonly Func<string, ulong>[] Hashes =
    [
        FirstPlaces.Hash,
        id => (ulong)id.Length,
        _ => 0,
        _ => 1,
    ];

    [Fact]
    public void Identifiers_get_their_first_place_as_a_dictionary_gives_it_whatever_the_hash()
        => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(
                Gen.Elements("a", "b", "ab", "ba", "k1", "k2", "k10", "目標", "目票", string.Empty + 'x').ArrayOf().ToArbitrary(),
                Gen.Choose(0, 3).ToArbitrary(),
                Gen.Choose(0, 40).ToArbitrary(),
                (ids, hashIndex, capacity) =>
                {
                    var byPlace = new Dictionary<long, string>();
                    var table = new FirstPlaces(capacity, place => byPlace[place], Hashes[hashIndex]);
                    var expected = new Dictionary<string, long>(StringComparer.Ordinal);
                    for (var place = 0L; place < ids.Length; place++)
                    {
                        var id = ids[place];
                        var added = table.TryAdd(id, place, out var first);
                        Assert.Equal(!expected.ContainsKey(id), added);
                        if (added)
                        {
                            expected[id] = place;
                            byPlace[place] = id;
                        }
                        else
                        {
                            Assert.Equal(expected[id], first);
                        }
                    }
                }));

    [Fact]
    public void The_table_grows_past_the_capacity_it_was_given()
    {
        var byPlace = new Dictionary<long, string>();
        var table = new FirstPlaces(1, place => byPlace[place]);
        for (var place = 0L; place < 10_000; place++)
        {
            var id = "k" + place.ToString(System.Globalization.CultureInfo.InvariantCulture);
            byPlace[place] = id;
            Assert.True(table.TryAdd(id, place, out _));
        }

        Assert.False(table.TryAdd("k4321", 99_999, out var first));
        Assert.Equal(4321, first);
    }
}

using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Model;

public sealed class ValueListTests
{
    [Fact]
    public void Lists_with_equal_items_in_the_same_order_are_equal()
    {
        var a = ValueList<string>.Of("安曇野市", "伊那市");
        var b = ValueList<string>.From(new List<string> { "安曇野市", "伊那市" });

        Assert.Equal(a, b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_length_and_items_all_count()
    {
        var a = ValueList<int>.Of(1, 2, 3);

        Assert.NotEqual(a, ValueList<int>.Of(3, 2, 1));
        Assert.NotEqual(a, ValueList<int>.Of(1, 2));
        Assert.NotEqual(a, ValueList<int>.Of(1, 2, 3, 4));
        Assert.NotEqual(a, ValueList<int>.Of(1, 2, 4));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)new[] { 1, 2, 3 }));
    }

    [Fact]
    public void The_empty_list_is_shared_and_equals_every_other_empty_list()
    {
        Assert.Same(ValueList<int>.Empty, ValueList<int>.From(null));
        Assert.Same(ValueList<int>.Empty, ValueList<int>.From(Array.Empty<int>()));
        Assert.Same(ValueList<int>.Empty, ValueList<int>.Of());
        Assert.Empty(ValueList<int>.Empty);
        Assert.Equal("[]", ValueList<int>.Empty.ToString());
    }

    [Fact]
    public void A_list_keeps_a_copy_so_changing_the_source_later_changes_nothing()
    {
        var source = new[] { 1, 2, 3 };
        var list = ValueList<int>.From(source);
        var hash = list.GetHashCode();

        source[0] = 99;

        Assert.Equal(1, list[0]);
        Assert.Equal(hash, list.GetHashCode());
        Assert.Equal(ValueList<int>.Of(1, 2, 3), list);
    }

    [Fact]
    public void Items_are_reachable_by_index_span_and_both_enumerators()
    {
        var list = ValueList<string>.Of("a", "b", "c");
        var viaStruct = new List<string>();
        foreach (var item in list)
        {
            viaStruct.Add(item);
        }

        Assert.Equal(3, list.Count);
        Assert.Equal("b", list[1]);
        Assert.Equal(new[] { "a", "b", "c" }, viaStruct);
        Assert.Equal(new[] { "a", "b", "c" }, ((IEnumerable<string>)list).ToArray());
        Assert.Equal(new[] { "a", "b", "c" }, list.AsSpan().ToArray());
        Assert.Equal("[a, b, c]", list.ToString());
        Assert.Throws<IndexOutOfRangeException>(() => list[3]);
    }

    [Fact]
    public void Null_items_are_compared_and_hashed_without_error()
    {
        var a = ValueList<string?>.Of(null, "x");
        var b = ValueList<string?>.Of(null, "x");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueList<string?>.Of("x", null));
    }

    [Fact]
    public void Records_holding_value_lists_compare_structurally()
    {
        var first = new Measure("m1", "1-1", "商工業の振興")
        {
            Departments = ValueList<string>.From(new[] { "商工労政課" }),
            SubMeasures = ValueList<Measure>.Of(new Measure("m1-1", "1-1-①", "創業支援")),
        };
        var second = new Measure("m1", "1-1", "商工業の振興")
        {
            Departments = ValueList<string>.Of("商工労政課"),
            SubMeasures = ValueList<Measure>.Of(new Measure("m1-1", "1-1-①", "創業支援")),
        };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { SubMeasures = ValueList<Measure>.Of(new Measure("m1-1", "1-1-②", "創業支援")) });
    }

    [Fact]
    public void Equality_agrees_with_sequence_equality_and_equal_lists_hash_alike()
    {
        var pairs = Gen.Zip(SmallIntLists(), SmallIntLists()).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(pairs, pair =>
        {
            var (x, y) = pair;
            var a = ValueList<int>.From(x);
            var b = ValueList<int>.From(y);
            var sequenceEqual = x.SequenceEqual(y);

            Assert.Equal(sequenceEqual, a.Equals(b));
            Assert.Equal(sequenceEqual, b.Equals(a));
            Assert.True(a.Equals(ValueList<int>.From(x.ToList())));
            Assert.Equal(a.GetHashCode(), ValueList<int>.From(x.ToList()).GetHashCode());
            if (sequenceEqual)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        }));
    }

    // Short lists of small numbers, so that equal pairs come up often.
    private static Gen<int[]> SmallIntLists()
        => Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 2), n));
}

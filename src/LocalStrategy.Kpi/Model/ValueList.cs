using System.Collections;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the
/// same order. The domain model uses it for every collection, so that two strategies read from the
/// same JSON compare equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>Gets the number of items.</summary>
    public int Count => items.Length;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => items[index];

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order; <see langword="null"/> gives the empty list.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From(IEnumerable<T>? items)
    {
        if (items is null)
        {
            return Empty;
        }

        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    /// <summary>Creates a list of the given items.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Of(params T[] items) => From(items);

    /// <summary>Gets a span over the items, for allocation-free loops.</summary>
    /// <returns>A read-only span of the items.</returns>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <summary>Gets an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (items.Length != other.items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in items)
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", items) + "]";

    /// <summary>An enumerator over a <see cref="ValueList{T}"/> that does not allocate.</summary>
    public struct Enumerator
    {
        private readonly T[] items;
        private int index;

        internal Enumerator(T[] items)
        {
            this.items = items;
            index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly T Current => items[index];

        /// <summary>Moves to the next item.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext() => ++index < items.Length;
    }
}

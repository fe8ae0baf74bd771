namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Where each identifier of a document was first seen, to find the ones used twice, without keeping the
/// identifiers: a 64-bit hash of each and its place. When two hashes meet, the identifier at the first
/// place is read again (the document's bytes are at hand) and compared; the rare different identifier
/// with the same hash is kept by its text. A million indicators keep two numbers each, which the
/// collector never has to look into, instead of a million strings.
/// </summary>
internal sealed class FirstPlaces
{
    // Open addressing, linear probing, at most half full: a look-up is mostly one read from memory. A
    // hash of 0 marks an empty slot, so a hash of 0 is stored as 1 (two identifiers that meet there are
    // told apart by their text, like any two with the same hash).
    private Entry[] entries;
    private int count;
    private readonly Dictionary<string, long> sameHash = new(StringComparer.Ordinal);
    private readonly Func<long, string> idAt;
    private readonly Func<string, ulong> hash;

    /// <summary>Initializes a new instance of the <see cref="FirstPlaces"/> class.</summary>
    /// <param name="capacity">How many identifiers are expected.</param>
    /// <param name="idAt">The identifier at a place recorded before.</param>
    /// <param name="hash">The hash (tests give a poor one, to make identifiers meet).</param>
    internal FirstPlaces(int capacity, Func<long, string> idAt, Func<string, ulong>? hash = null)
    {
        entries = new Entry[SizeFor(capacity)];
        this.idAt = idAt;
        this.hash = hash ?? Hash;
    }

    /// <summary>Records <paramref name="place"/> as the first of <paramref name="id"/>, or gives the first place when it has one.</summary>
    /// <returns>True when <paramref name="id"/> was new.</returns>
    internal bool TryAdd(string id, long place, out long first)
    {
        var key = hash(id);
        key = key == 0 ? 1 : key;
        if (!TryGet(key, out first))
        {
            Put(key, place);
            return true;
        }

        if (string.Equals(idAt(first), id, StringComparison.Ordinal) || sameHash.TryGetValue(id, out first))
        {
            return false;
        }

        sameHash.Add(id, place);
        return true;
    }

    private static int SizeFor(int capacity)
    {
        var size = 16;
        while (size < capacity * 2L && size < (1 << 30))
        {
            size *= 2;
        }

        return size;
    }

    private bool TryGet(ulong key, out long place)
    {
        var mask = entries.Length - 1;
        for (var i = (int)(key & (ulong)mask); ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            if (entry.Key == key)
            {
                place = entry.Place;
                return true;
            }

            if (entry.Key == 0)
            {
                place = 0;
                return false;
            }
        }
    }

    private void Put(ulong key, long place)
    {
        if ((count + 1) * 2L > entries.Length)
        {
            var old = entries;
            entries = new Entry[old.Length * 2];
            count = 0;
            foreach (var entry in old)
            {
                if (entry.Key != 0)
                {
                    Put(entry.Key, entry.Place);
                }
            }
        }

        var mask = entries.Length - 1;
        var i = (int)(key & (ulong)mask);
        while (entries[i].Key != 0)
        {
            i = (i + 1) & mask;
        }

        entries[i] = new Entry(key, place);
        count++;
    }

    // FNV-1a over the UTF-16 code units, 64 bits.
    internal static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    private readonly record struct Entry(ulong Key, long Place);
}

namespace EventSchema.Language.Syntax;

/// <summary>
/// Interns identifier and literal text so a name or value written many times in a file is one string, and so the
/// lexer can look it up without first cutting a substring out of the source.
/// </summary>
internal sealed class IdentifierInterner
{
    private const int MaxPooledCount = 1 << 14;

    // Reused by every parse on a thread, so a name repeated across many files is one string.
    [System.ThreadStatic]
    private static IdentifierInterner? s_pooled;

    /// <summary>The calling thread's table; it is emptied when it grows large, so it never holds much memory.</summary>
    public static IdentifierInterner Rent()
    {
        var table = s_pooled ??= new IdentifierInterner();
        if (table._count > MaxPooledCount) s_pooled = table = new IdentifierInterner();
        return table;
    }

    private string?[] _entries = new string?[256];
    private int[] _hashes = new int[256];
    private int _count;

    public string Get(string text, int start, int length)
    {
        int hash = Hash(text, start, length);
        int mask = _entries.Length - 1;
        int index = hash & mask;
        while (true)
        {
            string? entry = _entries[index];
            if (entry is null)
            {
                string name = text.Substring(start, length);
                _entries[index] = name;
                _hashes[index] = hash;
                if (++_count * 2 > _entries.Length) Grow();
                return name;
            }
            if (_hashes[index] == hash && entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0)
            {
                return entry;
            }
            index = (index + 1) & mask;
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over UTF-16 code units.
        unchecked
        {
            int hash = (int)2166136261;
            for (int i = start, end = start + length; i < end; i++) hash = (hash ^ text[i]) * 16777619;
            return hash & 0x7FFFFFFF;
        }
    }

    private void Grow()
    {
        var oldEntries = _entries;
        var oldHashes = _hashes;
        _entries = new string?[oldEntries.Length * 2];
        _hashes = new int[oldEntries.Length * 2];
        int mask = _entries.Length - 1;
        for (int i = 0; i < oldEntries.Length; i++)
        {
            if (oldEntries[i] is null) continue;
            int index = oldHashes[i] & mask;
            while (_entries[index] is not null) index = (index + 1) & mask;
            _entries[index] = oldEntries[i];
            _hashes[index] = oldHashes[i];
        }
    }
}

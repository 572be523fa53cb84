using System;
using System.Text;

namespace EventSchema.Language.Text;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the short strings binding builds by the thousand (event
/// types, summary text), so each costs its string and nothing else. Acquire, append, then
/// <see cref="ToStringAndRelease"/>; a builder acquired while the cached one is out is simply a new one.
/// </summary>
internal static class StringBuilderCache
{
    /// <summary>Builders grown past this are dropped rather than kept for the thread's lifetime.</summary>
    private const int MaxCachedCapacity = 512;

    [ThreadStatic]
    private static StringBuilder? s_cached;

    public static StringBuilder Acquire(int capacity = 16)
    {
        var builder = s_cached;
        if (builder is not null)
        {
            s_cached = null;
            builder.Clear();
            builder.EnsureCapacity(capacity);
            return builder;
        }
        return new StringBuilder(Math.Max(capacity, MaxCachedCapacity / 4));
    }

    /// <summary>The builder's text; the builder goes back to the cache and must not be used again.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        string text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity) s_cached = builder;
        return text;
    }
}

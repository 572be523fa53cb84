namespace EventSchema.Language.Semantics;

/// <summary>The built-in types of the language.</summary>
public enum PrimitiveKind
{
    /// <summary><c>string</c>: text.</summary>
    String,
    /// <summary><c>bool</c>: true or false.</summary>
    Bool,
    /// <summary><c>int</c>: 32-bit signed integer.</summary>
    Int,
    /// <summary><c>long</c>: 64-bit signed integer.</summary>
    Long,
    /// <summary><c>double</c>: 64-bit binary floating point.</summary>
    Double,
    /// <summary><c>decimal</c>: 128-bit decimal.</summary>
    Decimal,
    /// <summary><c>date</c>: a calendar date (ISO 8601 <c>yyyy-MM-dd</c>).</summary>
    Date,
    /// <summary><c>time</c>: a time of day.</summary>
    Time,
    /// <summary><c>datetime</c>: an instant with a UTC offset.</summary>
    DateTime,
    /// <summary><c>duration</c>: a length of time.</summary>
    Duration,
    /// <summary><c>uuid</c>: a 128-bit identifier.</summary>
    Uuid,
    /// <summary><c>uri</c>: an absolute or relative URI.</summary>
    Uri,
}

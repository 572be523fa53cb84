using System;
using System.Text;

namespace EventSchema.Kafka;

/// <summary>Header names and content types of the CloudEvents Kafka protocol binding.</summary>
public static class CloudEventHeaders
{
    /// <summary>The prefix of every context attribute header in binary mode.</summary>
    public const string Prefix = "ce_";

    /// <summary><c>ce_specversion</c>.</summary>
    public const string SpecVersion = "ce_specversion";

    /// <summary><c>ce_id</c>.</summary>
    public const string Id = "ce_id";

    /// <summary><c>ce_source</c>.</summary>
    public const string Source = "ce_source";

    /// <summary><c>ce_type</c>.</summary>
    public const string Type = "ce_type";

    /// <summary><c>ce_time</c>.</summary>
    public const string Time = "ce_time";

    /// <summary><c>ce_subject</c>.</summary>
    public const string Subject = "ce_subject";

    /// <summary><c>ce_dataschema</c>.</summary>
    public const string DataSchema = "ce_dataschema";

    /// <summary>The content type header (the binding's name for <c>datacontenttype</c>).</summary>
    public const string ContentType = "content-type";

    /// <summary>The content type of a structured-mode value.</summary>
    public const string StructuredContentType = "application/cloudevents+json; charset=UTF-8";

    /// <summary>The content type of a binary-mode value: the event's JSON.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>The CloudEvents extension whose value becomes the Kafka message key.</summary>
    public const string PartitionKeyExtension = "partitionkey";

    internal static bool Equals(byte[] utf8, string text)
    {
        if (utf8.Length != text.Length) return Encoding.UTF8.GetString(utf8) == text;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != text[i]) return false;
        }
        return true;
    }

    internal static bool IsStructured(string contentType)
        => contentType.StartsWith("application/cloudevents", StringComparison.OrdinalIgnoreCase);
}

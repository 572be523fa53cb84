using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Builds the <see cref="JsonException"/>s generated readers throw. Each carries a reason and a JSON path
/// (<c>$.sources[0].outlet</c>); its message is the reason followed by the path. A reader throws with the
/// path relative to the value it reads, and each enclosing object or array prefixes its own step, so the
/// happy path pays nothing for path tracking.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class JsonReadErrors
{
    private const string ReasonKey = "EventSchema.JsonReason";
    private const string StepsKey = "EventSchema.JsonPathSteps";
    private const string WithinValueKey = "EventSchema.JsonPathWithinValue";

    /// <summary>An error about the value being read itself (path <c>$</c>).</summary>
    public static JsonException AtValue(string reason) => Create(reason, "$", null);

    /// <summary>As <see cref="AtValue(string)"/>, caused by <paramref name="inner"/>.</summary>
    internal static JsonException AtValue(string reason, Exception inner) => Create(reason, "$", inner);

    /// <summary>An error at <paramref name="path"/>, relative to the value being read.</summary>
    public static JsonException AtPath(string reason, string path) => Create(reason, path, null);

    /// <summary>
    /// The message of <paramref name="error"/> without the <c> (Parameter 'value')</c> an <see cref="ArgumentException"/>
    /// appends: the C# parameter's name means nothing to whoever sent the payload or the text.
    /// </summary>
    internal static string WithoutParameterName(Exception error)
    {
        var message = error.Message;
        if (error is ArgumentException { ParamName: { } parameter })
        {
            var suffix = " (Parameter '" + parameter + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal)) message = message.Substring(0, message.Length - suffix.Length);
        }
        return message;
    }

    /// <summary>The token is not the kind the schema expects, such as a number where a string belongs.</summary>
    public static JsonException UnexpectedToken(string expected, JsonTokenType actual)
        => actual == JsonTokenType.Null
            ? AtValue("Expected " + expected + " but found null; only optional fields may be null.")
            : AtValue("Expected " + expected + " but found " + Describe(actual) + ".");

    /// <summary>A number that does not fit the field's type, such as 3000000000 for an <c>int</c>.</summary>
    public static JsonException OutOfRange(ref Utf8JsonReader reader, string typeKeyword)
        => AtValue("The number " + RawText(ref reader) + " is not a valid " + typeKeyword + " (out of range).");

    /// <summary>A number that is not whole, or not within the range of <paramref name="typeKeyword"/> (int or long).</summary>
    public static JsonException NotWhole(ref Utf8JsonReader reader, string typeKeyword)
        => AtValue("The number " + RawText(ref reader) + " is not a valid " + typeKeyword + " (out of range or not a whole number).");

    /// <summary>A string that does not parse as the field's type, such as a malformed date.</summary>
    public static JsonException InvalidFormat(ref Utf8JsonReader reader, string what)
        => AtValue("The value " + Quote(RawText(ref reader)) + " is not a valid " + what + ".");

    /// <summary>A string that is not one of an enum's values.</summary>
    public static JsonException UnknownEnumValue(ref Utf8JsonReader reader, string enumName, string allowedValues)
        => AtValue("The value " + Quote(RawText(ref reader)) + " is not a member of " + enumName + "; expected one of: " + allowedValues + ".");

    /// <summary>A value the scalar type refused, with the scalar's own explanation.</summary>
    public static JsonException InvalidScalar(string scalarName, Exception reason)
    {
        if (reason is null) throw new ArgumentNullException(nameof(reason));
        // The scalar's own message names it and the rule ("\"cn\" is not a valid CountryCode (pattern): …").
        var message = WithoutParameterName(reason);
        return Create(message.IndexOf(scalarName, StringComparison.Ordinal) >= 0 ? message : "The value is not a valid " + scalarName + ": " + message, "$", reason);
    }

    /// <summary>A required property that is absent.</summary>
    public static JsonException MissingProperty(string typeName, string propertyName)
        => Create(MissingReason(typeName, propertyName), ChildPath("$", propertyName), null);

    /// <summary>
    /// Required properties <paramref name="propertyNames"/> (JSON names, in declaration order; at least one) missing from
    /// an object of <paramref name="typeName"/>: one exception, at the first, naming all. With more than one, its
    /// <see cref="Exception.InnerException"/> is a <see cref="SchemaValidationException"/> holding one <c>required</c>
    /// error per property (their <see cref="ValidationError.JsonPath"/> relative to the object), so a caller can report
    /// every one, as for <see cref="EventJsonOptions.ValidateOnRead"/>.
    /// </summary>
    public static JsonException MissingProperties(string typeName, IReadOnlyList<string> propertyNames)
    {
        if (propertyNames is null) throw new ArgumentNullException(nameof(propertyNames));
        if (propertyNames.Count == 1) return MissingProperty(typeName, propertyNames[0]);
        var reason = new StringBuilder("Missing required properties ");
        var errors = new ValidationError[propertyNames.Count];
        for (var i = 0; i < propertyNames.Count; i++)
        {
            var name = propertyNames[i];
            if (i > 0) reason.Append(i == propertyNames.Count - 1 ? " and " : ", ");
            reason.Append('\'').Append(name).Append('\'');
            errors[i] = new ValidationError(name, "required", MissingReason(typeName, name)) { JsonPath = ChildPath("$", name) };
        }
        reason.Append(" of ").Append(typeName).Append('.');
        return Create(reason.ToString(), ChildPath("$", propertyNames[0]), new SchemaValidationException(ValidationResult.FromErrors(errors)));
    }

    private static string MissingReason(string typeName, string propertyName)
        => "Missing required property '" + propertyName + "' of " + typeName + ".";

    /// <summary>A property that appears twice in one object (path <c>$</c>: the enclosing object adds the property's name).</summary>
    public static JsonException DuplicateProperty()
        => AtValue("The property appears more than once in the object; each property may be given only once.");

    /// <summary>A property the schema does not declare, under <see cref="UnknownPropertyHandling.Reject"/>.</summary>
    public static JsonException UnknownProperty(ref Utf8JsonReader reader, string typeName)
    {
        var name = SafeText(ref reader);
        return Create("The property '" + name + "' is not part of " + typeName + ".", ChildPath("$", name), null);
    }

    /// <summary>A map key that appears twice (path <c>$</c>: the map adds the key).</summary>
    public static JsonException DuplicateKey()
        => AtValue("The key appears more than once in the map; each key may be given only once.");

    /// <summary>A set item equal to an earlier one (path <c>$</c>: the set adds the index).</summary>
    public static JsonException DuplicateItem()
        => AtValue("The item repeats an earlier one; a set holds distinct items.");

    /// <summary>A string longer than <see cref="EventJsonOptions.MaxStringLength"/>.</summary>
    public static JsonException StringTooLong(int maxLength)
        => AtValue("The string is longer than the limit of " + maxLength.ToString(CultureInfo.InvariantCulture) + " UTF-16 code units (EventJsonOptions.MaxStringLength).");

    /// <summary>A property name or map key longer than <see cref="EventJsonOptions.MaxStringLength"/>.</summary>
    public static JsonException NameTooLong(int maxLength)
        => AtValue("The property name or map key is longer than the limit of " + maxLength.ToString(CultureInfo.InvariantCulture) + " UTF-16 code units (EventJsonOptions.MaxStringLength).");

    /// <summary>A collection with more items than <see cref="EventJsonOptions.MaxCollectionSize"/>.</summary>
    public static JsonException CollectionTooLarge(int maxSize)
        => AtValue("The collection has more than the limit of " + maxSize.ToString(CultureInfo.InvariantCulture) + " items (EventJsonOptions.MaxCollectionSize).");

    /// <summary>Nesting deeper than <see cref="EventJsonOptions.MaxDepth"/>.</summary>
    public static JsonException TooDeep(int maxDepth)
        => AtValue("The JSON is nested deeper than the limit of " + maxDepth.ToString(CultureInfo.InvariantCulture) + " levels (EventJsonOptions.MaxDepth).");

    /// <summary>A string or property name that is not Unicode text: bytes that are not UTF-8, or an escaped lone surrogate.</summary>
    public static JsonException InvalidText()
        => AtValue("The text is not valid Unicode: it holds bytes that are not UTF-8, or an escaped lone surrogate such as \\uD800.");

    /// <summary>The input nests deeper than the reading thread's stack has room for, below the configured limit.</summary>
    public static JsonException StackTooSmall(int depth)
        => AtValue("The JSON is nested " + depth.ToString(CultureInfo.InvariantCulture) + " levels deep, more than this thread's stack has room for; lower EventJsonOptions.MaxDepth or read on a thread with a larger stack.");

    /// <summary>The input ended before the value was complete.</summary>
    public static JsonException UnexpectedEnd() => AtValue("The JSON ended before the value was complete.");

    /// <summary>A value read with <see cref="EventJsonOptions.ValidateOnRead"/> that breaks its schema's constraints: every error, in one exception.</summary>
    public static JsonException Invalid(ValidationResult result)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        var reason = new StringBuilder("The value breaks its schema's constraints:");
        foreach (var error in result.Errors)
        {
            reason.Append(' ').Append(error.Path).Append(": ").Append(error.Message).Append(" (").Append(error.Code).Append(')').Append(';');
        }
        reason.Length--;
        reason.Append('.');
        var first = result.Errors.Count > 0 ? result.Errors[0].JsonPath : JsonPathText.Root;
        return Create(reason.ToString(), first, new SchemaValidationException(result));
    }

    /// <summary>
    /// The error for a value read with <see cref="EventJsonOptions.ValidateOnRead"/> that breaks its constraints: the
    /// paths of its message, of <see cref="JsonException.Path"/> and of the inner exception's result name the
    /// properties as the payload does (<paramref name="names"/> maps schema field names to JSON names).
    /// </summary>
    public static JsonException Invalid(ValidationResult result, JsonNameMap names)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        if (names is null) throw new ArgumentNullException(nameof(names));
        var errors = new List<ValidationError>(result.Errors.Count);
        var first = "$";
        foreach (var error in result.Errors)
        {
            names.Translate(error.Path, out var wirePath, out var jsonPath);
            if (errors.Count == 0) first = jsonPath;
            // The JSON path as the translation gives it ($.legs.key, $.legs['odd key']), not one made from the wire path.
            errors.Add(new ValidationError(wirePath, error.Code, error.Message) { JsonPath = jsonPath, MapKey = error.MapKey });
        }
        var translated = ValidationResult.FromErrors(errors);
        var reason = new StringBuilder("The value breaks its schema's constraints:");
        foreach (var error in translated.Errors)
        {
            reason.Append(' ').Append(error.Path).Append(": ").Append(error.Message).Append(" (").Append(error.Code).Append(')').Append(';');
        }
        reason.Length--;
        reason.Append('.');
        return Create(reason.ToString(), first, new SchemaValidationException(translated));
    }

    /// <summary>Prefixes the path of an error raised while reading the value of property <paramref name="propertyName"/>.</summary>
    public static JsonException InProperty(Exception error, string propertyName)
    {
        var (reason, path) = Unpack(error);
        if (path == "$") reason = "Property '" + propertyName + "': " + reason;
        return Create(reason, ChildPath("$", propertyName) + path.Substring(1), error.InnerException ?? NonJsonCause(error), error as JsonException);
    }

    /// <summary>Prefixes the path of an error raised while reading item <paramref name="index"/> of an array.</summary>
    public static JsonException InItem(Exception error, int index)
    {
        var (reason, path) = Unpack(error);
        var step = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        if (path == "$") reason = "Item " + index.ToString(CultureInfo.InvariantCulture) + ": " + reason;
        return Create(reason, "$" + step + path.Substring(1), error.InnerException ?? NonJsonCause(error), error as JsonException);
    }

    /// <summary>
    /// Notes, from an exception filter while <paramref name="error"/> is still on its way out, that it arose in property
    /// <paramref name="propertyName"/>; always false, so the exception passes on. Generated readers build paths this way
    /// rather than catching and throwing anew at every level, which on deeply nested input nests one exception dispatch
    /// per level and can exhaust the stack. The public entry point applies the notes with <see cref="WithNotedPath"/>.
    /// </summary>
    public static bool NoteProperty(Exception error, string propertyName) => Note(error, propertyName);

    /// <summary>Notes that <paramref name="error"/> arose in item <paramref name="index"/> of an array; see <see cref="NoteProperty"/>.</summary>
    public static bool NoteItem(Exception error, int index) => Note(error, index);

    /// <summary>Whether steps were noted on <paramref name="error"/> with <see cref="NoteProperty"/> or <see cref="NoteItem"/>.</summary>
    public static bool HasNotedPath(Exception error) => error?.Data[StepsKey] is List<object>;

    /// <summary>
    /// <paramref name="error"/>, raised inside a value that System.Text.Json reads as part of a larger document, without a
    /// <c>Path</c> (the serializer sets it to where the value sits); the message keeps the path within the value.
    /// </summary>
    public static JsonException WithinValue(JsonException error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        var (reason, path) = Unpack(error);
        var exception = new JsonException(reason + " Path within the value: " + path + ".", error.InnerException ?? error);
        exception.Data[ReasonKey] = reason;
        exception.Data[WithinValueKey] = path;
        return exception;
    }

    /// <summary>
    /// The JSON path of <paramref name="error"/> from the root of the document: its <c>Path</c>, followed by the path
    /// within the value when a generated type was read inside a larger document by System.Text.Json (an item of a
    /// <c>List&lt;T&gt;</c> body: <c>$[0]</c> and <c>$.parcel</c> give <c>$[0].parcel</c>); <c>$</c> when it has none.
    /// </summary>
    public static string PathOf(JsonException error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        var path = string.IsNullOrEmpty(error.Path) ? "$" : error.Path!;
        return error.Data[WithinValueKey] is string within && within.Length > 1 ? path + within.Substring(1) : path;
    }

    /// <summary>The exception to throw for <paramref name="error"/> with its noted steps applied, innermost first.</summary>
    public static JsonException WithNotedPath(JsonException error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        var steps = error.Data[StepsKey] as List<object> ?? new List<object>();
        error.Data.Remove(StepsKey);
        var current = error;
        foreach (var step in steps) current = step is int index ? InItem(current, index) : InProperty(current, (string)step);
        return current;
    }

    private static bool Note(Exception error, object step)
    {
        if (error?.Data is not { IsReadOnly: false } data) return false;
        if (data[StepsKey] is not List<object> steps) data[StepsKey] = steps = new List<object>();
        steps.Add(step);
        return false;
    }

    /// <summary>The reason of an error, without its path: the text a reader gave before any prefixing.</summary>
    public static string ReasonOf(JsonException error)
        => error is null ? throw new ArgumentNullException(nameof(error)) : Unpack(error).Reason;

    private static (string Reason, string Path) Unpack(Exception error)
    {
        if (error is JsonException json && json.Data[ReasonKey] is string reason && json.Path is { } path) return (reason, path);
        // A syntax error from Utf8JsonReader, or a failure inside a type's own code: keep its message.
        return (error.Message, "$");
    }

    private static Exception? NonJsonCause(Exception error) => error is JsonException ? null : error;

    // A syntax error keeps the position the reader gave it (zero-based line and byte in line) through every path step.
    private static JsonException Create(string reason, string path, Exception? inner, JsonException? positioned = null)
    {
        var exception = new JsonException(reason + " Path: " + path + ".", path, positioned?.LineNumber, positioned?.BytePositionInLine, inner);
        exception.Data[ReasonKey] = reason;
        return exception;
    }

    private static string ChildPath(string parent, string name) => JsonPathText.Child(parent, name);

    private static string RawText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return SafeText(ref reader);
        var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The text of a string or name for a message; when it does not decode, its raw JSON text with invalid bytes as U+FFFD.</summary>
    private static string SafeText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static string Quote(string text) => "'" + (text.Length > 100 ? text.Substring(0, 100) + "…" : text) + "'";

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

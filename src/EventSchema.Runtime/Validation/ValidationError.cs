using System;
using EventSchema.Json;

namespace EventSchema;

/// <summary>One broken constraint.</summary>
/// <remarks>
/// Errors reported by generated validators keep the pieces of their path and message (constants of the
/// generated code) and join them on first read, so collecting errors builds no strings nobody reads.
/// </remarks>
public sealed record ValidationError
{
    // Set when the error was reported by a validator and its path or message is not joined yet.
    private readonly string? _pathPrefix;
    private readonly string? _name;
    private readonly string? _jsonPathPrefix;
    private readonly string? _jsonName;
    private readonly string? _subjectPrefix;
    private readonly string? _displayName;
    private readonly string? _rule;

    private string? _path;
    private string? _jsonPath;
    private string? _message;

    /// <summary>Creates an error from its finished parts; its <see cref="JsonPath"/> is <paramref name="Path"/> after <c>$.</c> unless set.</summary>
    /// <param name="Path">Where, as schema field names from the validated object: <c>ambassador.name</c>, <c>sources[0].outlet</c>.</param>
    /// <param name="Code">Which rule, as the decorator's name: <c>maxLength</c>, <c>pattern</c>, <c>minItems</c>, <c>required</c>.</param>
    /// <param name="Message">A sentence for people, such as <c>Ambassador name must be at most 200 characters long.</c></param>
    public ValidationError(string Path, string Code, string Message)
    {
        _path = Path;
        this.Code = Code;
        _message = Message;
    }

    /// <summary>
    /// An error of the field <paramref name="name"/> (or of the object itself when it is null) of the object at
    /// <paramref name="pathPrefix"/>, whose message is the subject, then <paramref name="rule"/>.
    /// </summary>
    internal ValidationError(string pathPrefix, string? name, string jsonPathPrefix, string? jsonName, string subjectPrefix, string? displayName, string code, string rule)
    {
        _pathPrefix = pathPrefix;
        _name = name;
        _jsonPathPrefix = jsonPathPrefix;
        _jsonName = jsonName;
        _subjectPrefix = subjectPrefix;
        _displayName = displayName;
        Code = code;
        _rule = rule;
    }

    /// <summary>Where, as schema field names from the validated object: <c>ambassador.name</c>, <c>sources[0].outlet</c>.</summary>
    public string Path
    {
        get => _path ??= _name is null ? _pathPrefix ?? string.Empty : ValidationText.JoinPath(_pathPrefix, _name);
        init => _path = value;
    }

    /// <summary>
    /// The same place as a JSON path with the names the JSON uses (after <c>@json</c> and the naming option), as
    /// readers report it: <c>$.receivedBy.title</c>, <c>$.sources[0].outlet</c>, <c>$</c> for the object itself.
    /// </summary>
    public string JsonPath
    {
        get => _jsonPath ??= ComposeJsonPath();
        init => _jsonPath = value;
    }

    /// <summary>Which rule, as the decorator's name: <c>maxLength</c>, <c>pattern</c>, <c>minItems</c>, <c>required</c>.</summary>
    public string Code { get; init; }

    /// <summary>
    /// The key, as text, when the error concerns a map entry's key rather than a value: a key that breaks the rules of
    /// its type (<c>map&lt;CountryCode, int&gt;</c>, <c>map&lt;@pattern("…") string, T&gt;</c>), or an enum or scalar key
    /// that holds no valid value. Such an error's <see cref="Path"/> and <see cref="JsonPath"/> are the map's
    /// (<c>legs</c>, <c>$.legs</c>), where the exported JSON Schema's <c>propertyNames</c> applies; an error of the
    /// entry's value is at the entry (<c>legs["AZ"]</c>, <c>$.legs.AZ</c>) and has no <see cref="MapKey"/>. A scalar key
    /// never created with <c>From</c> has no text: it is named as the C# value it is, <c>default(CountryCode)</c>, never as
    /// the empty key "", and the message writes it unquoted where it quotes a real key.
    /// </summary>
    public string? MapKey { get; init; }

    /// <summary>A sentence for people, such as <c>Ambassador name must be at most 200 characters long.</c></summary>
    public string Message
    {
        get => _message ??= ComposeMessage();
        init => _message = value;
    }

    /// <summary>The path, code and message.</summary>
    public void Deconstruct(out string Path, out string Code, out string Message)
    {
        Path = this.Path;
        Code = this.Code;
        Message = this.Message;
    }

    /// <summary>Whether <paramref name="other"/> has the same path, code and message.</summary>
    public bool Equals(ValidationError? other)
        => other is not null
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && string.Equals(Code, other.Code, StringComparison.Ordinal)
            && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCodes.Combine(HashCodes.Combine(HashCodes.Combine(0, Path), Code), Message);

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} ({Code})";

    private string ComposeJsonPath()
    {
        if (_jsonPathPrefix is not null) return _jsonName is null ? _jsonPathPrefix : JsonPathText.Child(_jsonPathPrefix, _jsonName);
        // An error made from finished parts: its path's names are taken as the JSON names.
        var path = Path;
        return path.Length == 0 ? JsonPathText.Root : path[0] == '[' ? JsonPathText.Root + path : JsonPathText.Root + "." + path;
    }

    private string ComposeMessage()
    {
        string subject = _displayName is null ? _subjectPrefix ?? string.Empty : ValidationText.JoinSubject(_subjectPrefix, _displayName);
        return (subject.Length == 0 ? "Value" : subject) + " " + _rule;
    }
}

using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using EventSchema.Json;

namespace EventSchema;

/// <summary>
/// Where generated validators are in the object graph, and whether they collect errors. A scope made
/// with <c>default</c> only checks: the first broken rule ends validation and no path or message is
/// built, so validating a valid object allocates nothing. A scope made with an error list collects
/// every error with its path (<c>sources[0].outlet</c>), the same place as a JSON path with the wire names
/// (<c>$.sources[0].outlet</c>) and a sentence for people.
/// </summary>
/// <remarks>Generated code uses this type; hand-written code calls <see cref="IValidatable.Validate"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly partial struct ValidationScope
{
    private readonly List<ValidationError>? _errors;
    private readonly string _path;
    private readonly string _jsonPath;
    private readonly string _subject;
    // Set in the scope of a map entry's key: the key, as text, that the errors reported here concern.
    private readonly string? _mapKey;

    /// <summary>Creates the root scope that collects every error into <paramref name="errors"/>.</summary>
    public ValidationScope(List<ValidationError> errors)
        : this(errors, string.Empty, JsonPathText.Root, string.Empty) { }

    private ValidationScope(List<ValidationError>? errors, string path, string jsonPath, string subject, string? mapKey = null)
    {
        _errors = errors;
        _path = path;
        _jsonPath = jsonPath;
        _subject = subject;
        _mapKey = mapKey;
    }

    /// <summary>
    /// Validates <paramref name="value"/>: a first walk only checks, and a valid value returns
    /// <see cref="ValidationResult.Success"/> having allocated nothing; otherwise a second walk collects every error.
    /// </summary>
    /// <remarks>Every generated <c>Validate()</c> is this one call, which costs the compiler less than its body per type.</remarks>
    public static ValidationResult Validate(IScopedValidatable value)
    {
        if (value is null) throw new System.ArgumentNullException(nameof(value));
        if (value.CollectValidationErrors(default)) return ValidationResult.Success;
        var errors = new List<ValidationError>();
        value.CollectValidationErrors(new ValidationScope(errors));
        return ValidationResult.FromErrors(errors);
    }

    /// <summary>Whether errors are collected (true) or validation stops at the first one (false).</summary>
    public bool IsCollecting => _errors is not null;

    /// <summary>The path of this scope, such as <c>ambassador</c>; empty at the root.</summary>
    public string Path => _path ?? string.Empty;

    /// <summary>The JSON path of this scope with the wire names, such as <c>$.ambassador</c>; <c>$</c> at the root.</summary>
    public string JsonPath => _jsonPath ?? JsonPathText.Root;

    /// <summary>The scope of the field <paramref name="name"/>, shown to people as <paramref name="displayName"/> (such as "Received by").</summary>
    public ValidationScope Member(string name, string displayName) => Member(name, name, displayName);

    /// <summary>As <see cref="Member(string, string)"/>, for a field whose JSON name <paramref name="jsonName"/> differs from its schema name.</summary>
    public ValidationScope Member(string name, string jsonName, string displayName)
        => _errors is null ? this : new ValidationScope(_errors, JoinPath(_path, name), JsonPathText.Child(_jsonPath, jsonName), JoinSubject(_subject, displayName));

    /// <summary>The scope of item <paramref name="index"/> of the collection field <paramref name="name"/>; people read it as "Source 1".</summary>
    public ValidationScope Item(string name, string itemDisplayName, int index) => Item(name, name, itemDisplayName, index);

    /// <summary>As <see cref="Item(string, string, int)"/>, for a field whose JSON name <paramref name="jsonName"/> differs from its schema name.</summary>
    public ValidationScope Item(string name, string jsonName, string itemDisplayName, int index)
        => _errors is null
            ? this
            : new ValidationScope(
                _errors,
                JoinPath(_path, name) + IndexStep(index),
                JsonPathText.Child(_jsonPath, jsonName) + IndexStep(index),
                JoinSubject(_subject, itemDisplayName + " " + (index + 1).ToString(CultureInfo.InvariantCulture)));

    /// <summary>The scope of the entry <paramref name="key"/> of the map field <paramref name="name"/>; people read it as <c>Label "key"</c>.</summary>
    public ValidationScope Entry(string name, string entryDisplayName, string key) => Entry(name, name, entryDisplayName, MapKeyText.Of(key));

    /// <summary>As <see cref="Entry(string, string, string)"/>, for a field whose JSON name <paramref name="jsonName"/> differs from its schema name.</summary>
    public ValidationScope Entry(string name, string jsonName, string entryDisplayName, string key) => Entry(name, jsonName, entryDisplayName, MapKeyText.Of(key));

    /// <summary>As <see cref="Entry(string, string, string)"/>, for a key that may be a scalar with no value (<c>Label default(CountryCode)</c>).</summary>
    public ValidationScope Entry(string name, string entryDisplayName, MapKeyText key) => Entry(name, name, entryDisplayName, key);

    /// <summary>As <see cref="Entry(string, string, MapKeyText)"/>, for a field whose JSON name <paramref name="jsonName"/> differs from its schema name.</summary>
    public ValidationScope Entry(string name, string jsonName, string entryDisplayName, MapKeyText key)
        => _errors is null
            ? this
            : new ValidationScope(
                _errors,
                JoinPath(_path, name) + key.PathStep,
                key.JsonPathOf(JsonPathText.Child(_jsonPath, jsonName)),
                JoinSubject(_subject, entryDisplayName + " " + key.Subject));

    /// <summary>
    /// The scope of the key <paramref name="key"/> of the map field <paramref name="name"/>, where the key's own rules are
    /// checked; people read it as <c>Label key "key"</c>. Its errors are at the map's path, as the exported JSON Schema's
    /// <c>propertyNames</c> is a keyword of the map's own schema, and carry the key in <see cref="ValidationError.MapKey"/>;
    /// the errors of the entry's value stay at the entry's path (<see cref="Entry(string, string, string)"/>).
    /// </summary>
    public ValidationScope EntryKey(string name, string displayName, string key) => EntryKey(name, name, displayName, MapKeyText.Of(key));

    /// <summary>As <see cref="EntryKey(string, string, string)"/>, for a field whose JSON name <paramref name="jsonName"/> differs from its schema name.</summary>
    public ValidationScope EntryKey(string name, string jsonName, string displayName, string key) => EntryKey(name, jsonName, displayName, MapKeyText.Of(key));

    /// <summary>
    /// As <see cref="EntryKey(string, string, string)"/>, for a key that may be a scalar with no value: its errors read
    /// <c>Label key default(CountryCode)</c> and carry <c>default(CountryCode)</c> in <see cref="ValidationError.MapKey"/>.
    /// </summary>
    public ValidationScope EntryKey(string name, string displayName, MapKeyText key) => EntryKey(name, name, displayName, key);

    /// <summary>As <see cref="EntryKey(string, string, MapKeyText)"/>, for a field whose JSON name <paramref name="jsonName"/> differs from its schema name.</summary>
    public ValidationScope EntryKey(string name, string jsonName, string displayName, MapKeyText key)
        => _errors is null
            ? this
            : new ValidationScope(
                _errors,
                JoinPath(_path, name),
                JsonPathText.Child(_jsonPath, jsonName),
                JoinSubject(_subject, displayName + " key " + key.Subject),
                key.Name);

    /// <summary>
    /// The scope of the key <paramref name="key"/> of the map this scope stands for (a map inside a collection); its errors
    /// are at this scope's path and carry the key (see <see cref="EntryKey(string, string, string)"/>).
    /// </summary>
    public ValidationScope KeyOf(string key) => KeyOf(MapKeyText.Of(key));

    /// <summary>As <see cref="KeyOf(string)"/>, for a key that may be a scalar with no value.</summary>
    public ValidationScope KeyOf(MapKeyText key)
        => _errors is null ? this : new ValidationScope(_errors, _path, JsonPath, JoinSubject(_subject, "key " + key.Subject), key.Name);

    /// <summary>The scope of item <paramref name="index"/> of the collection this scope stands for (a list inside a list).</summary>
    public ValidationScope Index(int index)
        => _errors is null
            ? this
            : new ValidationScope(
                _errors,
                _path + IndexStep(index),
                JsonPath + IndexStep(index),
                JoinSubject(_subject, "item " + (index + 1).ToString(CultureInfo.InvariantCulture)));

    /// <summary>The scope of the entry <paramref name="key"/> of the map this scope stands for (a map inside a collection).</summary>
    public ValidationScope Key(string key) => Key(MapKeyText.Of(key));

    /// <summary>As <see cref="Key(string)"/>, for a key that may be a scalar with no value.</summary>
    public ValidationScope Key(MapKeyText key)
        => _errors is null
            ? this
            : new ValidationScope(_errors, _path + key.PathStep, key.JsonPathOf(JsonPath), JoinSubject(_subject, "entry " + key.Subject));

    /// <summary>
    /// Reports that the rule <paramref name="code"/> is broken here; <paramref name="rule"/> completes the
    /// sentence that starts with this scope's subject ("must be at most 200 characters long.").
    /// Returns whether validation goes on: false when only checking.
    /// </summary>
    public bool Report(string code, string rule)
    {
        if (_errors is null) return false;
        _errors.Add(new ValidationError(Path, null, JsonPath, null, _subject ?? string.Empty, null, code, rule) { MapKey = _mapKey });
        return true;
    }

    /// <summary>
    /// Reports that the rule <paramref name="code"/> is broken in the field <paramref name="name"/> of the object of
    /// this scope, and clears <paramref name="valid"/>. The error's path and message are joined only when read, so
    /// the generated constants for the field's name, <paramref name="displayName"/> and <paramref name="rule"/> are all
    /// an error holds. Returns whether validation goes on: false when only checking.
    /// </summary>
    public bool Report(ref bool valid, string name, string displayName, string code, string rule)
        => Report(ref valid, name, name, displayName, code, rule);

    /// <summary>
    /// As <see cref="Report(ref bool, string, string, string, string)"/>, for a field whose JSON name
    /// <paramref name="jsonName"/> differs from its schema name.
    /// </summary>
    public bool Report(ref bool valid, string name, string jsonName, string displayName, string code, string rule)
    {
        valid = false;
        if (_errors is null) return false;
        _errors.Add(new ValidationError(Path, name, JsonPath, jsonName, _subject ?? string.Empty, displayName, code, rule));
        return true;
    }

    /// <summary>As <see cref="Report(string, string)"/>, and clears <paramref name="valid"/>.</summary>
    public bool Report(ref bool valid, string code, string rule)
    {
        valid = false;
        return Report(code, rule);
    }

    /// <summary>
    /// Takes the outcome of a nested object's check (<paramref name="nestedValid"/>) into <paramref name="valid"/>.
    /// Returns whether validation goes on: false when the nested object is invalid and this scope only checks.
    /// </summary>
    public bool Merge(ref bool valid, bool nestedValid)
    {
        if (nestedValid) return true;
        valid = false;
        return _errors is not null;
    }

    /// <summary>
    /// Reports each null item of the list field <paramref name="name"/> as a broken <c>required</c> rule with the
    /// sentence end <paramref name="rule"/>, and clears <paramref name="valid"/> if there is one. One call for what
    /// would otherwise be a generated loop. Returns whether validation goes on: false when only checking.
    /// </summary>
    public bool ItemsPresent<T>(ref bool valid, IReadOnlyList<T> items, string name, string itemDisplayName, string rule)
        where T : class
        => ItemsPresent(ref valid, items, name, name, itemDisplayName, rule);

    /// <summary>
    /// As <see cref="ItemsPresent{T}(ref bool, IReadOnlyList{T}, string, string, string)"/>, for a field whose JSON
    /// name <paramref name="jsonName"/> differs from its schema name.
    /// </summary>
    public bool ItemsPresent<T>(ref bool valid, IReadOnlyList<T> items, string name, string jsonName, string itemDisplayName, string rule)
        where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is null && !Item(name, jsonName, itemDisplayName, i).Report(ref valid, "required", rule)) return false;
        }
        return true;
    }

    /// <summary>
    /// As <see cref="ItemsPresent{T}(ref bool, IReadOnlyList{T}, string, string, string)"/> for a list of strings, and
    /// reports each item holding a lone surrogate as a broken <c>type</c> rule: no JSON string can hold it.
    /// </summary>
    public bool ItemsPresent(ref bool valid, IReadOnlyList<string> items, string name, string itemDisplayName, string rule)
        => ItemsPresent(ref valid, items, name, name, itemDisplayName, rule);

    /// <summary>
    /// As <see cref="ItemsPresent(ref bool, IReadOnlyList{string}, string, string, string)"/>, for a field whose JSON
    /// name <paramref name="jsonName"/> differs from its schema name.
    /// </summary>
    public bool ItemsPresent(ref bool valid, IReadOnlyList<string> items, string name, string jsonName, string itemDisplayName, string rule)
    {
        for (int i = 0; i < items.Count; i++)
        {
            string item = items[i];
            if (item is null)
            {
                if (!Item(name, jsonName, itemDisplayName, i).Report(ref valid, "required", rule)) return false;
            }
            else if (Validation.CodePoints.HasUnpairedSurrogate(item) && !Item(name, jsonName, itemDisplayName, i).Report(ref valid, "type", Validation.CodePoints.UnpairedSurrogateRule))
            {
                return false;
            }
        }
        return true;
    }

    private static string JoinPath(string? path, string name) => ValidationText.JoinPath(path, name);

    private static string IndexStep(int index) => "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string JoinSubject(string? subject, string displayName) => ValidationText.JoinSubject(subject, displayName);
}

// day.eventschema

/// <summary>
/// Everything one day of diplomatic news can report: a stream of these reads as one typed value per event,
/// told apart by the event type in the `type` property.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class DiplomaticEvent : global::System.IEquatable<DiplomaticEvent>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private DiplomaticEvent(object value, int member)
    {
        _value = value;
        _member = member;
    }

    /// <summary>The name of the property that says on the wire which member a value is: <c>type</c>.</summary>
    public const string DiscriminatorProperty = "type";

    /// <summary>The member value: an instance of exactly one of the member types.</summary>
    public object Value => _value;

    /// <summary>The discriminator value of the member this holds, as written on the wire.</summary>
    public string Discriminator => _member switch
    {
        0 => "diplomacy.credentials-presented.v3",
        1 => "diplomacy.partnership-recalled.v1",
        2 => "diplomacy.cooperation-highlighted.v1",
        3 => "diplomacy.support-reaffirmed.v1",
        4 => "diplomacy.greetings-conveyed.v1",
        5 => "diplomacy.regards-conveyed.v1",
        6 => "diplomacy.integrity-support-affirmed.v1",
        7 => "diplomacy.legacy-acknowledged.v1",
        8 => "diplomacy.news.report-published.v2",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Diplomacy.CredentialsPresented"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.CredentialsPresented value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Diplomacy.CredentialsPresented"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.CredentialsPresented? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.PartnershipRecalled"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.PartnershipRecalled value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Diplomacy.PartnershipRecalled"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.PartnershipRecalled? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.CooperationHighlighted"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.CooperationHighlighted value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 2);

    /// <summary>Wraps a <see cref="global::Diplomacy.CooperationHighlighted"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.CooperationHighlighted? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.SupportReaffirmed"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.SupportReaffirmed value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 3);

    /// <summary>Wraps a <see cref="global::Diplomacy.SupportReaffirmed"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.SupportReaffirmed? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.GreetingsConveyed"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.GreetingsConveyed value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 4);

    /// <summary>Wraps a <see cref="global::Diplomacy.GreetingsConveyed"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.GreetingsConveyed? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.RegardsConveyed"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.RegardsConveyed value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 5);

    /// <summary>Wraps a <see cref="global::Diplomacy.RegardsConveyed"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.RegardsConveyed? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.IntegritySupportAffirmed"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.IntegritySupportAffirmed value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 6);

    /// <summary>Wraps a <see cref="global::Diplomacy.IntegritySupportAffirmed"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.IntegritySupportAffirmed? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.LegacyAcknowledged"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.LegacyAcknowledged value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 7);

    /// <summary>Wraps a <see cref="global::Diplomacy.LegacyAcknowledged"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.LegacyAcknowledged? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Diplomacy.News.ReportPublished"/>.</summary>
    public static DiplomaticEvent From(global::Diplomacy.News.ReportPublished value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 8);

    /// <summary>Wraps a <see cref="global::Diplomacy.News.ReportPublished"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator DiplomaticEvent?(global::Diplomacy.News.ReportPublished? value) => value is null ? null : From(value);

    /// <summary>Wraps <paramref name="value"/> when it is one of the members; returns false for any other event.</summary>
    public static bool TryFromEvent(global::EventSchema.IEvent? value, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiplomaticEvent? result)
    {
        switch (value)
        {
            case global::Diplomacy.CredentialsPresented __member0: result = new DiplomaticEvent(__member0, 0); return true;
            case global::Diplomacy.PartnershipRecalled __member1: result = new DiplomaticEvent(__member1, 1); return true;
            case global::Diplomacy.CooperationHighlighted __member2: result = new DiplomaticEvent(__member2, 2); return true;
            case global::Diplomacy.SupportReaffirmed __member3: result = new DiplomaticEvent(__member3, 3); return true;
            case global::Diplomacy.GreetingsConveyed __member4: result = new DiplomaticEvent(__member4, 4); return true;
            case global::Diplomacy.RegardsConveyed __member5: result = new DiplomaticEvent(__member5, 5); return true;
            case global::Diplomacy.IntegritySupportAffirmed __member6: result = new DiplomaticEvent(__member6, 6); return true;
            case global::Diplomacy.LegacyAcknowledged __member7: result = new DiplomaticEvent(__member7, 7); return true;
            case global::Diplomacy.News.ReportPublished __member8: result = new DiplomaticEvent(__member8, 8); return true;
            default: result = null!; return false;
        }
    }

    /// <summary>Wraps <paramref name="value"/>, which must be one of the members.</summary>
    /// <exception cref="global::System.ArgumentException">The event is not one of the members.</exception>
    public static DiplomaticEvent FromEvent(global::EventSchema.IEvent value)
        => TryFromEvent(value ?? throw new global::System.ArgumentNullException(nameof(value)), out var result) ? result : throw new global::System.ArgumentException("The event " + value.EventType + " is not a member of DiplomaticEvent; its members are diplomacy.credentials-presented.v3, diplomacy.partnership-recalled.v1, diplomacy.cooperation-highlighted.v1, diplomacy.support-reaffirmed.v1, diplomacy.greetings-conveyed.v1, diplomacy.regards-conveyed.v1, diplomacy.integrity-support-affirmed.v1, diplomacy.legacy-acknowledged.v1, diplomacy.news.report-published.v2.", nameof(value));

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Diplomacy.CredentialsPresented, TResult> credentialsPresented, global::System.Func<global::Diplomacy.PartnershipRecalled, TResult> partnershipRecalled, global::System.Func<global::Diplomacy.CooperationHighlighted, TResult> cooperationHighlighted, global::System.Func<global::Diplomacy.SupportReaffirmed, TResult> supportReaffirmed, global::System.Func<global::Diplomacy.GreetingsConveyed, TResult> greetingsConveyed, global::System.Func<global::Diplomacy.RegardsConveyed, TResult> regardsConveyed, global::System.Func<global::Diplomacy.IntegritySupportAffirmed, TResult> integritySupportAffirmed, global::System.Func<global::Diplomacy.LegacyAcknowledged, TResult> legacyAcknowledged, global::System.Func<global::Diplomacy.News.ReportPublished, TResult> reportPublished)
    {
        switch (_member)
        {
            case 0: return (credentialsPresented ?? throw new global::System.ArgumentNullException(nameof(credentialsPresented)))((global::Diplomacy.CredentialsPresented)_value);
            case 1: return (partnershipRecalled ?? throw new global::System.ArgumentNullException(nameof(partnershipRecalled)))((global::Diplomacy.PartnershipRecalled)_value);
            case 2: return (cooperationHighlighted ?? throw new global::System.ArgumentNullException(nameof(cooperationHighlighted)))((global::Diplomacy.CooperationHighlighted)_value);
            case 3: return (supportReaffirmed ?? throw new global::System.ArgumentNullException(nameof(supportReaffirmed)))((global::Diplomacy.SupportReaffirmed)_value);
            case 4: return (greetingsConveyed ?? throw new global::System.ArgumentNullException(nameof(greetingsConveyed)))((global::Diplomacy.GreetingsConveyed)_value);
            case 5: return (regardsConveyed ?? throw new global::System.ArgumentNullException(nameof(regardsConveyed)))((global::Diplomacy.RegardsConveyed)_value);
            case 6: return (integritySupportAffirmed ?? throw new global::System.ArgumentNullException(nameof(integritySupportAffirmed)))((global::Diplomacy.IntegritySupportAffirmed)_value);
            case 7: return (legacyAcknowledged ?? throw new global::System.ArgumentNullException(nameof(legacyAcknowledged)))((global::Diplomacy.LegacyAcknowledged)_value);
            case 8: return (reportPublished ?? throw new global::System.ArgumentNullException(nameof(reportPublished)))((global::Diplomacy.News.ReportPublished)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Diplomacy.CredentialsPresented> credentialsPresented, global::System.Action<global::Diplomacy.PartnershipRecalled> partnershipRecalled, global::System.Action<global::Diplomacy.CooperationHighlighted> cooperationHighlighted, global::System.Action<global::Diplomacy.SupportReaffirmed> supportReaffirmed, global::System.Action<global::Diplomacy.GreetingsConveyed> greetingsConveyed, global::System.Action<global::Diplomacy.RegardsConveyed> regardsConveyed, global::System.Action<global::Diplomacy.IntegritySupportAffirmed> integritySupportAffirmed, global::System.Action<global::Diplomacy.LegacyAcknowledged> legacyAcknowledged, global::System.Action<global::Diplomacy.News.ReportPublished> reportPublished)
    {
        switch (_member)
        {
            case 0: (credentialsPresented ?? throw new global::System.ArgumentNullException(nameof(credentialsPresented)))((global::Diplomacy.CredentialsPresented)_value); return;
            case 1: (partnershipRecalled ?? throw new global::System.ArgumentNullException(nameof(partnershipRecalled)))((global::Diplomacy.PartnershipRecalled)_value); return;
            case 2: (cooperationHighlighted ?? throw new global::System.ArgumentNullException(nameof(cooperationHighlighted)))((global::Diplomacy.CooperationHighlighted)_value); return;
            case 3: (supportReaffirmed ?? throw new global::System.ArgumentNullException(nameof(supportReaffirmed)))((global::Diplomacy.SupportReaffirmed)_value); return;
            case 4: (greetingsConveyed ?? throw new global::System.ArgumentNullException(nameof(greetingsConveyed)))((global::Diplomacy.GreetingsConveyed)_value); return;
            case 5: (regardsConveyed ?? throw new global::System.ArgumentNullException(nameof(regardsConveyed)))((global::Diplomacy.RegardsConveyed)_value); return;
            case 6: (integritySupportAffirmed ?? throw new global::System.ArgumentNullException(nameof(integritySupportAffirmed)))((global::Diplomacy.IntegritySupportAffirmed)_value); return;
            case 7: (legacyAcknowledged ?? throw new global::System.ArgumentNullException(nameof(legacyAcknowledged)))((global::Diplomacy.LegacyAcknowledged)_value); return;
            case 8: (reportPublished ?? throw new global::System.ArgumentNullException(nameof(reportPublished)))((global::Diplomacy.News.ReportPublished)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(DiplomaticEvent? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiplomaticEvent);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(DiplomaticEvent? left, DiplomaticEvent? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(DiplomaticEvent? left, DiplomaticEvent? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Diplomacy.CredentialsPresented)_value).CollectValidationErrors(scope),
        1 => ((global::Diplomacy.PartnershipRecalled)_value).CollectValidationErrors(scope),
        2 => ((global::Diplomacy.CooperationHighlighted)_value).CollectValidationErrors(scope),
        3 => ((global::Diplomacy.SupportReaffirmed)_value).CollectValidationErrors(scope),
        4 => ((global::Diplomacy.GreetingsConveyed)_value).CollectValidationErrors(scope),
        5 => ((global::Diplomacy.RegardsConveyed)_value).CollectValidationErrors(scope),
        6 => ((global::Diplomacy.IntegritySupportAffirmed)_value).CollectValidationErrors(scope),
        7 => ((global::Diplomacy.LegacyAcknowledged)_value).CollectValidationErrors(scope),
        8 => ((global::Diplomacy.News.ReportPublished)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class DiplomaticEvent : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'diplomacy.credentials-presented.v1' to 'diplomacy.credentials-presented.v3', 'diplomacy.partnership-recalled.v1', 'diplomacy.cooperation-highlighted.v1', 'diplomacy.support-reaffirmed.v1', 'diplomacy.greetings-conveyed.v1', 'diplomacy.regards-conveyed.v1', 'diplomacy.integrity-support-affirmed.v1', 'diplomacy.legacy-acknowledged.v1', 'diplomacy.news.report-published.v2'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Diplomacy.CredentialsPresented.__wireNameMap, static () => global::Diplomacy.PartnershipRecalled.__wireNameMap, static () => global::Diplomacy.CooperationHighlighted.__wireNameMap, static () => global::Diplomacy.SupportReaffirmed.__wireNameMap, static () => global::Diplomacy.GreetingsConveyed.__wireNameMap, static () => global::Diplomacy.RegardsConveyed.__wireNameMap, static () => global::Diplomacy.IntegritySupportAffirmed.__wireNameMap, static () => global::Diplomacy.LegacyAcknowledged.__wireNameMap, static () => global::Diplomacy.News.ReportPublished.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"DiplomaticEvent\",\n  \"type\": \"object\",\n  \"required\": [\n    \"type\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"CredentialsPresented\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.credentials-presented.v3\"\n        },\n        \"ambassador\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"receivedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"place\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 200\n        },\n        \"sources\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n          },\n          \"minItems\": 1\n        },\n        \"greetingsFrom\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ],\n          \"description\": \"The head of state whose greetings the ambassador conveyed, when the report names one.\"\n        },\n        \"conversationHeld\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the head of state held a conversation with the ambassador at the ceremony.\",\n          \"default\": false\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"ambassador\",\n        \"receivedBy\",\n        \"occurredOn\",\n        \"sources\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A newly appointed ambassador presents letters of credence to the head of the receiving state.\"\n    },\n    {\n      \"title\": \"PartnershipRecalled\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.partnership-recalled.v1\"\n        },\n        \"recalledBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"counterpart\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"agreement\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"description\": \"The agreement adopted, such as a joint declaration on strategic partnership.\"\n        },\n        \"adoptedIn\": {\n          \"type\": \"integer\",\n          \"minimum\": 1991,\n          \"maximum\": 2100,\n          \"description\": \"The year the agreement was adopted.\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"recalledBy\",\n        \"counterpart\",\n        \"agreement\",\n        \"adoptedIn\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A leader recalls an earlier meeting and the agreement adopted at it.\"\n    },\n    {\n      \"title\": \"CooperationHighlighted\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.cooperation-highlighted.v1\"\n        },\n        \"highlightedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"partner\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        },\n        \"areas\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.CooperationArea\"\n          },\n          \"minItems\": 1,\n          \"maxItems\": 20,\n          \"uniqueItems\": true\n        },\n        \"moreAreas\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the speaker added \\\"and other areas\\\" to the list.\",\n          \"default\": false\n        },\n        \"initiatives\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.Initiative\"\n          }\n        },\n        \"notes\": {\n          \"type\": [\n            \"object\",\n            \"null\"\n          ],\n          \"additionalProperties\": {\n            \"type\": \"string\"\n          },\n          \"description\": \"Free-form notes keyed by topic, such as \\\"international organizations\\\".\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"highlightedBy\",\n        \"partner\",\n        \"areas\",\n        \"initiatives\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"The head of state lists the areas in which the two countries cooperate.\"\n    },\n    {\n      \"title\": \"SupportReaffirmed\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.support-reaffirmed.v1\"\n        },\n        \"supporter\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"beneficiary\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\",\n          \"description\": \"The state whose policy is supported, such as CN.\"\n        },\n        \"principle\": {\n          \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n        },\n        \"policy\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 120,\n          \"description\": \"The policy as the source names it, such as \\\"One China\\\".\"\n        },\n        \"characterisation\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 60,\n          \"description\": \"How the source characterised the support, such as \\\"unwavering\\\".\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"supporter\",\n        \"beneficiary\",\n        \"principle\",\n        \"policy\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"One state reaffirms its support for a policy or principle of another.\"\n    },\n    {\n      \"title\": \"GreetingsConveyed\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.greetings-conveyed.v1\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"via\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"reciprocated\": {\n          \"type\": \"boolean\",\n          \"default\": false\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"from\",\n        \"to\",\n        \"via\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Greetings from one leader are conveyed to another by an envoy.\"\n    },\n    {\n      \"title\": \"RegardsConveyed\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.regards-conveyed.v1\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The leader sending the regards.\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The leader the regards are meant for.\"\n        },\n        \"via\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The envoy asked to carry them.\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"thankedForGreetings\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the sender first thanked the envoy for greetings received.\",\n          \"default\": true\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"from\",\n        \"to\",\n        \"via\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A head of state asks an envoy to carry regards back to the leader who sent greetings.\"\n    },\n    {\n      \"title\": \"IntegritySupportAffirmed\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.integrity-support-affirmed.v1\"\n        },\n        \"affirmedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"principles\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n          },\n          \"minItems\": 1,\n          \"uniqueItems\": true\n        },\n        \"supported\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"affirmedBy\",\n        \"principles\",\n        \"supported\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A state affirms it backs another's territorial integrity and sovereignty.\"\n    },\n    {\n      \"title\": \"LegacyAcknowledged\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.legacy-acknowledged.v1\"\n        },\n        \"acknowledgedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"honoured\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The leader honoured, such as National Leader Heydar Aliyev.\"\n        },\n        \"honorific\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 80,\n          \"default\": \"National Leader\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"acknowledgedBy\",\n        \"honoured\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"An envoy acknowledges the role of a past leader in the relationship.\"\n    },\n    {\n      \"title\": \"ReportPublished\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"diplomacy.news.report-published.v2\"\n        },\n        \"outlet\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"citing\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"description\": \"The agency the outlet cites, such as AZERTAC.\"\n        },\n        \"headline\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 300\n        },\n        \"publishedOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"covers\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          },\n          \"minItems\": 1,\n          \"description\": \"The events the report describes, by event type.\"\n        },\n        \"source\": {\n          \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n        },\n        \"country\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        },\n        \"wordCount\": {\n          \"type\": [\n            \"integer\",\n            \"null\"\n          ],\n          \"minimum\": -2147483648,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"outlet\",\n        \"headline\",\n        \"publishedOn\",\n        \"covers\",\n        \"source\",\n        \"country\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A news outlet publishes a report about a diplomatic event, citing an agency.\"\n    }\n  ],\n  \"description\": \"Everything one day of diplomatic news can report: a stream of these reads as one typed value per event,\\ntold apart by the event type in the `type` property.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_Attribution, global::Diplomacy.__JsonSchemaDefinitions.T_CooperationArea, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Initiative, global::Diplomacy.__JsonSchemaDefinitions.T_Official, global::Diplomacy.__JsonSchemaDefinitions.T_SupportedPrinciple);
    private static string? __jsonSchema;

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Diplomacy.DiplomaticEvent> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Diplomacy.DiplomaticEvent>(
        "DiplomaticEvent", DiscriminatorProperty, new string[] { "diplomacy.credentials-presented.v3", "diplomacy.partnership-recalled.v1", "diplomacy.cooperation-highlighted.v1", "diplomacy.support-reaffirmed.v1", "diplomacy.greetings-conveyed.v1", "diplomacy.regards-conveyed.v1", "diplomacy.integrity-support-affirmed.v1", "diplomacy.legacy-acknowledged.v1", "diplomacy.news.report-published.v2" }, JsonSchema,
        static (ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options) => ReadJson(ref reader, options),
        static (writer, value) => value.WriteJson(writer),
        static value => value.Validate(),
        static value => TryFromEvent(value, out var result) ? result : null);

    /// <summary>Writes the member as a JSON object whose first property is the discriminator.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        __WriteJsonRaw(ref raw);
        raw.Complete();
    }

    /// <summary>Writes this value into a raw writer, the discriminator first; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.StartObject();
        raw.Name(",\"type\":"u8);
        switch (_member)
        {
            case 0: raw.String("diplomacy.credentials-presented.v3"); ((global::Diplomacy.CredentialsPresented)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("diplomacy.partnership-recalled.v1"); ((global::Diplomacy.PartnershipRecalled)_value).__WriteJsonRawMembers(ref raw); break;
            case 2: raw.String("diplomacy.cooperation-highlighted.v1"); ((global::Diplomacy.CooperationHighlighted)_value).__WriteJsonRawMembers(ref raw); break;
            case 3: raw.String("diplomacy.support-reaffirmed.v1"); ((global::Diplomacy.SupportReaffirmed)_value).__WriteJsonRawMembers(ref raw); break;
            case 4: raw.String("diplomacy.greetings-conveyed.v1"); ((global::Diplomacy.GreetingsConveyed)_value).__WriteJsonRawMembers(ref raw); break;
            case 5: raw.String("diplomacy.regards-conveyed.v1"); ((global::Diplomacy.RegardsConveyed)_value).__WriteJsonRawMembers(ref raw); break;
            case 6: raw.String("diplomacy.integrity-support-affirmed.v1"); ((global::Diplomacy.IntegritySupportAffirmed)_value).__WriteJsonRawMembers(ref raw); break;
            case 7: raw.String("diplomacy.legacy-acknowledged.v1"); ((global::Diplomacy.LegacyAcknowledged)_value).__WriteJsonRawMembers(ref raw); break;
            case 8: raw.String("diplomacy.news.report-published.v2"); ((global::Diplomacy.News.ReportPublished)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static DiplomaticEvent ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static DiplomaticEvent FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static DiplomaticEvent FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<DiplomaticEvent> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static DiplomaticEvent __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "DiplomaticEvent", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "diplomacy.credentials-presented.v3": return new DiplomaticEvent(global::Diplomacy.CredentialsPresented.__ReadJson(ref reader, options), 0);
            case "diplomacy.credentials-presented.v1": return new DiplomaticEvent(global::Diplomacy.CredentialsPresented.V1.__ReadJson(ref reader, options).ToCurrent(), 0);
            case "diplomacy.credentials-presented.v2": return new DiplomaticEvent(global::Diplomacy.CredentialsPresented.V2.__ReadJson(ref reader, options).ToCurrent(), 0);
            case "diplomacy.partnership-recalled.v1": return new DiplomaticEvent(global::Diplomacy.PartnershipRecalled.__ReadJson(ref reader, options), 1);
            case "diplomacy.cooperation-highlighted.v1": return new DiplomaticEvent(global::Diplomacy.CooperationHighlighted.__ReadJson(ref reader, options), 2);
            case "diplomacy.support-reaffirmed.v1": return new DiplomaticEvent(global::Diplomacy.SupportReaffirmed.__ReadJson(ref reader, options), 3);
            case "diplomacy.greetings-conveyed.v1": return new DiplomaticEvent(global::Diplomacy.GreetingsConveyed.__ReadJson(ref reader, options), 4);
            case "diplomacy.regards-conveyed.v1": return new DiplomaticEvent(global::Diplomacy.RegardsConveyed.__ReadJson(ref reader, options), 5);
            case "diplomacy.integrity-support-affirmed.v1": return new DiplomaticEvent(global::Diplomacy.IntegritySupportAffirmed.__ReadJson(ref reader, options), 6);
            case "diplomacy.legacy-acknowledged.v1": return new DiplomaticEvent(global::Diplomacy.LegacyAcknowledged.__ReadJson(ref reader, options), 7);
            case "diplomacy.news.report-published.v2": return new DiplomaticEvent(global::Diplomacy.News.ReportPublished.__ReadJson(ref reader, options), 8);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "DiplomaticEvent", __KnownDiscriminators);
        }
    }
}


using System.Linq;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes a union as a <c>public sealed partial class</c> that wraps exactly one member value. <c>Match</c> and
/// <c>Switch</c> take one function per member, so handling every member is checked by the compiler with no default
/// arm, and adding a member breaks every call that does not handle it. Wrapping, rather than a common base class,
/// lets one record or event belong to several unions.
/// </summary>
internal static class UnionEmitter
{
    private const string ValidatableInterface = "global::EventSchema.IScopedValidatable";

    public static void Write(CodeWriter writer, UnionSpec union, bool emitValidators)
    {
        var members = union.Members;
        string alternatives = string.Join(", ", members.Select(m => $"<see cref=\"{m.TypeName}\"/>"));
        DocComments.Summary(writer, union.Documentation, $"The <c>{CSharpLiterals.XmlText(union.SchemaName)}</c> union of the schema: one of {alternatives}.");
        DocComments.Obsolete(writer, union.DeprecationMessage);
        writer.Line(GeneratedCodeAttribute.Text);
        string bases = $" : global::System.IEquatable<{union.Name}>" + (emitValidators ? ", " + ValidatableInterface : string.Empty);
        using (writer.Braces($"public sealed partial class {union.Name}{bases}"))
        {
            writer.Line("private readonly object _value;");
            writer.Line("private readonly int _member;");
            writer.Line();
            using (writer.Braces($"private {union.Name}(object value, int member)"))
            {
                writer.Line("_value = value;");
                writer.Line("_member = member;");
            }
            writer.Line();
            writer.Line($"/// <summary>The name of the property that says on the wire which member a value is: <c>{CSharpLiterals.XmlText(union.DiscriminatorProperty)}</c>.</summary>");
            writer.Line($"public const string DiscriminatorProperty = {CSharpLiterals.String(union.DiscriminatorProperty)};");
            writer.Line();
            writer.Line("/// <summary>The member value: an instance of exactly one of the member types.</summary>");
            writer.Line("public object Value => _value;");
            writer.Line();
            writer.Line("/// <summary>The discriminator value of the member this holds, as written on the wire.</summary>");
            using (writer.Braces("public string Discriminator => _member switch", "};"))
            {
                for (int i = 0; i < members.Count; i++) writer.Line($"{Int(i)} => {CSharpLiterals.String(members[i].DiscriminatorValue)},");
                writer.Line("_ => throw new global::System.InvalidOperationException(),");
            }
            for (int i = 0; i < members.Count; i++)
            {
                var member = members[i];
                writer.Line();
                writer.Line($"/// <summary>Wraps a <see cref=\"{member.TypeName}\"/>.</summary>");
                writer.Line($"public static {union.Name} From({member.TypeName} value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), {Int(i)});");
                writer.Line();
                WriteConversion(writer, union, member.TypeName, $"a <see cref=\"{member.TypeName}\"/>");
            }
            foreach (var nested in union.NestedUnions) WriteNested(writer, union, nested);
            if (members.Count > 0 && members.All(m => m.IsEvent)) WriteFromEvent(writer, union);
            WriteMatch(writer, union);
            WriteEquality(writer, union);
            if (emitValidators) WriteValidation(writer, union);
        }
    }

    /// <summary>
    /// A union listed as a member: its members are members of this union, so each of its values converts, and a value
    /// of this union that holds one of them converts back.
    /// </summary>
    private static void WriteNested(CodeWriter writer, UnionSpec union, NestedUnionSpec nested)
    {
        var indexes = nested.MemberIndexes;
        writer.Line();
        writer.Line($"/// <summary>Wraps the member a <see cref=\"{nested.TypeName}\"/> holds: each of its members is a member of this union.</summary>");
        using (writer.Braces($"public static {union.Name} From({nested.TypeName} value)"))
        {
            using (writer.Braces("switch ((value ?? throw new global::System.ArgumentNullException(nameof(value))).Value)"))
            {
                for (int i = 0; i < indexes.Count; i++)
                {
                    int index = indexes[i];
                    if (index < 0) continue;
                    writer.Line($"case {union.Members[index].TypeName} __member{Int(i)}: return new {union.Name}(__member{Int(i)}, {Int(index)});");
                }
                writer.Line("default: throw new global::System.InvalidOperationException();");
            }
        }
        writer.Line();
        WriteConversion(writer, union, nested.TypeName, $"the member a <see cref=\"{nested.TypeName}\"/> holds");
        writer.Line();
        writer.Line($"/// <summary>Whether this holds a member of <see cref=\"{nested.TypeName}\"/>, and that value as one.</summary>");
        using (writer.Braces($"public bool TryGet{nested.SimpleName}({NotNullWhenTrue(union)}out {nested.TypeName}{(union.AnnotatesNullFlow ? "?" : string.Empty)} value)"))
        {
            using (writer.Braces("switch (_member)"))
            {
                foreach (int index in indexes.Where(index => index >= 0).Distinct())
                {
                    writer.Line($"case {Int(index)}: value = {nested.TypeName}.From(({union.Members[index].TypeName})_value); return true;");
                }
                writer.Line("default: value = null!; return false;");
            }
        }
    }

    /// <summary>
    /// The implicit conversion from <paramref name="from"/>. Where the target can say so, null converts to null (an
    /// optional field assigned a null member); else it throws, as <c>From</c> does.
    /// </summary>
    private static void WriteConversion(CodeWriter writer, UnionSpec union, string from, string what)
    {
        if (!union.AnnotatesNullFlow)
        {
            writer.Line($"/// <summary>Wraps {what}.</summary>");
            writer.Line($"public static implicit operator {union.Name}({from} value) => From(value);");
            return;
        }
        writer.Line($"/// <summary>Wraps {what}; null when it is null.</summary>");
        writer.Line("[return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(\"value\")]");
        writer.Line($"public static implicit operator {union.Name}?({from}? value) => value is null ? null : From(value);");
    }

    private static string NotNullWhenTrue(UnionSpec union)
        => union.AnnotatesNullFlow ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;

    /// <summary>A union of events takes any event of its members, such as one read from a CloudEvent by the catalog.</summary>
    private static void WriteFromEvent(CodeWriter writer, UnionSpec union)
    {
        writer.Line();
        writer.Line("/// <summary>Wraps <paramref name=\"value\"/> when it is one of the members; returns false for any other event.</summary>");
        using (writer.Braces($"public static bool TryFromEvent(global::EventSchema.IEvent? value, {NotNullWhenTrue(union)}out {union.Name}{(union.AnnotatesNullFlow ? "?" : string.Empty)} result)"))
        {
            using (writer.Braces("switch (value)"))
            {
                for (int i = 0; i < union.Members.Count; i++)
                {
                    writer.Line($"case {union.Members[i].TypeName} __member{Int(i)}: result = new {union.Name}(__member{Int(i)}, {Int(i)}); return true;");
                }
                writer.Line("default: result = null!; return false;");
            }
        }
        writer.Line();
        writer.Line("/// <summary>Wraps <paramref name=\"value\"/>, which must be one of the members.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The event is not one of the members.</exception>");
        writer.Line($"public static {union.Name} FromEvent(global::EventSchema.IEvent value)");
        writer.Line($"    => TryFromEvent(value ?? throw new global::System.ArgumentNullException(nameof(value)), out var result) ? result : throw new global::System.ArgumentException(\"The event \" + value.EventType + \" is not a member of {union.SchemaName}; its members are {string.Join(", ", union.Members.Select(m => m.DiscriminatorValue))}.\", nameof(value));");
    }

    private static void WriteMatch(CodeWriter writer, UnionSpec union)
    {
        var members = union.Members;
        string functions = string.Join(", ", members.Select(m => $"global::System.Func<{m.TypeName}, TResult> {m.ParameterName}"));
        string actions = string.Join(", ", members.Select(m => $"global::System.Action<{m.TypeName}> {m.ParameterName}"));
        writer.Line();
        writer.Line("/// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>");
        using (writer.Braces($"public TResult Match<TResult>({functions})"))
        {
            using (writer.Braces("switch (_member)"))
            {
                for (int i = 0; i < members.Count; i++)
                {
                    string parameter = members[i].ParameterName;
                    writer.Line($"case {Int(i)}: return ({parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter})))(({members[i].TypeName})_value);");
                }
                writer.Line("default: throw new global::System.InvalidOperationException();");
            }
        }
        writer.Line();
        writer.Line("/// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>");
        using (writer.Braces($"public void Switch({actions})"))
        {
            using (writer.Braces("switch (_member)"))
            {
                for (int i = 0; i < members.Count; i++)
                {
                    string parameter = members[i].ParameterName;
                    writer.Line($"case {Int(i)}: ({parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter})))(({members[i].TypeName})_value); return;");
                }
                writer.Line("default: throw new global::System.InvalidOperationException();");
            }
        }
    }

    private static void WriteEquality(CodeWriter writer, UnionSpec union)
    {
        writer.Line();
        writer.Line("/// <summary>Whether both hold the same member with equal values.</summary>");
        writer.Line($"public bool Equals({union.Name}? other) => other is not null && _member == other._member && _value.Equals(other._value);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override bool Equals(object? obj) => Equals(obj as {union.Name});");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override int GetHashCode() => _value.GetHashCode() * 31 + _member;");
        writer.Line();
        writer.Line("/// <summary>The member value's text.</summary>");
        writer.Line("public override string ToString() => _value.ToString() ?? string.Empty;");
        writer.Line();
        writer.Line("/// <summary>Whether both are null, or hold the same member with equal values.</summary>");
        writer.Line($"public static bool operator ==({union.Name}? left, {union.Name}? right) => left is null ? right is null : left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Whether they differ.</summary>");
        writer.Line($"public static bool operator !=({union.Name}? left, {union.Name}? right) => !(left == right);");
    }

    private static void WriteValidation(CodeWriter writer, UnionSpec union)
    {
        writer.Line();
        writer.Line("/// <inheritdoc cref=\"global::EventSchema.IValidatable.Validate\"/>");
        writer.Line("public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);");
        writer.Line();
        writer.Line("/// <summary>Checks the member value in <paramref name=\"scope\"/>; returns false when a rule is broken.</summary>");
        writer.Line("/// <param name=\"scope\">Where this value is, and whether errors are collected or only checked.</param>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Braces("public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch", "};"))
        {
            for (int i = 0; i < union.Members.Count; i++)
            {
                writer.Line($"{Int(i)} => (({union.Members[i].TypeName})_value).CollectValidationErrors(scope),");
            }
            writer.Line("_ => true,");
        }
    }

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

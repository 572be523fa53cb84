using System.Linq;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes the past versions of an event into a partial declaration of it: one nested record per version
/// (<c>V1</c>, <c>V2</c>, …) with the conversion to the version after it (<c>Upcast()</c>) and to the current type
/// (<c>ToCurrent()</c>), and the declarations of the <c>static partial</c> conversion methods the user writes where
/// nothing can be derived.
/// </summary>
internal static class PastVersionEmitter
{
    public static void Write(CodeWriter writer, RecordSpec record)
    {
        if (record.History is not { } history) return;
        writer.Line();
        using (writer.Braces($"partial record {record.Name}"))
        {
            for (int i = 0; i < history.PastVersions.Count; i++)
            {
                if (i > 0) writer.Line();
                PastVersionSpec past = history.PastVersions[i];
                RecordEmitter.Write(writer, past.Shape, emitValidators: false);
                writer.Line();
                WriteConversions(writer, record, past, isLast: i == history.PastVersions.Count - 1);
            }
            foreach (PastVersionSpec past in history.PastVersions)
            {
                foreach (UpcastSpec upcast in past.ToNext.Where(upcast => upcast.Kind == UpcastKind.Method))
                {
                    writer.Line();
                    writer.Line($"/// <summary>");
                    writer.Line($"/// Gives <see cref=\"{past.NextTypeName}.{upcast.TargetProperty}\"/> of a value read as version {JsonInt(past.Version)}: {CSharpLiterals.XmlText(upcast.Reason ?? string.Empty)}");
                    writer.Line($"/// Write it in a <c>partial record {record.Name}</c> of your own.");
                    writer.Line($"/// </summary>");
                    writer.Line($"/// <param name=\"previous\">The value as version {JsonInt(past.Version)} wrote it.</param>");
                    writer.Line($"private static partial {upcast.MethodReturnType} {upcast.MethodName}({past.Shape.Name} previous);");
                }
            }
        }
    }

    private static void WriteConversions(CodeWriter writer, RecordSpec record, PastVersionSpec past, bool isLast)
    {
        using (writer.Braces($"partial record {past.Shape.Name}"))
        {
            writer.Line($"/// <summary>The event type string of this version: <c>{CSharpLiterals.XmlText(past.EventType)}</c>.</summary>");
            writer.Line($"public const string EventType = {CSharpLiterals.String(past.EventType)};");
            writer.Line();
            writer.Line("/// <summary>The schema version this record is the shape of.</summary>");
            writer.Line($"public const int SchemaVersion = {JsonInt(past.Version)};");
            writer.Line();
            writer.Line($"/// <summary>This value as version {JsonInt(past.Version + 1)}{(isLast ? ", the current version" : string.Empty)}: renamed and widened fields carry over, new fields take their defaults.</summary>");
            using (writer.Braces($"public {past.NextTypeName} Upcast() => new {past.NextTypeName}", "};"))
            {
                foreach (UpcastSpec upcast in past.ToNext)
                {
                    switch (upcast.Kind)
                    {
                        case UpcastKind.Copy:
                            writer.Line($"{upcast.TargetProperty} = this.{upcast.SourceProperty},");
                            break;
                        case UpcastKind.CopyOrDefault:
                            writer.Line($"{upcast.TargetProperty} = this.{upcast.SourceProperty} ?? {upcast.DefaultExpression},");
                            break;
                        case UpcastKind.Convert:
                            writer.Line($"{upcast.TargetProperty} = {upcast.Expression},");
                            break;
                        case UpcastKind.Method:
                            writer.Line($"{upcast.TargetProperty} = {record.Name}.{upcast.MethodName}(this),");
                            break;
                    }
                }
            }
            writer.Line();
            writer.Line($"/// <summary>This value as the current version of <see cref=\"{record.Name}\"/>, converted one version at a time.</summary>");
            writer.Line(isLast
                ? $"public {record.Name} ToCurrent() => Upcast();"
                : $"public {record.Name} ToCurrent() => Upcast().ToCurrent();");
        }
    }

    private static string JsonInt(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

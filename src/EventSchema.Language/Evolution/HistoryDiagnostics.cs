using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>The messages of ES0700–ES0729: what is wrong with a history decorator and how to fix it.</summary>
internal sealed class HistoryDiagnostics(SourceText text, List<Diagnostic> diagnostics)
{
    private static string N(int value) => HistoryBinder.Number(value);

    private void Add(DiagnosticDefinition definition, TextSpan span, string message)
        => diagnostics.Add(new Diagnostic(definition.Code, definition.DefaultSeverity, message, text.Path, span, text.GetLinePosition(span.Start), text.GetLinePosition(span.End)));

    public void HistoryVersionOutOfRange(TextSpan span, string decorator, int version, string declaration, int current)
        => Add(DiagnosticCatalog.HistoryVersionOutOfRange, span, current == 1
            ? $"{decorator}({N(version)}) describes a change, but '{declaration}' has only version 1; give it '@version(2)' (or higher) for the version that has the change."
            : version == 1
                ? $"{decorator}(1) describes a change at version 1, which has no version before it; history versions of '{declaration}' run from 2 to {N(current)}."
                : $"{decorator}({N(version)}) is after the current version of '{declaration}', which is {N(current)}; raise '@version' to {N(version)} or correct the number: its history versions run from 2 to {N(current)}.");

    public void AddedInFirstVersion(TextSpan span, string name)
        => Add(DiagnosticCatalog.AddedInFirstVersion, span, $"'@added(1)' on '{name}' says nothing: without '@added' it is there from version 1. Remove it, or give the version that first had '{name}'.");

    public void RemovedBeforeAdded(TextSpan span, string name, int removed, int added)
        => Add(DiagnosticCatalog.RemovedBeforeAdded, span, $"'{name}' is removed at version {N(removed)} but only added at version {N(added)}; a removal must come after the addition, so make '@removed' greater than {N(added)}.");

    public void ChangeOutsideLifetime(TextSpan span, string name, string what, int version, int first, int? removedIn)
        => Add(DiagnosticCatalog.ChangeOutsideLifetime, span, removedIn is { } removed && version >= removed
            ? $"'{name}' is {what} at version {N(version)}, but it is removed at version {N(removed)}; a change must be at a version before the removal."
            : $"'{name}' is {what} at version {N(version)}, but it only exists from version {N(first)}: a change at version {N(version)} needs the field at version {N(version - 1)} too. Remove the decorator (a field added at a version already has its shape from then on) or correct the version.");

    public void ConflictingHistoryChanges(TextSpan span, string name, string decorators, int version)
        => Add(DiagnosticCatalog.ConflictingHistoryChanges, span, $"'{name}' already has {decorators} at version {N(version)}; one version can change it only once, so remove one or give it its own version.");

    public void TypeChangedToSameType(TextSpan span, string name, string type, int version)
        => Add(DiagnosticCatalog.TypeChangedToSameType, span, $"'{name}' already has type '{type}' from version {N(version)} on, so '@typeChangedFrom({N(version)}, {type})' changes nothing; name the type it had before version {N(version)}, or remove the decorator.");

    public void RenamedToSameName(TextSpan span, string name, int version)
        => Add(DiagnosticCatalog.RenamedToSameName, span, $"The field is already called '{name}' from version {N(version)} on, so this rename changes nothing; give the name it had before version {N(version)}, or remove the decorator.");

    public void OptionalityHistoryInconsistent(TextSpan span, string name, bool becameOptional, int version, string later)
        => Add(DiagnosticCatalog.OptionalityHistoryInconsistent, span, becameOptional
            ? $"'@madeOptional({N(version)})' says '{name}' is optional from version {N(version)}, but {later} says it is required then; write '{name}?' if it is optional now, or remove the decorator."
            : $"'@madeRequired({N(version)})' says '{name}' is required from version {N(version)}, but {later} says it is optional then; remove the '?' if it is required now, or remove the decorator.");

    public void UnknownHistoryType(TextSpan span, string written, string problem)
        => Add(DiagnosticCatalog.UnknownHistoryType, span, $"'{written}' is not a type: {problem}. Write the former type as a built-in type, a declared name, or a string such as \"list<int>\".");

    public void HistoryNameClash(TextSpan span, string name, string what, int version, string other, string field)
        => Add(DiagnosticCatalog.HistoryNameClash, span, $"At version {N(version)}, '{field}' and '{other}' both have the {what} '{name}'; correct their history decorators so that each version's fields have distinct names.");

    public void EventTypeNotVersioned(TextSpan span, string declared, int version)
        => Add(DiagnosticCatalog.EventTypeNotVersioned, span, $"Event type '{declared}' does not end in '.v{N(version)}', so the event types of the older versions cannot be derived from it; end it in '.v{N(version)}', such as \"{declared}.v{N(version)}\".");

    public void EnumEmptyAtVersion(TextSpan span, string name, int version)
        => Add(DiagnosticCatalog.EnumEmptyAtVersion, span, $"Enum '{name}' has no members at version {N(version)}; an enum needs at least one member at every version, so check the '@added' and '@removed' decorators of its members.");
}

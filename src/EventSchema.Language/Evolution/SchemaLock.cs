using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution.Lock;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>
/// The baseline <c>eventschema.lock.json</c>: every published version of every record, event, enum, scalar and union, as data.
/// Published versions never change; <see cref="FromCompilation(SchemaCompilation, SchemaLock?, JsonNaming, CancellationToken)"/>
/// keeps them and appends new ones, and records the JSON naming they are published with; <see cref="Write"/> gives
/// deterministic, diff-friendly text, and <see cref="Read"/> reads it strictly with located errors.
/// </summary>
public sealed class SchemaLock
{
    /// <summary>
    /// The lock file format this version writes. It also reads formats 1 to 3: format 1 did not record a map's key type
    /// nor an empty collection's default (<c>= []</c>, <c>= {}</c>), formats 1 and 2 items that may be null: those are
    /// then taken as unchanged, and a rewrite records them. Formats 1 to 3 did not record the JSON naming
    /// (<see cref="JsonNaming"/>), which is then not compared.
    /// </summary>
    public const int FormatVersion = 4;

    /// <summary>The first format that records <see cref="JsonNaming"/>.</summary>
    internal const int FirstFormatWithJsonNaming = 4;

    /// <summary>The first format that records every part of a version's shape (map keys, empty defaults, nullable items).</summary>
    private const int FirstFormatWithWholeShapes = 3;

    /// <summary>The oldest lock file format this version reads.</summary>
    public const int OldestFormatVersion = 1;

    /// <summary>The file name the tools look for beside a project: <c>eventschema.lock.json</c>.</summary>
    public const string DefaultFileName = "eventschema.lock.json";

    private readonly Dictionary<string, LockedDeclaration> _byFullName;

    /// <summary>A lock holding <paramref name="declarations"/> (one per full name).</summary>
    public SchemaLock(IEnumerable<LockedDeclaration> declarations)
    {
        if (declarations is null) throw new ArgumentNullException(nameof(declarations));
        var list = new List<LockedDeclaration>(declarations);
        list.Sort(static (x, y) => string.CompareOrdinal(x.FullName, y.FullName));
        _byFullName = new Dictionary<string, LockedDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in list)
        {
            if (_byFullName.ContainsKey(declaration.FullName)) throw new ArgumentException($"'{declaration.FullName}' is locked twice.", nameof(declarations));
            _byFullName[declaration.FullName] = declaration;
        }
        Declarations = list;
    }

    /// <summary>A lock that records nothing.</summary>
    public static SchemaLock Empty { get; } = new([]);

    /// <summary>Every locked declaration, ordered by full name (ordinal).</summary>
    public IReadOnlyList<LockedDeclaration> Declarations { get; }

    /// <summary>The lock file this was read from, when it was.</summary>
    public SourceText? Source { get; internal set; }

    /// <summary>
    /// The format of the file this was read from (<see cref="FormatVersion"/> for a lock made in memory). Format 1 did not
    /// record map key types and empty collection defaults; formats 1 and 2 did not record items that may be null.
    /// </summary>
    public int ReadFormatVersion { get; internal set; } = FormatVersion;

    /// <summary>
    /// The JSON naming (<c>EventSchemaJsonNaming</c>) the locked versions were published with: the wire name of every
    /// field without <c>@json</c>, and of every union member told apart by its record's name, is that name converted by
    /// it. Null when the file's format did not record it (formats 1 to 3); a lock made in memory has
    /// <see cref="Export.JsonNaming.AsWritten"/> unless given another.
    /// </summary>
    public JsonNaming? JsonNaming { get; init; } = Export.JsonNaming.AsWritten;

    /// <summary>Where the lock file writes <see cref="JsonNaming"/>, when it was read from a file that records it.</summary>
    internal LockLocation? JsonNamingLocation { get; set; }

    /// <summary>Whether everything a version's shape holds is recorded (a file of format 3 or later).</summary>
    internal bool RecordsWholeShapes => ReadFormatVersion >= FirstFormatWithWholeShapes;

    /// <summary>
    /// This lock with what an older format could not record (map key types, empty collection defaults, items that may be
    /// null) taken from <paramref name="compilation"/>'s shape of each locked version; this lock itself when it records them.
    /// </summary>
    internal SchemaLock CompletedFrom(SchemaCompilation compilation)
    {
        if (RecordsWholeShapes) return this;
        var current = new Dictionary<string, DeclarationSymbol>(StringComparer.Ordinal);
        foreach (var declaration in compilation.Declarations)
        {
            if (!current.ContainsKey(declaration.FullName)) current[declaration.FullName] = declaration;
        }
        var declarations = new List<LockedDeclaration>(Declarations.Count);
        foreach (var locked in Declarations)
        {
            if (!current.TryGetValue(locked.FullName, out var symbol) || symbol.Kind != locked.Kind)
            {
                declarations.Add(locked);
                continue;
            }
            var history = symbol.History;
            var versions = new List<DeclarationShape>(locked.Versions.Count);
            foreach (var version in locked.Versions)
            {
                versions.Add(version.Version <= history.CurrentVersion ? LegacyShapes.Complete(version, history.ShapeAt(version.Version), ReadFormatVersion) : version);
            }
            declarations.Add(new LockedDeclaration(locked.FullName, locked.Kind, versions) { Location = locked.Location });
        }
        return new SchemaLock(declarations) { Source = Source, JsonNaming = JsonNaming, JsonNamingLocation = JsonNamingLocation };
    }

    /// <summary>The locked declaration with <paramref name="fullName"/>; null when there is none.</summary>
    public LockedDeclaration? Find(string fullName) => fullName is not null && _byFullName.TryGetValue(fullName, out var declaration) ? declaration : null;

    /// <summary>
    /// The lock for <paramref name="compilation"/>'s own declarations (not those of referenced assemblies): the versions
    /// <paramref name="previous"/> records are kept as they are (published versions never change), and every version
    /// after them, up to each declaration's current version, is added from <see cref="DeclarationHistory.ShapeAt"/>.
    /// Declarations no longer declared are left out; one that moved (the same kind and shape under another name) is written
    /// under its new name, and the kept versions that refer to it name it there. Lock a compilation without errors, checked against
    /// <paramref name="previous"/> first: this does not check.
    /// </summary>
    public static SchemaLock FromCompilation(SchemaCompilation compilation, SchemaLock? previous = null, CancellationToken cancellationToken = default)
        => FromCompilation(compilation, previous, Export.JsonNaming.AsWritten, cancellationToken);

    /// <summary>
    /// As <see cref="FromCompilation(SchemaCompilation, SchemaLock?, CancellationToken)"/>, for a project whose wire names
    /// follow <paramref name="naming"/> (its <c>EventSchemaJsonNaming</c>), which the lock records. Check
    /// <paramref name="previous"/> with the same naming first (<see cref="CompatibilityChecker.CheckPublishedVersions(SchemaCompilation, SchemaLock, JsonNaming, CancellationToken)"/>):
    /// this records the naming given, whatever <paramref name="previous"/> records. A field of a kept version whose wire
    /// name the new naming would change is recorded under the wire name it was published with, as a fixed name.
    /// </summary>
    public static SchemaLock FromCompilation(SchemaCompilation compilation, SchemaLock? previous, JsonNaming naming, CancellationToken cancellationToken = default)
    {
        if (compilation is null) throw new ArgumentNullException(nameof(compilation));
        var declarations = new List<LockedDeclaration>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Kept versions name the declarations they refer to as they were; those that moved are written under their new names.
        var moved = previous is null ? null : CompatibilityChecker.MovedDeclarations(compilation, previous);
        foreach (var declaration in compilation.Declarations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(declaration.FullName)) continue; // a duplicate declaration (an error) locks once
            var history = declaration.History;
            var versions = new List<DeclarationShape>();
            int next = 1;
            if (previous?.Find(declaration.FullName) is { } locked && locked.Kind == declaration.Kind)
            {
                foreach (var version in locked.Versions)
                {
                    if (version.Version > history.CurrentVersion) break;
                    // An older format left out what the schema still says of that version; the rewrite records it.
                    var kept = previous.RecordsWholeShapes ? version : LegacyShapes.Complete(version, history.ShapeAt(version.Version), previous.ReadFormatVersion);
                    // Recorded under another naming, a published wire name stays what it was.
                    if (previous.JsonNaming is { } published) kept = PublishedWireNames.Keep(kept, published, naming);
                    versions.Add(MovedReferences.Follow(kept, moved!));
                    next = version.Version + 1;
                }
            }
            for (int version = next; version <= history.CurrentVersion; version++) versions.Add(history.ShapeAt(version));
            declarations.Add(new LockedDeclaration(declaration.FullName, declaration.Kind, versions));
        }
        return new SchemaLock(declarations) { JsonNaming = naming };
    }

    /// <summary>The lock as <c>eventschema.lock.json</c> text: keys sorted, two-space indentation, LF line ends, a final newline.</summary>
    public string Write() => SchemaLockWriter.Write(this);

    /// <summary>Reads a lock file. Never throws for any text: problems are ES0720 (not JSON) and ES0721 (not a lock) diagnostics.</summary>
    public static SchemaLockReadResult Read(SourceText text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return SchemaLockReader.Read(text);
    }
}

/// <summary>What <see cref="SchemaLock.Read"/> found: the lock, or null with the errors that stopped it.</summary>
/// <param name="Lock">The lock; null when the file has errors.</param>
/// <param name="Diagnostics">Every error found, located in the lock file.</param>
public sealed record SchemaLockReadResult(SchemaLock? Lock, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>One locked record, event, enum, scalar or union: its published versions, oldest first.</summary>
public sealed class LockedDeclaration
{
    /// <summary>Creates a locked declaration; <paramref name="versions"/> must be ascending, distinct and of this declaration.</summary>
    public LockedDeclaration(string fullName, DeclarationKind kind, IReadOnlyList<DeclarationShape> versions)
    {
        FullName = fullName ?? throw new ArgumentNullException(nameof(fullName));
        Kind = kind;
        Versions = versions ?? throw new ArgumentNullException(nameof(versions));
        if (versions.Count == 0) throw new ArgumentException($"'{fullName}' has no locked version.", nameof(versions));
        for (int i = 0; i < versions.Count; i++)
        {
            if (i > 0 && versions[i].Version <= versions[i - 1].Version) throw new ArgumentException($"The versions of '{fullName}' are not ascending.", nameof(versions));
            if (versions[i].Kind != kind || versions[i].FullName != fullName) throw new ArgumentException($"Version {versions[i].Version} of '{fullName}' is of another declaration.", nameof(versions));
        }
    }

    /// <summary>The full name, such as <c>Diplomacy.CredentialsPresented</c>.</summary>
    public string FullName { get; }

    /// <summary>What it declares.</summary>
    public DeclarationKind Kind { get; }

    /// <summary>The published versions, oldest first.</summary>
    public IReadOnlyList<DeclarationShape> Versions { get; }

    /// <summary>The newest published version.</summary>
    public DeclarationShape Latest => Versions[Versions.Count - 1];

    /// <summary>Where the lock file writes its name, when it was read from one.</summary>
    public LockLocation? Location { get; internal set; }

    /// <summary>The shape of <paramref name="version"/>; null when that version is not locked.</summary>
    public DeclarationShape? GetVersion(int version)
    {
        foreach (var shape in Versions)
        {
            if (shape.Version == version) return shape;
        }
        return null;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EventSchema.Generator.Model;
using EventSchema.Language;
using EventSchema.Language.Generation;
using EventSchema.Language.References;

namespace EventSchema.Generator.Building;

/// <summary>
/// Every schema file of the project bound together once per change to any of them (names resolve across files and
/// errors anywhere decide what can be generated; after an edit, <see cref="CompilationReuse"/> binds again only what
/// the edit can affect), split into one
/// <see cref="FilePlan"/> per file. Building a file's spec (C# names, shapes, messages, JSON Schema) is the
/// expensive part; it is done per file, and only for files whose plan changed.
/// </summary>
internal sealed class ProjectBinding
{
    private readonly SpecBuilder _builder;

    private ProjectBinding(SpecBuilder builder) => _builder = builder;

    /// <summary>Binds <paramref name="schemas"/> and plans each file, in path order, with every schema diagnostic to report.</summary>
    public static GenerationPlan Plan(
        ImmutableArray<ParsedSchema> schemas, GeneratorOptions options, TargetFeatures features, ReferencedSchemas references, EvolutionSettings evolution, CancellationToken cancellationToken)
    {
        if (schemas.IsEmpty) return new GenerationPlan(EquatableArray<FilePlan>.Empty, null);
        using var culture = CultureScope.Invariant();
        SchemaCompilation compilation = CompilationReuse.Bind(schemas.Select(schema => schema.Tree).ToList(), references, cancellationToken);
        var generable = GenerableDeclarations.Analyze(compilation, cancellationToken);
        var names = new CSharpNameTable(compilation.Declarations, options.NamespacePrefix, references);
        var builder = new SpecBuilder(compilation, names, options, features, generable);
        var binding = new ProjectBinding(builder);

        // One plan per path, even when a path is given twice: both texts are bound, as the analyzer binds them.
        var sourcesByPath = new Dictionary<string, List<ParsedSchema>>(StringComparer.Ordinal);
        foreach (ParsedSchema schema in schemas)
        {
            if (!sourcesByPath.TryGetValue(schema.Path, out var sources)) sourcesByPath[schema.Path] = sources = new List<ParsedSchema>(1);
            sources.Add(schema);
        }
        var paths = new List<string>(sourcesByPath.Count);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (paths.Count == 0 || !string.Equals(paths[paths.Count - 1], tree.FilePath, StringComparison.Ordinal)) paths.Add(tree.FilePath);
        }

        var hintNames = HintNames.Create(paths, options.ProjectDirectory);
        var fingerprints = new DependencyFingerprints(compilation, names);
        var plans = new List<FilePlan>(paths.Count);
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool isGenerable = builder.HasGenerableDeclarations(path);
            plans.Add(new FilePlan
            {
                Path = path,
                HintName = hintNames[path],
                IsGenerable = isGenerable,
                Sources = sourcesByPath[path].ToEquatableArray(),
                Options = options,
                Features = features,
                // A file that is not generated needs no fingerprint: its plan changes when it becomes generable.
                DependencyFingerprint = isGenerable ? builder.GeneratedSetFingerprint(path, fingerprints.Of(path)) : 0,
                Binding = binding,
            });
        }
        var diagnostics = compilation.Diagnostics.Concat(generable.Diagnostics)
            .Concat(CompatibilityCheck.Run(compilation, evolution, cancellationToken))
            .ToEquatableArray();
        return new GenerationPlan(plans.ToEquatableArray(), null) { Diagnostics = diagnostics };
    }

    /// <summary>Builds the spec of one planned file.</summary>
    public static FileGeneration Build(FilePlan plan, CancellationToken cancellationToken)
    {
        if (!plan.IsGenerable) return FileGeneration.Nothing;
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var culture = CultureScope.Invariant();
            SchemaFileSpec? spec = plan.Binding._builder.BuildFile(plan.Path, plan.HintName);
            return spec is null ? FileGeneration.Nothing : new FileGeneration(spec, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failure here is a bug; report it as a located-nowhere error instead of failing the whole build with CS8785.
            return new FileGeneration(null, plan.Path + ": " + exception.GetType().Name + ": " + exception.Message);
        }
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EventSchema.Generator.Building;
using EventSchema.Generator.Diagnostics;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Json;
using EventSchema.Generator.Model;
using EventSchema.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator;

/// <summary>
/// Turns the project's <c>*.eventschema</c> additional files into C# records, enums, scalars and
/// validators, and reports every schema diagnostic at its line and column in the schema file.
/// </summary>
/// <remarks>
/// Diagnostics are reported here rather than by an analyzer because the compiler runs no analyzers once C# has
/// errors, and C# that uses a type of a broken schema always has errors: the schema error that explains them
/// must still be printed. Generator diagnostics pass through the same severity settings as analyzer ones
/// (<c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>dotnet_diagnostic.ES0xxx.severity</c> in a global config).
/// Declarations with errors, and declarations that use them, are left out, each with an ES0080 naming it.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class EventSchemaGenerator : IIncrementalGenerator
{
    /// <summary>The names of the pipeline steps, for incrementality tests and diagnostics tools.</summary>
    public static class TrackingNames
    {
        /// <summary>The MSBuild properties.</summary>
        public const string Options = nameof(Options);

        /// <summary>What the target framework offers.</summary>
        public const string TargetFeatures = nameof(TargetFeatures);

        /// <summary>Each schema file, parsed.</summary>
        public const string ParsedSchemas = nameof(ParsedSchemas);

        /// <summary>All files bound together into per-file plans (cheap equatable keys).</summary>
        public const string Plan = nameof(Plan);

        /// <summary>Each file's plan, compared with the previous run's to decide whether its spec is rebuilt.</summary>
        public const string FilePlans = nameof(FilePlans);

        /// <summary>Each file's spec, rebuilt only for files whose plan changed.</summary>
        public const string FileSpecs = nameof(FileSpecs);

        /// <summary>The files' specs grouped by namespace, one generated source each.</summary>
        public const string NamespaceSources = nameof(NamespaceSources);

        /// <summary>Whether the project has any schema file.</summary>
        public const string HasSchemas = nameof(HasSchemas);

        /// <summary>The project's C# version, when it is too old for the generated code.</summary>
        public const string LanguageVersion = nameof(LanguageVersion);

        /// <summary>The schema declarations of referenced assemblies, bound together.</summary>
        public const string References = nameof(References);

        /// <summary>Which compiler-support types to generate.</summary>
        public const string Polyfills = nameof(Polyfills);

        /// <summary>The lock file and compatibility mode the schemas are compared with.</summary>
        public const string Evolution = nameof(Evolution);

        /// <summary>The version conversions the project's C# implements.</summary>
        public const string ImplementedConversions = nameof(ImplementedConversions);

        /// <summary>The C# types the referenced assemblies generated, for <c>GeneratedJson</c>.</summary>
        public const string ReferencedJsonTypes = nameof(ReferencedJsonTypes);

        /// <summary>The project's events by name, type string and version, for the event catalog.</summary>
        public const string CatalogEvents = nameof(CatalogEvents);

        /// <summary>The project's types by name, converter and past versions, for <c>GeneratedJson</c> and the type registry.</summary>
        public const string ProjectTypes = nameof(ProjectTypes);

        /// <summary><c>GeneratedJson</c>'s sources: one part per namespace of the types it covers.</summary>
        public const string GeneratedJsonLayout = nameof(GeneratedJsonLayout);

        /// <summary>Each part of <c>GeneratedJson</c>, compared with the previous run's to decide whether its source is written again.</summary>
        public const string GeneratedJsonParts = nameof(GeneratedJsonParts);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<TargetFeatures> features = context.CompilationProvider
            .Select(static (compilation, _) => TargetFeatures.From(compilation))
            .WithTrackingName(TrackingNames.TargetFeatures);

        IncrementalValuesProvider<ParsedSchema> parsed = context.AdditionalTextsProvider
            .Where(static file => ParsedSchema.IsSchemaFile(file))
            .Select(static (file, cancellationToken) => ParsedSchema.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        // Read per reference, so an unchanged reference is never read again; bound together only when one changes.
        IncrementalValueProvider<ReferenceSet> references = context.MetadataReferencesProvider
            .Select(static (reference, _) => ReferencedAssemblyReader.Read(reference))
            .Where(static reference => reference is not null)
            .Collect()
            .Select(static (found, cancellationToken) => ReferenceSet.Bind(found, cancellationToken))
            .WithTrackingName(TrackingNames.References);

        // Generated code needs C# 11; an older version gets one clear error instead of hundreds from the generated files.
        IncrementalValueProvider<string?> tooOldLanguage = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp11 } csharp
                ? csharp.LanguageVersion.ToDisplayString()
                : null)
            .WithTrackingName(TrackingNames.LanguageVersion);

        // The lock file (marked by the package's targets) and the compatibility mode: inputs of the check, never of the code.
        IncrementalValueProvider<EvolutionSettings> evolution = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => EvolutionSettings.IsLockFile(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => EvolutionSettings.ReadLock(pair.Left, cancellationToken))
            .Collect()
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) => EvolutionSettings.From(input.Left.ToEquatableArray(), input.Right.GlobalOptions))
            .WithTrackingName(TrackingNames.Evolution);

        context.RegisterSourceOutput(evolution.Select(static (settings, _) => settings.Compatibility), static (output, mode) =>
        {
            if (!CompatibilityCheck.TryParseMode(mode, out _))
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    SchemaDiagnosticDescriptors.ByCode[Language.Diagnostics.DiagnosticBuilder.UnknownCompatibilityModeDefinition.Code],
                    Location.None,
                    Language.Diagnostics.DiagnosticBuilder.UnknownCompatibilityModeMessage(mode)));
            }
        });

        // An unknown naming is read as AsWritten, so the build still generates, but it is an error of its own.
        context.RegisterSourceOutput(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => GeneratorOptions.UnknownJsonNaming(provider.GlobalOptions)), static (output, naming) =>
        {
            if (naming is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    SchemaDiagnosticDescriptors.ByCode[Language.Diagnostics.DiagnosticBuilder.UnknownJsonNamingDefinition.Code],
                    Location.None,
                    Language.Diagnostics.DiagnosticBuilder.UnknownJsonNamingMessage(naming)));
            }
        });

        // One collected node for every consumer: each Collect() is a node the driver revisits on every run.
        IncrementalValueProvider<ImmutableArray<ParsedSchema>> allParsed = parsed.Collect();

        IncrementalValueProvider<GenerationPlan> plan = allParsed
            .Combine(options)
            .Combine(features)
            .Combine(tooOldLanguage)
            .Combine(references)
            .Combine(evolution)
            .Select(static (combined, cancellationToken) =>
            {
                var input = combined.Left;
                GenerationPlan plan = Plan(input.Left.Left.Left.Left, input.Left.Left.Left.Right, input.Left.Left.Right, input.Right, combined.Right, cancellationToken);
                // Too old a C# version generates nothing, but the schema's own diagnostics are still worth showing.
                return input.Left.Right is null ? plan : plan with { Files = EquatableArray<FilePlan>.Empty };
            })
            .WithTrackingName(TrackingNames.Plan);

        context.RegisterSourceOutput(tooOldLanguage.Combine(allParsed), static (output, input) =>
        {
            if (input.Left is not null && !input.Right.IsEmpty)
            {
                output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnosticDescriptors.LanguageVersionTooLow, Location.None, input.Left));
            }
        });

        // Per file from here on: a file whose plan is unchanged keeps its cached spec and its cached sources.
        IncrementalValuesProvider<FileGeneration> files = plan
            .SelectMany(static (plan, _) => plan.Files)
            .WithTrackingName(TrackingNames.FilePlans)
            .Select(static (file, cancellationToken) => ProjectBinding.Build(file, cancellationToken))
            .WithTrackingName(TrackingNames.FileSpecs);

        context.RegisterSourceOutput(files, static (output, generation) =>
        {
            if (generation.InternalError is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnosticDescriptors.GeneratorFailure, Location.None, generation.InternalError));
            }
        });

        // One collected node for both consumers of the specs.
        IncrementalValueProvider<ImmutableArray<FileGeneration>> allFiles = files.Collect();

        // One source per namespace: the driver revisits every generated source on every run (an edit to unrelated C#
        // included), and that, not the steps, is what a rerun costs. A schema edit re-emits its namespace's source.
        IncrementalValuesProvider<NamespaceSource> namespaces = allFiles
            .Select(static (generations, _) => NamespaceSources.Group(generations))
            .SelectMany(static (sources, _) => sources)
            .WithTrackingName(TrackingNames.NamespaceSources);

        context.RegisterSourceOutput(namespaces, static (output, namespaceSource) =>
        {
            string? source = SourceFileEmitter.Emit(namespaceSource, (file, exception) => output.ReportDiagnostic(Diagnostic.Create(
                SchemaDiagnosticDescriptors.GeneratorFailure, Location.None, file.FilePath + ": " + exception.GetType().Name + ": " + exception.Message)));
            if (source is not null) output.AddSource(namespaceSource.HintName, source);
        });

        IncrementalValueProvider<EquatableArray<SchemaFileSpec>> specs = allFiles
            .Select(static (generations, _) => generations.Where(generation => generation.Spec is not null).Select(generation => generation.Spec!).ToEquatableArray());

        // The catalog, GeneratedJson and the type registry read only names, converters and versions: an edit inside a type
        // leaves these inputs equal, so those sources (each covering the whole project) are not written again.
        IncrementalValueProvider<EquatableArray<CatalogEventEntry>> catalogEvents = specs
            .Select(static (files, _) => CatalogEventEntry.From(files))
            .WithTrackingName(TrackingNames.CatalogEvents);

        context.RegisterSourceOutput(catalogEvents, static (output, events) =>
        {
            string? catalog = JsonEmitter.EmitCatalog(events);
            if (catalog is not null) output.AddSource(JsonEmitter.CatalogHintName, catalog);
        });

        IncrementalValueProvider<EquatableArray<ProjectTypeEntry>> projectTypes = specs
            .Select(static (files, _) => ProjectTypeEntry.From(files))
            .WithTrackingName(TrackingNames.ProjectTypes);


        // GeneratedJson covers the project's types and those of its references, so a service that references a shared
        // contracts library gets one resolver for both; a project below C# 11 (without schemas, or ES9001) gets none.
        // The schema-type registry (for tools such as the OpenAPI transformer) lists the same types.
        IncrementalValueProvider<EquatableArray<ReferencedJsonType>> referencedJsonTypes = references
            .Select(static (set, _) => ReferencedJsonTypes.From(set))
            .WithTrackingName(TrackingNames.ReferencedJsonTypes);

        // GeneratedJson and the type registry are one source per namespace and a main source each that chains them:
        // adding a type writes its namespace's part again, and a main source only when a namespace comes or goes.
        IncrementalValueProvider<GeneratedJsonLayout> generatedJsonLayout = projectTypes.Combine(referencedJsonTypes).Combine(tooOldLanguage)
            .Select(static (input, _) => input.Right is not null ? GeneratedJsonLayout.Empty : GeneratedJsonLayout.From(input.Left.Left, input.Left.Right))
            .WithTrackingName(TrackingNames.GeneratedJsonLayout);

        context.RegisterSourceOutput(generatedJsonLayout.Select(static (layout, _) => layout.PartIds), static (output, partIds) =>
        {
            string? main = GeneratedJsonEmitter.EmitMain(partIds);
            if (main is not null) output.AddSource(GeneratedJsonEmitter.HintName, main);
        });

        context.RegisterSourceOutput(generatedJsonLayout.SelectMany(static (layout, _) => layout.Parts).WithTrackingName(TrackingNames.GeneratedJsonParts), static (output, part) =>
            output.AddSource(GeneratedJsonEmitter.PartHintName(part.Id), GeneratedJsonEmitter.EmitPart(part)));

        context.RegisterSourceOutput(generatedJsonLayout.Select(static (layout, _) => layout.Registry), static (output, registry) =>
        {
            string? schemaTypes = SchemaTypeRegistryEmitter.EmitMain(registry);
            if (schemaTypes is not null) output.AddSource(SchemaTypeRegistryEmitter.HintName, schemaTypes);
        });

        // The help-link base is read apart from GeneratorOptions: changing it re-reports diagnostics without replanning.
        IncrementalValueProvider<string> helpLinkBase = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => HelpLinks.Base(provider.GlobalOptions));

        // A conversion an event's past version needs and the project does not write is an error at the schema field.
        IncrementalValueProvider<EquatableArray<string>> implementedConversions = context.SyntaxProvider
            .CreateSyntaxProvider(ImplementedConversions.IsCandidate, ImplementedConversions.KeyOf)
            .Collect()
            .Select(static (keys, _) => ImplementedConversions.Sorted(keys))
            .WithTrackingName(TrackingNames.ImplementedConversions);

        context.RegisterSourceOutput(specs.Combine(implementedConversions).Combine(helpLinkBase), static (output, input) =>
        {
            var missing = ImplementedConversions.Missing(input.Left.Left, input.Left.Right);
            foreach (var conversion in missing) output.ReportDiagnostic(SchemaDiagnosticMapper.ToRoslyn(conversion.Error, input.Right));
            // Stand-ins keep the compiler to the one error above instead of CS8795 in generated code.
            string? standIns = MissingConversionEmitter.Emit(missing);
            if (standIns is not null) output.AddSource(MissingConversionEmitter.HintName, standIns);
        });

        context.RegisterSourceOutput(plan.Select(static (plan, _) => plan.Diagnostics).Combine(helpLinkBase), static (output, input) =>
        {
            foreach (var diagnostic in input.Left) output.ReportDiagnostic(SchemaDiagnosticMapper.ToRoslyn(diagnostic, input.Right));
        });

        context.RegisterSourceOutput(plan.Select(static (plan, _) => plan.InternalError), static (output, error) =>
        {
            if (error is not null) output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnosticDescriptors.GeneratorFailure, Location.None, error));
        });

        IncrementalValueProvider<bool> hasSchemas = allParsed
            .Select(static (schemas, _) => !schemas.IsEmpty)
            .WithTrackingName(TrackingNames.HasSchemas);

        IncrementalValueProvider<TargetFeatures?> polyfills = features
            .Combine(options)
            .Combine(hasSchemas.Combine(tooOldLanguage).Select(static (input, _) => input.Left && input.Right is null))
            .Select(static (input, _) => input.Right && PolyfillEmitter.IsNeeded(input.Left.Left, input.Left.Right) ? input.Left.Left : null)
            .WithTrackingName(TrackingNames.Polyfills);

        context.RegisterSourceOutput(polyfills, static (output, features) =>
        {
            if (features is not null) output.AddSource(PolyfillEmitter.HintName, PolyfillEmitter.Emit(features));
        });
    }

    private static GenerationPlan Plan(
        ImmutableArray<ParsedSchema> schemas, GeneratorOptions options, TargetFeatures features, ReferenceSet references, EvolutionSettings evolution, CancellationToken cancellationToken)
    {
        try
        {
            return ProjectBinding.Plan(schemas, options, features, references.Bound, evolution, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failure here is a bug; report it as a located-nowhere error instead of failing the whole build with CS8785.
            return new GenerationPlan(EquatableArray<FilePlan>.Empty, exception.GetType().Name + ": " + exception.Message);
        }
    }
}

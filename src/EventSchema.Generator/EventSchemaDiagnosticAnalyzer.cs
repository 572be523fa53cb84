using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EventSchema.Generator.Building;
using EventSchema.Generator.Diagnostics;
using EventSchema.Generator.Model;
using EventSchema.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator;

/// <summary>
/// Reports every schema diagnostic at its line and column in the <c>.eventschema</c> file. An analyzer
/// over additional files, rather than the generator, so IDEs show them live and each rule's severity
/// can be configured like any analyzer rule. The generator reports none of these, so each appears once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EventSchemaDiagnosticAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SchemaDiagnosticDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var schemaFiles = start.Options.AdditionalFiles.Where(ParsedSchema.IsSchemaFile).ToImmutableArray();
            if (schemaFiles.IsEmpty) return;

            // Names resolve across files, so every file is bound together, once per compilation.
            CancellationToken cancellationToken = start.CancellationToken;
            var references = start.Compilation.References;
            var compilation = new Lazy<SchemaCompilation?>(() => Bind(schemaFiles, references, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterAdditionalFileAction(fileContext =>
            {
                if (!ParsedSchema.IsSchemaFile(fileContext.AdditionalFile)) return;
                SchemaCompilation? bound = compilation.Value;
                if (bound is null) return;
                foreach (var diagnostic in bound.GetDiagnostics(fileContext.AdditionalFile.Path))
                {
                    fileContext.ReportDiagnostic(SchemaDiagnosticMapper.ToRoslyn(diagnostic));
                }
            });
        });
    }

    private static SchemaCompilation? Bind(ImmutableArray<AdditionalText> files, System.Collections.Generic.IEnumerable<MetadataReference> references, CancellationToken cancellationToken)
    {
        try
        {
            var sources = files.Select(file => new Language.Text.SourceText(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty));
            // The same references, read and bound as the generator binds them, so both see the same names.
            var referenced = ReferenceSet.Bind(references.Select(ReferencedAssemblyReader.Read), cancellationToken);
            return SchemaCompilation.Create(sources, referenced.Bound, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}

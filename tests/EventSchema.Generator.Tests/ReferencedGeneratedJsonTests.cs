using System.Reflection;
using System.Runtime.Loader;
using EventSchema.Generator.Json;
using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>
/// <c>GeneratedJson</c> in the shared-contracts setup, compiled with the real compiler across two assemblies: a
/// contracts library and a service each get their own internal <c>GeneratedJson</c> (no collision), and the service's
/// also covers the library's types through their public converters, so one resolver serves both assemblies' types.
/// </summary>
public sealed class ReferencedGeneratedJsonTests
{
    private const string CommonSchema = """
        namespace MiddleCorridor.Common;

        @pattern("^[A-Z]{3}$")
        scalar CurrencyCode : string;

        enum Leg { rail, caspianFerry = "caspian-ferry" }

        record Port {
          @minLength(1) name: string;
          @pattern("^[A-Z]{2}$") country: string;
        }

        record Money {
          @minimum(0) amount: decimal;
          currency: CurrencyCode;
        }

        @version(1)
        event PortCallScheduled {
          port: Port;
          vessel: string;
        }
        """;

    private const string FreightSchema = """
        namespace MiddleCorridor.Freight;

        using MiddleCorridor.Common;

        record Port { berth: int; }

        @version(1)
        event ShipmentBooked {
          origin: MiddleCorridor.Common.Port;
          leg: Leg;
          freight: Money;
        }
        """;

    private const string ServiceCode = """
        using System;
        using System.Text.Json;
        using EventSchema.Generated;
        using MiddleCorridor.Common;
        using MiddleCorridor.Freight;

        namespace Service;

        internal static class Example
        {
            public static string Run()
            {
                var booked = new ShipmentBooked
                {
                    Origin = new MiddleCorridor.Common.Port { Name = "Aktau", Country = "KZ" },
                    Leg = Leg.CaspianFerry,
                    Freight = new Money { Amount = 1850m, Currency = CurrencyCode.From("USD") },
                };
                var call = new PortCallScheduled { Port = booked.Origin, Vessel = "Merkuri-1" };
                // Only the generated resolver: a type it does not cover fails instead of falling back to reflection.
                var options = new JsonSerializerOptions { TypeInfoResolver = GeneratedJson.Resolver };
                string bookedJson = JsonSerializer.Serialize(booked, GeneratedJson.ShipmentBooked);
                string callJson = JsonSerializer.Serialize(call, GeneratedJson.PortCallScheduled);
                var callBack = JsonSerializer.Deserialize(callJson, GeneratedJson.PortCallScheduled)!;
                var port = JsonSerializer.Deserialize(JsonSerializer.Serialize(booked.Origin, GeneratedJson.MiddleCorridor_Common_Port), GeneratedJson.MiddleCorridor_Common_Port)!;
                return string.Join("|",
                    bookedJson,
                    callJson,
                    callBack.Equals(call),
                    port.Equals(booked.Origin),
                    JsonSerializer.Serialize(Leg.CaspianFerry, GeneratedJson.Leg),
                    JsonSerializer.Serialize(CurrencyCode.From("AZN"), GeneratedJson.CurrencyCode),
                    options.GetTypeInfo(typeof(Money)).Converter.GetType().Name + "<" + options.GetTypeInfo(typeof(Money)).Converter.Type!.FullName + ">",
                    options.TryGetTypeInfo(typeof(Uri), out _));
            }
        }
        """;

    private const string RegistryCode = """
        using System.Linq;
        using EventSchema.Json;
        using MiddleCorridor.Common;
        using MiddleCorridor.Freight;

        namespace Service;

        internal static class Registries
        {
            public static string Run()
            {
                var own = SchemaTypeRegistry.FromAssembly(typeof(ShipmentBooked).Assembly)!;
                var contracts = SchemaTypeRegistry.FromAssembly(typeof(Money).Assembly)!;
                return string.Join("|",
                    string.Join(",", own.Types.Select(type => type.SchemaName + (type.JsonSchema is null ? "" : "+schema")).OrderBy(name => name)),
                    own.FindClrType("MiddleCorridor.Common.Port") == typeof(MiddleCorridor.Common.Port),
                    own.FindClrType("MiddleCorridor.Freight.Port") == typeof(MiddleCorridor.Freight.Port),
                    own.Find(typeof(Money)) is null,
                    string.Join(",", contracts.Types.Select(type => type.SchemaName + (type.JsonSchema is null ? "" : "+schema")).OrderBy(name => name)),
                    contracts.ReferencedTypes.Count);
            }
        }
        """;

    private static readonly Lazy<byte[]> Library = new(() =>
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("common/trade.eventschema", CommonSchema)],
            compilation: GeneratorHarness.CreateCompilation("namespace Contracts { internal static class Anchor { } }").WithAssemblyName("MiddleCorridor.Contracts"));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        return EmitImage(run.OutputCompilation);
    });

    private static GeneratorRun Service(IEnumerable<InMemoryAdditionalText> schemas, string code, bool referenceLibrary = true, string? moreCode = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(moreCode is null ? [code] : [code, moreCode]).WithAssemblyName("Freight.Service");
        if (referenceLibrary) compilation = compilation.AddReferences(MetadataReference.CreateFromImage(Library.Value));
        return GeneratorHarness.Run(schemas, compilation: compilation);
    }

    [Fact]
    public void A_service_resolves_its_own_types_and_the_contract_types_with_one_resolver()
    {
        var run = Service([GeneratorHarness.Schema("freight/booking.eventschema", FreightSchema)], ServiceCode, moreCode: RegistryCode);
        Assert.Empty(run.GeneratorDiagnostics);
        // Warnings included: a second public GeneratedJson would be CS0436 here.
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        string source = run.GeneratedJson!;
        Assert.Contains("internal static partial class GeneratedJson", source);
        Assert.Contains("if (type == typeof(global::MiddleCorridor.Common.Money)) return __Shared<global::MiddleCorridor.Common.Money>(options, global::MiddleCorridor.Common.Money.ReadJson);", source);
        // Both assemblies declare a Port, so both properties are qualified.
        Assert.Contains("JsonTypeInfo<global::MiddleCorridor.Common.Port> MiddleCorridor_Common_Port =>", source);
        Assert.Contains("JsonTypeInfo<global::MiddleCorridor.Freight.Port> MiddleCorridor_Freight_Port =>", source);

        string[] parts = RunExample(run).Split('|');
        Assert.Equal("""{"origin":{"name":"Aktau","country":"KZ"},"leg":"caspian-ferry","freight":{"amount":1850,"currency":"USD"}}""", parts[0]);
        Assert.Equal("""{"port":{"name":"Aktau","country":"KZ"},"vessel":"Merkuri-1"}""", parts[1]);
        Assert.Equal("True", parts[2]);
        Assert.Equal("True", parts[3]);
        Assert.Equal("\"caspian-ferry\"", parts[4]);
        Assert.Equal("\"AZN\"", parts[5]);
        Assert.Equal("GeneratedTypeConverter`1<MiddleCorridor.Common.Money>", parts[6]);
        Assert.Equal("False", parts[7]);
    }

    [Fact]
    public void Each_assembly_has_a_registry_of_its_types_and_a_service_knows_the_contract_types_by_schema_name()
    {
        var run = Service([GeneratorHarness.Schema("freight/booking.eventschema", FreightSchema)], ServiceCode, moreCode: RegistryCode);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        string[] parts = RunExample(run, "Service.Registries").Split('|');
        Assert.Equal("MiddleCorridor.Freight.Port+schema,MiddleCorridor.Freight.ShipmentBooked+schema", parts[0]);
        Assert.Equal("True", parts[1]);
        Assert.Equal("True", parts[2]);
        Assert.Equal("True", parts[3]);
        // Enums and scalars carry their own schema too, for a tool that meets one no record uses.
        Assert.Equal("MiddleCorridor.Common.CurrencyCode+schema,MiddleCorridor.Common.Leg+schema,MiddleCorridor.Common.Money+schema,MiddleCorridor.Common.Port+schema,MiddleCorridor.Common.PortCallScheduled+schema", parts[4]);
        Assert.Equal("0", parts[5]);
    }

    [Fact]
    public void A_service_without_schemas_gets_a_resolver_for_the_contract_types()
    {
        string code = ServiceCode
            .Replace("using MiddleCorridor.Freight;", string.Empty, StringComparison.Ordinal)
            .Replace("var booked = new ShipmentBooked", "var booked = new", StringComparison.Ordinal)
            .Replace("string bookedJson = JsonSerializer.Serialize(booked, GeneratedJson.ShipmentBooked);", "string bookedJson = JsonSerializer.Serialize(booked.Freight, GeneratedJson.Money);", StringComparison.Ordinal)
            .Replace("GeneratedJson.MiddleCorridor_Common_Port", "GeneratedJson.Port", StringComparison.Ordinal);
        var run = Service([], code);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        // No registry either: it would list no type of the project's own.
        Assert.All(run.Sources.Keys, hintName => Assert.StartsWith("EventSchema.GeneratedJson.", hintName, StringComparison.Ordinal));
        Assert.Contains(GeneratedJsonEmitter.HintName, run.Sources.Keys);

        string[] parts = RunExample(run).Split('|');
        Assert.Equal("""{"amount":1850,"currency":"USD"}""", parts[0]);
        Assert.Equal("""{"port":{"name":"Aktau","country":"KZ"},"vessel":"Merkuri-1"}""", parts[1]);
        Assert.Equal("True", parts[3]);
    }

    [Fact]
    public void A_project_without_schemas_or_contract_references_gets_no_code()
    {
        var run = Service([], "namespace Service { internal static class Anchor { } }", referenceLibrary: false);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_project_below_CSharp_11_without_schemas_gets_no_code_it_could_not_compile()
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Service { internal static class Anchor { } }", parseOptions, cancellationToken: TestContext.Current.CancellationToken))
            .AddReferences(MetadataReference.CreateFromImage(Library.Value));
        var run = GeneratorHarness.Run([], compilation: compilation);
        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    private static string RunExample(GeneratorRun run, string typeName = "Service.Example")
    {
        var context = new LibraryLoadContext(Library.Value);
        try
        {
            using var stream = new MemoryStream();
            var emitted = run.OutputCompilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
            stream.Position = 0;
            var example = context.LoadFromStream(stream).GetType(typeName, throwOnError: true)!;
            return (string)example.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] EmitImage(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>Loads the service and resolves the library from its image, as the runtime would from the output folder.</summary>
    private sealed class LibraryLoadContext(byte[] library) : AssemblyLoadContext("contracts-json-" + Guid.NewGuid().ToString("N"), isCollectible: true)
    {
        private Assembly? _library;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name != "MiddleCorridor.Contracts") return null;
            return _library ??= LoadFromStream(new MemoryStream(library));
        }
    }
}

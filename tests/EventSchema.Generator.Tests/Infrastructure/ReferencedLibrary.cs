using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests.Infrastructure;

/// <summary>A contracts library compiled to an image, for an application compilation to reference and load.</summary>
public static class ReferencedLibrary
{
    /// <summary>The assembly image of <paramref name="compilation"/>; fails the test when it does not emit.</summary>
    public static byte[] EmitImage(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>
    /// Loads <paramref name="application"/> into a collectible context that resolves the library named
    /// <paramref name="libraryName"/> from <paramref name="library"/>, as the runtime would from the output folder.
    /// </summary>
    public static Assembly LoadApplication(byte[] application, string libraryName, byte[] library)
    {
        var context = new LibraryLoadContext(libraryName, library);
        var assembly = context.LoadFromStream(new MemoryStream(application));
        // A collectible context whose object is collected starts unloading, and the library is resolved lazily, on
        // the first call that needs it: the context lives as long as the application assembly does.
        ContextsInUse.Add(assembly, context);
        return assembly;
    }

    private static readonly ConditionalWeakTable<Assembly, AssemblyLoadContext> ContextsInUse = new();

    private sealed class LibraryLoadContext(string libraryName, byte[] library) : AssemblyLoadContext("references-" + Guid.NewGuid().ToString("N"), isCollectible: true)
    {
        private Assembly? _library;

        protected override Assembly? Load(AssemblyName assemblyName)
            => assemblyName.Name == libraryName ? _library ??= LoadFromStream(new MemoryStream(library)) : null;
    }
}

using EventSchema.LanguageServer;

// stdout carries the protocol; everything else goes to stderr, which editors show as the server's log.
using var server = new SchemaLanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
return await server.RunAsync();

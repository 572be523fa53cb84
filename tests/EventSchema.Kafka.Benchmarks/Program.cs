using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/EventSchema.Kafka.Benchmarks -- --job short` for the quick run in docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(EventSchema.Kafka.Benchmarks.SerdeBenchmarks).Assembly).Run(args);

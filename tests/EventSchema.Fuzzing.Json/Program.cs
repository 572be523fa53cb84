using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EventSchema.Fuzzing.Json;
using SharpFuzz;

// The generated JSON readers and EventSchema.Runtime under a coverage-guided fuzzer. Every input goes through every
// read route (JsonFuzzTarget); an exception other than JsonException crashes the process, which is how libFuzzer and
// AFL++ learn about it. See docs/security.md for running it.
string mode = args.Length == 0 ? "libfuzzer" : args[0];
switch (mode)
{
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(bytes => JsonFuzzTarget.Run(bytes));
        return 0;
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            JsonFuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    case "replay":
        // Runs saved inputs (crash files, a corpus folder) without instrumentation, to reproduce or triage them.
        int failures = 0, inputs = 0;
        foreach (string path in args.Skip(1).SelectMany(ExpandPaths))
        {
            inputs++;
            try
            {
                JsonFuzzTarget.Run(File.ReadAllBytes(path));
            }
            catch (Exception exception)
            {
                failures++;
                Console.Error.WriteLine($"{path}: {exception}");
            }
        }
        Console.WriteLine(failures == 0 ? $"all {inputs} inputs handled" : $"{failures} of {inputs} input(s) failed");
        return failures == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: EventSchema.Fuzzing.Json [libfuzzer | afl | replay <file-or-folder>...]");
        return 2;
}

static IEnumerable<string> ExpandPaths(string path)
    => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [path];

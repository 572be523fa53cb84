using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EventSchema.Fuzzing;
using EventSchema.Language.Text;
using SharpFuzz;

// The front end under a coverage-guided fuzzer. Every input is decoded as UTF-8 (invalid bytes become
// U+FFFD, as an editor would show them), parsed and bound; a broken promise or any exception other than
// cancellation crashes the process, which is how libFuzzer and AFL++ learn about it.
// See docs/security.md for running it for hours.
string mode = args.Length == 0 ? "libfuzzer" : args[0];
switch (mode)
{
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(bytes => FuzzTarget.Run(bytes));
        return 0;
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    case "replay":
        // Runs saved inputs (crash files, a corpus folder) without instrumentation, to reproduce or triage them.
        int failures = 0;
        foreach (string path in args.Skip(1).SelectMany(ExpandPaths))
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(path));
            }
            catch (Exception exception)
            {
                failures++;
                Console.Error.WriteLine($"{path}: {exception}");
            }
        }
        Console.WriteLine(failures == 0 ? "all inputs handled" : $"{failures} input(s) failed");
        return failures == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: EventSchema.Fuzzing [libfuzzer | afl | replay <file-or-folder>...]");
        return 2;
}

static IEnumerable<string> ExpandPaths(string path)
    => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [path];

/// <summary>One fuzzing input through the front end.</summary>
internal static class FuzzTarget
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void Run(ReadOnlySpan<byte> bytes)
    {
        string text = Utf8.GetString(bytes);
        FrontEndInvariants.Check(new SourceText("fuzz.eventschema", text), []);
    }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EventSchema.AspNetCore;

/// <summary>
/// The metadata of the values the package puts into problem details' extensions (<c>path</c>, <c>lineNumber</c>,
/// <c>bytePositionInLine</c>, <c>codes</c>). ASP.NET Core's own problem details metadata covers the problem types but
/// not every value an extension may hold, and without reflection (Native AOT, trimming) a <c>long</c> it cannot find
/// turns a 400 into a 500.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class ProblemExtensionsJsonContext : JsonSerializerContext
{
}

using System;
using System.Globalization;

namespace EventSchema.Generator.Building;

/// <summary>
/// Runs Humanizer under the invariant culture: the compiler host may run under any culture (Turkish
/// casing would turn <c>id</c> into <c>İd</c>), and generated code must not depend on it.
/// </summary>
// RS1035 guards against analyzers following the host's culture; this scope does the opposite, pinning
// the invariant culture for Humanizer calls that read the current one, and restores the host's after.
#pragma warning disable RS1035
internal readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
    }

    public static CultureScope Invariant()
    {
        var scope = new CultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
#pragma warning restore RS1035

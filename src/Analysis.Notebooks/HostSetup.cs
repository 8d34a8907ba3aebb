using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Analysis.Notebooks;

/// <summary>
/// Makes the analysis library work in a .NET Interactive notebook host (dotnet-interactive, the
/// Jupyter kernel, dotnet-repl): the set-up cell references this assembly and calls
/// <see cref="Enable"/>, which (1) lets the host's FSharp.Core stand in for the newer one Deedle and
/// Plotly.NET reference, and (2) registers the display formatters when a notebook host is present.
/// The core library (<c>Analysis.dll</c>) knows nothing of this.
/// </summary>
/// <remarks>
/// dotnet-interactive 1.0.712001 and dotnet-repl 0.3.259 load FSharp.Core 10.0.0.0 themselves;
/// Deedle 8.1.0 and Plotly.NET 6.0.0 ask for 10.1.0.0 (and Giraffe.ViewEngine for 5.0.0.0). A
/// <see cref="AssemblyLoadContext.Resolving"/> handler that answers any FSharp.Core request with the
/// FSharp.Core already loaded makes both run (see shared PLATFORM-NOTES). The handler is only
/// consulted when normal resolution fails, so it changes nothing in hosts that carry FSharp.Core
/// 10.1 (tests, console programs, the render command). This type must not mention Deedle or
/// Plotly types, or the JIT would load them before the handler exists; a module initializer also
/// installs the handler the first time anything in this assembly is touched.
/// </remarks>
public static class NotebookHost
{
    private const string FormattingAssembly = "Microsoft.DotNet.Interactive.Formatting";
    private static int _resolverInstalled;

    /// <summary>
    /// Installs the FSharp.Core resolver and, inside a notebook host, registers the formatters. Safe to call
    /// more than once. Returns a one-line description of what is in place, which the set-up cell shows.
    /// </summary>
    public static string Enable()
    {
        InstallResolver();
        var host = AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == FormattingAssembly);
        if (host)
        {
            RegisterFormatters();
        }

        var chromium = ChromiumPath();
        return $"Analysis library {typeof(NotebookHost).Assembly.GetName().Version}: " +
            (host ? "notebook formatters registered" : "no notebook host found, formatters not registered") + "; " +
            (chromium is null ? "no Chromium found, charts stay interactive-only (set ANALYSIS_CHROMIUM)" : "chart images drawn with " + chromium) + ".";
    }

#pragma warning disable CA2255 // A module initializer makes any first use of this assembly install the resolver, before any Deedle code runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void InstallResolver()
    {
        if (Interlocked.Exchange(ref _resolverInstalled, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += ResolveFSharpCore;
        }
    }

    private static Assembly? ResolveFSharpCore(AssemblyLoadContext context, AssemblyName name) =>
        name.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters() => NotebookFormatters.Register();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ChromiumPath() => ChartImages.ChromiumPath;
}

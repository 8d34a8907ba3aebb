using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Analysis.Notebooks;

/// <summary>
/// What makes the library work in a .NET Interactive notebook with nothing but <c>#r</c> of its
/// DLL: a module initializer, run by the runtime before the first use of any library type, that
/// (1) lets the host's FSharp.Core stand in for the newer one Deedle and Plotly.NET reference, and
/// (2) registers the notebook formatters when a notebook host is present.
/// </summary>
/// <remarks>
/// dotnet-interactive 1.0.712001 and dotnet-repl 0.3.259 load FSharp.Core 10.0.0.0 themselves;
/// Deedle 8.1.0 and Plotly.NET 6.0.0 ask for 10.1.0.0 (and Giraffe.ViewEngine for 5.0.0.0). A
/// <see cref="AssemblyLoadContext.Resolving"/> handler that answers any FSharp.Core request with the
/// FSharp.Core already loaded makes both run (see shared PLATFORM-NOTES). The handler is only
/// consulted when normal resolution fails, so it changes nothing in hosts that carry FSharp.Core
/// 10.1 (tests, console programs, the render command). This method must not mention Deedle or
/// Plotly types, or the JIT would load them before the handler exists.
/// </remarks>
internal static class HostSetup
{
    private const string FormattingAssembly = "Microsoft.DotNet.Interactive.Formatting";
    private static int _initialised;

#pragma warning disable CA2255 // A module initializer is the point: it is the only hook that runs on a plain `#r` of the DLL.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialise()
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += ResolveFSharpCore;
        if (AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == FormattingAssembly))
        {
            RegisterFormatters();
        }
    }

    private static Assembly? ResolveFSharpCore(AssemblyLoadContext context, AssemblyName name) =>
        name.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters() => NotebookFormatters.Register();
}

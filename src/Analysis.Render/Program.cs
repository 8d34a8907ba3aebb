using Analysis.Render;

// render: executes the notebooks headless, writes them back with outputs and writes the HTML report.
// Usage: ./render.sh [options], or dotnet run --project src/Analysis.Render -c Release -- [options] (see --help).
return await RenderCommand.RunAsync(args, Console.Out, Console.Error);

namespace Analysis.Render;

/// <summary>A notebook of this render that did not render: a failed cell, or a file that could not be read.</summary>
/// <param name="Name">File name without extension.</param>
/// <param name="Problem">What went wrong, as printed on the console (no stack trace).</param>
public sealed record NotebookFailure(string Name, string Problem);

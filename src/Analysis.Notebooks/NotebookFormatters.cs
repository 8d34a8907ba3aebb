using Analysis.Display;
using Analysis.Domain;
using Analysis.Verdicts;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Analysis.Notebooks;

/// <summary>
/// .NET Interactive formatters for the library's types: frames and series as compact tables
/// (HTML and aligned text), charts as one output carrying the interactive HTML (with the static
/// image inside it) and a PNG, claim assessments as a verdict box and Markdown text.
/// Registered by <see cref="NotebookHost.Enable"/> in the notebooks' set-up cell.
/// </summary>
public static class NotebookFormatters
{
    private static int _registered;

    /// <summary>Registers the formatters (once per process; later calls do nothing).</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        foreach (var table in new[] { typeof(Frame<,>), typeof(Series<,>) })
        {
            Formatter.Register(table, (value, writer) => writer.Write(TableDisplay.ToHtml(value)), HtmlFormatter.MimeType);
            Formatter.Register(table, (value, writer) => writer.Write(TableDisplay.ToText(value)), PlainTextFormatter.MimeType);
            Formatter.SetPreferredMimeTypesFor(table, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }

        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartHtml.Fragment(chart, ChartImages.TryRenderPng(chart))), HtmlFormatter.MimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartImages.TryRenderPng(chart) is { } png ? Convert.ToBase64String(png) : ""), "image/png");
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType, "image/png");

        // Result records (model outputs, comparisons) as small property tables, not object trees.
        foreach (var record in new[] { typeof(TariffImpactResult), typeof(PredictionComparison), typeof(ExportReplacement), typeof(AdValoremEquivalent), typeof(TariffScenario), typeof(TradeDependenceAsymmetry), typeof(ThresholdRule), typeof(ScorecardInputs), typeof(LinearRangeCheck) })
        {
            Formatter.Register(record, (value, writer) => writer.Write(TableDisplay.RecordToHtml(value)), HtmlFormatter.MimeType);
            Formatter.Register(record, (value, writer) => writer.Write(TableDisplay.RecordToText(value)), PlainTextFormatter.MimeType);
            Formatter.SetPreferredMimeTypesFor(record, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }

        Formatter.Register<ScorecardView>((a, writer) => writer.Write(a.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<ScorecardView>((a, writer) => writer.Write(a.ToText()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ScorecardView), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);

        Formatter.Register<ScorecardSummary>((a, writer) => writer.Write(a.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<ScorecardSummary>((a, writer) => writer.Write(a.ToMarkdown()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ScorecardSummary), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);

        Formatter.Register<ClaimNotes>((a, writer) => writer.Write(a.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<ClaimNotes>((a, writer) => writer.Write(a.ToMarkdown()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ClaimNotes), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);

        Formatter.Register<ClaimAssessment>((a, writer) => writer.Write(a.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<ClaimAssessment>((a, writer) => writer.Write(a.ToMarkdown()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ClaimAssessment), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}

using System.Net;
using System.Text;

namespace Analysis.Verdicts;

/// <summary>What the data said about a claim at one moment.</summary>
/// <param name="Moment">Which moment: <see cref="AtArticle"/> or <see cref="Latest"/>.</param>
/// <param name="Period">The period of the data the finding rests on (e.g. "2022", "Jan–Sep 2023").</param>
/// <param name="Verdict">The verdict at that moment.</param>
/// <param name="Value">The measured value the rule judged, in the rule's unit; NaN when not testable.</param>
/// <param name="KeyFigure">The number that carries the verdict, in words, with its unit and period.</param>
/// <param name="Evidence">Supporting statements, each with its numbers.</param>
public sealed record Finding(string Moment, string Period, Verdict Verdict, double Value, string KeyFigure, IReadOnlyList<string> Evidence)
{
    /// <summary>Label of the moment the article appeared (data for periods that had ended by then).</summary>
    public const string AtArticle = "when the article appeared";

    /// <summary>Label of the latest data.</summary>
    public const string Latest = "with the latest data";

    /// <summary>A finding that cannot be made at this moment, with the reason.</summary>
    public static Finding NotTestable(string moment, string reason) => new(moment, "—", Verdict.NotTestable, double.NaN, reason, []);
}

/// <summary>
/// The assessment of one claim of the article: the claim in the article's words, the rule that
/// judges it (with its numbers), the finding with the data available when the article appeared
/// (October 2023) and with the latest data, side by side, and the caveats. Every number in it is
/// computed by the library from the data when it is built, never typed in.
/// </summary>
/// <param name="Id">Short stable id (e.g. <c>trade-vs-west</c>).</param>
/// <param name="Notebook">The notebook that tests the claim (e.g. <c>01-rhetoric-vs-trade</c>).</param>
/// <param name="Claim">The claim, quoted or closely paraphrased from the article.</param>
/// <param name="Rule">The rule that turned the measured value into the verdict; null for a claim that public data cannot test.</param>
/// <param name="AtArticle">The finding with the data for periods that had ended when the article appeared.</param>
/// <param name="Latest">The finding with the latest data.</param>
/// <param name="Caveats">What limits the verdict (data gaps, definitions, confounders).</param>
/// <param name="Datasets">The datasets used.</param>
public sealed record ClaimAssessment(
    string Id,
    string Notebook,
    string Claim,
    ThresholdRule? Rule,
    Finding AtArticle,
    Finding Latest,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<string> Datasets)
{
    /// <summary>The verdict with the latest data.</summary>
    public Verdict Verdict => Latest.Verdict;

    /// <summary>The latest verdict in words.</summary>
    public string VerdictText => TextOf(Verdict);

    /// <summary>A verdict in words: "supported", "mixed", "not supported" or "not testable".</summary>
    public static string TextOf(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Mixed => "mixed",
        Verdict.NotSupported => "not supported",
        _ => "not testable",
    };

    /// <summary>The colour of a verdict badge (colour-blind safe: blue, orange, vermilion, grey of Okabe–Ito).</summary>
    public static string ColourOf(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "#0072B2",
        Verdict.Mixed => "#B35F00",
        Verdict.NotSupported => "#C03A00",
        _ => "#6B6B6B",
    };

    /// <summary>What changed between the two moments, in words.</summary>
    public string Change => AtArticle.Verdict == Latest.Verdict
        ? $"unchanged ({TextOf(Latest.Verdict)})"
        : $"{TextOf(AtArticle.Verdict)} → {TextOf(Latest.Verdict)}";

    /// <summary>A Markdown rendering (for text viewers and reports).</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("**Claim:** ").AppendLine(Claim).AppendLine();
        if (Rule is not null)
        {
            sb.Append("**Rule:** ").Append(Rule.Describe()).Append(". ").AppendLine(Rule.Reason).AppendLine();
        }

        foreach (var f in new[] { AtArticle, Latest })
        {
            sb.Append("**").Append(Capitalise(f.Moment)).Append(" (").Append(f.Period).Append("): ").Append(TextOf(f.Verdict)).Append("**: ").AppendLine(f.KeyFigure);
            foreach (var e in f.Evidence)
            {
                sb.Append("- ").AppendLine(e);
            }

            sb.AppendLine();
        }

        if (Caveats.Count > 0)
        {
            sb.AppendLine("*Caveats:*");
            foreach (var c in Caveats)
            {
                sb.Append("- ").AppendLine(c);
            }

            sb.AppendLine();
        }

        sb.Append("*Data:* ").AppendLine(string.Join(", ", Datasets));
        return sb.ToString();
    }

    /// <summary>An HTML rendering: a bordered box with the rule and a coloured verdict badge for each moment. All text is escaped.</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append(OpenBox("claim-assessment", Id, ColourOf(Verdict)));
        sb.Append("<div><b>Claim:</b> ").Append(E(Claim)).Append("</div>");
        if (Rule is not null)
        {
            sb.Append("<div style=\"margin-top:4px;color:#333\"><b>Rule:</b> ").Append(E(Rule.Describe())).Append(". <i>").Append(E(Rule.Reason)).Append("</i></div>");
        }

        foreach (var f in new[] { AtArticle, Latest })
        {
            sb.Append("<div style=\"margin-top:6px\">").Append(Badge(ColourOf(f.Verdict), TextOf(f.Verdict)))
              .Append(" <b>").Append(E(Capitalise(f.Moment))).Append(" (").Append(E(f.Period)).Append("):</b> ").Append(E(f.KeyFigure)).Append("</div>");
            if (f.Evidence.Count > 0)
            {
                sb.Append("<ul style=\"margin:2px 0\">");
                foreach (var e in f.Evidence)
                {
                    sb.Append("<li>").Append(E(e)).Append("</li>");
                }

                sb.Append("</ul>");
            }
        }

        if (Caveats.Count > 0)
        {
            sb.Append("<div><i>Caveats:</i></div><ul style=\"margin:2px 0\">");
            foreach (var c in Caveats)
            {
                sb.Append("<li>").Append(E(c)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("<div style=\"color:#555\"><i>Data:</i> ").Append(E(string.Join(", ", Datasets))).Append("</div></div>");
        return sb.ToString();
    }

    /// <summary>The opening tag of a claim's box (<c>id="claim-&lt;id&gt;"</c>, the scorecard's link target), its left border in <paramref name="colour"/>.</summary>
    internal static string OpenBox(string cssClass, string id, string colour) =>
        $"<div class=\"{cssClass}\" id=\"claim-{WebUtility.HtmlEncode(id)}\" style=\"border:1px solid #ccc;border-left:6px solid {colour};padding:8px 12px;margin:4px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px\">";

    /// <summary>A status badge: <paramref name="text"/> in capitals, white on <paramref name="colour"/>, escaped.</summary>
    internal static string Badge(string colour, string text) =>
        $"<span style=\"background:{colour};color:#fff;padding:1px 8px;border-radius:3px;font-weight:bold\">{WebUtility.HtmlEncode(text.ToUpperInvariant())}</span>";

    /// <inheritdoc/>
    public override string ToString() => ToMarkdown();

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

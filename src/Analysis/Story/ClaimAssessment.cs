using System.Net;
using System.Text;

namespace Analysis.Story;

/// <summary>What the data says about a claim of the article.</summary>
public enum Verdict
{
    /// <summary>The data supports the claim.</summary>
    Supported,

    /// <summary>The data supports part of the claim, or supports it with strong caveats.</summary>
    Mixed,

    /// <summary>The data contradicts the claim.</summary>
    NotSupported,
}

/// <summary>
/// The assessment of one checkable claim: the claim as the article puts it, the verdict, the key
/// figure, the evidence (each line states its numbers) and the caveats. Every number in it is
/// computed by the library from the bundled data when the assessment is built, never typed in.
/// </summary>
/// <param name="Id">Short stable id (e.g. <c>trade-vs-west</c>).</param>
/// <param name="Notebook">The notebook that tests the claim (e.g. <c>01-rhetoric-vs-trade</c>).</param>
/// <param name="Claim">The claim, quoted or closely paraphrased from the article.</param>
/// <param name="Verdict">Supported, mixed or not supported.</param>
/// <param name="KeyFigure">The one number that carries the verdict, with its unit and year.</param>
/// <param name="Evidence">Supporting statements, each with its numbers.</param>
/// <param name="Caveats">What limits the verdict (data gaps, definitions, confounders).</param>
/// <param name="Datasets">The datasets used.</param>
public sealed record ClaimAssessment(
    string Id,
    string Notebook,
    string Claim,
    Verdict Verdict,
    string KeyFigure,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<string> Datasets)
{
    /// <summary>The verdict in words: "supported", "mixed" or "not supported".</summary>
    public string VerdictText => Verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Mixed => "mixed",
        _ => "not supported",
    };

    /// <summary>A Markdown rendering (for text viewers and reports).</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("**Claim:** ").AppendLine(Claim).AppendLine();
        sb.Append("**Verdict: ").Append(VerdictText).Append("**: ").AppendLine(KeyFigure).AppendLine();
        foreach (var e in Evidence)
        {
            sb.Append("- ").AppendLine(e);
        }

        if (Caveats.Count > 0)
        {
            sb.AppendLine().AppendLine("*Caveats:*");
            foreach (var c in Caveats)
            {
                sb.Append("- ").AppendLine(c);
            }
        }

        sb.AppendLine().Append("*Data:* ").AppendLine(string.Join(", ", Datasets));
        return sb.ToString();
    }

    /// <summary>An HTML rendering: a bordered box with a coloured verdict badge. All text is escaped.</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var colour = Verdict switch
        {
            Verdict.Supported => "#1B7F3B",
            Verdict.Mixed => "#B26B00",
            _ => "#B00020",
        };
        var sb = new StringBuilder();
        sb.Append("<div class=\"claim-assessment\" style=\"border:1px solid #ccc;border-left:6px solid ").Append(colour)
          .Append(";padding:8px 12px;margin:4px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px\">");
        sb.Append("<div><b>Claim:</b> ").Append(E(Claim)).Append("</div>");
        sb.Append("<div style=\"margin-top:6px\"><span style=\"background:").Append(colour)
          .Append(";color:#fff;padding:1px 8px;border-radius:3px;font-weight:bold\">").Append(E(VerdictText.ToUpperInvariant()))
          .Append("</span> ").Append(E(KeyFigure)).Append("</div>");
        sb.Append("<ul>");
        foreach (var e in Evidence)
        {
            sb.Append("<li>").Append(E(e)).Append("</li>");
        }

        sb.Append("</ul>");
        if (Caveats.Count > 0)
        {
            sb.Append("<div><i>Caveats:</i></div><ul>");
            foreach (var c in Caveats)
            {
                sb.Append("<li>").Append(E(c)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("<div style=\"color:#555\"><i>Data:</i> ").Append(E(string.Join(", ", Datasets))).Append("</div></div>");
        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToMarkdown();
}

using System.Net;
using System.Text;
using Analysis.Data;

namespace Analysis.Verdicts;

/// <summary>
/// The scorecard as a reader sees it: every claim of the article with its verdict when the article
/// appeared and now, as colour-coded badges, the latest key figure (or why the claim is not tested),
/// and a link to the claim's section in its notebook. The report's index page shows the same table.
/// </summary>
/// <param name="Rows">One row per claim, in the article's order.</param>
public sealed record ScorecardView(IReadOnlyList<ScorecardRow> Rows)
{
    /// <summary>The HTML table (class <c>scorecard</c>; each row carries <c>data-claim-id</c>; links point at <c>NN-name.ipynb#claim-&lt;id&gt;</c>).</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string Badge(string verdict, Verdict? v) =>
            $"<span class=\"verdict\" style=\"display:inline-block;min-width:6.5em;text-align:center;background:{(v is { } x ? ClaimAssessment.ColourOf(x) : "#6B6B6B")};color:#fff;padding:1px 6px;border-radius:3px;font-weight:bold;font-size:11px\">{E(verdict.ToUpperInvariant())}</span>";
        var sb = new StringBuilder();
        sb.Append("<table class=\"scorecard\" style=\"border-collapse:collapse;font-size:13px;font-family:Arial,Helvetica,sans-serif\">");
        sb.Append("<thead><tr><th style=\"text-align:left;border-bottom:1px solid #999;padding:3px 6px\">Claim of the article</th><th style=\"border-bottom:1px solid #999;padding:3px 6px\">October 2023</th><th style=\"border-bottom:1px solid #999;padding:3px 6px\">Now</th><th style=\"text-align:left;border-bottom:1px solid #999;padding:3px 6px\">Key figure now, or why not tested</th></tr></thead><tbody>");
        foreach (var r in Rows)
        {
            sb.Append("<tr data-claim-id=\"").Append(E(r.Id)).Append("\" style=\"border-bottom:1px solid #eee\">");
            sb.Append("<td style=\"padding:3px 6px\"><a href=\"").Append(E(r.Notebook)).Append(".ipynb#claim-").Append(E(r.Id)).Append("\">").Append(E(r.Claim)).Append("</a></td>");
            sb.Append("<td style=\"padding:3px 6px;text-align:center\">").Append(Badge(r.Then, r.ThenVerdict)).Append("</td>");
            sb.Append("<td style=\"padding:3px 6px;text-align:center\">").Append(Badge(r.Now, r.NowVerdict)).Append("</td>");
            sb.Append("<td style=\"padding:3px 6px\">").Append(E(r.Detail)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    /// <summary>The table as aligned text.</summary>
    public string ToText() =>
        string.Join(Environment.NewLine, Rows.Select(r => $"{r.Then,-14} {r.Now,-14} {r.Claim}  ({r.Detail})"));

    /// <inheritdoc/>
    public override string ToString() => ToText();
}

/// <summary>One claim in the scorecard.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Notebook">The notebook that deals with it.</param>
/// <param name="Claim">The article's words.</param>
/// <param name="Then">The verdict (or status) when the article appeared, in words.</param>
/// <param name="ThenVerdict">That verdict, or null for a claim not assessed.</param>
/// <param name="Now">The verdict (or status) with the latest data, in words.</param>
/// <param name="NowVerdict">That verdict, or null for a claim not assessed.</param>
/// <param name="Detail">The latest key figure, or why the claim is not tested.</param>
public sealed record ScorecardRow(string Id, string Notebook, string Claim, string Then, Verdict? ThenVerdict, string Now, Verdict? NowVerdict, string Detail);

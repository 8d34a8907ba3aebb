using System.Net;
using System.Text;

namespace Analysis.Verdicts;

/// <summary>
/// A claim of the article that no rule judges: a fact on record, or a claim public data cannot test, with the
/// reason (and, for the record, the dated event) and the data that would settle it.
/// </summary>
/// <param name="Id">The claim's id (<see cref="ArticleClaim.Id"/>); the HTML box carries <c>id="claim-&lt;id&gt;"</c>, the scorecard's link target.</param>
/// <param name="Notebook">The notebook that deals with it.</param>
/// <param name="Claim">The article's words.</param>
/// <param name="Status"><see cref="ClaimStatus.OnRecord"/> or <see cref="ClaimStatus.NotTestable"/>.</param>
/// <param name="Reason">Why no rule judges it; for a fact on record, the record.</param>
/// <param name="WouldSettleIt">For a claim not testable, the data that would settle it; otherwise empty.</param>
public sealed record ClaimNote(string Id, string Notebook, string Claim, ClaimStatus Status, string Reason, string WouldSettleIt)
{
    /// <summary>The status in words: "on record" or "not testable".</summary>
    public string StatusText => Status == ClaimStatus.OnRecord ? "on record" : "not testable";
}

/// <summary>
/// The claims of a notebook (or of the whole article) that no rule judges, shown where the reader looks for
/// them: each as a box like an assessment's, with its status, reason and the data that would settle it.
/// </summary>
/// <param name="Notes">The claims, in the article's order.</param>
public sealed record ClaimNotes(IReadOnlyList<ClaimNote> Notes)
{
    /// <summary>A Markdown rendering (for text viewers and reports).</summary>
    public string ToMarkdown()
    {
        if (Notes.Count == 0)
        {
            return "Every claim here is judged by a rule.\n";
        }

        var sb = new StringBuilder();
        foreach (var n in Notes)
        {
            sb.Append("**Claim:** ").AppendLine(n.Claim).AppendLine();
            sb.Append("**").Append(n.StatusText.ToUpperInvariant()).Append(":** ").AppendLine(n.Reason);
            if (n.WouldSettleIt.Length > 0)
            {
                sb.AppendLine().Append("*Data that would settle it:* ").AppendLine(n.WouldSettleIt);
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    /// <summary>An HTML rendering: one grey-bordered box per claim, <c>id="claim-&lt;id&gt;"</c>, with a status badge. All text is escaped.</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        if (Notes.Count == 0)
        {
            return "<p>Every claim here is judged by a rule.</p>";
        }

        var grey = ClaimAssessment.ColourOf(Verdict.NotTestable);
        var sb = new StringBuilder();
        foreach (var n in Notes)
        {
            sb.Append(ClaimAssessment.OpenBox("claim-note", n.Id, grey));
            sb.Append("<div><b>Claim:</b> ").Append(E(n.Claim)).Append("</div>");
            sb.Append("<div style=\"margin-top:6px\">").Append(ClaimAssessment.Badge(grey, n.StatusText)).Append(' ').Append(E(n.Reason)).Append("</div>");
            if (n.WouldSettleIt.Length > 0)
            {
                sb.Append("<div style=\"margin-top:4px;color:#333\"><i>Data that would settle it:</i> ").Append(E(n.WouldSettleIt)).Append("</div>");
            }

            sb.Append("</div>");
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToMarkdown();
}

using System.Text.RegularExpressions;

namespace Analysis.Products.Codes;

/// <summary>The revisions of the Harmonized System in which BACI and UN Comtrade publish product codes.</summary>
/// <remarks>BACI publishes one edition per revision (file names <c>BACI_HS92_…</c> … <c>BACI_HS22_…</c>); a product
/// code means the same thing only within one revision.</remarks>
public enum HsRevision
{
    /// <summary>HS 1992 (BACI from 1995).</summary>
    HS92,

    /// <summary>HS 1996.</summary>
    HS96,

    /// <summary>HS 2002.</summary>
    HS02,

    /// <summary>HS 2007.</summary>
    HS07,

    /// <summary>HS 2012.</summary>
    HS12,

    /// <summary>HS 2017.</summary>
    HS17,

    /// <summary>HS 2022.</summary>
    HS22,
}

/// <summary>Reads the HS revision from a file name.</summary>
public static partial class HsRevisions
{
    /// <summary>
    /// The revision named in <paramref name="fileName"/> (BACI's <c>BACI_HS22_Y2022_V202401b.csv</c>, or any name
    /// holding <c>HS92</c> … <c>HS22</c> as a separate token), or null when it names none or more than one.
    /// </summary>
    /// <param name="fileName">A file name or path.</param>
    public static HsRevision? FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var found = Token().Matches(Path.GetFileName(fileName))
            .Select(m => Enum.Parse<HsRevision>("HS" + m.Groups["rev"].Value))
            .Distinct()
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])HS(?<rev>92|96|02|07|12|17|22)(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

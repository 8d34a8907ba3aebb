using System.Globalization;

namespace Analysis.Products.Codes;

/// <summary>One HS section: its roman numeral, its position (1–21) and its title.</summary>
/// <param name="Numeral">Roman numeral, e.g. <c>V</c>.</param>
/// <param name="Number">Position 1 … 21.</param>
/// <param name="Title">Title as published in the WCO nomenclature.</param>
public sealed record HsSection(string Numeral, int Number, string Title);

/// <summary>One HS chapter: its two-digit number, the section it belongs to (null for chapter 99) and its title.</summary>
/// <param name="Number">Chapter number 1 … 99.</param>
/// <param name="Section">Roman numeral of its section, or null (Comtrade's chapter 99 has none).</param>
/// <param name="Title">Title as published.</param>
public sealed record HsChapter(int Number, string? Section, string Title)
{
    /// <summary>The chapter as two digits, e.g. <c>"08"</c>.</summary>
    public string Code => Number.ToString("00", CultureInfo.InvariantCulture);
}

/// <summary>
/// HS sections and chapters with their titles (HS 2022 nomenclature of the World Customs Organization, as
/// published by UN Comtrade in the <c>datasets/harmonized-system</c> dataset; see <c>Codes/README.md</c>).
/// </summary>
/// <remarks>The chapter-to-section assignment is the same in every revision from HS92 to HS22, so the table
/// serves every BACI edition; only the titles are HS 2022's.</remarks>
public static class HsNomenclature
{
    private static readonly Lazy<IReadOnlyList<HsSection>> SectionList = new(() =>
        EmbeddedCsv.Read("codes/hs-sections.csv")
            .Select((r, i) => new HsSection(r["section"], i + 1, r["title"]))
            .ToList());

    private static readonly Lazy<IReadOnlyDictionary<int, HsChapter>> ChapterTable = new(() =>
        EmbeddedCsv.Read("codes/hs-chapters.csv")
            .Select(r => new HsChapter(int.Parse(r["chapter"], CultureInfo.InvariantCulture), r["section"].Length == 0 ? null : r["section"], r["title"]))
            .ToDictionary(c => c.Number));

    /// <summary>The 21 sections in order.</summary>
    public static IReadOnlyList<HsSection> Sections => SectionList.Value;

    /// <summary>The chapters in order (97 rows: 01–97 without the reserved 77, plus 99).</summary>
    public static IReadOnlyList<HsChapter> Chapters => ChapterTable.Value.Values.OrderBy(c => c.Number).ToList();

    /// <summary>The chapter with number <paramref name="chapter"/>, or null when the nomenclature has none (77, 98, or out of range).</summary>
    public static HsChapter? Chapter(int chapter) => ChapterTable.Value.GetValueOrDefault(chapter);

    /// <summary>The section with roman numeral <paramref name="numeral"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such section.</exception>
    public static HsSection Section(string numeral) =>
        Sections.FirstOrDefault(s => s.Numeral == numeral) ?? throw new KeyNotFoundException($"There is no HS section '{numeral}'; sections are I … XXI.");

    /// <summary>The section that chapter <paramref name="chapter"/> belongs to, or null (chapter 99, unknown chapters).</summary>
    public static HsSection? SectionOfChapter(int chapter) =>
        Chapter(chapter)?.Section is { } numeral ? Section(numeral) : null;

    /// <summary>The chapters of section <paramref name="numeral"/>, in order.</summary>
    public static IReadOnlyList<int> ChaptersOf(string numeral)
    {
        Section(numeral);
        return Chapters.Where(c => c.Section == numeral).Select(c => c.Number).ToList();
    }
}

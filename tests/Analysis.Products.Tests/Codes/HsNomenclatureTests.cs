using Analysis.Products.Codes;

namespace Analysis.Products.Tests.Codes;

/// <summary>Expected titles and assignments from the WCO HS 2022 nomenclature (Section V: chapters 25-27, XVI: 84-85, XVII: 86-89).</summary>
public sealed class HsNomenclatureTests
{
    [Fact]
    public void Sections_All_AreTwentyOneInOrder()
    {
        Assert.Equal(21, HsNomenclature.Sections.Count);
        Assert.Equal("I", HsNomenclature.Sections[0].Numeral);
        Assert.Equal("XXI", HsNomenclature.Sections[20].Numeral);
        Assert.Equal(Enumerable.Range(1, 21), HsNomenclature.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Chapters_All_AreOneToNinetySevenWithoutSeventySevenPlusNinetyNine()
    {
        var expected = Enumerable.Range(1, 97).Where(c => c != 77).Append(99);
        Assert.Equal(expected, HsNomenclature.Chapters.Select(c => c.Number));
    }

    [Theory]
    [InlineData(27, "V", "Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes")]
    [InlineData(84, "XVI", "Machinery and mechanical appliances, boilers, nuclear reactors; parts thereof")]
    [InlineData(87, "XVII", "Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof")]
    [InlineData(1, "I", "Animals; live")]
    public void Chapter_KnownChapter_HasSectionAndTitle(int chapter, string section, string title)
    {
        var found = HsNomenclature.Chapter(chapter)!;
        Assert.Equal(section, found.Section);
        Assert.Equal(title, found.Title);
    }

    [Fact]
    public void SectionOfChapter_ChapterNinetyNineOrReserved_IsNull()
    {
        Assert.Null(HsNomenclature.SectionOfChapter(99));
        Assert.Null(HsNomenclature.SectionOfChapter(77));
        Assert.Null(HsNomenclature.Chapter(77));
    }

    [Fact]
    public void ChaptersOf_EverySection_CoversChaptersOnceAndInRanges()
    {
        Assert.Equal([25, 26, 27], HsNomenclature.ChaptersOf("V"));
        Assert.Equal([84, 85], HsNomenclature.ChaptersOf("XVI"));
        Assert.Equal([86, 87, 88, 89], HsNomenclature.ChaptersOf("XVII"));
        var all = HsNomenclature.Sections.SelectMany(s => HsNomenclature.ChaptersOf(s.Numeral)).ToList();
        Assert.Equal(96, all.Count);
        Assert.Equal(all.Order(), all);
    }

    [Fact]
    public void Section_UnknownNumeral_ThrowsNamingTheRange()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => HsNomenclature.Section("XXII"));
        Assert.Contains("I … XXI", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChaptersOf_UnknownNumeral_ThrowsNamingTheRange()
    {
        // Not an empty list: a numeral with no section is a mistake, as for Section.
        var e = Assert.Throws<KeyNotFoundException>(() => HsNomenclature.ChaptersOf("XXII"));
        Assert.Equal("There is no HS section 'XXII'; sections are I … XXI.", e.Message);
    }

    [Theory]
    [InlineData(8, "08")]
    [InlineData(87, "87")]
    public void Code_Chapter_IsTwoDigits(int chapter, string code) =>
        Assert.Equal(code, HsNomenclature.Chapter(chapter)!.Code);
}

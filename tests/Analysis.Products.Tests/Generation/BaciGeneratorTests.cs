using System.Globalization;
using System.Security.Cryptography;
using Analysis.Products.Codes;
using Analysis.Products.Engine;
using Analysis.Products.Generation;
using Analysis.Products.Tests.Support;

namespace Analysis.Products.Tests.Generation;

/// <summary>The generator's output has BACI's shape, and the engine's totals on it match totals computed line by line here.</summary>
public sealed class BaciGeneratorTests
{
    private static readonly Lazy<GeneratedBaciFile> Medium = new(() => BaciGenerator.Write(TestData.NewFolder(), new BaciGeneratorOptions(200_000)));

    [Fact]
    public void Write_SameSeed_WritesTheSameBytes()
    {
        var options = new BaciGeneratorOptions(20_000, Countries: 40, Products: 400);
        var a = BaciGenerator.Write(TestData.NewFolder(), options);
        var b = BaciGenerator.Write(TestData.NewFolder(), options);
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(a.Path)), SHA256.HashData(File.ReadAllBytes(b.Path)));
        var c = BaciGenerator.Write(TestData.NewFolder(), options with { Seed = 7 });
        Assert.NotEqual(SHA256.HashData(File.ReadAllBytes(a.Path)), SHA256.HashData(File.ReadAllBytes(c.Path)));
    }

    [Fact]
    public void Write_DefaultOptions_HasBaciShape()
    {
        var file = Medium.Value;
        var lines = File.ReadLines(file.Path).ToList();
        Assert.Equal("t,i,j,k,v,q", lines[0]);
        Assert.Equal(200_000, lines.Count - 1);
        Assert.Equal(200_000, file.Rows);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(6, r.Length));
        Assert.All(rows, r => Assert.Equal(6, r[3].Length));
        var keys = rows.Select(r => (I: int.Parse(r[1], CultureInfo.InvariantCulture), J: int.Parse(r[2], CultureInfo.InvariantCulture), K: int.Parse(r[3], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(keys.OrderBy(k => k.I).ThenBy(k => k.J).ThenBy(k => k.K), keys);
        var missing = rows.Count(r => r[5] == "NA");
        Assert.Equal(file.RowsWithoutQuantity, missing);
        Assert.InRange(missing / 200_000.0, 0.015, 0.025);
        Assert.InRange(keys.Select(k => k.I).Distinct().Count(), 150, 200);
        Assert.InRange(keys.Select(k => k.K).Distinct().Count(), 4_500, 5_000);
    }

    [Fact]
    public void Write_Values_AreHeavyTailed()
    {
        var values = File.ReadLines(Medium.Value.Path).Skip(1).Select(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)).Order().ToArray();
        var top1Percent = values[^(values.Length / 100)..].Sum() / values.Sum();
        Assert.True(top1Percent > 0.2, $"the largest 1 % of flows hold {top1Percent:P0} of the value");
    }

    [Fact]
    public void Aggregate_GeneratedFile_MatchesTotalsComputedLineByLine()
    {
        var file = Medium.Value;
        var expected = File.ReadLines(file.Path).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] == "156" && f[2] == "643")
            .GroupBy(f => f[3][..2])
            .ToDictionary(g => g.Key, g => (Value: g.Sum(f => decimal.Parse(f[4], CultureInfo.InvariantCulture)), Flows: g.Count(), NoQ: g.Count(f => f[5] == "NA")));
        var frame = ProductTrade.Open(file.Path, TestData.Countries).Aggregate(ProductQuery.Between("CHN", "RUS", HsLevel.Chapter, 2022));
        var codes = frame.GetColumn<string>(ProductColumns.HsCode);
        Assert.Equal(expected.Keys.Order(), codes.Values);
        foreach (var row in frame.RowKeys)
        {
            var want = expected[codes.Get(row)];
            Assert.Equal((double)want.Value, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Get(row), 3);
            Assert.Equal(want.Flows, frame.GetColumn<long>(ProductColumns.Flows).Get(row));
            Assert.Equal(want.NoQ, frame.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Get(row));
        }
    }

    [Fact]
    public void Aggregate_WholeGeneratedFile_AddsUpToTheGeneratorsTotal()
    {
        var file = Medium.Value;
        var frame = ProductTrade.Open(file.Path, TestData.Countries).Aggregate(new ProductQuery(Level: HsLevel.Section, ByExporter: false, ByImporter: false));
        Assert.Equal((double)file.TotalValueUsdThousands, frame.GetColumn<double>(ProductColumns.ValueUsdThousands).Values.Sum(), 2);
        Assert.Equal(file.Rows, frame.GetColumn<long>(ProductColumns.Flows).Values.Sum());
        Assert.Equal(file.RowsWithoutQuantity, frame.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Values.Sum());
    }

    [Theory]
    [InlineData(MissingQuantityStyle.Empty, 0)]
    [InlineData(MissingQuantityStyle.PaddedNA, 0)]
    [InlineData(MissingQuantityStyle.NA, 7)]
    public void Aggregate_QuotedFieldsAndOtherMissingStyles_GiveTheSameTotals(MissingQuantityStyle style, int quoteEvery)
    {
        var plain = new BaciGeneratorOptions(30_000, Countries: 40, Products: 400);
        var variant = plain with { MissingQuantity = style, QuoteEveryNthRow = quoteEvery };
        var a = ProductTrade.Open(BaciGenerator.Write(TestData.NewFolder(), plain).Path, TestData.Countries).Aggregate(new ProductQuery(Level: HsLevel.Chapter, ByExporter: false, ByImporter: false));
        var b = ProductTrade.Open(BaciGenerator.Write(TestData.NewFolder(), variant).Path, TestData.Countries).Aggregate(new ProductQuery(Level: HsLevel.Chapter, ByExporter: false, ByImporter: false));
        Assert.Equal(a.GetColumn<double>(ProductColumns.ValueUsdThousands).Values, b.GetColumn<double>(ProductColumns.ValueUsdThousands).Values);
        Assert.Equal(a.GetColumn<double>(ProductColumns.QuantityTonnes).Values, b.GetColumn<double>(ProductColumns.QuantityTonnes).Values);
        Assert.Equal(a.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Values, b.GetColumn<long>(ProductColumns.FlowsWithoutQuantity).Values);
    }

    [Fact]
    public void FileName_Options_FollowsBaciNamingSoTheRevisionIsRead()
    {
        var name = BaciGenerator.FileName(new BaciGeneratorOptions(10, Year: 2021, Revision: HsRevision.HS17));
        Assert.StartsWith("BACI_HS17_Y2021_V", name, StringComparison.Ordinal);
        Assert.Equal(HsRevision.HS17, HsRevisions.FromFileName(name));
    }

    [Fact]
    public void Write_MoreRowsThanPairsAndProductsAllow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BaciGenerator.Write(TestData.NewFolder(), new BaciGeneratorOptions(2 * 1 * 96 + 1, Countries: 2, Products: 96)));
}

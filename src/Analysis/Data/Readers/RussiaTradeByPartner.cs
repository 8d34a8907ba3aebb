using Deedle;

namespace Analysis.Data;

/// <summary>
/// Reader of dataset <c>russia-trade-by-partner</c>: Russia's goods trade by partner as Russian
/// customs and officials publish it (shares of Russia's trade, and trade values in the unit
/// each source uses).
/// </summary>
public static class RussiaTradeByPartner
{
    /// <summary>Name of the dataset.</summary>
    public const string Dataset = Datasets.RussiaTradeByPartner;

    /// <summary>Column names.</summary>
    public static class Columns
    {
        /// <summary>Partner code.</summary>
        public const string Partner = "partner";

        /// <summary>Measure: <c>share_of_russia_trade</c> or <c>trade_value</c>.</summary>
        public const string Measure = "measure";

        /// <summary>The figure, in <see cref="Unit"/>.</summary>
        public const string Value = "value";

        /// <summary>Unit of the row.</summary>
        public const string Unit = "unit";
    }

    /// <summary>The partner's share of Russia's goods trade as published, percent by year.</summary>
    /// <exception cref="ArgumentException">The dataset has no such partner or no published share for it.</exception>
    public static Series<int, double> SharePercent(DataCatalog data, string partner) =>
        new DatasetView(data, Dataset).ByYear(Columns.Value, new Where(Columns.Partner, partner), new Where(Columns.Measure, "share_of_russia_trade"), new Where(Columns.Unit, "percent"));

    /// <summary>Russia's trade (exports + imports) with the partner as published, USD bn by year.</summary>
    /// <exception cref="ArgumentException">The dataset has no such partner, or holds its trade only in another unit (the message names it).</exception>
    public static Series<int, double> TradeUsdBillions(DataCatalog data, string partner) =>
        new DatasetView(data, Dataset).ByYear(Columns.Value, new Where(Columns.Partner, partner), new Where(Columns.Measure, "trade_value"), new Where(Columns.Unit, "usd_bn"));
}

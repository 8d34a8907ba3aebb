namespace Analysis.Products.Codes;

/// <summary>The level at which product codes are aggregated.</summary>
public enum HsLevel
{
    /// <summary>The 21 HS sections (I … XXI), each a range of chapters.</summary>
    Section,

    /// <summary>HS chapters: the first 2 digits of the code.</summary>
    Chapter,

    /// <summary>HS headings: the first 4 digits.</summary>
    Heading,

    /// <summary>HS subheadings: all 6 digits (one BACI product).</summary>
    Product,
}

using System.Text.Json;

namespace Analysis.Data;

/// <summary>Frictionless Table Schema field types used by this package.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are named after the Frictionless Table Schema types they stand for.")]
public enum FieldType
{
    /// <summary>Free text.</summary>
    String,
    /// <summary>A whole number, invariant culture, optional leading minus.</summary>
    Integer,
    /// <summary>A finite decimal number with '.' as decimal mark.</summary>
    Number,
    /// <summary>An ISO 8601 calendar date, <c>YYYY-MM-DD</c>.</summary>
    Date,
}

/// <summary>Constraints of one field (Frictionless Table Schema <c>constraints</c>).</summary>
/// <param name="Required">An empty value is an error.</param>
/// <param name="Minimum">Smallest allowed value (integer and number fields).</param>
/// <param name="Maximum">Largest allowed value (integer and number fields).</param>
/// <param name="Enum">The only allowed values, or <c>null</c> for any.</param>
/// <param name="Pattern">A regular expression the whole value must match, or <c>null</c>.</param>
public sealed record FieldConstraints(bool Required, double? Minimum, double? Maximum, IReadOnlyList<string>? Enum, string? Pattern);

/// <summary>One column of a resource's schema.</summary>
/// <param name="Name">Column name, as in the CSV header.</param>
/// <param name="Type">Value type.</param>
/// <param name="Unit">Unit of a number field (e.g. <c>USD bn</c>), <c>null</c> for other types.</param>
/// <param name="Description">What the column holds.</param>
/// <param name="Constraints">Validation constraints.</param>
public sealed record FieldDescriptor(string Name, FieldType Type, string? Unit, string? Description, FieldConstraints Constraints);

/// <summary>A foreign key: values of <paramref name="Field"/> must appear in <paramref name="ReferencedField"/> of <paramref name="ReferencedResource"/>.</summary>
public sealed record ForeignKey(string Field, string ReferencedResource, string ReferencedField);

/// <summary>A source of a resource's figures (Frictionless <c>sources</c>, with the extra properties this package requires).</summary>
/// <param name="Id">Identifier cited by the rows' <c>source_id</c>.</param>
/// <param name="Title">Title of the page, report or table.</param>
/// <param name="Publisher">Publisher (and original agency where relayed).</param>
/// <param name="Url">Where the figure can be read (Frictionless <c>path</c>).</param>
/// <param name="Published">Publication date as given (YYYY, YYYY-MM or YYYY-MM-DD), if known.</param>
/// <param name="Retrieved">Date the source was read for this package.</param>
/// <param name="Licence">Licence or terms under which the figures are quoted.</param>
/// <param name="Kind">
/// What kind of publisher stands behind the figures (manifest property <c>kind</c>), so a reader can
/// weigh the source: official statistics outrank a news relay, and no verdict may rest on
/// <see cref="SourceKind.Other"/>.
/// </param>
public sealed record SourceDescriptor(string Id, string Title, string Publisher, string Url, string? Published, string? Retrieved, string? Licence, SourceKind Kind);

/// <summary>
/// The kind of publisher behind a source (manifest property <c>kind</c>). A maintained public
/// dataset repository counts as what its publisher is (World Bank data on GitHub is
/// <see cref="InternationalOrganisation"/>).
/// </summary>
public enum SourceKind
{
    /// <summary><c>official-statistics</c>: a national statistics office, customs, ministry or central bank, or its own release.</summary>
    OfficialStatistics,
    /// <summary><c>international-organisation</c>: World Bank, IMF, UN, NATO and the like.</summary>
    InternationalOrganisation,
    /// <summary><c>research-institute</c>: a research institute, university or think tank (Kiel Institute, Our World in Data).</summary>
    ResearchInstitute,
    /// <summary><c>company</c>: a company's own report or statement (Gazprom, an industry body's data vendor).</summary>
    Company,
    /// <summary><c>news-agency</c>: a wire service (Reuters, AP, AFP, Xinhua, TASS, Interfax), also when another site relays its copy.</summary>
    NewsAgency,
    /// <summary><c>newspaper</c>: a newspaper, magazine or broadcaster writing its own report.</summary>
    Newspaper,
    /// <summary><c>other</c>: anything else (a wiki, a blog, a trade site); kept for context, never the basis of a verdict.</summary>
    Other,
}

/// <summary>The manifest spelling of <see cref="SourceKind"/> values.</summary>
public static class SourceKinds
{
    private static readonly (string Name, SourceKind Kind)[] Names =
    [
        ("official-statistics", SourceKind.OfficialStatistics),
        ("international-organisation", SourceKind.InternationalOrganisation),
        ("research-institute", SourceKind.ResearchInstitute),
        ("company", SourceKind.Company),
        ("news-agency", SourceKind.NewsAgency),
        ("newspaper", SourceKind.Newspaper),
        ("other", SourceKind.Other),
    ];

    /// <summary>Every allowed manifest value, in declaration order.</summary>
    public static IReadOnlyList<string> ManifestNames { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The manifest spelling of <paramref name="kind"/> (e.g. <c>news-agency</c>).</summary>
    public static string ToManifestName(this SourceKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>Reads a manifest value; <c>false</c> for a missing or unknown one (matching is exact and case-sensitive).</summary>
    public static bool TryParse(string? name, out SourceKind kind)
    {
        foreach (var n in Names)
        {
            if (string.Equals(n.Name, name, StringComparison.Ordinal))
            {
                kind = n.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }
}

/// <summary>One tabular resource (a CSV file) of the package, with its schema and sources.</summary>
public sealed record ResourceDescriptor(
    string Name,
    string Path,
    string? Title,
    IReadOnlyList<FieldDescriptor> Fields,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKey> ForeignKeys,
    IReadOnlyList<SourceDescriptor> Sources)
{
    /// <summary>The field called <paramref name="name"/>, or <c>null</c>.</summary>
    public FieldDescriptor? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>Consistency checks declared on the resource (<c>checks</c> in the manifest); applied on every load.</summary>
    public IReadOnlyList<SumCheck> Checks { get; init; } = [];
}

/// <summary>
/// The data package manifest (<c>data/datapackage.json</c>, Frictionless Data Package v1): the
/// list of resources with their schemas and sources. Problems in the manifest itself are reported
/// as <see cref="DataIssue"/>s against <c>datapackage.json</c>.
/// </summary>
public sealed class DataPackage
{
    /// <summary>File name of the manifest inside the data folder.</summary>
    public const string ManifestFileName = "datapackage.json";

    /// <summary>Name of the column that gives each row's unit, where units vary by row.</summary>
    public const string UnitField = "unit";

    private DataPackage(IReadOnlyList<ResourceDescriptor> resources) => Resources = resources;

    /// <summary>All resources, in manifest order.</summary>
    public IReadOnlyList<ResourceDescriptor> Resources { get; }

    /// <summary>The resource called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No resource has that name.</exception>
    public ResourceDescriptor Resource(string name) =>
        Resources.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"{ManifestFileName} has no resource named '{name}'. Known: {string.Join(", ", Resources.Select(r => r.Name))}.");

    /// <summary>Parses a manifest.</summary>
    /// <exception cref="DataValidationException">The manifest is not valid JSON or breaks the package's rules.</exception>
    public static DataPackage Parse(string json)
    {
        var issues = new List<DataIssue>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new DataValidationException([new DataIssue(ManifestFileName, (int?)e.LineNumber + 1, null, null, "not valid JSON: " + e.Message)]);
        }

        using (doc)
        {
            var resources = new List<ResourceDescriptor>();
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("resources", out var resArray) || resArray.ValueKind != JsonValueKind.Array)
            {
                throw new DataValidationException([new DataIssue(ManifestFileName, null, "resources", null, "expected an array 'resources'")]);
            }

            foreach (var r in resArray.EnumerateArray())
            {
                var resource = ParseResource(r, issues);
                if (resource is not null)
                {
                    resources.Add(resource);
                }
            }

            foreach (var dup in resources.GroupBy(r => r.Name).Where(g => g.Count() > 1))
            {
                issues.Add(new DataIssue(ManifestFileName, null, "name", dup.Key, "resource names must be unique"));
            }

            CheckForeignKeys(resources, issues);
            if (issues.Count > 0)
            {
                throw new DataValidationException(issues);
            }

            return new DataPackage(resources);
        }
    }

    private static ResourceDescriptor? ParseResource(JsonElement r, List<DataIssue> issues)
    {
        var name = Str(r, "name");
        var path = Str(r, "path");
        var where = name ?? "(unnamed resource)";
        if (name is null || path is null)
        {
            issues.Add(new DataIssue(ManifestFileName, null, where, null, "a resource needs 'name' and 'path'"));
            return null;
        }

        if (!r.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("fields", out var fieldsEl) || fieldsEl.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new DataIssue(ManifestFileName, null, where, null, "a resource needs 'schema' with a list 'fields'"));
            return null;
        }

        var fields = new List<FieldDescriptor>();
        foreach (var f in fieldsEl.EnumerateArray())
        {
            var fname = Str(f, "name");
            if (fname is null)
            {
                issues.Add(new DataIssue(ManifestFileName, null, where, null, "every field needs a 'name'"));
                continue;
            }

            var typeName = Str(f, "type") ?? "string";
            FieldType type;
            switch (typeName)
            {
                case "string": type = FieldType.String; break;
                case "integer": type = FieldType.Integer; break;
                case "number": type = FieldType.Number; break;
                case "date": type = FieldType.Date; break;
                default:
                    issues.Add(new DataIssue(ManifestFileName, null, $"{where}.{fname}", typeName, "field type must be string, integer, number or date"));
                    continue;
            }

            var unit = Str(f, "unit");
            var c = f.TryGetProperty("constraints", out var ce) ? ce : default;
            var constraints = new FieldConstraints(
                Required: c.ValueKind == JsonValueKind.Object && c.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.True,
                Minimum: Num(c, "minimum"),
                Maximum: Num(c, "maximum"),
                Enum: c.ValueKind == JsonValueKind.Object && c.TryGetProperty("enum", out _) ? Items(c, "enum", $"{where}.{fname}.constraints", issues).Select(e => e.ToString()).ToArray() : null,
                Pattern: c.ValueKind == JsonValueKind.Object ? Str(c, "pattern") : null);
            fields.Add(new FieldDescriptor(fname, type, unit, Str(f, "description"), constraints));
        }

        // Units are explicit: each number field states its unit, or the row states it in a 'unit'
        // column whose allowed values are listed.
        var unitColumn = fields.FirstOrDefault(f => f.Name == UnitField);
        var rowUnits = unitColumn?.Constraints is { Required: true, Enum: not null };
        if (unitColumn is not null && !rowUnits)
        {
            issues.Add(new DataIssue(ManifestFileName, null, $"{where}.{UnitField}", null, "a 'unit' column must be required and list its allowed units in 'enum'"));
        }

        foreach (var f in fields.Where(f => f.Type == FieldType.Number && f.Unit is null && unitColumn is null))
        {
            issues.Add(new DataIssue(ManifestFileName, null, $"{where}.{f.Name}", null, "a number field must state its 'unit' (or the schema needs a 'unit' column)"));
        }

        var primaryKey = schema.TryGetProperty("primaryKey", out var pk) ? Names(pk) : [];
        foreach (var k in primaryKey.Where(k => fields.All(f => f.Name != k)))
        {
            issues.Add(new DataIssue(ManifestFileName, null, $"{where}.primaryKey", k, "primary key names a field that is not in the schema"));
        }

        var foreignKeys = new List<ForeignKey>();
        foreach (var fk in Items(schema, "foreignKeys", where, issues))
        {
            var local = fk.ValueKind == JsonValueKind.Object && fk.TryGetProperty("fields", out var lf) ? Names(lf) : [];
            var reference = fk.ValueKind == JsonValueKind.Object && fk.TryGetProperty("reference", out var re) ? re : default;
            var refResource = reference.ValueKind == JsonValueKind.Object ? Str(reference, "resource") : null;
            var refFields = reference.ValueKind == JsonValueKind.Object && reference.TryGetProperty("fields", out var rf) ? Names(rf) : [];
            if (local.Count != 1 || refFields.Count != 1 || refResource is null)
            {
                issues.Add(new DataIssue(ManifestFileName, null, $"{where}.foreignKeys", null, "a foreign key must name one field and one referenced resource field"));
                continue;
            }

            foreignKeys.Add(new ForeignKey(local[0], refResource, refFields[0]));
        }

        var sources = new List<SourceDescriptor>();
        foreach (var s in Items(r, "sources", where, issues))
        {
            var id = Str(s, "id");
            var title = Str(s, "title");
            var publisher = Str(s, "publisher");
            var url = Str(s, "path");
            if (id is null || title is null || publisher is null || url is null)
            {
                issues.Add(new DataIssue(ManifestFileName, null, $"{where}.sources", id ?? title, "a source needs 'id', 'title', 'publisher' and 'path' (URL)"));
                continue;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                issues.Add(new DataIssue(ManifestFileName, null, $"{where}.sources[{id}].path", url, "a source's path must be an http(s) URL"));
            }

            var kindName = Str(s, "kind");
            if (!SourceKinds.TryParse(kindName, out var kind))
            {
                issues.Add(new DataIssue(ManifestFileName, null, $"{where}.sources[{id}].kind", kindName, $"a source needs a 'kind', one of: {string.Join(", ", SourceKinds.ManifestNames)}"));
            }

            sources.Add(new SourceDescriptor(id, title, publisher, url, Str(s, "published"), Str(s, "retrieved"), Str(s, "licence"), kind));
        }

        foreach (var dup in sources.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            issues.Add(new DataIssue(ManifestFileName, null, $"{where}.sources", dup.Key, "source ids must be unique within a resource"));
        }

        var checks = SumChecks.Parse(r, where, fields, issues);
        return new ResourceDescriptor(name, path, Str(r, "title"), fields, primaryKey, foreignKeys, sources) { Checks = checks };
    }

    private static void CheckForeignKeys(List<ResourceDescriptor> resources, List<DataIssue> issues)
    {
        foreach (var r in resources)
        {
            foreach (var fk in r.ForeignKeys)
            {
                var target = resources.FirstOrDefault(t => t.Name == fk.ReferencedResource);
                if (r.Field(fk.Field) is null)
                {
                    issues.Add(new DataIssue(ManifestFileName, null, $"{r.Name}.foreignKeys", fk.Field, "foreign key names a field that is not in the schema"));
                }

                if (target is null || target.Field(fk.ReferencedField) is null)
                {
                    issues.Add(new DataIssue(ManifestFileName, null, $"{r.Name}.foreignKeys", $"{fk.ReferencedResource}.{fk.ReferencedField}", "foreign key refers to an unknown resource or field"));
                }
            }
        }
    }

    /// <summary>The items of the list <paramref name="name"/> of <paramref name="parent"/>; none, with an issue, when it is not a list.</summary>
    internal static IEnumerable<JsonElement> Items(JsonElement parent, string name, string where, List<DataIssue> issues)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray();
        }

        issues.Add(new DataIssue(ManifestFileName, null, $"{where}.{name}", null, $"expected a list, found {value.ValueKind.ToString().ToLowerInvariant()}"));
        return [];
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static List<string> Names(JsonElement e) =>
        e.ValueKind switch
        {
            JsonValueKind.String => [e.GetString()!],
            JsonValueKind.Array => e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.ToString()).ToList(),
            _ => [],
        };
}

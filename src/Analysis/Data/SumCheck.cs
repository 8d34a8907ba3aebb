using System.Globalization;
using System.Text.Json;

namespace Analysis.Data;

/// <summary>
/// A documented disagreement between sources that a <see cref="SumCheck"/> accepts: the group it
/// names may differ beyond the tolerance, and the catalog lists it first in
/// <see cref="DataCatalog.Consistency"/> with its reason.
/// </summary>
/// <param name="Where">The group, as field name → value written as in the CSV (e.g. <c>partner</c> → <c>WLD</c>, <c>year</c> → <c>2025</c>).</param>
/// <param name="Reason">Why the figures disagree and where that is documented (the dataset README).</param>
public sealed record DeclaredConflict(IReadOnlyDictionary<string, string> Where, string Reason);

/// <summary>
/// A consistency check declared on a resource in <c>datapackage.json</c> (<c>"checks": [{"type": "sum", ...}]</c>):
/// where a source publishes both the parts and their total, the parts must add up to the total.
/// </summary>
/// <remarks>
/// Rows are grouped by <see cref="GroupBy"/> (e.g. partner and year); within a group, the rows whose
/// <see cref="CategoryField"/> is one of <see cref="Parts"/> are summed and compared with the row whose
/// category is <see cref="Total"/>. Groups that lack a part or the total are not checked. A group
/// fails when |Σ parts − total| &gt; max(absolute, relative × |total|) (<see cref="AllowedDifference"/>),
/// unless it is a <see cref="DeclaredConflict"/>. A failing group makes the resource fail to load.
/// </remarks>
/// <param name="GroupBy">Fields that identify a group.</param>
/// <param name="CategoryField">Field whose value says which part (or the total) a row is.</param>
/// <param name="Parts">Category values of the parts.</param>
/// <param name="Total">Category value of the total.</param>
/// <param name="ValueField">The number field holding the values.</param>
/// <param name="AbsoluteTolerance">Largest accepted difference in the value field's unit, or null.</param>
/// <param name="RelativeTolerance">Largest accepted difference as a fraction of the total (0.005 = 0.5 %), or null.</param>
/// <param name="Conflicts">Documented groups that may differ beyond the tolerance.</param>
public sealed record SumCheck(
    IReadOnlyList<string> GroupBy,
    string CategoryField,
    IReadOnlyList<string> Parts,
    string Total,
    string ValueField,
    double? AbsoluteTolerance,
    double? RelativeTolerance,
    IReadOnlyList<DeclaredConflict> Conflicts)
{
    /// <summary>The largest accepted |Σ parts − total| for a group whose total is <paramref name="total"/>: max(absolute, relative × |total|).</summary>
    public double AllowedDifference(double total) => Math.Max(AbsoluteTolerance ?? 0, (RelativeTolerance ?? 0) * Math.Abs(total));

    /// <summary>The tolerance in words, e.g. <c>0.5% of the total</c>.</summary>
    public string DescribeTolerance()
    {
        var parts = new List<string>();
        if (AbsoluteTolerance is { } a)
        {
            parts.Add(a.ToString("0.######", CultureInfo.InvariantCulture));
        }

        if (RelativeTolerance is { } r)
        {
            parts.Add((r * 100).ToString("0.######", CultureInfo.InvariantCulture) + "% of the total");
        }

        return string.Join(" or ", parts);
    }
}

/// <summary>One checked group of a <see cref="SumCheck"/>.</summary>
internal sealed record SumCheckGroup(
    SumCheck Check,
    IReadOnlyList<KeyValuePair<string, string>> Key,
    IReadOnlyList<string> PartValues,
    IReadOnlyList<int> PartLines,
    double Sum,
    string TotalValue,
    int TotalLine,
    double Total,
    int Decimals,
    DeclaredConflict? Conflict)
{
    public double Difference => Sum - Total;

    public double Allowed => Check.AllowedDifference(Total);

    public bool Mismatch => Math.Abs(Difference) > Allowed + 1e-9 * Math.Max(1, Math.Abs(Total));

    public string DescribeKey() => SumChecks.Describe(Key);

    public string Format(double value) => (Math.Round(value, Decimals) + 0.0).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>Reads <see cref="SumCheck"/>s from the manifest and applies them to a validated table.</summary>
internal static class SumChecks
{
    /// <summary>Reads a resource's <c>checks</c> array; problems go to <paramref name="issues"/>.</summary>
    public static IReadOnlyList<SumCheck> Parse(JsonElement resource, string where, IReadOnlyList<FieldDescriptor> fields, List<DataIssue> issues)
    {
        var column = $"{where}.checks";
        var checks = new List<SumCheck>();
        foreach (var c in DataPackage.Items(resource, "checks", where, issues))
        {
            var before = issues.Count;
            void Problem(string? value, string rule) => issues.Add(new DataIssue(DataPackage.ManifestFileName, null, column, value, rule));

            var type = Text(c, "type");
            if (type != "sum")
            {
                Problem(type, "a check's 'type' must be 'sum'");
                continue;
            }

            var groupBy = Names(c, "groupBy");
            var category = Text(c, "field");
            var parts = Names(c, "parts");
            var total = Text(c, "total");
            var value = Text(c, "value");
            if (groupBy.Count == 0 || category is null || parts.Count == 0 || total is null || value is null)
            {
                Problem(null, "a sum check needs 'groupBy' (fields), 'field', 'parts', 'total' and 'value'");
                continue;
            }

            foreach (var name in groupBy.Append(category).Append(value).Where(n => fields.All(f => f.Name != n)))
            {
                Problem(name, "a sum check names a field that is not in the schema");
            }

            if (fields.FirstOrDefault(f => f.Name == value) is { } v && v.Type != FieldType.Number)
            {
                Problem(value, "a sum check's 'value' must be a number field");
            }

            if (fields.FirstOrDefault(f => f.Name == category)?.Constraints.Enum is { } allowed)
            {
                foreach (var p in parts.Append(total).Where(p => !allowed.Contains(p)))
                {
                    Problem(p, $"not a value of field '{category}' (expected one of: {string.Join(", ", allowed)})");
                }
            }

            var tolerance = c.TryGetProperty("tolerance", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
            var absolute = Number(tolerance, "absolute");
            var relative = Number(tolerance, "relative");
            if (absolute is null && relative is null || absolute < 0 || relative < 0)
            {
                Problem(null, "a sum check needs a 'tolerance' with 'absolute' (in the value's unit) and/or 'relative' (fraction of the total), not negative");
            }

            var conflicts = new List<DeclaredConflict>();
            foreach (var conflict in DataPackage.Items(c, "conflicts", column, issues))
            {
                var key = conflict.ValueKind == JsonValueKind.Object && conflict.TryGetProperty("where", out var w) && w.ValueKind == JsonValueKind.Object
                    ? w.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal)
                    : [];
                var reason = Text(conflict, "reason");
                if (!key.Keys.Order(StringComparer.Ordinal).SequenceEqual(groupBy.Order(StringComparer.Ordinal)) || string.IsNullOrWhiteSpace(reason))
                {
                    Problem(Describe(key), $"a declared conflict needs 'where' with exactly the groupBy fields ({string.Join(", ", groupBy)}) and a 'reason'");
                    continue;
                }

                conflicts.Add(new DeclaredConflict(key, reason));
            }

            if (issues.Count == before)
            {
                checks.Add(new SumCheck(groupBy, category, parts, total, value, absolute, relative, conflicts));
            }
        }

        return checks;
    }

    /// <summary>Every group of every check of <paramref name="table"/> that has all its parts and its total.</summary>
    /// <param name="table">A table that passed validation.</param>
    /// <param name="issues">Receives groups that cannot be checked (a part given twice).</param>
    public static IReadOnlyList<SumCheckGroup> Groups(ValidatedTable table, List<DataIssue> issues)
    {
        var result = new List<SumCheckGroup>();
        foreach (var check in table.Resource.Checks)
        {
            var wanted = check.Parts.Append(check.Total).ToHashSet(StringComparer.Ordinal);
            var rows = Enumerable.Range(0, table.RowCount)
                .Where(r => wanted.Contains(table.Raw(r, check.CategoryField)))
                .GroupBy(r => string.Join("\u001f", check.GroupBy.Select(g => table.Raw(r, g))), StringComparer.Ordinal);
            foreach (var group in rows)
            {
                var first = group.First();
                var key = check.GroupBy.Select(g => KeyValuePair.Create(g, table.Raw(first, g))).ToArray();
                var byCategory = group.GroupBy(r => table.Raw(r, check.CategoryField), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
                if (byCategory.FirstOrDefault(kv => kv.Value.Length > 1) is { Key: not null } twice)
                {
                    issues.Add(new DataIssue(table.Resource.Path, table.Line(twice.Value[1]), check.CategoryField, twice.Key,
                        $"{Describe(key)}: '{twice.Key}' appears on lines {string.Join(", ", twice.Value.Select(table.Line))}, so the sum check cannot tell which to use"));
                    continue;
                }

                if (!wanted.All(byCategory.ContainsKey))
                {
                    continue;
                }

                var partRows = check.Parts.Select(p => byCategory[p][0]).ToArray();
                var totalRow = byCategory[check.Total][0];
                var partValues = partRows.Select(r => table.Raw(r, check.ValueField)).ToArray();
                var totalValue = table.Raw(totalRow, check.ValueField);
                var decimals = partValues.Append(totalValue).Max(Decimals);
                var conflict = check.Conflicts.FirstOrDefault(c => key.All(k => c.Where.TryGetValue(k.Key, out var v) && v == k.Value));
                result.Add(new SumCheckGroup(
                    check, key, partValues, partRows.Select(table.Line).ToArray(),
                    partRows.Sum(r => (double)table.Columns[check.ValueField][r]!),
                    totalValue, table.Line(totalRow), (double)table.Columns[check.ValueField][totalRow]!, decimals, conflict));
            }
        }

        return result;
    }

    /// <summary>
    /// The problems the checks find: a group beyond its tolerance that is not a declared conflict,
    /// and a declared conflict that names no checked group or is within the tolerance (stale).
    /// </summary>
    public static IEnumerable<DataIssue> Issues(ValidatedTable table, IReadOnlyList<SumCheckGroup> groups)
    {
        var resource = table.Resource;
        foreach (var g in groups.Where(g => g.Mismatch && g.Conflict is null))
        {
            var unitText = resource.Field(g.Check.ValueField)?.Unit is { } u ? " " + u : "";
            var lines = $"line{(g.PartLines.Count > 1 ? "s" : "")} {string.Join(", ", g.PartLines)}";
            var sum = $"{string.Join(" + ", g.Check.Parts)} = {string.Join(" + ", g.PartValues)} = {g.Format(g.Sum)} ({lines})";
            var allowed = Math.Round(g.Allowed, Math.Max(g.Decimals, 2)).ToString("0.###", CultureInfo.InvariantCulture);
            yield return new DataIssue(resource.Path, g.TotalLine, g.Check.ValueField, g.TotalValue,
                $"{g.DescribeKey()}: {sum}, but {g.Check.Total} = {g.TotalValue}: they differ by {g.Format(Math.Abs(g.Difference))}{unitText}, " +
                $"more than the tolerance ({g.Check.DescribeTolerance()} = {allowed}{unitText}) declared in datapackage.json. " +
                "Correct the value, or, if the sources really disagree, declare the conflict with its reason in the check's 'conflicts' (data/CONVENTIONS.md)");
        }

        foreach (var check in resource.Checks)
        {
            foreach (var conflict in check.Conflicts)
            {
                var group = groups.FirstOrDefault(g => g.Check == check && g.Conflict == conflict);
                var where = Describe(conflict.Where);
                if (group is null)
                {
                    yield return new DataIssue(DataPackage.ManifestFileName, null, $"{resource.Name}.checks", where,
                        $"declared conflict names no group that has all of {string.Join(", ", check.Parts.Append(check.Total))}: remove it or correct 'where'");
                }
                else if (!group.Mismatch)
                {
                    yield return new DataIssue(DataPackage.ManifestFileName, null, $"{resource.Name}.checks", where, string.Create(CultureInfo.InvariantCulture,
                        $"declared conflict is within the tolerance ({group.Format(group.Sum)} vs {group.TotalValue}): remove it from 'conflicts'"));
                }
            }
        }
    }

    /// <summary>A group key as <c>field=value, field=value</c>.</summary>
    public static string Describe(IEnumerable<KeyValuePair<string, string>> key) => string.Join(", ", key.Select(k => $"{k.Key}={k.Value}"));

    private static int Decimals(string raw)
    {
        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        var exponent = raw.IndexOfAny(['e', 'E']);
        return dot < 0 ? 0 : (exponent < 0 ? raw.Length : exponent) - dot - 1;
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static List<string> Names(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => [v.GetString()!],
                JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList(),
                _ => [],
            }
            : [];
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Analysis.Tests.Support;

/// <summary>
/// The official nbformat 4.5 JSON schema (vendored in Fixtures/nbformat with its licence and
/// origin), evaluated with JsonSchema.Net.
/// </summary>
/// <remarks>
/// The schema declares draft-04, which JsonSchema.Net does not implement. It is built with a
/// dialect registered under the draft-04 identifier that is draft-06's: for every keyword the file
/// uses the two drafts agree (Fixtures/nbformat/README.md lists them). One more change, in memory:
/// JsonSchema.Net 8.0.5 fails with KeyNotFoundException on a <c>patternProperties</c> key that
/// holds a '/' (it looks the key up JSON-Pointer-escaped), so the mimebundle's
/// <c>^application/(.*\+)?json$</c> is given as <c>^application\u002F(.*\+)?json$</c>, the same
/// regular expression.
/// </remarks>
internal static class NbformatSchema
{
    private static readonly Uri Draft04 = new("http://json-schema.org/draft-04/schema#");

    private static readonly Lazy<JsonSchema> Schema = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "nbformat", "nbformat.v4.5.schema.json");

    /// <summary>The schema violations of <paramref name="notebook"/>, one line each (location: message); empty when valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode notebook)
    {
        using var document = JsonDocument.Parse(notebook.ToJsonString());
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["invalid (the schema evaluator gave no details)"];
    }

    private static JsonSchema Build()
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], Draft04));
        var options = new BuildOptions { DialectRegistry = dialects };
        var text = File.ReadAllText(SchemaPath);
        const string slashKey = "\"^application/(.*\\\\+)?json$\"";
        if (!text.Contains(slashKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{SchemaPath} no longer holds the key {slashKey}; review the work-around in NbformatSchema.");
        }

        return JsonSchema.FromText(text.Replace(slashKey, "\"^application\\\\u002F(.*\\\\+)?json$\"", StringComparison.Ordinal), options);
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Deedle;

namespace Analysis.Data;

/// <summary>
/// Entry point to the datasets: reads <c>datapackage.json</c> and each CSV it lists, validates the
/// file against its schema, and returns it as a Deedle frame. <see cref="Bundled"/> uses the copy
/// of <c>data/</c> embedded in the library (works from any host, no path); <see cref="FromDirectory"/>
/// reads a folder laid out the same way, so an analyst can point a notebook at edited data.
/// </summary>
/// <remarks>
/// Frames have ordinal row keys (0, 1, ...) and one column per schema field, typed as the schema
/// says: <c>string</c>, <c>int</c>, <c>double</c> or <see cref="DateOnly"/>. An empty optional value
/// is a missing value in the frame. Each call returns a new frame, so callers may mutate it.
/// </remarks>
public sealed class DataCatalog
{
    private static readonly Lazy<DataCatalog> BundledCatalog = new(() => new DataCatalog(new EmbeddedFiles(), "bundled data (embedded in Analysis.dll)"));
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IDataFiles _files;
    private readonly Lazy<DataPackage> _package;
    private readonly ConcurrentDictionary<string, ValidatedTable> _tables = new(StringComparer.Ordinal);

    private DataCatalog(IDataFiles files, string origin)
    {
        _files = files;
        Origin = origin;
        _package = new Lazy<DataPackage>(() => DataPackage.Parse(ReadText(DataPackage.ManifestFileName)));
    }

    /// <summary>The datasets bundled with the library.</summary>
    public static DataCatalog Bundled => BundledCatalog.Value;

    /// <summary>A catalog over a folder that holds <c>datapackage.json</c> and the CSVs it lists.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static DataCatalog FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"Data folder '{full}' does not exist.");
        }

        return new DataCatalog(new DirectoryFiles(full), full);
    }

    /// <summary>
    /// The catalog a notebook parameter names: the bundled data when <paramref name="directory"/>
    /// is null or empty, otherwise the folder (relative paths resolve against the current directory,
    /// which is the notebook's folder in the notebook hosts).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static DataCatalog Open(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? Bundled : FromDirectory(directory);

    /// <summary>Where the data comes from (a folder path, or the embedded copy).</summary>
    public string Origin { get; }

    /// <summary>The manifest.</summary>
    /// <exception cref="DataValidationException">The manifest is invalid.</exception>
    public DataPackage Package => _package.Value;

    /// <summary>Paths (relative, '/'-separated) of every file in the data folder, for provenance checks.</summary>
    public IReadOnlyList<string> Files => _files.List();

    /// <summary>Loads resource <paramref name="name"/> as a validated frame.</summary>
    /// <exception cref="DataValidationException">The file breaks its schema; the exception lists every problem.</exception>
    /// <exception cref="KeyNotFoundException">No resource has that name.</exception>
    public Frame<int, string> Load(string name) => ToFrame(Table(name));

    /// <summary>Validates resource <paramref name="name"/> and returns every problem found (empty when valid).</summary>
    public IReadOnlyList<DataIssue> Validate(string name)
    {
        try
        {
            Table(name);
            return [];
        }
        catch (DataValidationException e)
        {
            return e.Issues;
        }
    }

    /// <summary>
    /// One row per dataset (keyed by name): title, file, number of rows and of sources, and the
    /// publishers cited. Loading validates every dataset, so this also proves the data is sound.
    /// </summary>
    /// <exception cref="DataValidationException">A dataset breaks its schema.</exception>
    public Frame<string, string> Summary()
    {
        var resources = Package.Resources;
        var names = resources.Select(r => r.Name).ToArray();
        var b = new FrameBuilder.Columns<string, string>();
        b.Add("title", new Series<string, string>(names, resources.Select(r => r.Title ?? "")));
        b.Add("file", new Series<string, string>(names, resources.Select(r => "data/" + r.Path)));
        b.Add("rows", new Series<string, int>(names, resources.Select(r => Table(r.Name).RowCount)));
        b.Add("sources", new Series<string, int>(names, resources.Select(r => r.Sources.Count)));
        return b.Frame;
    }

    /// <summary>The source with id <paramref name="sourceId"/> of resource <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such source.</exception>
    public SourceDescriptor Source(string name, string sourceId) =>
        Package.Resource(name).Sources.FirstOrDefault(s => s.Id == sourceId)
        ?? throw new KeyNotFoundException($"Resource '{name}' has no source '{sourceId}'.");

    internal ValidatedTable Table(string name) => _tables.GetOrAdd(name, LoadTable);

    private ValidatedTable LoadTable(string name)
    {
        var resource = Package.Resource(name);
        var issues = new List<DataIssue>();
        string text;
        try
        {
            text = ReadText(resource.Path);
        }
        catch (DecoderFallbackException)
        {
            throw new DataValidationException([new DataIssue(resource.Path, null, null, null, "not valid UTF-8 text")]);
        }

        var csv = CsvParser.Parse(resource.Path, text, issues);
        if (resource.Fields.Any(f => f.Type == FieldType.Number) && resource.Field(TableValidator.SourceIdField) is null)
        {
            issues.Add(new DataIssue(DataPackage.ManifestFileName, null, resource.Name, null, "a resource with numbers must have a 'source_id' column"));
        }

        var table = TableValidator.Validate(resource, csv, ReferencedValues, issues);
        if (issues.Count > 0 || table is null)
        {
            throw new DataValidationException(issues);
        }

        return table;
    }

    private IReadOnlySet<string> ReferencedValues(string resource, string field)
    {
        var table = Table(resource);
        return table.Columns[field].OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private string ReadText(string relativePath)
    {
        var bytes = _files.Read(relativePath)
            ?? throw new DataValidationException([new DataIssue(relativePath, null, null, null, $"file not found in {Origin}")]);
        return StrictUtf8.GetString(bytes);
    }

    private static Frame<int, string> ToFrame(ValidatedTable table)
    {
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var field in table.Resource.Fields)
        {
            var values = table.Columns[field.Name];
            builder.Add(field.Name, field.Type switch
            {
                FieldType.Integer => Column<int>(values),
                FieldType.Number => Column<double>(values),
                FieldType.Date => Column<DateOnly>(values),
                _ => (ISeries<int>)Column<string>(values),
            });
        }

        return builder.Frame;
    }

    private static Series<int, T> Column<T>(object?[] values)
    {
        var builder = new SeriesBuilder<int, T>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is T v)
            {
                builder.Add(i, v);
            }
        }

        return builder.Series;
    }

    private interface IDataFiles
    {
        byte[]? Read(string relativePath);

        IReadOnlyList<string> List();
    }

    private sealed class DirectoryFiles(string root) : IDataFiles
    {
        public byte[]? Read(string relativePath)
        {
            var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public IReadOnlyList<string> List() =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToArray();
    }

    private sealed class EmbeddedFiles : IDataFiles
    {
        private const string Prefix = "data/";
        private static readonly Assembly Assembly = typeof(DataCatalog).Assembly;

        public byte[]? Read(string relativePath)
        {
            var name = Assembly.GetManifestResourceNames().FirstOrDefault(n => Normalise(n) == Prefix + relativePath);
            if (name is null)
            {
                return null;
            }

            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }

        public IReadOnlyList<string> List() =>
            Assembly.GetManifestResourceNames()
                .Select(Normalise)
                .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
                .Select(n => n[Prefix.Length..])
                .Order(StringComparer.Ordinal)
                .ToArray();

        private static string Normalise(string name) => name.Replace('\\', '/');
    }
}

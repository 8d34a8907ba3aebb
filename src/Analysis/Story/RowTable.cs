using Deedle;

namespace Analysis.Story;

/// <summary>
/// Builds a frame with ordinal row keys (0, 1, ...) from a list of rows, one typed column at a
/// time: the one way the story classes turn computed rows into a displayable table.
/// </summary>
/// <typeparam name="T">Row type.</typeparam>
internal sealed class RowTable<T>(IReadOnlyList<T> rows)
{
    private readonly FrameBuilder.Columns<int, string> _builder = new();
    private readonly int[] _keys = Enumerable.Range(0, rows.Count).ToArray();

    /// <summary>The frame built so far.</summary>
    public Frame<int, string> Frame => _builder.Frame;

    /// <summary>Adds a text column.</summary>
    public RowTable<T> Text(string name, Func<T, string> value) => Add(name, new Series<int, string>(_keys, rows.Select(value)));

    /// <summary>Adds a whole-number column.</summary>
    public RowTable<T> Whole(string name, Func<T, int> value) => Add(name, new Series<int, int>(_keys, rows.Select(value)));

    /// <summary>Adds a number column.</summary>
    public RowTable<T> Number(string name, Func<T, double> value) => Add(name, new Series<int, double>(_keys, rows.Select(value)));

    private RowTable<T> Add(string name, ISeries<int> column)
    {
        _builder.Add(name, column);
        return this;
    }
}

namespace Analysis.Render;

/// <summary>Checks, before any work starts, that a folder the render writes to can be written.</summary>
public static class OutputFolder
{
    /// <summary>
    /// Makes sure <paramref name="path"/> is a writable folder: it exists or is created, it is not a
    /// file, none of <paramref name="subfolders"/> is a file, and a file can be created in it (a
    /// probe file, removed at once).
    /// </summary>
    /// <param name="path">The folder (absolute).</param>
    /// <param name="role">What the folder is for, as the message names it (e.g. <c>report folder (-o)</c>).</param>
    /// <param name="subfolders">Folders the render will create inside it.</param>
    /// <returns>Null when the folder is usable; otherwise one sentence naming the folder and what was expected.</returns>
    public static string? Check(string path, string role, params string[] subfolders)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(subfolders);
        if (File.Exists(path))
        {
            return $"the {role} {path} is a file; expected a folder (it is created if missing).";
        }

        foreach (var sub in subfolders.Select(s => Path.Combine(path, s)).Where(File.Exists))
        {
            return $"{sub} in the {role} is a file; the render writes a folder there. Move it away or choose another folder.";
        }

        for (var parent = Path.GetDirectoryName(path); parent is not null && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"the {role} {path} cannot be created: {parent} is a file.";
            }
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"the {role} {path} cannot be created: {e.Message}";
        }

        var probe = Path.Combine(path, ".render-write-check-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the {role} {path} is not writable: {e.Message}";
        }
    }
}

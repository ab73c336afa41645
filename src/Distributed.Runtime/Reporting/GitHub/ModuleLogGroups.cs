namespace ModularPipelines.Distributed;

/// <summary>
/// Under GitHub Actions, what each module logs (here, or forwarded from another instance) is held back and printed in a
/// collapsible <c>::group::</c> headed by the module's finish line, so the lines of modules running side by side never
/// interleave in the job log. Elsewhere nothing is held. Used by the console formatter, whose single writer thread is
/// the only caller.
/// </summary>
internal sealed class ModuleLogGroups(bool enabled)
{
    private readonly Dictionary<string, List<string>> _held = new(StringComparer.Ordinal);
    private HashSet<string> _modules = new(StringComparer.Ordinal);

    public bool Enabled => enabled;

    /// <summary>The display names of the run's modules: log categories of these (and <c>Name [n]</c>) are grouped.</summary>
    public void Track(IEnumerable<string> moduleNames) => _modules = new HashSet<string>(moduleNames, StringComparer.Ordinal);

    /// <summary>Holds a formatted line of a module's category; false when the line is not a module's, or grouping is off.</summary>
    public bool TryHold(string category, string formatted)
    {
        if (!enabled || ModuleOf(category) is not { } module)
        {
            return false;
        }

        lock (_held)
        {
            if (!_held.TryGetValue(module, out var lines))
            {
                lines = [];
                _held[module] = lines;
            }

            lines.Add(formatted);
        }

        return true;
    }

    /// <summary>The lines held for a module, which is done; none are held for it any more.</summary>
    public IReadOnlyList<string> Release(string module)
    {
        lock (_held)
        {
            return _held.Remove(module, out var lines) ? lines : [];
        }
    }

    /// <summary>Every module's held lines, when the run ends with modules that never finished.</summary>
    public IReadOnlyList<(string Module, IReadOnlyList<string> Lines)> ReleaseAll()
    {
        lock (_held)
        {
            var all = _held.Select(h => (h.Key, (IReadOnlyList<string>)h.Value)).ToList();
            _held.Clear();
            return all;
        }
    }

    private string? ModuleOf(string category)
    {
        if (_modules.Contains(category))
        {
            return category;
        }

        // A forwarded module's category is "Name [instance]".
        var bracket = category.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 && category.EndsWith(']') && _modules.Contains(category[..bracket]) ? category[..bracket] : null;
    }
}

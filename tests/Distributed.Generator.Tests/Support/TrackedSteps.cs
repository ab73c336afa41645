using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>Reads the generator's tracked steps (<see cref="TrackingNames"/>) and source outputs from a run.</summary>
internal static class TrackedSteps
{
    /// <summary>Every tracking name the generator declares, read from <see cref="TrackingNames"/> so new steps are covered.</summary>
    public static IReadOnlyList<string> AllNames { get; } =
    [
        .. typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The outputs of one named step (all of its executions in the run).</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(this GeneratorRun run, string stepName)
    {
        Assert.That(run.Result.TrackedSteps.ContainsKey(stepName), Is.True, () => $"No step named '{stepName}' ran; tracked steps: [{string.Join(", ", run.Result.TrackedSteps.Keys)}].");
        return run.Result.TrackedSteps[stepName].SelectMany(step => step.Outputs).ToList();
    }

    /// <summary>The reasons of every named step's outputs (<see cref="AllNames"/>) and of every source output.</summary>
    public static IReadOnlyList<string> DescribeAll(this GeneratorRun run) =>
    [
        .. AllNames.SelectMany(name => run.Outputs(name).Select(o => Describe(name, o))),
        .. run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value.SelectMany(step => step.Outputs).Select(o => Describe(pair.Key, o))),
    ];

    /// <summary>The reasons of the source outputs (<c>RegisterSourceOutput</c>) only.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> SourceOutputReasons(this GeneratorRun run) =>
        run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();

    /// <summary>
    /// The steps that key the module parse on the declarations: a declaration edit anywhere changes them by design,
    /// even when no module's spec changes.
    /// </summary>
    public static IReadOnlyList<string> DeclarationKeySteps { get; } = [TrackingNames.DeclarationShapes, TrackingNames.DeclarationKey];

    /// <summary>Fails unless every tracked step and every source output was Cached or Unchanged.</summary>
    public static void AssertEverythingCachedOrUnchanged(this GeneratorRun run) => AssertCachedOrUnchanged(run, []);

    /// <summary>
    /// Fails unless every model step and every source output was Cached or Unchanged: for declaration edits, which
    /// change the declaration key and parse the modules again, but must not change what is generated.
    /// </summary>
    public static void AssertModelsCachedOrUnchanged(this GeneratorRun run) => AssertCachedOrUnchanged(run, DeclarationKeySteps);

    /// <summary>Fails unless every output of the step was Cached: the step did not run at all.</summary>
    public static void AssertStepDidNotRun(this GeneratorRun run, string stepName)
    {
        var reasons = run.Outputs(stepName).Select(o => o.Reason).ToList();
        Assert.That(reasons, Is.Not.Empty, $"Step '{stepName}' has no outputs to check.");
        Assert.That(reasons, Is.All.EqualTo(IncrementalStepRunReason.Cached), () => $"Step '{stepName}' ran: {string.Join(", ", reasons)}.");
    }

    /// <summary>The outputs of the step that were computed in this run (anything but Cached).</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Recomputed(this GeneratorRun run, string stepName) =>
        run.Outputs(stepName).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();

    private static void AssertCachedOrUnchanged(GeneratorRun run, IReadOnlyList<string> exempt)
    {
        var described = run.DescribeAll();
        var changed = described
            .Where(d => !exempt.Any(step => d.StartsWith(step + " <", StringComparison.Ordinal)))
            .Where(d => !d.EndsWith(": Cached", StringComparison.Ordinal) && !d.EndsWith(": Unchanged", StringComparison.Ordinal))
            .ToList();
        Assert.That(changed, Is.Empty, () => "Steps re-ran with changed output:\n  " + string.Join("\n  ", described));
    }

    private static string Describe(string step, (object Value, IncrementalStepRunReason Reason) output) =>
        $"{step} <{output.Value?.GetType().Name ?? "null"}>: {output.Reason}";
}

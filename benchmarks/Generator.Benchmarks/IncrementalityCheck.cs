using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// The untimed checks behind the benchmarks: the synthetic pipeline compiles with the generated code, the graph has
/// every node, and after an unrelated edit every tracked step is Cached or Unchanged. Also reports, per step, the
/// reasons and the time Roslyn measured, which is where the time of each scenario goes.
/// </summary>
public static class IncrementalityCheck
{
    /// <summary>Compilation inputs: they change with every edit by definition, so they are not held to "cached".</summary>
    private static readonly HashSet<string> InputSteps = new(StringComparer.Ordinal)
    {
        WellKnownGeneratorInputs.Compilation,
        WellKnownGeneratorInputs.ParseOptions,
        WellKnownGeneratorInputs.AdditionalTexts,
        WellKnownGeneratorInputs.AnalyzerConfigOptions,
        WellKnownGeneratorInputs.MetadataReferences,
    };

    /// <summary>The generator's per-module semantic step (TrackingNames.ModuleSpecs, internal to the generator).</summary>
    private const string ModuleStep = "ModuleSpecs";

    /// <summary>Throws if the generator's output is broken or an unrelated edit is not fully cached; returns the report.</summary>
    public static string Verify(SyntheticPipeline pipeline)
    {
        var report = new StringBuilder();
        var driver = Drivers.Create(trackSteps: true).RunGenerators(pipeline.Compilation);
        var full = driver.GetRunResult().Results.Single();
        RequireGoodOutput(pipeline, driver, full);
        Describe(report, "full run (fresh driver)", driver, full);

        var unrelatedDriver = driver.RunGenerators(pipeline.WithUnrelatedEdit());
        var unrelated = unrelatedDriver.GetRunResult().Results.Single();
        Describe(report, "one-character edit in an unrelated file", unrelatedDriver, unrelated);
        var notCached = NotCachedOutputs(unrelated).ToList();
        if (notCached.Count > 0)
        {
            throw new InvalidOperationException($"after an unrelated edit these steps were not Cached/Unchanged: {string.Join(", ", notCached)}\n{report}");
        }

        // Stronger than "nothing changed": no module may even be parsed again after an edit inside a method body.
        var parsed = unrelated.TrackedSteps[ModuleStep].SelectMany(run => run.Outputs).Count(output => output.Reason != IncrementalStepRunReason.Cached);
        if (parsed > 0)
        {
            throw new InvalidOperationException($"after an unrelated edit {parsed} modules were parsed again\n{report}");
        }

        var bodyDriver = driver.RunGenerators(pipeline.WithModuleBodyEdit());
        var body = bodyDriver.GetRunResult().Results.Single();
        Describe(report, "one-character edit inside a module's method body", bodyDriver, body);
        report.Append(CultureInfo.InvariantCulture, $"\nAfter the unrelated edit every tracked step is Cached/Unchanged: yes; modules parsed again: 0\n");
        report.Append(CultureInfo.InvariantCulture, $"After the method-body edit, steps not Cached/Unchanged: {Join(NotCachedOutputs(body))}\n");
        return report.ToString();
    }

    private static void RequireGoodOutput(SyntheticPipeline pipeline, GeneratorDriver driver, GeneratorRunResult result)
    {
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("the generator threw", result.Exception);
        }

        if (result.Diagnostics.Length > 0 || result.GeneratedSources.Length == 0)
        {
            throw new InvalidOperationException($"the generator reported {result.Diagnostics.Length} diagnostics and produced {result.GeneratedSources.Length} files: {Join(result.Diagnostics.Select(d => d.ToString()))}");
        }

        driver.RunGeneratorsAndUpdateCompilation(pipeline.Compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"the synthetic pipeline does not compile with the generated code:\n{Join(errors.Select(e => e.ToString()))}");
        }

        var graph = string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString()));
        var missing = Enumerable.Range(0, pipeline.Modules).Where(i => !graph.Contains($"Module{i:D4}", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{missing.Count} modules are missing from the generated graph, e.g. Module{missing[0]:D4}");
        }
    }

    private static IEnumerable<string> NotCachedOutputs(GeneratorRunResult result) =>
        result.TrackedSteps
            .Concat(result.TrackedOutputSteps)
            .DistinctBy(step => step.Key)
            .Where(step => !InputSteps.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => $"{output.Key}={output.Reason}")
            .Distinct();

    private static void Describe(StringBuilder report, string scenario, GeneratorDriver driver, GeneratorRunResult result)
    {
        var elapsed = driver.GetTimingInfo().ElapsedTime;
        report.Append(CultureInfo.InvariantCulture, $"\n{scenario}: generator time {elapsed.TotalMilliseconds:0.00} ms (one run, measured by the driver, steps tracked)\n\n");
        report.Append("| step | runs | outputs by reason | step time (ms) |\n| --- | ---: | --- | ---: |\n");
        var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps).DistinctBy(s => s.Key).OrderBy(s => s.Key, StringComparer.Ordinal);
        foreach (var (name, runs) in steps)
        {
            var reasons = runs
                .SelectMany(run => run.Outputs.Select(output => output.Reason))
                .GroupBy(reason => reason)
                .OrderBy(group => group.Key)
                .Select(group => $"{group.Key} {group.Count()}");
            var stepTime = runs.Sum(run => run.ElapsedTime.TotalMilliseconds);
            report.Append(CultureInfo.InvariantCulture, $"| {name} | {runs.Length} | {Join(reasons)} | {stepTime:0.00} |\n");
        }
    }

    private static string Join(IEnumerable<string> values)
    {
        var text = string.Join(", ", values);
        return text.Length == 0 ? "none" : text;
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ModularPipelines.Distributed.Analyzer.Benchmarks;

/// <summary>Adds the mean divided by the number of modules: flat across sizes when the work is linear.</summary>
public sealed class PerModuleConfig : ManualConfig
{
    public PerModuleConfig() => AddColumn(new PerModuleColumn());

    private sealed class PerModuleColumn : IColumn
    {
        public string Id => nameof(PerModuleColumn);

        public string ColumnName => "Mean per module";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => "Mean divided by the number of modules";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var modules = benchmarkCase.Parameters["Modules"] is int count ? count : 0;
            return mean is { } nanoseconds && modules > 0
                ? $"{nanoseconds / modules / 1000.0:0.0} μs"
                : "-";
        }
    }
}

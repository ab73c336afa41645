namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Objects nested in objects, arrays, dictionaries and nullable references.</summary>
public sealed record TestReport(
    string Suite,
    TestCase[] Cases,
    Dictionary<string, TestCase> ByName,
    TestSummary Summary,
    TestSummary? Previous);

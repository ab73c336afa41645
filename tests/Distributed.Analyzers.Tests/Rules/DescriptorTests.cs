using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModularPipelines.Distributed.Analyzers.Tests.Rules;

/// <summary>Every diagnostic has a fixed id and severity, a help page that exists, and a release-tracking entry.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    private static readonly DiagnosticDescriptor[] All = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();

    [Test]
    public void The_ids_and_severities_fixed_by_the_design_are_kept()
    {
        var expected = new Dictionary<string, DiagnosticSeverity>
        {
            ["MPD0001"] = DiagnosticSeverity.Error,
            ["MPD0002"] = DiagnosticSeverity.Error,
            ["MPD0003"] = DiagnosticSeverity.Error,
            ["MPD0004"] = DiagnosticSeverity.Error,
            ["MPD0005"] = DiagnosticSeverity.Warning,
            ["MPD0006"] = DiagnosticSeverity.Error,
            ["MPD0007"] = DiagnosticSeverity.Warning,
            ["MPD0008"] = DiagnosticSeverity.Error,
            ["MPD0009"] = DiagnosticSeverity.Error,
            ["MPD0010"] = DiagnosticSeverity.Error,
            ["MPD0011"] = DiagnosticSeverity.Warning,
            ["MPD0012"] = DiagnosticSeverity.Error,
            ["MPD0013"] = DiagnosticSeverity.Error,
        };

        var actual = All.ToDictionary(d => d.Id, d => d.DefaultSeverity);
        foreach (var (id, severity) in expected)
        {
            Assert.That(actual, Does.ContainKey(id).WithValue(severity), id);
        }
    }

    [Test]
    public void Each_id_is_supported_by_exactly_one_analyzer() =>
        Assert.That(All.Select(d => d.Id), Is.Unique);

    [Test]
    public void Every_descriptor_is_in_the_category_enabled_and_links_to_its_page()
    {
        foreach (var descriptor in All)
        {
            Assert.Multiple(() =>
            {
                Assert.That(descriptor.Category, Is.EqualTo("ModularPipelines.Distributed"), descriptor.Id);
                Assert.That(descriptor.IsEnabledByDefault, Is.True, descriptor.Id);
                Assert.That(
                    descriptor.HelpLinkUri,
                    Is.EqualTo($"https://github.com/modularpipelines-distributed/ModularPipelines.Distributed.Generators/blob/main/docs/diagnostics/{descriptor.Id}.md"));
            });
        }
    }

    [Test]
    public void Every_descriptor_has_a_documentation_page_with_what_why_how_and_an_example()
    {
        foreach (var descriptor in All)
        {
            var page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", descriptor.Id + ".md");
            Assert.That(page, Does.Exist, descriptor.Id);
            var text = File.ReadAllText(page);
            Assert.Multiple(() =>
            {
                Assert.That(text, Does.StartWith($"# {descriptor.Id}:"), descriptor.Id);
                Assert.That(text, Does.Contain("## Why"), descriptor.Id);
                Assert.That(text, Does.Contain("## How to fix"), descriptor.Id);
                Assert.That(text, Does.Contain("```csharp"), descriptor.Id);
            });
        }
    }

    [Test]
    public void Every_descriptor_is_tracked_in_the_unshipped_release()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Distributed.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in All)
        {
            Assert.That(unshipped, Does.Contain($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |"), descriptor.Id);
        }
    }

    [Test]
    public void Diagnostics_of_the_whole_compilation_carry_the_compilation_end_tag()
    {
        var cycle = All.Single(d => d.Id == DiagnosticIds.DependencyCycle);
        Assert.That(cycle.CustomTags, Does.Contain(WellKnownDiagnosticTags.CompilationEnd));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModularPipelines.Distributed.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ModularPipelines.Distributed.Generators.sln) was not found above " + AppContext.BaseDirectory);
    }
}

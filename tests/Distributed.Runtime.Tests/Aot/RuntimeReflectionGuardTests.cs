using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ModularPipelines.Distributed.Runtime.Tests.Aot;

/// <summary>
/// The generated registry is the only source of types: the runtime must never look types up by name or build
/// them by reflection, which Native AOT cannot honour. Scans the runtime's IL references, so it fails on any new call.
/// </summary>
public sealed class RuntimeReflectionGuardTests
{
    private static readonly (string Type, string Member)[] Forbidden =
    [
        ("System.Type", "GetType"),
        ("System.Type", "MakeGenericType"),
        ("System.Reflection.MethodInfo", "MakeGenericMethod"),
        ("System.Activator", "CreateInstance"),
        ("System.Reflection.Assembly", "GetType"),
        ("System.Reflection.Assembly", "GetTypes"),
    ];

    [Test]
    public void RuntimeReferencesNoReflectionTypeLookup()
    {
        var referenced = ReferencedMembers(typeof(Pipeline).Assembly.Location);

        var offending = referenced.Where(r => Forbidden.Contains(r)).Select(r => $"{r.Type}.{r.Member}").ToList();

        Assert.That(offending, Is.Empty, "the runtime must get types only from the generated registry");
    }

    [Test]
    public void GuardSeesMemberReferencesOfTheRuntime()
    {
        // Proves the scan reads real references, so the guard above cannot pass vacuously.
        var referenced = ReferencedMembers(typeof(Pipeline).Assembly.Location);

        Assert.That(referenced, Does.Contain(("System.Threading.CancellationTokenSource", "CreateLinkedTokenSource")));
    }

    private static HashSet<(string Type, string Member)> ReferencedMembers(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var members = new HashSet<(string, string)>();
        foreach (var handle in metadata.MemberReferences)
        {
            var reference = metadata.GetMemberReference(handle);
            if (reference.Parent.Kind == HandleKind.TypeReference)
            {
                var type = metadata.GetTypeReference((TypeReferenceHandle)reference.Parent);
                members.Add(($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}", metadata.GetString(reference.Name)));
            }
        }

        return members;
    }
}

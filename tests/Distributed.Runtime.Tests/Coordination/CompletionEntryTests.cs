using System.Text;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Runtime.Tests.Coordination;

/// <summary>
/// The master reads every entry of the run's event log: fields are found in one pass over raw names, and an output
/// entry's lines are decoded one by one from the reply's bytes, with the same lines as the text the worker sent.
/// </summary>
public sealed class CompletionEntryTests
{
    [Test]
    public void AnEntrysFieldsAreReadInOnePassWithoutDecodingTheirNames()
    {
        // Names arrive as raw bytes, as StackExchange.Redis parses a stream reply.
        var entry = new StreamEntry("1-0", [Field("node", "Build"), Field("extra", "ignored"), Field("result", "{}"), Field("released", "Test\nPack")]);
        CompletionEntry.Read(entry);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var fields = CompletionEntry.Read(entry);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)fields.Node, Is.EqualTo("Build"));
            Assert.That((string?)fields.Result, Is.EqualTo("{}"));
            Assert.That((string?)fields.Released, Is.EqualTo("Test\nPack"));
            Assert.That(fields.Output.IsNull && fields.Started.IsNull, Is.True, "fields the entry does not have");
            Assert.That(allocated, Is.Zero, "no field name decoded to compare it");
        }
    }

    [Test]
    public void AnOutputEntryIsReadLineByLineFromItsBytesIntoTheLinesTheWorkerSent()
    {
        string[] lines = ["restoring café", "", "✓ 12 tests passed", "done "];
        var text = AppendOutputScript.Text(new ModuleOutput("Build", 3, lines));

        var read = AppendOutputScript.Parse("Build", Encoding.UTF8.GetBytes(text));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read?.InstanceIndex, Is.EqualTo(3));
            Assert.That(read?.Lines, Is.EqualTo(lines));
            Assert.That(AppendOutputScript.Parse("Build", "2"u8)?.Lines, Is.Empty, "an instance with no lines");
            Assert.That(AppendOutputScript.Parse("Build", "two\nlines"u8), Is.Null, "not an output entry");
        }
    }

    private static NameValueEntry Field(string name, string value) => new(Encoding.UTF8.GetBytes(name), Encoding.UTF8.GetBytes(value));
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting;

/// <summary>The console log is buffered: lines keep their order, and reach the output on their own within moments.</summary>
public sealed partial class PipelineConsoleLoggerProviderTests
{
    [Test]
    public void LinesFromManyThreadsReachTheOutputInTheOrderEachThreadLoggedThem()
    {
        using var output = new StringWriter();
        var provider = new PipelineConsoleLoggerProvider(new PipelineConsoleFormatter(new SecretMasker(), new ModuleLogGroups(enabled: false)), () => output);

        Parallel.For(0, 4, thread =>
        {
            var logger = provider.CreateLogger($"Module{thread}");
            for (var line = 0; line < 500; line++)
            {
                logger.LogInformation("line {Line}", line);
            }
        });
        provider.Dispose();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2000));
        for (var thread = 0; thread < 4; thread++)
        {
            var own = lines.Select(l => Line().Match(l)).Where(m => m.Groups["module"].Value == $"Module{thread}").Select(m => int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(own, Is.EqualTo(Enumerable.Range(0, 500)), $"Module{thread}'s lines in order");
        }
    }

    [Test]
    public async Task LineReachesTheOutputWithoutAFlushAfterTheInterval()
    {
        using var output = new StringWriter();
        var synced = TextWriter.Synchronized(output);
        using var provider = new PipelineConsoleLoggerProvider(new PipelineConsoleFormatter(new SecretMasker(), new ModuleLogGroups(enabled: false)), () => synced);

        provider.CreateLogger("Build").LogInformation("compiling");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Read(synced, output).Contains("info Build  compiling", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
        }

        Assert.That(Read(synced, output), Does.Contain("info Build  compiling"), "written by the provider's own timer");
    }

    [Test]
    public void EachBatchIsWrittenFromABufferKeptFromTheBatchesBefore()
    {
        // A new buffer per batch grew block by block into fresh memory and was copied whole before each write.
        using var provider = new PipelineConsoleLoggerProvider(new PipelineConsoleFormatter(new SecretMasker(), new ModuleLogGroups(enabled: false)), () => TextWriter.Null);
        var logger = provider.CreateLogger("Build");
        var message = "compiling " + new string('x', 90);
        void LogBatch()
        {
            for (var line = 0; line < 1000; line++)
            {
                logger.Log(LogLevel.Information, default, message, null, static (state, _) => state);
            }

            provider.Flush();
        }

        // Both buffers (the one being filled and the one being written) reach a batch's size first.
        for (var batch = 0; batch < 5; batch++)
        {
            LogBatch();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        LogBatch();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var batchBytes = 1000 * message.Length * sizeof(char);
        Assert.That(allocated, Is.LessThan(batchBytes / 4), $"{allocated} bytes allocated to write a {batchBytes}-byte batch");
    }

    // A synchronized TextWriter locks on itself for every call, so reading under that lock never sees a write half-done.
    private static string Read(TextWriter synced, StringWriter output)
    {
        lock (synced)
        {
            return output.ToString();
        }
    }

    [GeneratedRegex(@"info (?<module>Module\d)  line (?<line>\d+)$")]
    private static partial Regex Line();
}

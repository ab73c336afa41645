using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Hooks;

public sealed class ModuleHookTests
{
    [Test]
    public async Task HooksAreCalledBeforeAndAfterEachAttemptWithTheModuleIdTheAttemptAndItsResult()
    {
        var hook = new RecordingHook("hook");
        ModuleDefinition[] modules =
        [
            Node.Probe("Flaky", (context, _) => context.Attempt == 1
                ? Task.FromException<string?>(new IOException("flaky"))
                : Task.FromResult<string?>("finally"), retries: 1),
        ];

        var run = await PipelineHarness.RunAsync(modules, [], configure: WithHooks(hook));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Flaky"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(hook.Calls, Is.EqualTo(new[]
            {
                "hook before Tests.Flaky 1",
                "hook after Tests.Flaky 1 Failed System.IO.IOException",
                "hook before Tests.Flaky 2",
                "hook after Tests.Flaky 2 Succeeded finally",
            }));
        }
    }

    [Test]
    public async Task HooksAreCalledInRegistrationOrder()
    {
        var calls = new ConcurrentQueue<string>();
        ModuleDefinition[] modules = [Node.Returning("Build")];

        await PipelineHarness.RunAsync(modules, [], configure: WithHooks(new RecordingHook("first", calls), new RecordingHook("second", calls)));

        Assert.That(calls, Is.EqualTo(new[]
        {
            "first before Tests.Build 1",
            "second before Tests.Build 1",
            "first after Tests.Build 1 Succeeded Build",
            "second after Tests.Build 1 Succeeded Build",
        }));
    }

    [Test]
    public async Task ThrowingBeforeHookFailsTheAttemptWithoutRunningTheModuleAndTheAfterHooksSeeIt()
    {
        var log = new ExecutionLog();
        var recorder = new RecordingHook("recorder");
        ModuleDefinition[] modules = [Node.Probe("Publish", log.Body("Publish"))];

        var run = await PipelineHarness.RunAsync(modules, [], configure: WithHooks(new ThrowingHook(before: true), recorder));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Publish"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Publish"].Error!.Message, Is.EqualTo("the hook refused attempt 1"));
            Assert.That(log.HasStarted("Publish"), Is.False);
            Assert.That(recorder.Calls, Is.EqualTo(new[] { "recorder after Tests.Publish 1 Failed System.InvalidOperationException" }));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task AttemptFailedByABeforeHookIsRetried()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules = [Node.Probe("Publish", log.Body("Publish"), retries: 1)];

        var run = await PipelineHarness.RunAsync(modules, [], configure: WithHooks(new ThrowingHook(before: true, onlyAttempt: 1)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Publish"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run["Publish"].Attempts, Is.EqualTo(2));
            Assert.That(log.StartOrder, Is.EqualTo(new[] { "Publish" }));
        }
    }

    [Test]
    public async Task ThrowingAfterHookIsLoggedAndLeavesTheResultAsItWas()
    {
        var logs = new RecordingLoggerProvider();
        var recorder = new RecordingHook("recorder");
        ModuleDefinition[] modules = [Node.Returning("Build")];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder =>
        {
            WithHooks(new ThrowingHook(before: false), recorder)(builder);
            builder.Logging.AddProvider(logs);
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Typed<string>("Build").Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.Typed<string>("Build").Value, Is.EqualTo("Build"));
            Assert.That(recorder.Calls, Does.Contain("recorder after Tests.Build 1 Succeeded Build"), "a later hook still runs");
            Assert.That(logs.Logger.Entries.Select(e => e.Message), Has.Some.Contains("ThrowingHook threw after attempt 1 of Build: the hook refused attempt 1"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task ModuleSkippedByItsConditionCallsNoHooks()
    {
        var hook = new RecordingHook("hook");
        ModuleDefinition[] modules =
        [
            SkippableNode.Probe("Deploy", (_, _) => Task.FromResult<string?>("deployed"), [SkippableNode.When(_ => "frozen")]),
            Node.Returning("Report", dependsOn: ["Deploy"]),
        ];

        await PipelineHarness.RunAsync(modules, [], configure: WithHooks(hook));

        Assert.That(hook.Calls, Has.None.Contains("Tests.Deploy"));
        Assert.That(hook.Calls, Has.Some.Contains("Tests.Report"));
    }

    [Test]
    public async Task HookIsConstructedWithServicesFromTheBuilder()
    {
        var calls = new ConcurrentQueue<string>();
        ModuleDefinition[] modules = [Node.Returning("Build")];

        await PipelineHarness.RunAsync(modules, [], configure: builder =>
        {
            builder.Services.AddSingleton(calls);
            builder.Services.AddSingleton<IModuleHook, InjectedHook>();
        });

        Assert.That(calls, Is.EqualTo(new[] { "injected after Tests.Build" }));
    }

    private static Action<PipelineBuilder> WithHooks(params IModuleHook[] hooks) => builder =>
    {
        foreach (var hook in hooks)
        {
            builder.Services.AddSingleton(hook);
        }
    };

    /// <summary>Records each call as "name before|after id attempt [status error-or-value]".</summary>
    private sealed class RecordingHook(string name, ConcurrentQueue<string>? calls = null) : IModuleHook
    {
        private readonly ConcurrentQueue<string> _calls = calls ?? new();

        public IReadOnlyList<string> Calls => [.. _calls];

        public ValueTask BeforeAttemptAsync(IModuleContext context, CancellationToken cancellationToken)
        {
            _calls.Enqueue($"{name} before {context.ModuleId} {context.Attempt}");
            return ValueTask.CompletedTask;
        }

        public ValueTask AfterAttemptAsync(IModuleContext context, ModuleResult result, CancellationToken cancellationToken)
        {
            var detail = result.Error?.TypeName ?? ((ModuleResult<string>)result).Value;
            _calls.Enqueue($"{name} after {context.ModuleId} {result.Attempts} {result.Status} {detail}");
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Throws before or after the attempt (only the one numbered <c>onlyAttempt</c>, when given).</summary>
    private sealed class ThrowingHook(bool before, int? onlyAttempt = null) : IModuleHook
    {
        public ValueTask BeforeAttemptAsync(IModuleContext context, CancellationToken cancellationToken) =>
            before ? Throw(context) : ValueTask.CompletedTask;

        public ValueTask AfterAttemptAsync(IModuleContext context, ModuleResult result, CancellationToken cancellationToken) =>
            before ? ValueTask.CompletedTask : Throw(context);

        private ValueTask Throw(IModuleContext context) =>
            onlyAttempt is { } only && context.Attempt != only
                ? ValueTask.CompletedTask
                : ValueTask.FromException(new InvalidOperationException($"the hook refused attempt {context.Attempt}"));
    }

    /// <summary>Implements only the after-hook: the before-hook's default does nothing.</summary>
    public sealed class InjectedHook(ConcurrentQueue<string> calls) : IModuleHook
    {
        public ValueTask AfterAttemptAsync(IModuleContext context, ModuleResult result, CancellationToken cancellationToken)
        {
            calls.Enqueue($"injected after {context.ModuleId}");
            return ValueTask.CompletedTask;
        }
    }
}

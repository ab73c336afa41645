namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>An abstract module base: a <c>[DependsOn&lt;ToolModule&gt;]</c> stands for every module below.</summary>
public abstract class ToolModule : Module<string>
{
    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        // Long enough that a dependent started too early would see a tool unfinished.
        await Task.Delay(Delay, cancellationToken);
        return GetType().Name;
    }

    protected abstract TimeSpan Delay { get; }
}

public sealed class CompilerTool : ToolModule
{
    protected override TimeSpan Delay => TimeSpan.FromMilliseconds(150);
}

public sealed class LinkerTool : ToolModule
{
    protected override TimeSpan Delay => TimeSpan.FromMilliseconds(50);
}

/// <summary>Derived from <see cref="ToolModule"/> through another abstract class.</summary>
public abstract class NativeToolModule : ToolModule;

public sealed class SignerTool : NativeToolModule
{
    protected override TimeSpan Delay => TimeSpan.FromMilliseconds(100);
}

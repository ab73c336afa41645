using ModularPipelines.Distributed;

namespace Consumer;

public sealed class Greeting;

// MPD0002: "linux" and "Linux" are the same target (targets compare case-insensitively).
[MatrixTarget("linux", "windows", "Linux")]
public sealed class MatrixTests : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.GetMatrixTarget());
}

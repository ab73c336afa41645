using System.Runtime.CompilerServices;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

internal static class YieldAwaitableExtensions
{
    /// <summary>Turns <see cref="Task.Yield"/> into a task, for places that need one.</summary>
    public static async Task AsTask(this YieldAwaitable awaitable) => await awaitable;
}

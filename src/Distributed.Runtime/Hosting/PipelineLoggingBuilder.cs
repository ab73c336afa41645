using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>The <see cref="ILoggingBuilder"/> behind <see cref="PipelineBuilder.Logging"/>.</summary>
internal sealed class PipelineLoggingBuilder(IServiceCollection services) : ILoggingBuilder
{
    public IServiceCollection Services => services;
}

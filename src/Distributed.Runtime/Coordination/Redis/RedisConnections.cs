using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Opens a connection from a <c>--redis</c> configuration string, with one product's errors for a bad string or an
/// unreachable server: the coordinator and the artifact store each open their own, through here.
/// </summary>
internal static class RedisConnections
{
    /// <summary>Parses <paramref name="configuration"/>, set so that connecting fails at once when Redis cannot be reached.</summary>
    /// <exception cref="PipelineConfigurationException">The configuration is invalid.</exception>
    public static ConfigurationOptions Parse(string configuration)
    {
        ConfigurationOptions parsed;
        try
        {
            parsed = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException exception)
        {
            throw new PipelineConfigurationException($"--redis '{configuration}' is not a valid StackExchange.Redis configuration: {exception.Message}", exception);
        }

        parsed.AbortOnConnectFail = true;
        parsed.ClientName ??= "modular-pipelines";
        return parsed;
    }

    /// <exception cref="PipelineConfigurationException">Redis cannot be reached.</exception>
    public static async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        }
        catch (RedisConnectionException exception)
        {
            // Not StackExchange.Redis's advice (abortConnect=false would only hide the problem): what a user should check.
            throw new PipelineConfigurationException(
                $"cannot reach Redis at '{Endpoints(configuration)}' ({exception.FailureType}): check that redis-server runs there and accepts connections from this machine, that --redis names the right host and port, and that it gives password=... or ssl=true if the server needs them",
                exception);
        }
    }

    /// <summary>The configured endpoints, for messages.</summary>
    public static string Endpoints(ConfigurationOptions configuration) => string.Join(", ", configuration.EndPoints);
}

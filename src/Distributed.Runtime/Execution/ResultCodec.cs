using System.Text.Json;

namespace ModularPipelines.Distributed;

/// <summary>
/// Converts results to and from <see cref="ModuleResultEnvelope"/>. Values are written and read with the generated
/// metadata of the node's result type: the node id picks the type from this build's registry, never the payload.
/// </summary>
internal sealed class ResultCodec(PipelineGraph graph, int maxResultBytes, SecretMasker secrets)
{
    public ModuleResultEnvelope ToEnvelope(GraphNode node, ModuleResult result, bool includeValue)
    {
        string? valueJson = null;
        if (includeValue && result.Status == ModuleStatus.Succeeded && node.Definition.ValueOf(result) is { } value)
        {
            valueJson = JsonSerializer.Serialize(value, graph.ResultSerializerOptions.GetTypeInfo(node.Definition.ResultType));
            if (valueJson.Length > maxResultBytes)
            {
                var tooLarge = new InvalidOperationException(
                    $"The result of {node.DisplayName} is {valueJson.Length} bytes of JSON, over the {maxResultBytes}-byte limit: return less (write large data to files or artifact storage and return a path), or raise DistributedOptions.MaxResultBytes.");
                return Envelope(node, result) with { Status = ModuleStatus.Failed, Error = ModuleError.FromException(tooLarge) };
            }
        }

        return Envelope(node, result) with { ValueJson = valueJson };
    }

    /// <exception cref="InvalidDataException">The payload does not fit the node's result type.</exception>
    public ModuleResult ToResult(GraphNode node, ModuleResultEnvelope envelope)
    {
        object? value = null;
        if (envelope.Status == ModuleStatus.Succeeded && envelope.ValueJson is { } json)
        {
            try
            {
                value = JsonSerializer.Deserialize(json, graph.ResultSerializerOptions.GetTypeInfo(node.Definition.ResultType));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The stored result of {node.DisplayName} is not a valid {node.Definition.ResultType.Name}: {exception.Message}", exception);
            }
        }

        var outcome = new ModuleOutcome(envelope.Status, envelope.StartedAt, envelope.Duration, envelope.Attempts, envelope.InstanceIndex, envelope.Error, envelope.SkipReason,
            envelope.ArtifactBytesIn, envelope.ArtifactBytesOut, envelope.FailureIgnoredReason);
        return node.Definition.CreateResult(outcome, value);
    }

    /// <summary>
    /// The envelope of a result, its texts masked here: a secret known only to the instance that ran the module must
    /// not reach the master's log unmasked.
    /// </summary>
    private ModuleResultEnvelope Envelope(GraphNode node, ModuleResult result) => new()
    {
        NodeId = node.Id,
        Status = result.Status,
        Error = result.Error is { } error ? new ModuleError(error.TypeName, secrets.Apply(error.Message), secrets.Apply(error.Details)) : null,
        SkipReason = result.SkipReason is { } reason ? secrets.Apply(reason) : null,
        FailureIgnoredReason = result.FailureIgnoredReason is { } ignored ? secrets.Apply(ignored) : null,
        StartedAt = result.StartedAt,
        Duration = result.Duration,
        Attempts = result.Attempts,
        InstanceIndex = result.InstanceIndex,
        ArtifactBytesIn = result.ArtifactBytesIn,
        ArtifactBytesOut = result.ArtifactBytesOut,
    };
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModularPipelines.Distributed.Generated;

namespace ModularPipelines.Distributed.Json.Tests.Support;

/// <summary>
/// Runs the same values through the generated metadata and through System.Text.Json's reflection resolver (default
/// options otherwise) and compares what comes out: written JSON byte for byte, and values read back (by writing them again).
/// </summary>
internal static class JsonDifferential
{
    /// <summary>The generated context as the runtime uses it: a resolver combined into options of its own.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = PipelineResultJsonContext.Default;

    /// <summary>Only the generated metadata: a type it does not cover fails instead of falling back to reflection.</summary>
    public static JsonSerializerOptions Generated { get; } = new() { TypeInfoResolver = Resolver };

    public static JsonSerializerOptions Reflection { get; } = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>
    /// Asserts both write the same JSON for the value, and that the generated context's own typed metadata (what its
    /// properties return, on <see cref="PipelineResultJsonContext.Default"/>) writes it too; returns it.
    /// </summary>
    public static string AssertSameJson<T>(T value)
    {
        var expected = JsonSerializer.Serialize(value, Reflection);
        var actual = JsonSerializer.Serialize(value, Generated);
        Assert.That(actual, Is.EqualTo(expected), "JSON written with the generated metadata differs from reflection's");
        Assert.That(JsonSerializer.Serialize(value, ContextTypeInfo<T>()), Is.EqualTo(expected), "JSON written through the generated context differs from reflection's");
        return actual;
    }

    /// <summary>The typed metadata the context's property for <typeparamref name="T"/> returns.</summary>
    public static JsonTypeInfo<T> ContextTypeInfo<T>() =>
        PipelineResultJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new AssertionException($"The generated context has no metadata for {typeof(T)}.");

    /// <summary>
    /// Asserts both write the same JSON, that the generated metadata reads it back to a value that writes the same JSON,
    /// and that reflection reads it to the same value; returns the value read back.
    /// </summary>
    public static T? AssertRoundTrip<T>(T value)
    {
        var json = AssertSameJson(value);
        var readBack = JsonSerializer.Deserialize<T>(json, Generated);
        Assert.That(JsonSerializer.Serialize(readBack, Reflection), Is.EqualTo(json), "the value read back writes different JSON");
        Assert.That(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ContextTypeInfo<T>()), Reflection), Is.EqualTo(json), "the value the generated context reads back writes different JSON");
        AssertSameRead<T>(json);
        return readBack;
    }

    /// <summary><see cref="AssertRoundTrip{T}"/>, and the value read back equals the original (records, structs).</summary>
    public static void AssertRoundTripEqual<T>(T value) =>
        Assert.That(AssertRoundTrip(value), Is.EqualTo(value), "the value read back is not equal to the original");

    /// <summary>Asserts both read the JSON to values that write the same JSON (defaults, missing and extra properties).</summary>
    public static T? AssertSameRead<T>(string json)
    {
        var generated = JsonSerializer.Deserialize<T>(json, Generated);
        var reflected = JsonSerializer.Deserialize<T>(json, Reflection);
        Assert.That(
            JsonSerializer.Serialize(generated, Reflection),
            Is.EqualTo(JsonSerializer.Serialize(reflected, Reflection)),
            $"the generated metadata reads {json} differently from reflection");
        return generated;
    }

    /// <summary>Asserts both reject the JSON with the same exception type.</summary>
    public static void AssertSameReadFailure<T>(string json)
    {
        var expected = Assert.Catch(() => JsonSerializer.Deserialize<T>(json, Reflection), "reflection accepted " + json);
        Assert.That(
            () => JsonSerializer.Deserialize<T>(json, Generated),
            Throws.TypeOf(expected!.GetType()),
            "the generated metadata does not reject " + json + " like reflection does");
    }

    /// <summary>Asserts both refuse to write the value with the same exception type.</summary>
    public static void AssertSameWriteFailure<T>(T value)
    {
        var expected = Assert.Catch(() => JsonSerializer.Serialize(value, Reflection), "reflection wrote the value");
        Assert.That(() => JsonSerializer.Serialize(value, Generated), Throws.TypeOf(expected!.GetType()));
    }
}

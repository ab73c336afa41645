namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Every primitive System.Text.Json writes with a built-in converter, bound through a positional record's constructor.</summary>
public sealed record PrimitiveValues(
    bool Flag,
    byte Octet,
    sbyte SignedOctet,
    short Delta,
    ushort Port,
    int Count,
    uint Mask,
    long Ticks,
    ulong Bytes,
    float Ratio,
    double Mean,
    decimal Price,
    char Letter,
    string? Text,
    Guid Id,
    DateTime Timestamp,
    DateTimeOffset Offset,
    TimeSpan Elapsed);

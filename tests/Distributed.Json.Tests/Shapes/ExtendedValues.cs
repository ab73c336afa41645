namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>The newer built-in value types, and the reference-typed ones (Uri, Version, byte[]).</summary>
public sealed record ExtendedValues(
    DateOnly Day,
    TimeOnly Time,
    Half Half,
    Int128 Huge,
    UInt128 HugeUnsigned,
    Uri? Link,
    Version? Version,
    byte[]? Payload);

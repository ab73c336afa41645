namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A readonly positional record struct: a struct starts from default and gets its init-only properties set.</summary>
public readonly record struct Coordinates(double Latitude, double Longitude);

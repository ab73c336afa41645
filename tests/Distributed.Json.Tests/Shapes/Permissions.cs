namespace ModularPipelines.Distributed.Json.Tests.Shapes;

[Flags]
public enum Permissions : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
}

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public enum Region : long
{
    Local = 0,
    Europe = 1L << 40,
    America = long.MaxValue,
    Antarctica = long.MinValue,
}

using System.Net;
using System.Net.Sockets;

namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>A loopback port that was free when asked for (a server started on it retries if another process took it).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>A loopback port free when asked for, for the servers the script starts.</summary>
internal static class FreePort
{
    public static int Print()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Console.WriteLine(((IPEndPoint)listener.LocalEndpoint).Port);
        return 0;
    }
}

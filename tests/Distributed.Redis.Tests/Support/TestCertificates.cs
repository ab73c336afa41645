using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A throw-away certificate authority and a server certificate it issued for <c>localhost</c> and <c>127.0.0.1</c>, as
/// PEM files in a folder of their own: what a Redis with TLS needs, and what its clients trust (through
/// <c>SSL_CERT_FILE</c>, which .NET on Linux reads, as a machine's CA bundle would be configured).
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mpd-tls-").FullName;

    public TestCertificates()
    {
        // One clock reading for both certificates, and the server's validity inside the authority's: an issued
        // certificate may not outlive its issuer, and two readings a second apart made exactly that.
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=mpd test authority", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        using var authority = authorityRequest.CreateSelfSigned(now.AddMinutes(-10), now.AddDays(2));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var server = serverRequest.Create(authority, now.AddMinutes(-5), now.AddDays(1), [1, 2, 3, 4, 5, 6, 7, 8]);

        File.WriteAllText(AuthorityPath, authority.ExportCertificatePem());
        File.WriteAllText(ServerCertificatePath, server.ExportCertificatePem());
        File.WriteAllText(ServerKeyPath, serverKey.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The authority's certificate: what clients trust.</summary>
    public string AuthorityPath => Path.Combine(_directory, "authority.pem");

    public string ServerCertificatePath => Path.Combine(_directory, "server.pem");

    public string ServerKeyPath => Path.Combine(_directory, "server.key");

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

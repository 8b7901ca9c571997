using System.Net;
using IRedAdmin.Client.Api;

namespace IRedAdmin.Client.Tests;

/// <summary>The client under test on a <see cref="FakeServer"/>: the usual address and credential, retries 1 ms apart.</summary>
internal static class TestClient
{
    public static IRedAdminClient For(FakeServer server, ApiDialect? dialect = null)
    {
        var options = new IRedAdminClientOptions(new Uri("https://mail.example.com/iredadmin")) { RetryDelay = TimeSpan.FromMilliseconds(1), Dialect = dialect };
        return new IRedAdminClient(options, new NetworkCredential("postmaster@example.com", "S3cret-pw"), server);
    }
}

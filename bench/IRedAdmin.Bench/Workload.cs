namespace IRedAdmin.Bench;

/// <summary>The requests every contender sends: N creates (POST /api/user/&lt;mail&gt; password=...) then N updates (PUT quota=2048).</summary>
public sealed record Workload(Uri BaseUri, string Admin, string AdminPassword, int N)
{
    public const string Domain = "bench.example";
    public const string UserPassword = "Bench-Passw0rd!2024";

    public static string Mail(string tag, int i) => $"{tag}{i}@{Domain}";
}

/// <summary>Seconds for the creates and for the updates of one contender at one latency.</summary>
public sealed record Timing(string Contender, int Latency, int N, double CreateSeconds, double UpdateSeconds)
{
    public double RequestsPerSecond => 2 * N / (CreateSeconds + UpdateSeconds);
    public double MsPerRequest => 1000 / RequestsPerSecond;
}

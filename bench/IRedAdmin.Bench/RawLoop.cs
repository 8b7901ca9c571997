using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IRedAdmin.Bench;

/// <summary>The floor: one keep-alive HttpClient sending the same requests with nothing on top but reading the envelope.</summary>
public sealed class RawLoop : IDisposable
{
    private static readonly MediaTypeHeaderValue Form = new("application/x-www-form-urlencoded");
    private readonly HttpClient _http;
    private readonly Workload _w;
    private string _cookie = "";

    public RawLoop(Workload w)
    {
        _w = w;
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 32 })
        {
            BaseAddress = new Uri(w.BaseUri.AbsoluteUri.TrimEnd('/') + "/"),
        };
    }

    public async Task LoginAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, "api/login", $"username={Uri.EscapeDataString(_w.Admin)}&password={Uri.EscapeDataString(_w.AdminPassword)}", check: true);
        _cookie = response.Headers.GetValues("Set-Cookie").First().Split(';')[0];
    }

    /// <summary>Seconds for N creates then N updates, <paramref name="parallel"/> requests at a time.</summary>
    public async Task<(double Create, double Update)> RunAsync(string tag, int n, int parallel = 1)
    {
        var createBody = "password=" + Uri.EscapeDataString(Workload.UserPassword);
        var create = await TimeAsync(n, parallel, i => SendAsync(HttpMethod.Post, "api/user/" + Workload.Mail(tag, i), createBody, check: true));
        var update = await TimeAsync(n, parallel, i => SendAsync(HttpMethod.Put, "api/user/" + Workload.Mail(tag, i), "quota=2048", check: true));
        return (create, update);
    }

    /// <summary>The listing's floor: GET /api/users/&lt;domain&gt; read to the end, nothing decoded. Returns (seconds, bytes).</summary>
    public async Task<(double Seconds, long Bytes)> ReadListingAsync(string domain)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/users/" + domain);
        request.Headers.TryAddWithoutValidation("Cookie", _cookie);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0) total += read;
        return (clock.Elapsed.TotalSeconds, total);
    }

    private static async Task<double> TimeAsync(int n, int parallel, Func<int, Task<HttpResponseMessage>> send)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (parallel <= 1)
        {
            for (var i = 1; i <= n; i++) (await send(i)).Dispose();
        }
        else
        {
            await Parallel.ForEachAsync(Enumerable.Range(1, n), new ParallelOptions { MaxDegreeOfParallelism = parallel },
                async (i, _) => (await send(i)).Dispose());
        }
        return clock.Elapsed.TotalSeconds;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string body, bool check)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = Form;
        if (_cookie.Length > 0) request.Headers.TryAddWithoutValidation("Cookie", _cookie);
        var response = await _http.SendAsync(request);
        await using (var stream = await response.Content.ReadAsStreamAsync())
        using (var answer = await JsonDocument.ParseAsync(stream))
        {
            if (check && !answer.RootElement.GetProperty("_success").GetBoolean())
                throw new InvalidOperationException($"{method} {path}: {answer.RootElement.GetProperty("_msg")}");
        }
        return response;
    }

    public void Dispose() => _http.Dispose();
}

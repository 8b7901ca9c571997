using System.Net;
using System.Text;

namespace IRedAdmin.Client.Tests;

/// <summary>A scripted HTTP handler: records each request exactly as it would go on the wire and answers from a queue.</summary>
public sealed class FakeServer : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    public List<RecordedRequest> Requests { get; } = new();

    public FakeServer Answer(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    public FakeServer Json(string json, HttpStatusCode status = HttpStatusCode.OK, string? setCookie = null) => Answer(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (setCookie != null) response.Headers.Add("Set-Cookie", setCookie);
        return response;
    });

    public FakeServer LoginOk(string cookie = "iRedAdmin-Pro-MYSQL=0123456789abcdef0123456789abcdef01234567") =>
        Json("{\"_success\": true}", setCookie: cookie + "; HttpOnly; Path=/iredadmin/; SameSite=Strict");

    public FakeServer Html(HttpStatusCode status, string body, string? location = null) => Answer(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/html") };
        if (location != null) response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    });

    public FakeServer Throw(Exception ex) => Answer(_ => throw ex);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, body,
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.TryGetValues("Cookie", out var c) ? string.Join("; ", c) : null));
        if (_answers.Count == 0) throw new InvalidOperationException("No scripted answer for " + request.Method + " " + request.RequestUri);
        return _answers.Dequeue()(request);
    }
}

public sealed record RecordedRequest(string Method, Uri Uri, string? Body, string? ContentType, string? Cookie)
{
    /// <summary>Path as sent on the wire (still escaped).</summary>
    public string WirePath => Uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
}

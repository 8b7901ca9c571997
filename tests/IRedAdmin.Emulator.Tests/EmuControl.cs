using System.Net;
using System.Text.Json;
using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Calls on the emulator's control surface (/_emulator/...), which answers plain JSON, not the API envelope.</summary>
public static class EmuControl
{
    public static async Task<JsonElement> ControlAsync(this Emu emu, HttpMethod method, string path)
    {
        var root = emu.Server.BaseUri.GetLeftPart(UriPartial.Authority);
        using var resp = await emu.Admin.Http.SendAsync(new HttpRequestMessage(method, root + "/_emulator/" + path));
        Assert.Equal(HttpStatusCode.OK, resp.StatusCode);
        return JsonDocument.Parse(await resp.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>
/// services / addService / removeService of a user PUT (current release). Later servers: services replaces the
/// switches of a fixed set (Schema.ReplaceableServices) and wins over the others; addService has no effect;
/// removeService turns the named switches off. Names without a column are ignored.
/// </summary>
internal static class UserServices
{
    public static void Apply(ApiRequest r, Dictionary<string, object?> row, Dictionary<string, object?> sets)
    {
        if (r.Has("services"))
        {
            var wanted = r.List("services").ToHashSet();
            foreach (var s in Schema.ReplaceableServices) sets["enable" + s] = Value(s, wanted.Contains(s));
            return;
        }
        foreach (var s in r.List("removeService"))
            if (row.ContainsKey("enable" + s)) sets["enable" + s] = Value(s, false);
    }

    // The sogo web mail, calendar and ActiveSync switches are characters ('y' when on); the others 0/1.
    private static object Value(string service, bool on) =>
        Schema.CharServices.Contains(service) ? (on ? "y" : "n") : on ? 1 : 0;
}

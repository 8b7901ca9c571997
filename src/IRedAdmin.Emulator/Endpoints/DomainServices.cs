namespace IRedAdmin.Emulator.Endpoints;

/// <summary>The service parameters of a domain PUT, in the older names (legacy) or the current ones.</summary>
internal static class DomainServices
{
    /// <summary>Applies them to the settings; false when a later server would stop here (the set came out unchanged).</summary>
    public static bool Apply(ApiRequest r, DomainSettings settings, bool global)
    {
        if (r.IsLegacy)
        {
            ApplyLegacy(r, settings);
            return true;
        }
        if (!r.Has("services") && !r.Has("addService") && !r.Has("removeService")) return true;
        // Later servers take service changes from global admins only.
        if (!global) return true;
        var before = Views.DomainView.Services(settings);
        // services wins over addService/removeService; addService starts from an empty set, so it replaces too.
        var list = r.Has("services") ? r.List("services")
            : r.Has("addService") ? r.List("addService") : new List<string>(before);
        if (!r.Has("services")) list.RemoveAll(r.List("removeService").Contains);
        list = list.Distinct().ToList();
        if (list.ToHashSet().SetEquals(before)) return false;
        Store(settings, list);
        return true;
    }

    private static void ApplyLegacy(ApiRequest r, DomainSettings settings)
    {
        if (!r.Has("removeAllServices") && !r.Has("enableService") && !r.Has("disableService")) return;
        var list = Views.DomainView.Services(settings);
        if (r.Has("removeAllServices")) list.Clear();
        list.AddRange(r.List("enableService"));
        list.RemoveAll(r.List("disableService").Contains);
        Store(settings, list.Distinct());
    }

    // An empty list must stay distinguishable from "never set" (which means the defaults).
    private static void Store(DomainSettings settings, IEnumerable<string> list) =>
        settings.Set("enabled_services", string.Join(",", list));
}

namespace IRedAdmin.Emulator.Endpoints;

/// <summary>Every served method+path pair, registered in match order.</summary>
internal static class RouteTable
{
    public static void Register(Router r)
    {
        LoginEndpoints.Register(r);
        DomainEndpoints.Register(r);
        UserEndpoints.Register(r);
        AdminEndpoints.Register(r);
        AliasEndpoints.Register(r);
        MaillistEndpoints.Register(r);
        SpamPolicyEndpoints.Register(r);
        ThrottleEndpoints.Register(r);
        LdifEndpoints.Register(r);
        ListingEndpoints.Register(r);
        MlmmjEndpoints.Register(r);
        WblistEndpoints.Register(r);
        GreylistingEndpoints.Register(r);
    }
}

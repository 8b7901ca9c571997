namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// The order of the check: every area's creations and changes first, LDIF exports while everything exists, then the
    /// removals, the user last (policies, lists and aliases refer to it). The scratch domain's removal follows always.
    /// </summary>
    internal static class CheckPlan
    {
        public static IReadOnlyList<CheckStep> Steps() =>
            DomainChecks.Steps()
                .Concat(UserChecks.Steps())
                .Concat(DomainChecks.CatchAllSteps())
                .Concat(AliasChecks.Steps())
                .Concat(AdminChecks.Steps())
                .Concat(ListChecks.Steps())
                .Concat(SpamPolicyChecks.Steps())
                .Concat(ThrottleChecks.Steps())
                .Concat(SenderListChecks.Steps())
                .Concat(GreylistingChecks.Steps())
                .Concat(LdifChecks.Steps())
                .Concat(AliasChecks.Removal())
                .Concat(ListChecks.Removal())
                .Concat(AdminChecks.Removal())
                .Concat(UserChecks.Removal())
                .ToList();
    }
}

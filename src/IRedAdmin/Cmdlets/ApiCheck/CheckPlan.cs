namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// The order of the check. First the scratch domain and the scratch user, which the areas point at but never change
    /// (they only refer to the user's address). Then one item per area: each creates, changes and removes only its own
    /// things, so areas can run at once (-ThrottleLimit). Last, after every area: the LDIF exports while everything
    /// still exists, then the removals, the user last (lists and aliases refer to it). The scratch domain's removal
    /// follows always.
    /// </summary>
    internal static class CheckPlan
    {
        public static IReadOnlyList<CheckStep> Setup() => DomainChecks.Creation().Concat(UserChecks.Creation()).ToList();

        public static IReadOnlyList<CheckArea> Areas() => new[]
        {
            new CheckArea(DomainChecks.Area, DomainChecks.Steps()),
            new CheckArea(UserChecks.Area, UserChecks.Steps()),
            new CheckArea(AliasChecks.Area, AliasChecks.Steps()),
            new CheckArea(AdminChecks.Area, AdminChecks.Steps()),
            new CheckArea(ListChecks.Area, ListChecks.Steps()),
            new CheckArea(SpamPolicyChecks.Area, SpamPolicyChecks.Steps()),
            new CheckArea(ThrottleChecks.Area, ThrottleChecks.Steps()),
            new CheckArea(SenderListChecks.Area, SenderListChecks.Steps()),
            new CheckArea(GreylistingChecks.Area, GreylistingChecks.Steps()),
        };

        /// <summary>Needs what the areas created, so it runs once they are all done.</summary>
        public static CheckArea Finish() => new CheckArea("LDIF and removals",
            LdifChecks.Steps()
                .Concat(AliasChecks.Removal())
                .Concat(ListChecks.Removal())
                .Concat(AdminChecks.Removal())
                .Concat(UserChecks.Removal()));

        public static IEnumerable<CheckStep> All() => Setup().Concat(Areas().SelectMany(a => a.Steps)).Concat(Finish().Steps);
    }

    /// <summary>The steps that run one after another as one item of the check.</summary>
    internal sealed class CheckArea
    {
        public CheckArea(string name, IEnumerable<CheckStep> steps)
        {
            Name = name;
            Steps = steps.ToList();
        }

        public string Name { get; }
        public IReadOnlyList<CheckStep> Steps { get; }
    }
}

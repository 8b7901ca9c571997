namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// A scratch standalone admin (outside the scratch domain, so removed on its own): created, changed, its password
    /// verified, made admin of the scratch domain, listed as such, and dropped again.
    /// </summary>
    internal static class AdminChecks
    {
        public const string Area = "Admin";
        public const string Fact = "admin";
        private const string AssignedFact = "admin-assigned";
        private const string Key = "admin";

        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Create standalone admin", CreateAsync, Fact, DomainChecks.Fact);
            yield return new CheckStep(Area, "Change admin", ChangeAsync, null, Fact);
            yield return new CheckStep(Area, "Verify admin password", VerifyAsync, null, Fact);
            yield return new CheckStep(Area, "Assign domain admin", AssignAsync, AssignedFact, Fact);
            yield return new CheckStep(Area, "List domain admins", ListAsync, null, AssignedFact);
            yield return new CheckStep(Area, "Unassign domain admin", UnassignAsync, null, AssignedFact);
        }

        public static IEnumerable<CheckStep> Removal()
        {
            yield return new CheckStep(Area, "Remove standalone admin", RemoveAsync, null, Fact);
        }

        private static Task<string> CreateAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.CreatedAsync(c, Key, "standalone admin " + c.Admin,
                () => c.Client.NewAdminAsync(c.Admin, new AdminSettings { Name = "API check admin", Password = c.Password, IsGlobalAdmin = false }, ct),
                t => c.Client.RemoveAdminAsync(c.Admin, t), () => c.Client.GetAdminAsync(c.Admin, ct),
                admin => admin.Name == "API check admin" && !admin.IsGlobalAdmin, admin => $"created, but reads name '{admin.Name}', global admin {admin.IsGlobalAdmin}.",
                "POST /api/admin/<mail>; read back as a normal admin with its name.");

        private static async Task<string> ChangeAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.SetAdminAsync(c.Admin, new AdminSettings { Name = "API check admin (changed)" }, ct).ConfigureAwait(false);
            var admin = await c.Client.GetAdminAsync(c.Admin, ct).ConfigureAwait(false);
            Expect.That(admin.Name == "API check admin (changed)", $"the name reads '{admin.Name}' after the change.");
            return "PUT /api/admin/<mail>; read back the new name.";
        }

        private static async Task<string> VerifyAsync(CheckContext c, CancellationToken ct)
        {
            Expect.That(await c.Client.TestAdminPasswordAsync(c.Admin, c.Password, ct).ConfigureAwait(false), "the admin's own password did not verify.");
            return "POST /api/verify_password/admin/<mail>: the password matches.";
        }

        private static async Task<string> AssignAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.AddDomainAdminsAsync(c.Domain, new[] { c.Admin }, ct).ConfigureAwait(false);
            var admin = await c.Client.GetAdminAsync(c.Admin, ct).ConfigureAwait(false);
            Expect.That(admin.ManagedDomains.Any(d => CheckCalls.Same(d, c.Domain)), $"the admin's managed domains read '{string.Join(",", admin.ManagedDomains)}'.");
            return "PUT /api/domain/admins/<domain> addAdmin; the admin manages the scratch domain.";
        }

        private static Task<string> ListAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(async () =>
            {
                var admins = await c.Client.GetDomainAdminsAsync(c.Domain, ct).ConfigureAwait(false);
                Expect.That(admins.Any(a => CheckCalls.Same(a, c.Admin)), $"GET /api/domain/admins/<domain> lists '{string.Join(",", admins)}'.");
                return "GET /api/domain/admins/<domain> lists the scratch admin.";
            }, "listing of a domain's admins");

        private static async Task<string> UnassignAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.RemoveDomainAdminsAsync(c.Domain, new[] { c.Admin }, ct).ConfigureAwait(false);
            var admin = await c.Client.GetAdminAsync(c.Admin, ct).ConfigureAwait(false);
            Expect.That(!admin.ManagedDomains.Any(d => CheckCalls.Same(d, c.Domain)), "the admin still manages the scratch domain.");
            return "PUT /api/domain/admins/<domain> removeAdmin; the admin no longer manages it.";
        }

        private static Task<string> RemoveAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.RemovedAsync(c, Key, () => c.Client.RemoveAdminAsync(c.Admin, ct), () => c.Client.GetAdminAsync(c.Admin, ct),
                "admin", "DELETE /api/admin/<mail>; the admin is gone.");
    }
}

namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>A scratch mail user: created first, changed, its password verified, listed, forwarded; renamed and removed at the end.</summary>
    internal static class UserChecks
    {
        public const string Area = "User";
        public const string Fact = "user";
        private const string Key = "user";

        public static IEnumerable<CheckStep> Creation()
        {
            yield return new CheckStep(Area, "Create user", CreateAsync, Fact, DomainChecks.Fact);
        }

        /// <summary>What the other areas do not see: they refer to the user's address only, which stays until the renaming.</summary>
        public static IEnumerable<CheckStep> Steps()
        {
            yield return new CheckStep(Area, "Change user", ChangeAsync, null, Fact);
            yield return new CheckStep(Area, "Verify password", VerifyAsync, null, Fact);
            yield return new CheckStep(Area, "List users", ListAsync, null, Fact);
            yield return new CheckStep(Area, "Set forwarding", ForwardAsync, null, Fact);
        }

        /// <summary>After every area: the address the others used changes, then the user goes.</summary>
        public static IEnumerable<CheckStep> Removal()
        {
            yield return new CheckStep(Area, "Rename user", RenameAsync, null, Fact);
            yield return new CheckStep(Area, "Remove user", RemoveAsync, null, Fact);
        }

        private static Task<string> CreateAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.CreatedAsync(c, Key, "user " + c.User,
                () => c.Client.NewUserAsync(c.User, new UserSettings { Name = "API check user", Password = c.Password }, ct),
                t => c.Client.RemoveUserAsync(c.User, null, t), () => c.Client.GetUserAsync(c.User, ct),
                user => user.Name == "API check user", user => $"created, but its name reads '{user.Name}'.",
                "POST /api/user/<mail>; read back with its name.");

        private static async Task<string> ChangeAsync(CheckContext c, CancellationToken ct)
        {
            await c.Client.SetUserAsync(c.User, new UserSettings { Name = "API check user (changed)" }, ct).ConfigureAwait(false);
            var user = await c.Client.GetUserAsync(c.User, ct).ConfigureAwait(false);
            Expect.That(user.Name == "API check user (changed)", $"the name reads '{user.Name}' after the change.");
            return "PUT /api/user/<mail>; read back the new name.";
        }

        private static async Task<string> VerifyAsync(CheckContext c, CancellationToken ct)
        {
            Expect.That(await c.Client.TestUserPasswordAsync(c.User, c.Password, ct).ConfigureAwait(false), "the user's own password did not verify.");
            Expect.That(!await c.Client.TestUserPasswordAsync(c.User, c.Password + "-wrong", ct).ConfigureAwait(false), "a wrong password verified.");
            return "POST /api/verify_password/user/<mail>: the right password matches, a wrong one does not.";
        }

        private static Task<string> ListAsync(CheckContext c, CancellationToken ct) =>
            CheckCalls.LaterReleaseAsync(() => CommonSteps.ListedAsync(() => c.Client.StreamUsers(c.Domain, ct).Select(u => u.Mail),
                c.User, "GET /api/users/<domain>", "users", "user", ct), "listing of users");

        private static async Task<string> ForwardAsync(CheckContext c, CancellationToken ct)
        {
            var target = CheckContext.Prefix + "forward@" + c.Domain;
            await c.Client.SetUserAsync(c.User, new UserSettings { Forwarding = new[] { c.User, target } }, ct).ConfigureAwait(false);
            var user = await c.Client.GetUserAsync(c.User, ct).ConfigureAwait(false);
            Expect.That(user.Forwardings.Any(f => CheckCalls.Same(f, target)), $"forwarding reads '{string.Join(",", user.Forwardings)}' after the change.");
            return "PUT /api/user/<mail> forwarding; read back.";
        }

        private static async Task<string> RenameAsync(CheckContext c, CancellationToken ct)
        {
            var old = c.User;
            await c.Client.RenameUserAsync(old, c.RenamedUser, ct).ConfigureAwait(false);
            // From here on the scratch user has its new address, for the steps and for the removal at the end.
            c.User = c.RenamedUser;
            return await CommonSteps.RenamedAsync(c, Key, "user", old, c.RenamedUser, m => c.Client.GetUserAsync(m, ct),
                t => c.Client.RemoveUserAsync(c.RenamedUser, null, t), "/api/user/<mail>").ConfigureAwait(false);
        }

        private static Task<string> RemoveAsync(CheckContext c, CancellationToken ct) =>
            CommonSteps.RemovedAsync(c, Key, () => c.Client.RemoveUserAsync(c.User, null, ct), () => c.Client.GetUserAsync(c.User, ct),
                "user", "DELETE /api/user/<mail>; the user is gone.");
    }
}

namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// Removes what the steps left behind (newest first), then the scratch domain. Runs without the Ctrl+C token, so a
    /// stopped check still tidies up. Reports each leftover and always the domain's removal.
    /// </summary>
    internal static class CheckCleanup
    {
        public static List<IRedApiCheck> Run(CheckContext context)
        {
            var results = new List<IRedApiCheck>();
            foreach (var leftover in context.Leftovers())
            {
                try
                {
                    leftover.Remove(CancellationToken.None).GetAwaiter().GetResult();
                    results.Add(Result(leftover, ApiCheckResult.Pass, "left over by an earlier step; removed."));
                }
                catch (IRedAdminException ex) when (ex.IsNotFound)
                {
                    results.Add(Result(leftover, ApiCheckResult.Pass, "it was not there any more."));
                }
                catch (Exception ex)
                {
                    results.Add(Result(leftover, ApiCheckResult.Fail, CheckRunner.FailureText(ex) + " Remove it by hand."));
                }
            }
            results.Add(RemoveDomain(context));
            return results;
        }

        private static IRedApiCheck Result(CheckContext.Cleanup leftover, ApiCheckResult result, string detail) =>
            new IRedApiCheck("Cleanup", "Remove " + leftover.Label, result, detail);

        private static IRedApiCheck RemoveDomain(CheckContext context)
        {
            const string operation = "Remove scratch domain";
            if (!context.DomainMayExist) return new IRedApiCheck(DomainChecks.Area, operation, ApiCheckResult.Skipped, "the domain was not created.");
            try
            {
                var detail = DomainChecks.RemoveAsync(context, CancellationToken.None).GetAwaiter().GetResult();
                return new IRedApiCheck(DomainChecks.Area, operation, ApiCheckResult.Pass, detail);
            }
            catch (Exception ex)
            {
                return new IRedApiCheck(DomainChecks.Area, operation, ApiCheckResult.Fail,
                    CheckRunner.FailureText(ex) + $" Remove {context.Domain} by hand (Remove-IRedDomain {context.Domain}).");
            }
        }
    }
}

namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>
    /// A compatibility check of the connected server: creates a scratch domain (refusing one that exists), exercises
    /// every area of the API inside it, reads each change back, and removes it all again, also after failures. Writes
    /// one object per operation (Area, Operation, Result, Detail) as it goes.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "IRedAdminApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IRedApiCheck))]
    public sealed class TestIRedAdminApiCommand : IRedAdminConnectedCmdlet
    {
        /// <summary>A domain that does not exist on the server: it is created for the check and removed afterwards.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string ScratchDomain { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var domain = ValidateOrThrow(() => Addresses.Domain(ScratchDomain, nameof(ScratchDomain)));
            var client = Client;
            if (!ShouldProcess(domain, "Create this scratch domain, exercise the API in it, and remove it again")) return;
            RefuseExisting(client, domain);

            var context = new CheckContext(client, domain);
            WriteResult(new IRedApiCheck("Connection", "Identify server", ApiCheckResult.Pass,
                $"{client.Options.BaseUri}: {client.Backend} backend, {client.Release} release."));
            var completed = false;
            try
            {
                foreach (var step in CheckPlan.Steps()) WriteResult(Run(step, context, StopToken));
                completed = true;
            }
            finally
            {
                // Also after Ctrl+C or a lost connection: what this run created must not stay on the server.
                foreach (var result in CleanUp(context)) if (completed) WriteResult(result);
            }
        }

        /// <summary>The check must never touch a domain someone uses: an existing one stops it before anything changes.</summary>
        private void RefuseExisting(IRedAdminClient client, string domain)
        {
            try
            {
                Await(client.GetDomainAsync(domain, StopToken));
            }
            catch (IRedAdminException ex) when (ex.IsNotFound)
            {
                return;
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                ThrowFailure(ex, domain);
            }
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"The domain '{domain}' exists on the server. Test-IRedAdminApi creates and deletes its scratch domain, so give a name that is not in use, e.g. iredadmin-check.{domain}."),
                "SCRATCH_DOMAIN_EXISTS", ErrorCategory.ResourceExists, domain));
        }

        private IRedApiCheck Run(CheckStep step, CheckContext context, CancellationToken token)
        {
            var missing = step.Needs.FirstOrDefault(n => !context.Has(n));
            if (missing != null)
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Skipped, $"needs {Describe(missing)}, which did not pass.");
            try
            {
                var detail = Await(step.Run(context, token));
                context.Establish(step.Gives);
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Pass, detail);
            }
            catch (CheckSkipped skipped)
            {
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Skipped, skipped.Message);
            }
            catch (IRedAdminException ex) when (ex.Code == LdapOnly.ErrorCode)
            {
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Skipped, ex.Message);
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException) && !(ex is OperationCanceledException && token.IsCancellationRequested))
            {
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Fail, FailureText(ex));
            }
        }

        /// <summary>
        /// Removes what the steps left behind (newest first), then the scratch domain. Runs without the Ctrl+C token, so
        /// a stopped check still tidies up. Reports each leftover and always the domain's removal.
        /// </summary>
        private IEnumerable<IRedApiCheck> CleanUp(CheckContext context)
        {
            var results = new List<IRedApiCheck>();
            foreach (var leftover in context.Leftovers())
            {
                try
                {
                    leftover.Remove(CancellationToken.None).GetAwaiter().GetResult();
                    results.Add(new IRedApiCheck("Cleanup", "Remove " + leftover.Label, ApiCheckResult.Pass, "left over by an earlier step; removed."));
                }
                catch (IRedAdminException ex) when (ex.IsNotFound)
                {
                    results.Add(new IRedApiCheck("Cleanup", "Remove " + leftover.Label, ApiCheckResult.Pass, "it was not there any more."));
                }
                catch (Exception ex)
                {
                    results.Add(new IRedApiCheck("Cleanup", "Remove " + leftover.Label, ApiCheckResult.Fail, FailureText(ex) + " Remove it by hand."));
                }
            }
            if (!context.DomainMayExist)
            {
                results.Add(new IRedApiCheck(DomainChecks.Area, "Remove scratch domain", ApiCheckResult.Skipped, "the domain was not created."));
                return results;
            }
            try
            {
                var detail = DomainChecks.RemoveAsync(context, CancellationToken.None).GetAwaiter().GetResult();
                results.Add(new IRedApiCheck(DomainChecks.Area, "Remove scratch domain", ApiCheckResult.Pass, detail));
            }
            catch (Exception ex)
            {
                results.Add(new IRedApiCheck(DomainChecks.Area, "Remove scratch domain", ApiCheckResult.Fail,
                    FailureText(ex) + $" Remove {context.Domain} by hand (Remove-IRedDomain {context.Domain})."));
            }
            return results;
        }

        private void WriteResult(IRedApiCheck result) => WriteObject(result);

        private static string Describe(string fact)
        {
            var step = CheckPlan.Steps().FirstOrDefault(s => s.Gives == fact);
            return step == null ? fact : $"'{step.Area}: {step.Operation}'";
        }

        /// <summary>The error as a user reads it: the server's code and the plain message (never a secret: errors carry none).</summary>
        private static string FailureText(Exception ex)
        {
            if (ex is CheckFailed) return ex.Message;
            if (ex is IRedAdminException api)
                return (api.Request != null ? api.Request + ": " : "") + (api.Code != null ? api.Code + ": " : "") + api.Message;
            return ex.GetType().Name + ": " + ex.Message;
        }
    }
}

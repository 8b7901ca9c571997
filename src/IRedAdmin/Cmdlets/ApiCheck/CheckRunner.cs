namespace IRedAdmin.Cmdlets.ApiCheck
{
    /// <summary>Runs steps and turns each into its result line: Pass, Fail (with the error as a user reads it) or Skipped.</summary>
    internal static class CheckRunner
    {
        /// <summary>The steps one after another (a later step reads what an earlier one changed); Ctrl+C ends it.</summary>
        public static async Task<List<IRedApiCheck>> RunAllAsync(IEnumerable<CheckStep> steps, CheckContext context, CancellationToken token)
        {
            var results = new List<IRedApiCheck>();
            foreach (var step in steps) results.Add(await RunAsync(step, context, token).ConfigureAwait(false));
            return results;
        }

        public static async Task<IRedApiCheck> RunAsync(CheckStep step, CheckContext context, CancellationToken token)
        {
            var missing = step.Needs.FirstOrDefault(n => !context.Has(n));
            if (missing != null)
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Skipped, $"needs {Describe(missing)}, which did not pass.");
            try
            {
                var detail = await step.Run(context, token).ConfigureAwait(false);
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
            catch (Exception ex) when (!(ex is OperationCanceledException && token.IsCancellationRequested))
            {
                return new IRedApiCheck(step.Area, step.Operation, ApiCheckResult.Fail, FailureText(ex));
            }
        }

        private static string Describe(string fact)
        {
            var step = CheckPlan.All().FirstOrDefault(s => s.Gives == fact);
            return step == null ? fact : $"'{step.Area}: {step.Operation}'";
        }

        /// <summary>The error as a user reads it: the server's code and the plain message (never a secret: errors carry none).</summary>
        public static string FailureText(Exception ex)
        {
            if (ex is CheckFailed) return ex.Message;
            if (ex is IRedAdminException api)
                return (api.Request != null ? api.Request + ": " : "") + (api.Code != null ? api.Code + ": " : "") + api.Message;
            return ex.GetType().Name + ": " + ex.Message;
        }
    }
}

namespace IRedAdmin.Cmdlets.User
{
    /// <summary>Checks a mail user's password (POST /api/verify_password/user/&lt;mail&gt;); global admins only.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "IRedUserPassword", DefaultParameterSetName = PasswordSet)]
    [OutputType(typeof(bool))]
    public sealed class TestIRedUserPasswordCommand : PasswordTestCmdlet
    {
        protected override Task<bool> VerifyAsync(IRedAdminClient client, string mail, string password, CancellationToken cancellationToken) =>
            client.TestUserPasswordAsync(mail, password, cancellationToken);
    }
}

namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>Checks a standalone admin's password (POST /api/verify_password/admin/&lt;mail&gt;); global admins only.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "IRedAdminPassword", DefaultParameterSetName = PasswordSet)]
    [OutputType(typeof(bool))]
    public sealed class TestIRedAdminPasswordCommand : PasswordTestCmdlet
    {
        protected override Task<bool> VerifyAsync(IRedAdminClient client, string mail, string password, CancellationToken cancellationToken) =>
            client.TestAdminPasswordAsync(mail, password, cancellationToken);
    }
}

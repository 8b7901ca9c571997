namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>The limit parameters of New-/Set-IRedAdmin: the server silently drops them for a global admin, so we refuse the mix.</summary>
    internal static class AdminLimitNames
    {
        public static readonly string[] All =
        {
            "MaxDomains", "MaxQuota", "MaxUsers", "MaxAliases", "MaxLists", "DisableViewingMailLog", "DisableManagingQuarantinedMails",
        };

        public const string WhyConflict = "Limits and restrictions apply only to normal domain admins; the server discards them for a global admin.";
    }
}

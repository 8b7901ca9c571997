namespace IRedAdmin.Client.Models
{
    /// <summary>One admin (mail user or standalone admin) of one domain, as written by Add-/Remove-IRedDomainAdmin -PassThru.</summary>
    public sealed class IRedAdminAssignment
    {
        public IRedAdminAssignment(string domain, string mail, bool isAdmin)
        {
            Domain = domain;
            Mail = mail;
            IsAdmin = isAdmin;
        }

        public string Domain { get; }
        public string Mail { get; }

        /// <summary>True after Add, false after Remove.</summary>
        public bool IsAdmin { get; }

        public override string ToString() => Mail + " " + (IsAdmin ? "administers " : "no longer administers ") + Domain;
    }
}

namespace IRedAdmin.Cmdlets.Admin
{
    /// <summary>A validated admin address with the fields to send for it.</summary>
    internal sealed class AdminRequest
    {
        public AdminRequest(string mail, AdminSettings settings)
        {
            Mail = mail;
            Settings = settings;
        }

        public string Mail { get; }
        public AdminSettings Settings { get; }
    }
}

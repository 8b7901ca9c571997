using IRedAdmin.Client.Http;
using IRedAdmin.Client.Models;

namespace IRedAdmin.Client.Api
{
    /// <summary>Fields of POST/PUT /api/user/&lt;mail&gt;; null means "leave as is". Quota is MB.</summary>
    public sealed class UserSettings
    {
        public string Name { get; set; }
        public string FirstName { get; set; }
        public string LastName { get; set; }
        /// <summary>Plain text only for the moment it is encoded; never logged.</summary>
        public string Password { get; set; }
        public string Language { get; set; }
        public long? QuotaMB { get; set; }
        public AccountStatus? Status { get; set; }
        public string EmployeeId { get; set; }
        public string Transport { get; set; }
        /// <summary>Replaces forwarding addresses; empty array removes them.</summary>
        public string[] Forwarding { get; set; }
        /// <summary>Replaces per-user aliases; empty array removes them. Conflicts with AddAliases/RemoveAliases.</summary>
        public string[] Aliases { get; set; }
        public string[] AddAliases { get; set; }
        public string[] RemoveAliases { get; set; }
        public bool? IsGlobalAdmin { get; set; }
        public string[] Services { get; set; }
        public string[] AddServices { get; set; }
        public string[] RemoveServices { get; set; }

        public FormBody ToCreateForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("password", Password)
            .AddIfSet("language", Language)
            .AddIfSet("quota", QuotaMB);

        public FormBody ToUpdateForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("gn", FirstName)
            .AddIfSet("sn", LastName)
            .AddIfSet("password", Password)
            .AddIfSet("quota", QuotaMB)
            .AddIfSet("accountStatus", Status?.ToWire())
            .AddIfSet("language", Language)
            .AddIfSet("employeeid", EmployeeId)
            .AddIfSet("transport", Transport)
            .AddListIfSet("forwarding", Forwarding)
            .AddListIfSet("aliases", Aliases)
            .AddListIfSet("addAlias", AddAliases)
            .AddListIfSet("removeAlias", RemoveAliases)
            .AddIfSet("isGlobalAdmin", IsGlobalAdmin)
            .AddListIfSet("services", Services)
            .AddListIfSet("addService", AddServices)
            .AddListIfSet("removeService", RemoveServices);
    }
}

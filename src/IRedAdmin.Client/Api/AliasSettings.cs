namespace IRedAdmin.Client.Api
{
    /// <summary>
    /// Fields of POST/PUT /api/alias/&lt;mail&gt; and /api/maillist/&lt;mail&gt; (the two take the same fields).
    /// Null means "leave as is"; member lists are joined with commas on the wire.
    /// </summary>
    public sealed class AliasSettings
    {
        public string? Name { get; set; }
        public AccessPolicy? AccessPolicy { get; set; }
        /// <summary>Enables or disables an alias (PUT of an alias only; LDAP mailing lists take no status).</summary>
        public AccountStatus? Status { get; set; }
        /// <summary>Replaces the members; an empty array removes them all. Conflicts with AddMembers/RemoveMembers.</summary>
        public string[]? Members { get; set; }
        public string[]? AddMembers { get; set; }
        public string[]? RemoveMembers { get; set; }

        internal FormBody ToCreateForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("accessPolicy", AccessPolicy?.ToWire())
            .AddListIfSet("members", Members);

        internal FormBody ToUpdateForm() => new FormBody()
            .AddIfSet("name", Name)
            .AddIfSet("accountStatus", Status?.ToWire())
            .AddIfSet("accessPolicy", AccessPolicy?.ToWire())
            .AddListIfSet("members", Members)
            .AddListIfSet("addMember", AddMembers)
            .AddListIfSet("removeMember", RemoveMembers);
    }
}

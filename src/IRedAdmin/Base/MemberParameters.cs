namespace IRedAdmin.Base
{
    /// <summary>-Member replaces, -AddMember/-RemoveMember edit: shared by Set-IRedAlias and Set-IRedMailingList.</summary>
    internal static class MemberParameters
    {
        public const string ConflictReason = "-Member replaces the whole member list; use -AddMember and -RemoveMember to edit it.";

        /// <summary>
        /// The server answers CONFLICT_PARAMETERS for members with addMember/removeMember: the cmdlet refuses before sending.
        /// Returns the parameter that conflicts with -Member, or null.
        /// </summary>
        public static string? Conflict(bool member, bool add, bool remove) =>
            member && add ? "AddMember" : member && remove ? "RemoveMember" : null;

        public static AliasSettings Build(string? name, AccessPolicy? policy, string[]? members, string[]? add, string[]? remove)
        {
            var settings = new AliasSettings
            {
                Name = name,
                AccessPolicy = policy,
                Members = Distinct(Addresses.MailList(members, "Member")),
                AddMembers = Distinct(Addresses.MailList(add, "AddMember")),
                RemoveMembers = Distinct(Addresses.MailList(remove, "RemoveMember")),
            };
            if (settings.AddMembers != null && settings.RemoveMembers != null)
            {
                var both = settings.AddMembers.Intersect(settings.RemoveMembers, StringComparer.OrdinalIgnoreCase).FirstOrDefault();
                if (both != null)
                    throw new InvalidInputException(ErrorIds.MemberAddedAndRemoved, "AddMember", both,
                        $"'{both}' is in both -AddMember and -RemoveMember: say which you mean.");
            }
            return settings;
        }

        [return: NotNullIfNotNull("values")] public static string[]? Distinct(string[]? values) => values?.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}

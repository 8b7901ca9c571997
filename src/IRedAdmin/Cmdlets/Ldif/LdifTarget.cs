namespace IRedAdmin.Cmdlets.Ldif
{
    /// <summary>One entry to export: its kind and validated id (a domain name or an address).</summary>
    internal sealed class LdifTarget
    {
        public LdifTarget(LdifKind kind, string id)
        {
            Kind = kind;
            Id = id;
        }

        public LdifKind Kind { get; }
        public string Id { get; }

        /// <summary>user-a@example.com.ldif: the kind keeps domain-example.com and catchall-example.com apart.</summary>
        public string FileName => Kind.ToWire() + "-" + Id + ".ldif";

        public override string ToString() => Kind.ToWire() + " " + Id;
    }
}

namespace IRedAdmin.Base
{
    /// <summary>An item of work whose result is several objects: the change engine writes them one by one, in order.</summary>
    internal sealed class ManyResults
    {
        public ManyResults(IEnumerable<object> items)
        {
            Items = items.ToArray();
        }

        public IReadOnlyList<object> Items { get; }
    }
}

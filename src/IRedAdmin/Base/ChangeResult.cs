using System.Collections;

namespace IRedAdmin.Base
{
    /// <summary>
    /// What an item of work writes when many objects come from one item (the entries of a list after a change, every
    /// user of a domain): the engine writes them one by one, in the item's turn.
    /// </summary>
    public sealed class ChangeResult
    {
        private ChangeResult(IEnumerable items) => Items = items;

        public IEnumerable Items { get; }

        public static ChangeResult Many(IEnumerable items) => new ChangeResult(items ?? new object[0]);

        public static Task<object> ManyAsync<T>(Task<T> items) where T : IEnumerable =>
            items.ContinueWith<object>(t => Many(t.GetAwaiter().GetResult()), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}

namespace IRedAdmin.Base
{
    /// <summary>
    /// A change cmdlet with -PassThru: the engine runs the item's read-back only when it is set. An interface rather
    /// than a base parameter because some change cmdlets have nothing to pass through.
    /// </summary>
    public interface IPassThru
    {
        SwitchParameter PassThru { get; }
    }
}

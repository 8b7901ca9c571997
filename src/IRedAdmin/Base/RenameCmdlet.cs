namespace IRedAdmin.Base
{
    /// <summary>Rename-IRedAlias and Rename-IRedUser: POST .../change_email/&lt;new&gt;; -PassThru reads the account back under its new address.</summary>
    public abstract class RenameCmdlet : IRedAdminChangeCmdlet, IPassThru
    {
        /// <summary>Write the renamed account, read back under its new address.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <param name="identity">-Identity as given.</param>
        /// <param name="newMailText">-NewMail as given.</param>
        /// <param name="action">The ShouldProcess text for the new address.</param>
        /// <param name="sameAddress">When set, a -NewMail equal to the current address is refused before sending, with this
        /// description of it ("the alias's current address").</param>
        protected void SubmitRename<T>(string identity, string newMailText, Func<string, string> action,
            Func<IRedAdminClient, string, string, CancellationToken, Task> rename, Func<IRedAdminClient, string, CancellationToken, Task<T>> readNew,
            string? sameAddress = null)
        {
            if (!TryValidate(() => Addresses.Mail(identity, "Identity"), identity, out var mail)) return;
            if (!TryValidate(() => Addresses.Mail(newMailText, "NewMail"), newMailText, out var newMail)) return;
            if (sameAddress != null && newMail == mail)
            {
                WriteFailure(new InvalidInputException(ErrorIds.SameAddress, "NewMail", newMailText, $"-NewMail '{newMailText}' is {sameAddress}."), identity);
                return;
            }
            if (!ShouldProcess(mail, action(newMail))) return;
            var client = Client;
            Submit(mail, ct => rename(client, mail, newMail, ct), ct => readNew(client, newMail, ct));
        }
    }
}

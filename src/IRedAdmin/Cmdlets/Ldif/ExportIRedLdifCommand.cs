using System.IO;

namespace IRedAdmin.Cmdlets.Ldif
{
    /// <summary>
    /// Exports accounts of an LDAP server as LDIF (GET /api/ldif/&lt;kind&gt;/&lt;id&gt;): the text, or with -Path a file.
    /// A file is appended to by default, so that every item of a pipeline (and several runs) lands in one file;
    /// -Force starts it afresh, -PerObject writes one file per entry into a folder.
    /// </summary>
    [Cmdlet(VerbsData.Export, "IRedLdif", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class ExportIRedLdifCommand : IRedAdminConnectedCmdlet
    {
        private const string InputObjectSet = "InputObject";
        private readonly HashSet<string> _written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private string? _path;
        private bool _truncatePending;

        /// <summary>Objects of Get-IRedUser, Get-IRedDomain, Get-IRedAlias, Get-IRedMailingList, Get-IRedAdmin.</summary>
        [Parameter(ParameterSetName = InputObjectSet, Mandatory = true, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = null!;

        [Parameter(ParameterSetName = nameof(LdifKind.Domain), Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] Domain { get; set; } = null!;

        /// <summary>Domains whose catch-all account is exported.</summary>
        [Parameter(ParameterSetName = nameof(LdifKind.CatchAll), Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.DomainNameCompleter))]
        public string[] CatchAll { get; set; } = null!;

        [Parameter(ParameterSetName = nameof(LdifKind.Admin), Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] Admin { get; set; } = null!;

        [Parameter(ParameterSetName = nameof(LdifKind.User), Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IRedAdmin.Completion.MailAddressCompleter))]
        public string[] User { get; set; } = null!;

        [Parameter(ParameterSetName = nameof(LdifKind.MailingList), Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] MailingList { get; set; } = null!;

        [Parameter(ParameterSetName = nameof(LdifKind.Alias), Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] Alias { get; set; } = null!;

        /// <summary>The file to append to (or, with -PerObject, the folder to write into).</summary>
        [Parameter(Position = 0)]
        [Alias("FilePath")]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Overwrite: the -Path file is emptied once before the first entry; with -PerObject existing files are replaced.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>One file per entry (&lt;kind&gt;-&lt;id&gt;.ldif) in the -Path folder, created when missing.</summary>
        [Parameter]
        public SwitchParameter PerObject { get; set; }

        /// <summary>With -Path: write the files' FileInfo objects.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Path == null)
            {
                foreach (var name in new[] { nameof(Force), nameof(PerObject), nameof(PassThru) })
                    if (IsBound(name)) ThrowParameterRequires(name, nameof(Path));
            }
            LdapBackendCheck.Require(this, Client, LdifApi.Feature, null);
            if (Path != null) _path = ResolvePath();
            _truncatePending = Force.IsPresent && !PerObject.IsPresent;
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputObjectSet)
            {
                foreach (var input in InputObject)
                {
                    if (input == null) continue;
                    if (TryValidate(() => LdifInput.Resolve(input), input.BaseObject, out var target)) Export(target, input.BaseObject);
                }
                return;
            }
            var kind = (LdifKind)Enum.Parse(typeof(LdifKind), ParameterSetName);
            var byDomain = kind == LdifKind.Domain || kind == LdifKind.CatchAll;
            foreach (var id in Ids(kind))
            {
                if (TryValidate(() => new LdifTarget(kind, byDomain ? Addresses.Domain(id, ParameterSetName) : Addresses.Mail(id, ParameterSetName)), id, out var target))
                    Export(target, id);
            }
        }

        protected override void EndProcessing()
        {
            if (PassThru.IsPresent && !PerObject.IsPresent && _written.Count > 0) WriteObject(new FileInfo(_path));
            base.EndProcessing();
        }

        private string[] Ids(LdifKind kind)
        {
            switch (kind)
            {
                case LdifKind.Domain: return Domain;
                case LdifKind.CatchAll: return CatchAll;
                case LdifKind.Admin: return Admin;
                case LdifKind.User: return User;
                case LdifKind.MailingList: return MailingList;
                default: return Alias;
            }
        }

        private void Export(LdifTarget target, object errorTarget)
        {
            var file = _path == null ? null : PerObject.IsPresent ? System.IO.Path.Combine(_path, target.FileName) : _path;
            if (file != null)
            {
                if (PerObject.IsPresent && !Force.IsPresent && File.Exists(file))
                {
                    WriteError(new ErrorRecord(new IOException($"The file '{file}' exists. Use -Force to replace it."), ErrorIds.LdifFileExists, ErrorCategory.ResourceExists, file));
                    return;
                }
                if (!ShouldProcess(file, $"Write the LDIF of {target}")) return;
            }
            if (!TryRead(errorTarget, ct => Client.ExportLdifAsync(target.Kind, target.Id, ct), out var ldif)) return;
            if (file == null)
            {
                WriteObject(ldif);
                return;
            }
            try
            {
                // Created here, after ShouldProcess, so that -WhatIf leaves no folder behind.
                if (PerObject.IsPresent) Directory.CreateDirectory(_path);
                if (PerObject.IsPresent) LdifFile.Write(file, ldif);
                else if (_truncatePending) LdifFile.Write(file, ldif);
                else LdifFile.Append(file, ldif);
                _truncatePending = false;
                _written.Add(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(ex, ErrorIds.LdifWriteFailed, ErrorCategory.WriteError, file));
                return;
            }
            if (PassThru.IsPresent && PerObject.IsPresent) WriteObject(new FileInfo(file));
        }

        /// <summary>A PowerShell path (relative to the current location, PSDrives) to a file-system path, checked before any request.</summary>
        private string? ResolvePath()
        {
            string resolved;
            try
            {
                resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
                if (provider.Name != "FileSystem") throw new ArgumentException($"-Path '{Path}' is not a file-system path (provider {provider.Name}).");
            }
            catch (Exception ex) when (ex is ArgumentException || ex is ItemNotFoundException || ex is ProviderNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is NotSupportedException)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.InvalidLdifPath, ErrorCategory.InvalidArgument, Path));
                return null;
            }
            if (PerObject.IsPresent)
            {
                if (File.Exists(resolved))
                    ThrowTerminatingError(new ErrorRecord(new IOException($"-Path '{resolved}' is a file; with -PerObject it must be a folder."), ErrorIds.PathIsNotFolder, ErrorCategory.InvalidArgument, Path));
                return resolved;
            }
            if (Directory.Exists(resolved))
                ThrowTerminatingError(new ErrorRecord(new IOException($"-Path '{resolved}' is a folder. Give a file name, or add -PerObject to write one file per entry into it."), ErrorIds.PathIsFolder, ErrorCategory.InvalidArgument, Path));
            var parent = System.IO.Path.GetDirectoryName(resolved);
            if (!string.IsNullOrEmpty(parent) && !Directory.Exists(parent))
                ThrowTerminatingError(new ErrorRecord(new DirectoryNotFoundException($"The folder '{parent}' of -Path does not exist."), ErrorIds.LdifFolderNotFound, ErrorCategory.ObjectNotFound, Path));
            return resolved;
        }
    }
}

<#
.SYNOPSIS
    Nightly LDIF backup of the domains and mail users of an LDAP-backed iRedMail server, with retention.

.DESCRIPTION
    Writes one file per domain and night, <domain>-<yyyyMMdd>.ldif, into -BackupFolder: the domain entry first, then
    every user of the domain (Get-IRedUser -Domain $d | Export-IRedLdif -Path $file). ldapadd or ldapmodify can
    restore any entry from it. Files older than -RetentionDays are deleted afterwards.

    LDIF export exists only on servers with the LDAP backend; on an SQL server Export-IRedLdif stops with an error.

    Scheduled task (the account's secret comes from the environment, not the command line):

        IREDADMIN_URI=https://mail.example.com/iredadmin
        IREDADMIN_USERNAME=backup-admin@example.com
        IREDADMIN_PASSWORD=<from your secret store>
        pwsh -NonInteractive -File 04-nightly-ldif-backup.ps1 -BackupFolder D:\Backup\iredmail

    The script ends with an error (exit code 1 under -File) when any export failed, so the scheduler reports it.

.EXAMPLE
    ./04-nightly-ldif-backup.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -BackupFolder ./ldif -Domain example.com
#>
#Requires -Modules IRedAdmin
[CmdletBinding()]
param(
    # Without -Uri and -Credential, Connect-IRedAdmin reads IREDADMIN_URI, IREDADMIN_USERNAME and IREDADMIN_PASSWORD.
    [Uri] $Uri,

    [pscredential] $Credential,

    [Parameter(Mandatory)]
    [string] $BackupFolder,

    # The domains to back up; all domains the admin manages when omitted.
    [string[]] $Domain,

    [ValidateRange(1, 3650)]
    [int] $RetentionDays = 30
)

$ErrorActionPreference = 'Stop'
$connect = @{}
if ($Uri) { $connect.Uri = $Uri }
if ($Credential) { $connect.Credential = $Credential }
Connect-IRedAdmin @connect

# .NET calls rather than the file-system cmdlets: they behave the same in Windows PowerShell 5.1, PowerShell 7 and
# restricted hosts, and take the path literally (no wildcard surprises with [ ] in folder names).
# .NET resolves relative paths against the process's folder, not PowerShell's current location: resolve first.
$folder = [IO.Directory]::CreateDirectory($ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($BackupFolder))
$stamp = [datetime]::Now.ToString('yyyyMMdd')
$failures = 0
try {
    if (-not $Domain) { $Domain = @(Get-IRedDomain | ForEach-Object Domain) }
    foreach ($d in $Domain) {
        $file = [IO.Path]::Combine($folder.FullName, "$d-$stamp.ldif")
        # Continue per domain: one broken domain must not cost the backup of all the others.
        # -Force starts tonight's file afresh if the job runs twice; the users are then appended to it.
        Get-IRedDomain -Identity $d -ErrorAction Continue -ErrorVariable +exportErrors |
            Export-IRedLdif -Path $file -Force -ErrorAction Continue -ErrorVariable +exportErrors
        Get-IRedUser -Domain $d -ErrorAction Continue -ErrorVariable +exportErrors |
            Export-IRedLdif -Path $file -ErrorAction Continue -ErrorVariable +exportErrors
        if ([IO.File]::Exists($file)) { [IO.FileInfo]::new($file) }
    }
    $failures = $exportErrors.Count
}
finally {
    Disconnect-IRedAdmin
}

# Retention runs only after a good night, so a broken server never eats the last good backups.
if ($failures -eq 0) {
    $cutoff = [datetime]::Now.AddDays(-$RetentionDays)
    foreach ($old in $folder.GetFiles('*.ldif')) {
        if ($old.LastWriteTime -lt $cutoff) {
            Write-Verbose "Deleting $($old.Name) (older than $RetentionDays days)."
            $old.Delete()
        }
    }
}
else {
    throw "$failures LDIF export(s) failed; see the errors above. Old backups were kept."
}

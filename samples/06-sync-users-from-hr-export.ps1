<#
.SYNOPSIS
    Keeps the mail users of your domains in line with an HR export: creates new hires, updates what changed, and
    disables (or removes) leavers. Safe to run every night: a run with nothing new sends nothing but one listing per domain.

.DESCRIPTION
    The CSV needs a Mail column; Name, QuotaMB, Status, Language and EmployeeId are optional (an empty cell leaves
    that property as it is) and other columns (Department, ...) are ignored. samples/staff.csv is an example.

    The file holds no passwords: new hires get a random password that meets their domain's policy, and the script
    stores each one, once, where only you can read it:
    - on Windows, in an Export-Clixml file (-HandoverPath), whose SecureStrings are encrypted for your account;
    - elsewhere, in a vault of Microsoft.PowerShell.SecretManagement (Set-Secret), since Export-Clixml does not
      encrypt on Linux and macOS. Without such a vault the script stops before changing anything.

    Run it with -WhatIf first: it shows the plan (Create, Update, Disable, Unchanged per account) and changes nothing.
    A row it cannot read is reported and skipped, but its user is never treated as a leaver; a domain missing from
    the file is never emptied; the account you log in with is never disabled.

.EXAMPLE
    ./06-sync-users-from-hr-export.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -Path ./hr-export.csv -WhatIf

    Shows the plan for every domain in the file.

.EXAMPLE
    ./06-sync-users-from-hr-export.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -Path ./hr-export.csv -Leavers Disable -LogPath ./sync-log.csv

    Applies it, disabling the users the file no longer names, and records every change in sync-log.csv.
#>
#Requires -Modules IRedAdmin
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [Uri] $Uri,

    [Parameter(Mandatory)]
    [pscredential] $Credential,

    # The HR export: a header line with at least Mail, then one user per line.
    [ValidateNotNullOrEmpty()]
    [string] $Path = "$PSScriptRoot/staff.csv",

    # The domains to keep in line; by default every domain that appears in the file.
    [string[]] $Domain,

    # What happens to users of those domains that the file no longer names.
    [ValidateSet('Keep', 'Disable', 'Remove')]
    [string] $Leavers = 'Keep',

    # Windows: where the new hires' passwords are kept (an Export-Clixml file readable only by you).
    [string] $HandoverPath = (Join-Path $HOME "onboarding-$(Get-Date -Format yyyyMMdd-HHmmss).clixml"),

    # Where to write what changed (Action, Mail, Result, Summary); nothing is written when empty.
    [string] $LogPath,

    [ValidateRange(1, 16)]
    [int] $ThrottleLimit = 4
)

$ErrorActionPreference = 'Stop'
$rows = @(Import-Csv -Path $Path)
if ($rows.Count -eq 0) { throw "'$Path' has no rows." }
if (-not $rows[0].PSObject.Properties['Mail']) { throw "'$Path' has no Mail column." }
if ($rows[0].PSObject.Properties['Password']) {
    throw "'$Path' has a Password column: this script generates passwords and wants none in the file. Remove the column (and keep such files out of shared places)."
}
if (-not $Domain) { $Domain = @($rows | ForEach-Object { ($_.Mail -split '@')[-1].Trim().ToLowerInvariant() } | Sort-Object -Unique) }

# Decide where the passwords go before anything is created: a password that cannot be kept must not be made.
$onWindows = $PSVersionTable.PSEdition -eq 'Desktop' -or $IsWindows
if (-not $onWindows -and -not $WhatIfPreference -and -not (Get-Command Set-Secret -ErrorAction Ignore)) {
    throw 'Export-Clixml does not encrypt on this system and Set-Secret (Microsoft.PowerShell.SecretManagement) is not available: install it and register a vault, then run again.'
}

Connect-IRedAdmin -Uri $Uri -Credential $Credential
try {
    # Continue: one bad row must not stop the others. -WhatIf from this script reaches Sync-IRedUser by itself.
    $plan = @($rows | Sync-IRedUser -Domain $Domain -Absent $Leavers -GeneratePassword -ThrottleLimit $ThrottleLimit -ErrorAction Continue -ErrorVariable failed)

    $handover = @($plan | Where-Object GeneratedPassword | ForEach-Object { [pscredential]::new($_.Mail, $_.GeneratedPassword) })
    if ($handover.Count -gt 0) {
        if ($onWindows) {
            $handover | Export-Clixml -Path $HandoverPath
            Write-Verbose "The passwords of $($handover.Count) new users are in $HandoverPath (readable by your account on this computer only)."
        }
        else {
            foreach ($c in $handover) { Set-Secret -Name "onboarding-$($c.UserName)" -Secret $c }
            Write-Verbose "The passwords of $($handover.Count) new users are in your SecretManagement vault as onboarding-<mail>."
        }
    }
    if ($LogPath) {
        $plan | Where-Object Action -ne 'Unchanged' | Select-Object Action, Mail, Result, Summary | Export-Csv -Path $LogPath -NoTypeInformation
    }
    if ($failed) { Write-Warning "$($failed.Count) rows or accounts were not synced; see the errors above (the ErrorId says why)." }
    $plan
}
finally {
    Disconnect-IRedAdmin
}

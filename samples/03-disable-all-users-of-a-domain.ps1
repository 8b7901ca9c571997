<#
.SYNOPSIS
    Disables every mail user of a domain, except the addresses you exclude.

.DESCRIPTION
    For a customer who stopped paying, a compromised domain or an office that closes: the users can no longer log
    in or receive mail, but nothing is deleted, so Set-IRedUser -Status Active brings each one back.

    The script asks once for the whole domain (it states how many users it will disable); -WhatIf shows the count
    and changes nothing, -Confirm:$false skips the question in scheduled jobs. It writes the users it disabled.

.EXAMPLE
    ./03-disable-all-users-of-a-domain.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -Domain example.com -WhatIf

.EXAMPLE
    ./03-disable-all-users-of-a-domain.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -Domain example.com -Exclude postmaster@example.com -Confirm:$false |
        Export-Csv ./disabled-example.com.csv

    Keeps postmaster@example.com active and records the disabled users in a CSV file.
#>
#Requires -Modules IRedAdmin
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)]
    [Uri] $Uri,

    [Parameter(Mandatory)]
    [pscredential] $Credential,

    [Parameter(Mandatory)]
    [string] $Domain,

    # Addresses that stay active, for example the postmaster who still has to receive abuse reports.
    [string[]] $Exclude = @(),

    [ValidateRange(1, 16)]
    [int] $ThrottleLimit = 4
)

$ErrorActionPreference = 'Stop'
Connect-IRedAdmin -Uri $Uri -Credential $Credential
try {
    $keep = @($Exclude | ForEach-Object { $_.ToLowerInvariant() })
    # Already disabled users are left alone, so a second run sends nothing.
    $targets = @(Get-IRedUser -Domain $Domain | Where-Object { $_.Status -eq 'Active' -and $keep -notcontains $_.Mail })

    if ($targets.Count -eq 0) {
        Write-Verbose "No active users to disable in $Domain."
    }
    elseif ($PSCmdlet.ShouldProcess($Domain, "Disable $($targets.Count) mail users")) {
        # Confirmed once above for the whole domain: no second question per user.
        $targets | Set-IRedUser -Status Disabled -ThrottleLimit $ThrottleLimit -Confirm:$false -PassThru -ErrorAction Continue
    }
}
finally {
    Disconnect-IRedAdmin
}

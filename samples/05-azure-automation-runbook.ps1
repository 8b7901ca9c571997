<#
.SYNOPSIS
    Azure Automation runbook: raises every mailbox quota below a minimum in the given domains and logs a summary.

.DESCRIPTION
    Setup in the Automation account:
      1. Modules: import IRedAdmin (PowerShell 5.1 or 7.x runtime, the same as the runbook's).
      2. Credentials: an asset named 'iRedAdmin' with an iRedAdmin admin's email address and password.
      3. Variables: a string asset named 'iRedAdminUri' with the iRedAdmin root, e.g. https://mail.example.com/iredadmin.
      4. Schedule the runbook, e.g. nightly, with -Domain example.com,example.net.

    The runbook signs in with the credential asset (never a password in the script), prints one line per domain to
    the job's output, and ends in the state Failed when anything failed, so an alert rule on failed jobs catches it.
    Use -ReportOnly to see what would change.

.EXAMPLE
    Start-AzAutomationRunbook -AutomationAccountName ops -ResourceGroupName mail -Name Set-MinimumQuota -Parameters @{ Domain = 'example.com,example.net'; MinimumQuotaMB = 2048 }
#>
param(
    # The domains to check: an array, or one comma-separated string as the Azure portal passes it.
    [Parameter(Mandatory)]
    [string[]] $Domain,

    # Mailboxes with a smaller quota are raised to this many MB; 0 (unlimited) is left alone.
    [ValidateRange(1, 10485760)]
    [int] $MinimumQuotaMB = 2048,

    [string] $CredentialName = 'iRedAdmin',

    [string] $UriVariableName = 'iRedAdminUri',

    [switch] $ReportOnly
)

# Anything unexpected fails the job instead of carrying on half-configured.
$ErrorActionPreference = 'Stop'
$Domain = @($Domain | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim() } | Where-Object { $_ })

$credential = Get-AutomationPSCredential -Name $CredentialName
$uri = Get-AutomationVariable -Name $UriVariableName

# A runbook has nobody to answer a prompt: the credential is passed, and timeouts are kept short so a hung server
# fails the job within minutes instead of hours. The sandbox is fresh each run, so connect every time.
try {
    Connect-IRedAdmin -Uri $uri -Credential $credential -TimeoutSec 60 -MaxRetries 5
}
catch {
    throw "Cannot connect to $uri as $($credential.UserName): $($_.Exception.Message)"
}
Write-Output "Connected to $uri as $($credential.UserName)."

$problems = @()
try {
    foreach ($d in $Domain) {
        # Continue: a missing or forbidden domain is reported, and the other domains are still processed.
        $users = @(Get-IRedUser -Domain $d -ErrorAction Continue -ErrorVariable listErrors)
        if ($listErrors) {
            $problems += $listErrors
            Write-Output "${d}: could not list users ($($listErrors[0].FullyQualifiedErrorId.Split(',')[0]))."
            continue
        }
        $small = @($users | Where-Object { $_.QuotaMB -gt 0 -and $_.QuotaMB -lt $MinimumQuotaMB })
        if ($ReportOnly) {
            foreach ($u in $small) { Write-Output "${d}: $($u.Mail) has $($u.QuotaMB) MB (would be raised to $MinimumQuotaMB MB)." }
            Write-Output "${d}: $($users.Count) users, $($small.Count) below $MinimumQuotaMB MB (report only)."
            continue
        }
        $small | Set-IRedUser -Quota $MinimumQuotaMB -ErrorAction Continue -ErrorVariable setErrors
        $problems += $setErrors
        Write-Output "${d}: $($users.Count) users, $($small.Count - $setErrors.Count) raised to $MinimumQuotaMB MB, $($setErrors.Count) failed."
    }
}
finally {
    Disconnect-IRedAdmin
}

if ($problems.Count -gt 0) {
    # The errors themselves are already in the job's error stream; this marks the job Failed.
    throw "$($problems.Count) error(s) while checking quotas; see the error stream."
}

<#
.SYNOPSIS
    Creates one mail user per row of a CSV file (staff.csv next to this script by default).

.DESCRIPTION
    The CSV needs a Mail column; Name, QuotaMB and Language are optional, and other columns (Department, ...) are
    ignored. The columns bind to New-IRedUser by property name, so the whole import is one pipeline:

        Import-Csv staff.csv | New-IRedUser -Password $pw

    Every user gets the same initial password (a SecureString: it never appears in the CSV, the output or a log);
    hand it over out of band and have the users change it at first login.

    A row that fails (the address exists, the domain is full, ...) is reported as an error with the server's code and
    the other rows are still created. The script writes the users it created, so you can keep a record:

        ./02-bulk-create-users-from-csv.ps1 ... | Export-Csv created.csv

.EXAMPLE
    ./02-bulk-create-users-from-csv.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -WhatIf

    Shows which users would be created; prompts for the initial password first.

.EXAMPLE
    $pw = Read-Host -AsSecureString 'Initial password'
    ./02-bulk-create-users-from-csv.ps1 -Uri https://mail.example.com/iredadmin -Credential $cred -Path ./new-hires.csv -InitialPassword $pw -CreateMissingDomains
#>
#Requires -Modules IRedAdmin
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [Uri] $Uri,

    [Parameter(Mandatory)]
    [pscredential] $Credential,

    # The CSV file: a header line with at least Mail, then one user per line.
    [ValidateNotNullOrEmpty()]
    [string] $Path = "$PSScriptRoot/staff.csv",

    [Parameter(Mandatory)]
    [securestring] $InitialPassword,

    # Requests in flight at once; 4 is gentle on a small server and much faster than one by one.
    [ValidateRange(1, 16)]
    [int] $ThrottleLimit = 4,

    # Create the domains of the file that do not exist yet (needs a global admin).
    [switch] $CreateMissingDomains
)

$ErrorActionPreference = 'Stop'
$rows = @(Import-Csv -Path $Path)
if ($rows.Count -eq 0) { throw "'$Path' has no rows." }
if (-not $rows[0].PSObject.Properties['Mail']) { throw "'$Path' has no Mail column." }

# An empty QuotaMB cell would bind as 0, which means unlimited: drop it so the domain's default quota applies.
foreach ($row in $rows) {
    if ($row.PSObject.Properties['QuotaMB'] -and -not $row.QuotaMB) { $row.PSObject.Properties.Remove('QuotaMB') }
}

Connect-IRedAdmin -Uri $Uri -Credential $Credential
try {
    if ($CreateMissingDomains) {
        $domains = @{}
        foreach ($row in $rows) { $domains[($row.Mail -split '@')[-1].ToLowerInvariant()] = $true }
        foreach ($domain in $domains.Keys) {
            # SilentlyContinue: "not found" is the expected answer here, not a failure.
            if (-not (Get-IRedDomain -Identity $domain -ErrorAction SilentlyContinue)) {
                New-IRedDomain -Identity $domain -Description "Created by $($MyInvocation.MyCommand.Name)"
            }
        }
    }

    # Continue: one bad row must not stop the import. -WhatIf from this script reaches New-IRedUser by itself.
    $rows | New-IRedUser -Password $InitialPassword -ThrottleLimit $ThrottleLimit -PassThru -ErrorAction Continue -ErrorVariable failed

    if ($failed) {
        Write-Warning "$($failed.Count) of $($rows.Count) rows were not created; see the errors above (the ErrorId is the server's code)."
    }
}
finally {
    Disconnect-IRedAdmin
}

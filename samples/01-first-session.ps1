<#
.SYNOPSIS
    A first session with the IRedAdmin module: connect, create a domain and two users, change one, look around,
    clean up.

.DESCRIPTION
    Walks through the everyday cmdlets against a server you may change (a lab server or the emulator that comes
    with the module's source: dotnet run --project src/IRedAdmin.Emulator -- --urls http://127.0.0.1:8080).
    Every step writes what it returns, so you can see the objects the cmdlets produce.

.EXAMPLE
    ./01-first-session.ps1 -Uri http://127.0.0.1:8080/iredadmin -Credential (Get-Credential postmaster@example.com)

    Prompts for the initial password of the two demo users, then runs the session against the emulator.

.EXAMPLE
    ./01-first-session.ps1 -Uri https://mail-lab.example.com/iredadmin -Credential $cred -Domain demo.example.com -KeepDemoData

    Leaves the demo domain and both users in place afterwards.
#>
#Requires -Modules IRedAdmin
[CmdletBinding()]
param(
    # The iRedAdmin root, as in the browser: https://mail.example.com/iredadmin (the module adds /api).
    [Parameter(Mandatory)]
    [Uri] $Uri,

    # A global admin: creating a domain needs one.
    [Parameter(Mandatory)]
    [pscredential] $Credential,

    # The demo domain; it must not exist yet.
    [string] $Domain = 'demo.example.org',

    # Initial password of the demo users. A mandatory SecureString parameter is prompted for without echo.
    [Parameter(Mandatory)]
    [securestring] $UserPassword,

    # Keep the demo users instead of deleting bob at the end.
    [switch] $KeepDemoData
)

# Stop at the first failure: in a walk-through every step builds on the one before.
$ErrorActionPreference = 'Stop'

Connect-IRedAdmin -Uri $Uri -Credential $Credential
try {
    # The connection shows the server, the admin and the backend (Sql or Ldap) the module detected.
    Get-IRedConnection

    # Quotas are in MB: 10 GB for the whole domain, 1 GB per new user unless given, at most 50 users.
    New-IRedDomain -Identity $Domain -Description 'Demo domain' -Quota 10240 -DefaultUserQuota 1024 -MaxUsers 50 -PassThru

    # Strings from the pipeline bind to -Identity; -PassThru returns the users as the server stored them.
    "alice@$Domain", "bob@$Domain" | New-IRedUser -Password $UserPassword -PassThru

    # Output objects carry Mail, so Get | Set needs no loop.
    Get-IRedUser -Identity "alice@$Domain" | Set-IRedUser -Name 'Alice Example' -Quota 2048 -PassThru

    # Everything in the domain, streamed as the server sends it.
    Get-IRedUser -Domain $Domain

    if (-not $KeepDemoData) {
        # Remove-* asks for confirmation by default; a script answers for itself.
        Remove-IRedUser -Identity "bob@$Domain" -Confirm:$false -PassThru
    }
}
finally {
    # The API has no logout; this forgets the session so nothing later in this console uses it by accident.
    Disconnect-IRedAdmin
}

# Connect-IRedAdmin as runbooks and scheduled scripts use it: -Credential from Get-AutomationPSCredential, the
# IREDADMIN_* environment variables, no prompt unless a person is there to answer, one session per runspace.
# Environment variables and "is anybody there" belong to a process, so most cases run in a child pwsh of their own.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator
    $script:Variables = 'IREDADMIN_URI', 'IREDADMIN_USERNAME', 'IREDADMIN_PASSWORD'

    function Invoke-ChildPwsh {
        <#
        Runs a script in a fresh pwsh (-NonInteractive unless -Interactive) with the staged module imported. The child
        sees only the IREDADMIN_* variables given in -Environment. A script reports with "... | Out-Result"; the
        answer has ExitCode, Output, Error (stderr) and Result (that object, back from JSON).
        #>
        param([Parameter(Mandatory)] [string] $Script, [hashtable] $Environment = @{}, [switch] $Interactive)
        $absent = $Variables | Where-Object { -not $Environment.ContainsKey($_) } | ForEach-Object { "Remove-Item Env:$_ -ErrorAction Ignore" }
        $preamble = @(
            $absent
            "Import-Module '$(Get-TestModulePath)' -ErrorAction Stop"
            'function Out-Result { param([Parameter(ValueFromPipeline)] $InputObject) process { "RESULT:" + ($InputObject | ConvertTo-Json -Compress -Depth 5) } }'
        ) -join "`n"
        $r = Invoke-TestPwsh -Script "$preamble`n$Script" -Environment $Environment -Interactive:$Interactive
        $line = $r.Output | Where-Object { $_ -like 'RESULT:*' } | Select-Object -Last 1
        $r | Add-Member -NotePropertyName Result -NotePropertyValue $(if ($line) { $line.Substring(7) | ConvertFrom-Json }) -PassThru
    }

    function Get-Login([Parameter(Mandatory)] $Emulator) {
        Get-EmulatorRequest -IncludeLogin -Keep -Emulator $Emulator | Where-Object Path -eq '/api/login'
    }

    # The answering host, compiled once; each interactive child loads it.
    $script:HostAssembly = Join-Path $TestDrive 'AnsweringHost.dll'
    Add-Type -Path $PSScriptRoot/TestHelpers/AnsweringHost.cs -OutputAssembly $HostAssembly -OutputType Library

    function Invoke-WithAnsweringHost {
        <#
        In a child pwsh WITHOUT -NonInteractive (a console with a person at it), runs $Command in a runspace whose host
        answers credential prompts with the emulator's admin. Returns Prompts, LastPrompt, Written (host lines),
        Output (Type, UserName), Errors (ErrorIds), Terminating, Connected.
        #>
        param([Parameter(Mandatory)] [string] $Command)
        $script = @'
Add-Type -Path '@DLL@'
Import-Module '@HELPERS@' -ErrorAction Stop
$answering = [IRedAdmin.Tests.AnsweringHost]::new($env:TEST_ADMIN_USER, (ConvertTo-SecureString $env:TEST_ADMIN_PASSWORD -AsPlainText -Force))
$r = Invoke-WithStreams -Host_ $answering -Variables @{ uri = [uri]'@URI@' } ([scriptblock]::Create(@"
@COMMAND@
[pscustomobject]@{ ConnectedAfterwards = `$null -ne `$IRedAdminConnection }
"@))
$after = $r.Output[-1]
[pscustomobject]@{
    Prompts     = $answering.Answers.CredentialPrompts
    LastPrompt  = $answering.Answers.LastPromptMessage
    Written     = @($answering.Answers.Written)
    Output      = @($r.Output | Select-Object -SkipLast 1 | Where-Object { $null -ne $_ } | ForEach-Object { [pscustomobject]@{ Type = $_.GetType().FullName; UserName = $_.UserName } })
    Errors      = @($r.Error | ForEach-Object FullyQualifiedErrorId)
    Terminating = "$($r.Terminating)"
    Connected   = $after.ConnectedAfterwards
} | Out-Result
'@
        $script = $script.Replace('@DLL@', $HostAssembly).Replace('@HELPERS@', "$PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1").
            Replace('@URI@', $Emulator.BaseUri).Replace('@COMMAND@', $Command.Replace('$', '`$'))
        $r = Invoke-ChildPwsh -Interactive $script -Environment @{ TEST_ADMIN_USER = $Emulator.AdminEmail; TEST_ADMIN_PASSWORD = $Emulator.AdminPassword }
        if (-not $r.Result) { throw "The interactive child reported nothing (exit $($r.ExitCode)): $($r.Error)" }
        $r.Result
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Connect-IRedAdmin in a runbook (pwsh -NonInteractive)' {
    BeforeEach { Reset-TestEmulator }

    It 'connects with the credential from Get-AutomationPSCredential' {
        $r = Invoke-ChildPwsh -Environment @{ TEST_ADMIN_USER = $Emulator.AdminEmail; TEST_ADMIN_PASSWORD = $Emulator.AdminPassword } @"
# Azure Automation's own cmdlet exists only in its sandbox: a stand-in with its shape.
function Get-AutomationPSCredential { param([Parameter(Mandatory)] [string] `$Name) [pscredential]::new(`$env:TEST_ADMIN_USER, (ConvertTo-SecureString `$env:TEST_ADMIN_PASSWORD -AsPlainText -Force)) }
`$connection = Connect-IRedAdmin -Uri '$($Emulator.BaseUri)' -Credential (Get-AutomationPSCredential -Name 'iRedAdmin') -PassThru -Verbose
New-IRedDomain runbook.example.com -ErrorAction Stop
[pscustomobject]@{ Type = `$connection.GetType().FullName; UserName = `$connection.UserName } | Out-Result
"@

        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Result.Type | Should -Be 'IRedAdmin.IRedAdminConnection'
        $r.Result.UserName | Should -Be $Emulator.AdminEmail
        $login = @(Get-Login $Emulator)
        $login | Should -HaveCount 1
        $login[0].Method | Should -Be 'POST'
        $login[0].Form.username | Should -Be $Emulator.AdminEmail
        # The child writes plain text (-OutputFormat Text): Verbose was written, and scanned below.
        ($r.Output -join "`n") + $r.Error | Should -BeLike "*VERBOSE: Logging in to *$($Emulator.AdminEmail)*"
        ($r.Output -join "`n") + $r.Error | Should -Not -BeLike "*$($Emulator.AdminPassword)*"
        Test-EmulatorAccount -Kind Domain runbook.example.com | Should -BeTrue
    }

    It 'uses IREDADMIN_URI, IREDADMIN_USERNAME and IREDADMIN_PASSWORD when no parameters are given' {
        $r = Invoke-ChildPwsh -Environment @{ IREDADMIN_URI = $Emulator.BaseUri; IREDADMIN_USERNAME = $Emulator.AdminEmail; IREDADMIN_PASSWORD = $Emulator.AdminPassword } @'
$connection = Connect-IRedAdmin -PassThru -Verbose
[pscustomobject]@{ Uri = "$($connection.Uri)"; UserName = $connection.UserName } | Out-Result
'@

        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Result.Uri.TrimEnd('/') | Should -Be $Emulator.BaseUri.TrimEnd('/')
        $r.Result.UserName | Should -Be $Emulator.AdminEmail
        $login = @(Get-Login $Emulator)
        $login | Should -HaveCount 1
        $login[0].Form.username | Should -Be $Emulator.AdminEmail
        # The child writes plain text (-OutputFormat Text): Verbose was written, and scanned below.
        ($r.Output -join "`n") + $r.Error | Should -BeLike "*VERBOSE: Logging in to *$($Emulator.AdminEmail)*"
        ($r.Output -join "`n") + $r.Error | Should -Not -BeLike "*$($Emulator.AdminPassword)*"
    }

    It 'lets an explicit -Credential win over the environment' {
        $r = Invoke-ChildPwsh -Environment @{
            IREDADMIN_USERNAME = 'someone-else@example.com'; IREDADMIN_PASSWORD = 'not-the-password'
            TEST_ADMIN_USER = $Emulator.AdminEmail; TEST_ADMIN_PASSWORD = $Emulator.AdminPassword
        } @"
`$credential = [pscredential]::new(`$env:TEST_ADMIN_USER, (ConvertTo-SecureString `$env:TEST_ADMIN_PASSWORD -AsPlainText -Force))
`$connection = Connect-IRedAdmin -Uri '$($Emulator.BaseUri)' -Credential `$credential -PassThru
[pscustomobject]@{ UserName = `$connection.UserName } | Out-Result
"@

        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Result.UserName | Should -Be $Emulator.AdminEmail
        $login = @(Get-Login $Emulator)
        $login | Should -HaveCount 1
        $login[0].Form.username | Should -Be $Emulator.AdminEmail
    }

    It 'reports a URI in the environment that is not absolute, naming the variable and the value, and sends nothing' {
        $r = Invoke-ChildPwsh -Environment @{ IREDADMIN_URI = 'mail.example.com/iredadmin'; IREDADMIN_USERNAME = $Emulator.AdminEmail; IREDADMIN_PASSWORD = $Emulator.AdminPassword } @'
$caught = $null
try { Connect-IRedAdmin } catch { $caught = $_ }
[pscustomobject]@{
    ErrorId = $caught.FullyQualifiedErrorId; Category = "$($caught.CategoryInfo.Category)"
    Message = $caught.Exception.Message; Target = "$($caught.TargetObject)"
} | Out-Result
'@

        $r.Result.ErrorId | Should -BeLike 'INVALID_URI,*'
        $r.Result.Category | Should -Be 'InvalidArgument'
        $r.Result.Message | Should -BeLike '*mail.example.com/iredadmin*'
        $r.Result.Message | Should -BeLike '*IREDADMIN_URI*'
        $r.Result.Target | Should -Be 'mail.example.com/iredadmin'
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }
}

Describe 'Connect-IRedAdmin without a credential where nobody can answer' {
    BeforeEach { Reset-TestEmulator }

    It 'stops with CredentialRequired at once in <Where>, sends nothing and leaves no connection' -ForEach @(
        @{ Where = 'pwsh -NonInteractive'; Child = $true }
        @{ Where = "a runspace with the engine's Default Host (a job)"; Child = $false }
    ) {
        $probe = @'
$caught = $null
try { Connect-IRedAdmin -Uri $uri } catch { $caught = $_ }
[pscustomobject]@{
    ErrorId = $caught.FullyQualifiedErrorId; Category = "$($caught.CategoryInfo.Category)"; Message = $caught.Exception.Message
    Connected = $null -ne $IRedAdminConnection
}
'@
        if ($Child) {
            # The scheduler's view too: the same command uncaught ends the process with exit code 1 and the message.
            $r = Invoke-ChildPwsh "`$uri = [uri]'$($Emulator.BaseUri)'`n$probe | Out-Result`nConnect-IRedAdmin -Uri `$uri"
            $result = $r.Result
            $r.ExitCode | Should -Be 1
            $r.Error | Should -BeLike '*-Credential is required*'
        }
        else {
            $r = Invoke-WithStreams -Variables @{ uri = [uri]$Emulator.BaseUri } ([scriptblock]::Create($probe))
            $r.Terminating | Should -BeNullOrEmpty
            $result = $r.Output[0]
        }

        $result.ErrorId | Should -BeLike 'CREDENTIAL_REQUIRED,*'
        $result.Category | Should -Be 'InvalidArgument'
        $result.Message | Should -BeLike '*-Credential*'
        $result.Message | Should -BeLike '*IREDADMIN_USERNAME*'
        $result.Connected | Should -BeFalse
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }
}

Describe 'Connect-IRedAdmin without a credential in a console with a person at it' {
    BeforeEach { Reset-TestEmulator }

    It 'asks once, through the host''s own credential prompt naming the server' {
        $r = Invoke-WithAnsweringHost 'Connect-IRedAdmin -Uri $uri -PassThru'

        $r.Prompts | Should -Be 1
        $r.LastPrompt | Should -BeLike "*$(([uri]$Emulator.BaseUri).Authority)*"
        $r.Errors | Should -BeNullOrEmpty
        $r.Output | Should -HaveCount 1
        $r.Output[0].Type | Should -Be 'IRedAdmin.IRedAdminConnection'
        $r.Output[0].UserName | Should -Be $Emulator.AdminEmail
        $r.Connected | Should -BeTrue
        $login = @(Get-Login $Emulator)
        $login | Should -HaveCount 1
        $login[0].Form.username | Should -Be $Emulator.AdminEmail
    }

    It 'never asks under -Confirm:$false (a script that must not stop for input)' {
        $r = Invoke-WithAnsweringHost 'Connect-IRedAdmin -Uri $uri -Confirm:$false'

        $r.Output | Should -BeNullOrEmpty
        $r.Errors | Should -Be @('CREDENTIAL_REQUIRED,IRedAdmin.Cmdlets.Connection.ConnectIRedAdminCommand')
        $r.Prompts | Should -Be 0
        $r.Connected | Should -BeFalse
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }

    It 'under -WhatIf neither asks nor sends nor changes the default connection, and says what it would do' {
        $r = Invoke-WithAnsweringHost 'Connect-IRedAdmin -Uri $uri -WhatIf -PassThru; $IRedAdminConnection'

        $r.Output | Should -BeNullOrEmpty
        $r.Errors | Should -BeNullOrEmpty
        $r.Prompts | Should -Be 0
        $r.Connected | Should -BeFalse
        $r.Written | Where-Object { $_ -like '*What if*' -and $_ -like "*$(([uri]$Emulator.BaseUri).Authority)*" } | Should -Not -BeNullOrEmpty
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }
}

Describe 'Parallel jobs from one runspace pool' {
    BeforeAll { $script:Second = Start-TestEmulator -Backend ldap -NoDefault }
    AfterAll { Stop-TestEmulator $Second }
    BeforeEach { Reset-TestEmulator; Reset-TestEmulator -Emulator $Second -Backend ldap }

    It 'connect to two emulators at once and never cross' {
        $state = [initialsessionstate]::CreateDefault2()
        $state.ImportPSModule([string[]]@(Get-TestModulePath))
        # The pool's runspaces get the engine's Default Host, as jobs do.
        $pool = [runspacefactory]::CreateRunspacePool($state)
        $pool.SetMaxRunspaces(2) | Out-Null
        $pool.SetMinRunspaces(2) | Out-Null
        $pool.Open()
        # Both jobs must hold a runspace at once: each waits for the other after connecting, before working.
        $bothConnected = [System.Threading.Barrier]::new(2)
        $job = {
            param($Uri, $Credential, $Tag, $Barrier)
            Connect-IRedAdmin -Uri $Uri -Credential $Credential -RetryDelay 00:00:00.010
            if (-not $Barrier.SignalAndWait(20000)) { throw 'the other job never connected' }
            1..3 | ForEach-Object { New-IRedDomain "$Tag$_.example.com" }
            [string](Get-IRedConnection).Uri
            [string](Get-IRedConnection).Backend
        }
        try {
            $running = foreach ($target in @(@{ Emulator = $Emulator; Tag = 'one' }, @{ Emulator = $Second; Tag = 'two' })) {
                $ps = [powershell]::Create()
                $ps.RunspacePool = $pool
                $ps.AddScript($job).AddParameters(@{
                        Uri = [uri]$target.Emulator.BaseUri; Credential = $target.Emulator.Credential; Tag = $target.Tag; Barrier = $bothConnected
                    }) | Out-Null
                [pscustomobject]@{ PowerShell = $ps; Handle = $ps.BeginInvoke() }
            }
            $results = foreach ($run in $running) {
                $output = @($run.PowerShell.EndInvoke($run.Handle) | ForEach-Object { "$_" })
                @($run.PowerShell.Streams.Error) | Should -BeNullOrEmpty
                , $output
            }
        }
        finally {
            $running | ForEach-Object { $_.PowerShell.Dispose() }
            $pool.Dispose()
        }

        $results[0][0].TrimEnd('/') | Should -Be $Emulator.BaseUri.TrimEnd('/')
        $results[0][1] | Should -Be 'Sql'
        $results[1][0].TrimEnd('/') | Should -Be $Second.BaseUri.TrimEnd('/')
        $results[1][1] | Should -Be 'Ldap'
        foreach ($i in 1..3) {
            Test-EmulatorAccount -Kind Domain "one$i.example.com" | Should -BeTrue
            Test-EmulatorAccount -Kind Domain "two$i.example.com" | Should -BeFalse
            Test-EmulatorAccount -Kind Domain "two$i.example.com" -Emulator $Second | Should -BeTrue
            Test-EmulatorAccount -Kind Domain "one$i.example.com" -Emulator $Second | Should -BeFalse
        }
        @(Get-Login $Emulator) | Should -HaveCount 1
        @(Get-Login $Second) | Should -HaveCount 1
    }
}

# Passwords go in only as SecureString/PSCredential and never come out: no stream, message, ToString or log.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.Reliability.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator
}
AfterAll { Stop-TestEmulator }

Describe 'Secret hygiene' {
    BeforeEach { Reset-TestEmulator }

    It 'takes every password parameter of every cmdlet as a SecureString or a PSCredential' {
        $commands = @(Get-Command -Module IRedAdmin)
        $commands | Should -Not -BeNullOrEmpty
        $secret = @(foreach ($c in $commands) {
                foreach ($p in $c.Parameters.Values) {
                    if (($p.Name -like '*Password*' -and $p.Name -cnotlike '*Length') -or $p.Name -like '*Credential*' -or $p.Name -like '*Secret*') {
                        [pscustomobject]@{ Command = $c.Name; Parameter = $p.Name; Type = $p.ParameterType }
                    }
                }
            })

        $secret | Where-Object { $_.Command -eq 'New-IRedUser' -and $_.Parameter -eq 'Password' } | Should -HaveCount 1
        @($secret | Where-Object Type -eq ([switch]) | ForEach-Object Parameter | Sort-Object -Unique) | Should -Be @('GeneratePassword')
        # A switch (-GeneratePassword) carries no secret: it asks the module to make one.
        $secret | Where-Object { $_.Type -notin [securestring], [pscredential] -and $_.Type -ne [switch] } |
            ForEach-Object { "$($_.Command) -$($_.Parameter) is $($_.Type.Name)" } | Should -BeNullOrEmpty
        Write-ReliabilityFigure secrets ([ordered]@{ secret_parameters_checked = $secret.Count })
    }

    It 'never shows a password in any stream, message, ToString or the request log' {
        $uri = $script:Emulator.BaseUri
        $admin = $script:Emulator.AdminEmail
        $wrongCred = [pscredential]::new($admin, (ConvertTo-SecureString 'Wr0ng-Admin-Passw0rd' -AsPlainText -Force))
        $connect = { Connect-IRedAdmin -Uri $uri -Credential $cred -Verbose -PassThru }

        $wrongLogin = Invoke-AllStreams $connect -Variables @{ uri = $uri; cred = $wrongCred; IRedAdminConnection = $null }
        @(Get-AllErrorRecord $wrongLogin) | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Should -Be @('INVALID_CREDENTIALS')
        $connected = Invoke-AllStreams $connect -Variables @{ uri = $uri; cred = $script:Emulator.Credential; IRedAdminConnection = $null }
        @(Get-AllErrorRecord $connected) | Should -HaveCount 0
        $connected.Verbose | Should -Not -BeNullOrEmpty

        $work = Invoke-AllStreams {
            New-IRedDomain example.com
            New-IRedUser a@example.com -Password $pw -Name Alice -PassThru
            Set-IRedUser a@example.com -Password $pw2 -PassThru
            Set-IRedUser a@example.com -Password $pw -WhatIf
            New-IRedUser a@nowhere.example -Password $pw
            New-IRedUser a@example.com -Password $pw
            # Listing rows carry the password hash; only later releases have the call.
            if ($canList) { Get-IRedUser -Domain example.com }
            $c = Get-IRedConnection; $c.ToString(); "$c"
            $Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.Exception.Message; "$($_.TargetObject)" }
            Get-IRedUser a@example.com | ForEach-Object { $_.ToString(); $_.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" } }
        } -Variables @{
            pw                  = (ConvertTo-SecureString 'R3set-Passw0rd#2' -AsPlainText -Force)
            pw2                 = (ConvertTo-SecureString 'Bulk-Us3r-Passw0rd!' -AsPlainText -Force)
            IRedAdminConnection = $connected.Output[0]
            canList             = $script:Emulator.Release -eq 'current'
        }

        # The two failures are the server's, per item; everything else worked.
        @(Get-AllErrorRecord $work) | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Should -Be @('NO_SUCH_ACCOUNT', 'ALREADY_EXISTS')
        Test-EmulatorAccount -Kind User a@example.com | Should -BeTrue
        $log = @(Get-EmulatorRequest -IncludeLogin)
        $puts = @($log | Where-Object Method -EQ 'PUT')
        $puts | Should -HaveCount 1
        $puts[0].Form.password | Should -Be '********'

        foreach ($result in $wrongLogin, $connected, $work) { Assert-NoSecret -Result $result }
        Assert-NoSecret -Request $log
        Write-ReliabilityFigure secrets ([ordered]@{ hygiene_scripts_scanned = 3 })
    }
}

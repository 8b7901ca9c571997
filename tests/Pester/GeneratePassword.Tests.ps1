BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    . $PSScriptRoot/TestHelpers/StreamText.ps1
    Import-TestModule
    Start-TestEmulator | Out-Null

    function ConvertTo-PlainText([securestring] $Secure) { [System.Net.NetworkCredential]::new('', $Secure).Password }
    function Get-Wire { @(Get-EmulatorRequest) | ForEach-Object { "$($_.Method) $($_.Path) $($_.FormKeys -join ',')".TrimEnd() } }
    function Reset-SyncEmulator($Release) {
        if ($Release -is [string]) { Reset-TestEmulator -Release $Release } else { Reset-TestEmulator }
    }
}
AfterAll { Stop-TestEmulator }

# Add -ForEach @('current', 'legacy') to each Describe once Reset-TestEmulator -Release lands.
Describe 'New-IRedUser -GeneratePassword' {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'reads the policy once per domain and gives each user its own strong password, returned once as a SecureString' {
        $result = @('a@example.com', 'b@example.com', 'c@example.com' | New-IRedUser -GeneratePassword -ThrottleLimit 3)

        $wire = @(Get-Wire)
        $wire | Should -HaveCount 4
        $wire[0] | Should -Be 'GET /api/domain/example.com'
        # Sent three at a time: their order on the wire is the server's, the output's is the input's.
        ($wire[1..3] | Sort-Object) | Should -Be @(
            'POST /api/user/a@example.com password'
            'POST /api/user/b@example.com password'
            'POST /api/user/c@example.com password')
        $result | Should -HaveCount 3
        $result[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedGeneratedPassword'
        $result.Mail | Should -Be @('a@example.com', 'b@example.com', 'c@example.com')
        $result[0].User | Should -BeNullOrEmpty
        $plain = $result | ForEach-Object { $_.Password | Should -BeOfType [securestring]; ConvertTo-PlainText $_.Password }
        ($plain | Sort-Object -Unique) | Should -HaveCount 3
        foreach ($p in $plain) {
            $p.Length | Should -Be 16
            $p | Should -MatchExactly '[a-z]'
            $p | Should -MatchExactly '[A-Z]'
            $p | Should -Match '[0-9]'
            $p | Should -Match '[^A-Za-z0-9]'
            $p | Should -Match '^[\x21-\x7e]+$'
        }
        foreach ($r in $result) { Test-IRedUserPassword -Credential ([pscredential]::new($r.Mail, $r.Password)) | Should -BeTrue }
    }

    It 'meets the domain''s length policy: <Case>' -ForEach @(
        @{ Case = 'a minimum above 16'; Settings = @{ MinPasswordLength = 24 }; Length = 24 }
        @{ Case = 'a maximum below 16'; Settings = @{ MaxPasswordLength = 10 }; Length = 10 }
    ) {
        Set-IRedDomain example.com @Settings
        $result = New-IRedUser a@example.com -GeneratePassword -PassThru

        (ConvertTo-PlainText $result.Password).Length | Should -Be $Length
        $result.User.Mail | Should -Be 'a@example.com'
        Test-IRedUserPassword a@example.com -Password $result.Password | Should -BeTrue
    }

    It 'refuses a policy no password can meet, naming the domain, and sends no create' {
        Set-IRedDomain example.com -MaxPasswordLength 3
        Clear-EmulatorRequest
        $result = New-IRedUser a@example.com -GeneratePassword -ErrorVariable err -ErrorAction SilentlyContinue

        $result | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'PASSWORD_POLICY_UNSATISFIABLE,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be 'example.com'
        Get-Wire | Should -Be @('GET /api/domain/example.com')
    }

    It 'a create whose answer is lost counts as done only when the generated password is the stored one' {
        Set-EmulatorSetting -FaultKind drop -FaultPoint after -FaultRate 1.0 -FaultMethod POST -FaultPath '/api/user/new@example.com' | Out-Null
        $result = @(New-IRedUser new@example.com -GeneratePassword -ErrorVariable err -ErrorAction SilentlyContinue)
        Set-EmulatorSetting -FaultRate 0 -FaultPath '' -FaultMethod '' | Out-Null

        $err | Should -BeNullOrEmpty
        $result | Should -HaveCount 1
        $wire = @(Get-Wire)
        @($wire | Where-Object { $_ -eq 'POST /api/user/new@example.com password' }) | Should -HaveCount 1 -Because 'the create took effect, so it is not sent again'
        $wire | Should -Contain 'POST /api/verify_password/user/new@example.com password'
        Test-IRedUserPassword -Credential ([pscredential]::new('new@example.com', $result[0].Password)) | Should -BeTrue
    }

    It 'an account that was there before is not taken for created when the create''s answer is lost' {
        New-IRedUser taken@example.com -Password (Get-TestPassword)
        Set-EmulatorSetting -FaultKind drop -FaultPoint before -FaultRate 1.0 -FaultMethod POST -FaultPath '/api/user/taken@example.com' | Out-Null
        $result = @(New-IRedUser taken@example.com -GeneratePassword -ErrorVariable err -ErrorAction SilentlyContinue)
        Set-EmulatorSetting -FaultRate 0 -FaultPath '' -FaultMethod '' | Out-Null

        # Before, the account's presence alone counted as "created", and a password that was never set was handed over.
        $result | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        "$($err[0].Exception.State)" | Should -Be 'NotApplied'
        @(Get-Wire) | Should -Contain 'POST /api/verify_password/user/taken@example.com password'
        Test-IRedUserPassword -Credential ([pscredential]::new('taken@example.com', (Get-TestPassword))) | Should -BeTrue -Because 'the account keeps its password'
    }

    It '-WhatIf sends nothing, not even the policy read' {
        New-IRedUser a@example.com -GeneratePassword -WhatIf | Should -BeNullOrEmpty
        Get-Wire | Should -BeNullOrEmpty
    }

    It 'hands over through Export-Clixml: the file gives back the SecureString that logs in' {
        $path = Join-Path $TestDrive 'onboarding.clixml'
        'a@example.com', 'b@example.com' | New-IRedUser -GeneratePassword | Export-Clixml -Path $path

        $back = @(Import-Clixml -Path $path)
        $back | Should -HaveCount 2
        $back[1].Password | Should -BeOfType [securestring]
        Test-IRedUserPassword -Credential ([pscredential]::new($back[1].Mail, $back[1].Password)) | Should -BeTrue
    }

    It 'the generated password reaches no stream, with -Verbose and -Debug, beside a failing create' {
        $streams = Invoke-WithStreams -Variables @{ uri = (Get-TestEmulator).BaseUri; cred = (Get-TestEmulator).Credential } {
            Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.010
            $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'
            'a@example.com', 'a@example.com', 'b@example.com' | New-IRedUser -GeneratePassword -PassThru
            'a@example.com' | Set-IRedUser -GeneratePassword
        }

        $streams.Error | Should -HaveCount 1
        $streams.Error[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        $streams.Output | Should -HaveCount 3
        $text = Get-StreamText $streams
        foreach ($r in $streams.Output) { $text | Should -Not -BeLike "*$(ConvertTo-PlainText $r.Password)*" }
        $text | Should -BeLike '*a@example.com*'
    }
}

Describe 'Set-IRedUser -GeneratePassword' {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'resets to a new password meeting the policy; the old one stops working' {
        $result = Set-IRedUser a@example.com -GeneratePassword -Quota 2048

        # The domain's policy, then the look-up of the user (later servers answer success to a PUT of a missing one), then the PUT.
        Get-Wire | Should -Be @('GET /api/domain/example.com', 'GET /api/user/a@example.com', 'PUT /api/user/a@example.com password,quota')
        $result.Mail | Should -Be 'a@example.com'
        Test-IRedUserPassword a@example.com -Password $result.Password | Should -BeTrue
        Test-IRedUserPassword a@example.com -Password (Get-TestPassword) | Should -BeFalse
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).quota | Should -Be 2048
    }

    It 'refuses -Password with -GeneratePassword before anything is sent' {
        { Set-IRedUser a@example.com -GeneratePassword -Password (Get-TestPassword) } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        Get-Wire | Should -BeNullOrEmpty
    }
}

# Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
Describe 'Sync-IRedUser -GeneratePassword' -Tag CurrentOnly {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedDomain example.net
        Set-IRedDomain example.net -MinPasswordLength 20
        New-IRedUser a@example.com -Password (Get-TestPassword) -Name Alice
        Clear-EmulatorRequest
    }

    It 'gives new users without a Password one that meets their domain, on the plan item; a given Password is used as is' {
        $rows = @(
            [pscustomobject]@{ Mail = 'a@example.com'; Name = 'Alice' }
            [pscustomobject]@{ Mail = 'b@example.com'; Name = 'Bee' }
            [pscustomobject]@{ Mail = 'c@example.net'; Name = 'Cee' }
            [pscustomobject]@{ Mail = 'd@example.net'; Name = 'Dee'; Password = 'Given-Passw0rd-1234!' }
        )
        $result = @($rows | Sync-IRedUser -Domain example.com, example.net -GeneratePassword)

        Get-Wire | Should -Be @(
            'GET /api/users/example.com'
            'GET /api/users/example.net'
            'GET /api/domain/example.com'
            'POST /api/user/b@example.com name,password'
            'GET /api/domain/example.net'
            'POST /api/user/c@example.net name,password'
            'POST /api/user/d@example.net name,password')
        "$($result.Action)" | Should -Be 'Unchanged Create Create Create'
        $result[0].GeneratedPassword | Should -BeNullOrEmpty
        $result[3].GeneratedPassword | Should -BeNullOrEmpty
        "$($result[1].Changes[-1])" | Should -Be 'Password: (none) -> Generated'
        (ConvertTo-PlainText $result[1].GeneratedPassword).Length | Should -Be 16
        (ConvertTo-PlainText $result[2].GeneratedPassword).Length | Should -Be 20
        Test-IRedUserPassword c@example.net -Password $result[2].GeneratedPassword | Should -BeTrue
        Test-IRedUserPassword d@example.net -Password (ConvertTo-SecureString 'Given-Passw0rd-1234!' -AsPlainText -Force) | Should -BeTrue
    }
}

# One meaning for an error on every release: not found is ObjectNotFound with one ErrorId whatever the server says,
# a removal of something missing is reported (later servers answer success to it), password-policy failures name the
# unmet rules, and known codes read as plain words.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Get-Line($Request) { "$($Request.Method) $($Request.Path)" }
}
AfterAll { Stop-TestEmulator }

Describe 'Not found' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'is ObjectNotFound with ErrorId NO_SUCH_ACCOUNT for a missing <Kind>' -TestCases @(
        @{ Kind = 'domain'; Command = { Get-IRedDomain ghost.example -ErrorVariable err -ErrorAction SilentlyContinue }; Target = 'ghost.example' }
        @{ Kind = 'user'; Command = { Get-IRedUser ghost@example.com -ErrorVariable err -ErrorAction SilentlyContinue }; Target = 'ghost@example.com' }
        @{ Kind = 'user of a missing domain'; Command = { Get-IRedUser a@ghost.example -ErrorVariable err -ErrorAction SilentlyContinue }; Target = 'a@ghost.example' }
        @{ Kind = 'alias'; Command = { Get-IRedAlias ghost@example.com -ErrorVariable err -ErrorAction SilentlyContinue }; Target = 'ghost@example.com' }
    ) {
        param($Kind, $Command, $Target)
        $err = $null
        . $Command
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be $Target
    }

    It 'names the missing domain when a user is created in it' {
        New-IRedUser a@ghost.example -Password (Get-TestPassword) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        Test-EmulatorAccount -Kind User a@ghost.example | Should -BeFalse
    }
}

Describe 'Removing what is missing' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'reports a missing <Kind> as not found, sends no DELETE and passes nothing through' -TestCases @(
        @{ Kind = 'user'; Command = { 'ghost@example.com' | Remove-IRedUser -PassThru -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue }; Path = '/api/user/ghost@example.com' }
        @{ Kind = 'alias'; Command = { 'ghost@example.com' | Remove-IRedAlias -PassThru -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue }; Path = '/api/alias/ghost@example.com' }
        @{ Kind = 'domain'; Command = { 'ghost.example' | Remove-IRedDomain -PassThru -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue }; Path = '/api/domain/ghost.example' }
        @{ Kind = 'admin'; Command = { 'ghost@other.example' | Remove-IRedAdmin -PassThru -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue }; Path = '/api/admin/ghost@other.example' }
    ) {
        param($Kind, $Command, $Path)
        $err = $null
        $out = @(. $Command)
        $out | Should -HaveCount 0
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        ($(Get-EmulatorRequest) | ForEach-Object { Get-Line $_ }) | Should -Be @("GET $Path")
    }

    It 'removes an existing user after looking it up, and passes it through' {
        $out = @('a@example.com', 'ghost@example.com' | Remove-IRedUser -PassThru -Confirm:$false -ErrorAction SilentlyContinue)
        $out | Should -Be @('a@example.com')
        ($(Get-EmulatorRequest) | ForEach-Object { Get-Line $_ }) |
            Should -Be @('GET /api/user/a@example.com', 'DELETE /api/user/a@example.com', 'GET /api/user/ghost@example.com')
        Test-EmulatorAccount -Kind User a@example.com | Should -BeFalse
    }
}

# Later servers answer success to a PUT of a missing user (and a parameterless PUT of a missing alias): the cmdlets
# look the account up first, on every release, inside each item's work so that -ThrottleLimit still overlaps.
Describe 'Changing what is missing on the <Release> release' -ForEach @(@{ Release = 'current' }, @{ Release = 'legacy' }) {
    BeforeEach {
        Reset-TestEmulator -Release $Release
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        New-IRedAlias team@example.com -Member a@example.com
        Clear-EmulatorRequest
    }

    It 'reports a missing <Kind> as not found, sends no PUT and passes nothing through' -TestCases @(
        @{ Kind = 'user'; Command = { 'ghost@example.com' | Set-IRedUser -Name Ghost -PassThru -ErrorVariable err -ErrorAction SilentlyContinue }; Path = '/api/user/ghost@example.com' }
        @{ Kind = 'alias'; Command = { 'ghost@example.com' | Set-IRedAlias -PassThru -ErrorVariable err -ErrorAction SilentlyContinue }; Path = '/api/alias/ghost@example.com' }
    ) {
        $err = $null
        $out = @(. $Command)
        $out | Should -HaveCount 0
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'ghost@example.com'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @("GET $Path")
        Test-EmulatorAccount -Kind User ghost@example.com | Should -BeFalse
    }

    It 'changes the existing ones beside a missing one, in input order, with -ThrottleLimit' {
        $out = @('a@example.com', 'ghost@example.com', 'a@example.com' |
                Set-IRedUser -Name Changed -PassThru -ThrottleLimit 3 -ErrorVariable err -ErrorAction SilentlyContinue)
        $out.Mail | Should -Be @('a@example.com', 'a@example.com')
        $err | Should -HaveCount 1
        $err[0].TargetObject | Should -Be 'ghost@example.com'
        $wire = @(Get-EmulatorRequest)
        @($wire | Where-Object Method -EQ 'PUT' | ForEach-Object Path) | Should -Be @('/api/user/a@example.com', '/api/user/a@example.com')
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).name | Should -Be 'Changed'

        Set-IRedAlias team@example.com -PassThru | ForEach-Object Mail | Should -Be 'team@example.com'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) |
            Should -Be @('GET /api/alias/team@example.com', 'PUT /api/alias/team@example.com', 'GET /api/alias/team@example.com')
    }
}

Describe 'Password policy and other server codes' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com -Quota 100
        Set-IRedDomain example.com -MinPasswordLength 20
        Clear-EmulatorRequest
    }

    It 'names the unmet rule with ErrorId PasswordPolicy and creates nothing' {
        New-IRedUser a@example.com -Password (Get-TestPassword) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'PASSWORD_POLICY,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'InvalidArgument'
        $err[0].Exception.Message | Should -BeLike "The password does not meet the server's password policy: it is shorter than the minimum length (PW_*_MIN_LENGTH)."
        $err[0].Exception.UnmetPasswordRules | Should -Be @('it is shorter than the minimum length')
        "$($err[0])" | Should -Not -BeLike "*$(Get-TestPassword -AsPlainText)*"
        Test-EmulatorAccount -Kind User a@example.com | Should -BeFalse
    }

    It 'says the domain''s quota is used up' {
        Set-IRedDomain example.com -MinPasswordLength 8
        # All of it: older servers refuse more than what is left, later ones lower it and refuse only when nothing is left.
        New-IRedUser a@example.com -Password (Get-TestPassword) -Quota 100
        New-IRedUser b@example.com -Password (Get-TestPassword) -Quota 50 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'EXCEEDED_DOMAIN_QUOTA_SIZE,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'QuotaExceeded'
        $err[0].Exception.Message | Should -BeLike "The domain's mailbox quota is used up*(EXCEEDED_DOMAIN_QUOTA_SIZE)."
        Test-EmulatorAccount -Kind User b@example.com | Should -BeFalse
    }
}

# What is known of an item after a failed change is told after the message, in the record's ErrorDetails.
Describe 'The state of an item whose change failed' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator -Parameters @{ RetryDelay = [timespan]::FromMilliseconds(2); MaxRetries = 1 }
        New-IRedDomain example.com
        New-IRedUser keep@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }
    AfterEach { Set-EmulatorSetting -FaultRate 0 -FaultMethod '' | Out-Null }

    It 'reads "Outcome unknown" when every answer to a change was lost after it was applied' {
        Set-EmulatorSetting -FaultKind drop -FaultPoint after -FaultRate 1.0 -FaultMethod PUT | Out-Null
        Set-IRedUser keep@example.com -Name 'Applied' -ErrorVariable err -ErrorAction SilentlyContinue
        Set-EmulatorSetting -FaultRate 0 | Out-Null
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CONNECTION_FAILED,*'
        "$($err[0].Exception.State)" | Should -Be 'Unknown'
        $err[0].ErrorDetails.Message | Should -BeExactly ($err[0].Exception.Message +
            ' Outcome unknown: the request may or may not have been applied. Check the account before retrying.')
        (Get-EmulatorRow -Table mailbox -Column username -Key keep@example.com).name | Should -Be 'Applied'
    }

    It 'reads "Not applied" when the server was asked after the failure and the create is not there' {
        # Only the creates fail, before they reach the app: the look-up after each failure gets through.
        Set-EmulatorSetting -FaultKind 503 -FaultPoint before -FaultRate 1.0 -FaultMethod POST | Out-Null
        New-IRedUser new@example.com -Password (Get-TestPassword) -ErrorVariable err -ErrorAction SilentlyContinue
        Set-EmulatorSetting -FaultRate 0 | Out-Null
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'HTTP_503,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ResourceUnavailable'
        "$($err[0].Exception.State)" | Should -Be 'NotApplied'
        $err[0].ErrorDetails.Message | Should -BeExactly ($err[0].Exception.Message +
            ' Not applied: the server was checked after the failure and the change is not there, so it is safe to run again.')
        Test-EmulatorAccount -Kind User new@example.com | Should -BeFalse
    }

    It 'adds nothing to a refusal, which tells nothing of the item''s state' {
        New-IRedUser keep@example.com -Password (Get-TestPassword) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        "$($err[0].Exception.State)" | Should -Be 'None'
        $err[0].ErrorDetails | Should -BeNullOrEmpty
    }
}

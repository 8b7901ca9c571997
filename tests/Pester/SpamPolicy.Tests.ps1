# Get-/Set-/Remove-IRedSpamPolicy over real HTTP: the wire form, amavisd rows, output objects, -WhatIf, errors.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # The amavisd policy row an account's users row points at ($null when there is none).
    function Get-PolicyRow([string] $Account) {
        Invoke-EmulatorQuery 'SELECT p.* FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email=$e' @{ e = $Account }
    }
    # The release this run is about; a Describe over both releases switches, so every reset names one.
    $script:RunRelease = if ($env:IREDADMIN_TEST_RELEASE) { $env:IREDADMIN_TEST_RELEASE } else { 'current' }
}
AfterAll { Stop-TestEmulator }

Describe 'Set-/Get-/Remove-IRedSpamPolicy' {
    BeforeEach {
        Reset-TestEmulator -Release $RunRelease
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password $pw
        Clear-EmulatorRequest
    }

    It 'sends yes/no and the score, writes the amavisd row and reads the policy back' {
        $policy = Set-IRedSpamPolicy -User A@Example.com -BypassSpamChecks $true -QuarantineVirus $false -QuarantineSpam $true `
            -PrefixSpamInSubject $true -AlwaysInsertXSpamHeaders $true -SpamScore 4 -PassThru

        $requests = @(Get-EmulatorRequest)
        # The stored policy is read first (a PUT resets what it does not carry); this user has none, so only the change is sent.
        "$($requests[0].Method) $($requests[0].Path)" | Should -Be 'GET /api/spampolicy/user/a@example.com'
        $put = $requests[1]
        $put.Method | Should -Be 'PUT'
        $put.Path | Should -Be '/api/spampolicy/user/a@example.com'
        $put.FormKeys | Should -Be @('bypass_spam_checks', 'quarantine_spam', 'quarantine_virus', 'prefix_spam_in_subject', 'always_insert_x_spam_headers', 'spam_score')
        $put.Form.bypass_spam_checks | Should -Be 'yes'
        $put.Form.quarantine_virus | Should -Be 'no'
        $put.Form.spam_score | Should -BeExactly '4'
        # -PassThru reads the policy back.
        "$($requests[2].Method) $($requests[2].Path)" | Should -Be 'GET /api/spampolicy/user/a@example.com'

        $row = Get-PolicyRow a@example.com
        $row.bypass_spam_checks | Should -Be 'Y'
        $row.spam_quarantine_to | Should -Be 'spam-quarantine'
        $row.virus_quarantine_to | Should -BeNullOrEmpty
        $row.spam_tag2_level | Should -Be 4

        $policy | Should -HaveCount 1
        $policy.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedSpamPolicy'
        "$($policy.Scope)" | Should -Be 'User'
        $policy.Account | Should -Be 'a@example.com'
        $policy.IsEmpty | Should -BeFalse
        $policy.BypassSpamChecks | Should -BeTrue
        $policy.BypassVirusChecks | Should -BeFalse
        $policy.QuarantineSpam | Should -BeTrue
        $policy.QuarantineVirus | Should -BeFalse
        $policy.PrefixSpamInSubject | Should -BeTrue
        $policy.AlwaysInsertXSpamHeaders | Should -BeTrue
        $policy.SpamScore | Should -BeOfType [double]
        $policy.SpamScore | Should -Be 4
    }

    It 'reads global, domain and user policies and reports an empty one' {
        Set-IRedSpamPolicy -Global -SpamScore 6
        Set-IRedSpamPolicy -Domain example.com -BypassVirusChecks $true
        Clear-EmulatorRequest

        $policies = @(Get-IRedSpamPolicy -Global; Get-IRedSpamPolicy -Domain example.com; Get-IRedSpamPolicy -User a@example.com)

        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/spampolicy/global', 'GET /api/spampolicy/domain/example.com', 'GET /api/spampolicy/user/a@example.com')
        $policies | Should -HaveCount 3
        "$($policies[0].Scope)" | Should -Be 'Global'
        $policies[0].Account | Should -BeNullOrEmpty
        $policies[0].SpamScore | Should -Be 6.0
        $policies[1].Account | Should -Be 'example.com'
        $policies[1].BypassVirusChecks | Should -BeTrue
        # No per-user policy: the server answers {}.
        $policies[2].IsEmpty | Should -BeTrue
        $policies[2].SpamScore | Should -BeNullOrEmpty
        $policies[2].BypassSpamChecks | Should -BeNullOrEmpty
    }

    It 'takes user, domain and policy objects from the pipeline' {
        Get-IRedUser a@example.com | Set-IRedSpamPolicy -SpamScore 3
        Get-EmulatorRequest | Where-Object { $_.Method -eq 'PUT' -and $_.Path -eq '/api/spampolicy/user/a@example.com' } | Should -HaveCount 1

        $got = Get-IRedUser a@example.com | Get-IRedSpamPolicy
        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/user/a@example.com', 'GET /api/spampolicy/user/a@example.com')
        $got | Should -HaveCount 1
        $got.SpamScore | Should -Be 3.0

        Get-IRedDomain example.com | Get-IRedSpamPolicy | Out-Null
        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/domain/example.com', 'GET /api/spampolicy/domain/example.com')

        # A policy object carries its own target.
        Get-IRedSpamPolicy -User a@example.com | Set-IRedSpamPolicy -QuarantineBanned $true
        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } | Select-Object -Last 1 | Should -Be 'PUT /api/spampolicy/user/a@example.com'
        (Get-PolicyRow a@example.com).banned_quarantine_to | Should -Be 'banned-quarantine'
    }

    It 'Remove-IRedSpamPolicy deletes the row and -PassThru writes the empty policy' {
        Set-IRedSpamPolicy -Domain example.com -SpamScore 5
        Set-IRedSpamPolicy -Global -SpamScore 7
        Clear-EmulatorRequest

        $removed = Remove-IRedSpamPolicy -Domain example.com -PassThru

        $delete = @(Get-EmulatorRequest)
        $delete | Should -HaveCount 1
        "$($delete[0].Method) $($delete[0].Path)" | Should -Be 'DELETE /api/spampolicy/domain/example.com'
        $delete[0].FormKeys | Should -HaveCount 0
        Get-PolicyRow '@example.com' | Should -BeNullOrEmpty
        Get-EmulatorCount policy | Should -Be 1
        $removed | Should -HaveCount 1
        $removed.IsEmpty | Should -BeTrue
        $removed.Account | Should -Be 'example.com'

        Remove-IRedSpamPolicy -Global
        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } | Should -Be 'DELETE /api/spampolicy/global'
        Get-EmulatorCount policy | Should -Be 0
    }

    It '-WhatIf sends nothing' {
        Set-IRedSpamPolicy -User a@example.com -SpamScore 5
        Clear-EmulatorRequest

        Set-IRedSpamPolicy -Global -BypassSpamChecks $true -WhatIf
        Set-IRedSpamPolicy -User a@example.com -SpamScore 9 -WhatIf
        Remove-IRedSpamPolicy -User a@example.com -WhatIf
        Remove-IRedSpamPolicy -Global -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        [double](Get-PolicyRow a@example.com).spam_tag2_level | Should -Be 5.0
        Get-EmulatorCount policy | Should -Be 1
    }

    It 'refuses bad targets before sending and reports server errors per item' {
        $bad = $null
        Get-IRedSpamPolicy -Domain 'bad_domain!' -ErrorVariable +bad -ErrorAction SilentlyContinue
        Set-IRedSpamPolicy -User 'not-an-address' -SpamScore 4 -ErrorVariable +bad -ErrorAction SilentlyContinue
        Remove-IRedSpamPolicy -Domain 'x' -ErrorVariable +bad -ErrorAction SilentlyContinue

        $bad | Should -HaveCount 3
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        $bad[0].TargetObject | Should -Be 'bad_domain!'
        $bad[1].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        $bad[1].TargetObject | Should -Be 'not-an-address'
        $bad.CategoryInfo.Category | Should -Be @('InvalidArgument', 'InvalidArgument', 'InvalidArgument')
        Get-EmulatorRequest | Should -BeNullOrEmpty

        $err = $null
        $found = @(Get-IRedSpamPolicy -Domain none.com, example.com -ErrorVariable +err -ErrorAction SilentlyContinue
            Set-IRedSpamPolicy -User nobody@example.com -SpamScore 4 -ErrorVariable +err -ErrorAction SilentlyContinue)
        $found | Should -HaveCount 1
        $err | Should -HaveCount 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'none.com'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        Get-EmulatorCount policy | Should -Be 0
    }

    It 'renews a lost session answered with 303 once and the call succeeds' {
        Set-IRedSpamPolicy -Global -SpamScore 5
        Clear-EmulatorRequest
        # The server forgets every session, as after its idle timeout.
        Invoke-EmulatorSessionExpiry | Should -BeGreaterThan 0

        $policy = Get-IRedSpamPolicy -Global

        $policy | Should -HaveCount 1
        $policy.SpamScore | Should -Be 5.0
        $all = @(Get-EmulatorRequest -IncludeLogin)
        ($all | Where-Object Path -EQ '/api/spampolicy/global').Status | Should -Be @(303, 200)
        $all | Where-Object Path -EQ '/api/login' | Should -HaveCount 1
    }
}

# Later servers read spam_score only as digits and count anything else as not sent, which resets the score (PUT
# replaces the whole policy there); older ones store a fraction as given.
Describe 'A spam score that is not a whole number, on the <Release> release' -ForEach @(
    @{ Release = 'current'; Sent = '5' }
    @{ Release = 'legacy'; Sent = '4.5' }
) {
    BeforeEach {
        Reset-TestEmulator -Release $Release
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'is refused before anything is sent on current, and sent as given on legacy' {
        $err = $null
        Set-IRedSpamPolicy -User a@example.com -SpamScore 4.5 -ErrorVariable err -ErrorAction SilentlyContinue
        Set-IRedSpamPolicy -User a@example.com -SpamScore -3 -ErrorVariable +err -ErrorAction SilentlyContinue

        $requests = @(Get-EmulatorRequest)
        if ($Release -eq 'current') {
            $err | Should -HaveCount 2
            $err.FullyQualifiedErrorId | Should -BeLike 'SPAM_SCORE_NOT_WHOLE_NUMBER,*'
            $err.CategoryInfo.Category | Should -Be @('InvalidArgument', 'InvalidArgument')
            $err.TargetObject | Should -Be @(4.5, -3)
            $err[0].Exception.Message | Should -BeLike '-SpamScore: 4.5 cannot be sent*whole number*(e.g. 5).'
            $err[1].Exception.Message | Should -BeLike '-SpamScore: -3 cannot be sent*whole number of 0 or more*'
            $requests | Should -BeNullOrEmpty
            Get-PolicyRow a@example.com | Should -BeNullOrEmpty
        }
        else {
            $err | Should -BeNullOrEmpty
            @($requests | Where-Object Method -EQ 'PUT').Form.spam_score | Should -Be @('4.5', '-3')
            (Get-PolicyRow a@example.com).spam_tag2_level | Should -Be -3
        }
    }

    It 'a stored fraction goes back as <Sent> when another field changes' {
        # A fraction set outside the API (the web interface, or SQL).
        Set-IRedSpamPolicy -User a@example.com -SpamScore 6 -QuarantineSpam $true
        Invoke-EmulatorSql 'UPDATE policy SET spam_tag2_level=4.5, spam_kill_level=4.5' | Should -Be 1
        Clear-EmulatorRequest

        Set-IRedSpamPolicy -User a@example.com -BypassVirusChecks $true

        $requests = @(Get-EmulatorRequest)
        $requests | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/spampolicy/user/a@example.com', 'PUT /api/spampolicy/user/a@example.com')
        $requests[1].Form.spam_score | Should -BeExactly $Sent
        $requests[1].Form.quarantine_spam | Should -Be 'yes'
        $row = Get-PolicyRow a@example.com
        $row.spam_tag2_level | Should -Be ([double]$Sent)
        $row.bypass_virus_checks | Should -Be 'Y'
        (Get-IRedSpamPolicy -User a@example.com).SpamScore | Should -Be ([double]$Sent)
    }
}

Describe 'Ban rules on the <Release> release' -ForEach @(
    @{ Release = 'current' }
    @{ Release = 'legacy' }
) {
    BeforeEach {
        Reset-TestEmulator -Release $Release
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'are sent to later servers only; an older one has none to set and none is sent back' {
        $err = $null
        Set-IRedSpamPolicy -Domain example.com -BannedRuleName allow_ms_word -QuarantineSpam $true -ErrorVariable err -ErrorAction SilentlyContinue
        if ($Release -eq 'current') {
            $err | Should -BeNullOrEmpty
            $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
            $put.Form.banned_rulenames | Should -BeExactly 'ALLOW_MS_WORD'
            (Get-IRedSpamPolicy -Domain example.com).BannedRuleNames | Should -Be @('ALLOW_MS_WORD')
        }
        else {
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'BAN_RULES_NOT_SUPPORTED,*'
            $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $err[0].Exception.Message | Should -BeLike '*-BannedRuleName ALLOW_MS_WORD *'
            Get-EmulatorRequest | Should -BeNullOrEmpty
        }

        # A policy read back and piped into a change carries its (empty on legacy) rules: every PUT is documented.
        Set-IRedSpamPolicy -Domain example.com -QuarantineSpam $true
        Get-IRedSpamPolicy -Domain example.com | Set-IRedSpamPolicy -BypassSpamChecks $true
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $puts | Should -HaveCount 2
        foreach ($put in $puts) {
            $put.Undocumented | Should -BeNullOrEmpty
            ($put.FormKeys -contains 'banned_rulenames') | Should -Be ($Release -eq 'current')
        }
    }
}

Describe 'Spam policies piped from an earlier read' {
    BeforeEach {
        Reset-TestEmulator -Release $RunRelease
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Set-IRedSpamPolicy -User a@example.com -SpamScore 4
        Set-IRedSpamPolicy -Global -SpamScore 7
        Clear-EmulatorRequest
    }

    It 'changes and reads the policy a <Via> object names' -ForEach @(@{ Via = 'Live' }, @{ Via = 'Clixml' }, @{ Via = 'Job' }) {
        $piped = @(Copy-TestObjectVia $Via (Get-IRedSpamPolicy -User a@example.com), (Get-IRedSpamPolicy -Global))
        if ($Via -ne 'Live') { $piped[0].PSObject.TypeNames[0] | Should -BeLike 'Deserialized.*IRedSpamPolicy' }
        Clear-EmulatorRequest

        $piped | Set-IRedSpamPolicy -SpamScore 6
        @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT').Path | Should -Be @('/api/spampolicy/user/a@example.com', '/api/spampolicy/global')
        (Get-PolicyRow a@example.com).spam_tag2_level | Should -Be 6

        $read = @($piped | Get-IRedSpamPolicy)
        @(Get-EmulatorRequest).Path | Should -Be @('/api/spampolicy/user/a@example.com', '/api/spampolicy/global')
        @($read | ForEach-Object { "$($_.Scope) $($_.Account)" }) | Should -Be @('User a@example.com', 'Global ')

        $piped[0] | Remove-IRedSpamPolicy -Confirm:$false
        @(Get-EmulatorRequest).Path | Should -Be '/api/spampolicy/user/a@example.com'
        Get-PolicyRow a@example.com | Should -BeNullOrEmpty
    }

    It 'refuses an object that names no scope (UNSUPPORTED_SCOPE_INPUT by name, a binding error piped) and sends nothing' {
        $thrown = { Set-IRedSpamPolicy -InputObject ([pscustomobject]@{ Name = 'not a setting' }) -SpamScore 6 -ErrorAction Stop } | Should -Throw -PassThru
        $cause = $thrown.Exception
        while ($cause -and $cause -isnot [IRedAdmin.Client.Validation.InvalidInputException]) { $cause = $cause.InnerException }
        $cause.ErrorId | Should -Be 'UNSUPPORTED_SCOPE_INPUT'
        $cause.Message | Should -BeLike '*PSCustomObject*'
        $err = $null
        [pscustomobject]@{ Name = 'not a setting' } | Set-IRedSpamPolicy -SpamScore 6 -ErrorVariable err -ErrorAction SilentlyContinue
        @($err | ForEach-Object FullyQualifiedErrorId) | Should -BeLike 'InputObject*'
        @(Get-EmulatorRequest) | Should -BeNullOrEmpty
    }

    It 'still binds -User and -Domain from users and domains by property name, also with -ThrottleLimit' {
        Get-IRedUser a@example.com | Set-IRedSpamPolicy -SpamScore 5 -ThrottleLimit 4
        Get-IRedDomain example.com | Set-IRedSpamPolicy -SpamScore 3 -ThrottleLimit 4
        @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT').Path | Should -Be @('/api/spampolicy/user/a@example.com', '/api/spampolicy/domain/example.com')
    }
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Set-IRedSpamPolicy' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password $pw
        Clear-EmulatorRequest
    }

    It 'sends yes/no and the score, writes the amavisd row and reads the policy back' {
        $policy = Set-IRedSpamPolicy -User A@Example.com -BypassSpamChecks $true -QuarantineVirus $false -QuarantineSpam $true `
            -PrefixSpamInSubject $true -AlwaysInsertXSpamHeaders $true -SpamScore 4.5 -PassThru

        $requests = @(Get-EmulatorRequest)
        # The stored policy is read first (a PUT resets what it does not carry); this user has none, so only the change is sent.
        "$($requests[0].Method) $($requests[0].Path)" | Should -Be 'GET /api/spampolicy/user/a@example.com'
        $put = $requests[1]
        $put.Method | Should -Be 'PUT'
        $put.Path | Should -Be '/api/spampolicy/user/a@example.com'
        $put.FormKeys | Should -Be @('bypass_spam_checks', 'quarantine_spam', 'quarantine_virus', 'prefix_spam_in_subject', 'always_insert_x_spam_headers', 'spam_score')
        $put.Form.bypass_spam_checks | Should -Be 'yes'
        $put.Form.quarantine_virus | Should -Be 'no'
        $put.Form.spam_score | Should -Be '4.5'
        "$($requests[2].Method) $($requests[2].Path)" | Should -Be 'GET /api/spampolicy/user/a@example.com'

        $row = Invoke-EmulatorQuery 'SELECT p.* FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email=$e' @{ e = 'a@example.com' }
        $row.bypass_spam_checks | Should -Be 'Y'
        $row.spam_quarantine_to | Should -Be 'spam-quarantine'
        $row.virus_quarantine_to | Should -BeNullOrEmpty
        [double]$row.spam_tag2_level | Should -Be 4.5

        $policy | Should -HaveCount 1
        $policy.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedSpamPolicy'
        "$($policy.Scope)" | Should -Be 'User'
        $policy.Account | Should -Be 'a@example.com'
        $policy.IsEmpty | Should -BeFalse
        $policy.SpamScore | Should -Be 4.5
    }
}

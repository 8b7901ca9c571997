# When the server never recovers: one error per item, in input order, saying what is known of the item.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.Reliability.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Retries exhausted' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator -Parameters @{ RetryDelay = [timespan]::FromMilliseconds(2); MaxRetries = 1 }
        $pw = ConvertTo-SecureString 'Bulk-Us3r-Passw0rd!' -AsPlainText -Force
        New-IRedDomain example.com
        New-IRedUser keep@example.com -Password $pw
        Clear-EmulatorRequest
    }

    It 'makes creates that never get an answer one outcome-unknown error each, never resent blindly' {
        Set-EmulatorSetting -FaultKind 503 -FaultPoint before -FaultRate 1.0 | Out-Null

        $r = Invoke-AllStreams { 'x1@example.com', 'x2@example.com', 'x3@example.com' | New-IRedUser -Password $pw -ThrottleLimit 3 } -Variables @{ pw = $pw }

        $log = @(Get-EmulatorRequest -IncludeLogin)
        Set-EmulatorSetting -FaultRate 0 | Out-Null
        $r.Terminating | Should -BeNullOrEmpty
        $r.Output | Should -HaveCount 0
        @($r.Error.TargetObject) | Should -Be @('x1@example.com', 'x2@example.com', 'x3@example.com')
        foreach ($e in $r.Error) {
            $e.FullyQualifiedErrorId | Should -Be 'HTTP_503,IRedAdmin.Cmdlets.User.NewIRedUserCommand'
            "$($e.CategoryInfo.Category)" | Should -Be 'ResourceUnavailable'
            $e.ErrorDetails.Message | Should -BeLike '*Outcome unknown*'
        }
        # The check could not be answered, so each create went out once and was never repeated.
        @($log | Where-Object { $_.Method -eq 'POST' -and $_.Path -like '/api/user/x*' }) | Should -HaveCount 3
        Test-EmulatorAccount -Kind User x1@example.com | Should -BeFalse
        Assert-NoSecret -Result $r -Request $log
    }

    It 'makes a change whose answers are all lost after applying it outcome-unknown, and the change is there' {
        # Only the PUT's answers are lost: the look-up before it (a missing user must not pass as changed) gets through.
        Set-EmulatorSetting -FaultKind drop -FaultPoint after -FaultRate 1.0 -FaultMethod PUT | Out-Null

        $r = Invoke-AllStreams { Set-IRedUser keep@example.com -Name 'Applied' }

        $log = @(Get-EmulatorRequest -IncludeLogin)
        Set-EmulatorSetting -FaultRate 0 | Out-Null
        @(Get-AllErrorRecord $r) | Should -HaveCount 1
        $e = $r.Error[0]
        $e.FullyQualifiedErrorId | Should -Be 'CONNECTION_FAILED,IRedAdmin.Cmdlets.User.SetIRedUserCommand'
        "$($e.CategoryInfo.Category)" | Should -Be 'ConnectionError'
        $e.TargetObject | Should -Be 'keep@example.com'
        $e.ErrorDetails.Message | Should -BeLike '*Outcome unknown*'
        (Get-EmulatorRow -Table mailbox -Column username -Key keep@example.com).name | Should -Be 'Applied'
        @($log | Where-Object Method -EQ 'PUT') | Should -HaveCount 2
        Assert-NoSecret -Result $r -Request $log
    }
}

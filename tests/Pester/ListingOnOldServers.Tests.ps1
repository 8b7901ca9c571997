# Servers from before the list calls (the legacy release) answer a listing GET with a 404/405 page: the user gets one
# clear error that says so, never a raw HTTP status, and nothing is changed.

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator -Release legacy | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Listings on a server without the list calls' {
    BeforeEach {
        Reset-TestEmulator -Release legacy
        Connect-TestEmulator
        New-IRedDomain example.com -ErrorAction Stop
        New-IRedUser a@example.com -Password (Get-TestPassword) -ErrorAction Stop
        Clear-EmulatorRequest
    }

    It 'Get-IRedUser -Domain reports LISTING_NOT_SUPPORTED (NotImplemented) naming the call' {
        $err = $null
        $users = @(Get-IRedUser -Domain example.com -ErrorVariable err -ErrorAction SilentlyContinue)
        $users | Should -HaveCount 0
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'LISTING_NOT_SUPPORTED,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::NotImplemented)
        $err[0].Exception.Message | Should -Match 'GET /api/users/example\.com'
        $err[0].Exception.Message | Should -Match 'later'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/users/example.com')
    }

    It 'Sync-IRedUser stops with LISTING_NOT_SUPPORTED before changing anything' {
        $rows = @(
            [pscustomobject]@{ Mail = 'a@example.com'; Name = 'Changed' }
            [pscustomobject]@{ Mail = 'b@example.com'; Name = 'New'; Password = 'Str0ng-Passw0rd!' }
        )
        { $rows | Sync-IRedUser -Domain example.com -Absent Remove -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'LISTING_NOT_SUPPORTED,*'
        @(Get-EmulatorRequest | Where-Object Method -ne 'GET') | Should -HaveCount 0
        Test-EmulatorAccount -Kind User b@example.com | Should -BeFalse
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).name | Should -Not -Be 'Changed'
    }
}

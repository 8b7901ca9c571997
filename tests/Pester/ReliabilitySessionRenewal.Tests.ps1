# The server's other way of ending a session: a 303 to the login page when the client's address changes.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.Reliability.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Session renewal after a client address change' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com -Description Before
        Clear-EmulatorRequest
    }

    It 'renews a 303 to the login page transparently with one login' {
        Invoke-EmulatorClientIpChange

        $r = Invoke-AllStreams { Set-IRedDomain example.com -Description After -PassThru }

        @(Get-AllErrorRecord $r) | Should -HaveCount 0
        $r.Output | Should -HaveCount 1
        $r.Output[0].Description | Should -Be 'After'
        $log = @(Get-EmulatorRequest -IncludeLogin)
        $log[0].Status | Should -Be 303
        # Set-* reads the domain first (a domain PUT clears what it does not send), so the read meets the 303.
        $log | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/domain/example.com', 'POST /api/login', 'GET /api/domain/example.com', 'PUT /api/domain/example.com', 'GET /api/domain/example.com')
        $log[1].Status | Should -Be 200
        $log[3].Form.name | Should -Be 'After'
        (Get-EmulatorRow -Table domain -Column domain -Key example.com).description | Should -Be 'After'
        Assert-NoSecret -Result $r -Request $log
    }

    It 'renews a 303 met by a write and sends that write again, once' {
        Invoke-EmulatorClientIpChange

        $r = Invoke-AllStreams { New-IRedDomain other.example -Description Other -PassThru }

        @(Get-AllErrorRecord $r) | Should -HaveCount 0
        $r.Output[0].Domain | Should -Be 'other.example'
        $log = @(Get-EmulatorRequest -IncludeLogin)
        $log | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('POST /api/domain/other.example', 'POST /api/login', 'POST /api/domain/other.example', 'GET /api/domain/other.example')
        $log[0].Status | Should -Be 303
        $log[2].Form.name | Should -Be 'Other'
        (Get-EmulatorRow -Table domain -Column domain -Key other.example).description | Should -Be 'Other'
        Assert-NoSecret -Result $r -Request $log
    }
}

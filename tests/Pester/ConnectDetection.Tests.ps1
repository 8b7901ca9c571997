# Connect-IRedAdmin learns the backend and the release family from what the server answers and shows them on
# Get-IRedConnection; -ApiDialect only overrides. The session cookie is whatever the login answer sets.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

# Each test sets the release it needs, so the file asserts both on either run; it ends on the run's own release.
Describe 'Connect-IRedAdmin finds out what it talks to' {
    AfterAll { Reset-TestEmulator -Backend sql -Release $(if ($env:IREDADMIN_TEST_RELEASE) { $env:IREDADMIN_TEST_RELEASE } else { 'current' }) }

    It 'reads an SQL server of a later release from its session cookie, with no request beyond the login' {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator

        $connection = Get-IRedConnection
        "$($connection.Backend)" | Should -Be 'Sql'
        "$($connection.Release)" | Should -Be 'Current'
        "$($connection.ApiDialect)" | Should -Be 'Modern'
        $connection.SessionCookieName | Should -Be 'iRedAdmin-Pro-MYSQL'
        @(Get-EmulatorRequest -IncludeLogin | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('POST /api/login')
        (Get-IRedConnection | Format-Table | Out-String) | Should -Match 'Release'
    }

    It 'reads an LDAP server of a later release from its session cookie' {
        Reset-TestEmulator -Backend ldap -Release current
        Connect-TestEmulator
        "$((Get-IRedConnection).Backend)" | Should -Be 'Ldap'
        "$((Get-IRedConnection).Release)" | Should -Be 'Current'
        $(Get-IRedConnection).SessionCookieName | Should -Be 'iRedAdmin-Pro-LDAP'
        @(Get-EmulatorRequest -IncludeLogin | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('POST /api/login')
    }

    It 'asks an older <Backend> release, whose cookie names no backend, what it is: no GET /api/domains, and the admin''s own profile' -ForEach @(
        @{ Backend = 'sql'; Expected = 'Sql' }
        @{ Backend = 'ldap'; Expected = 'Ldap' }
    ) {
        Reset-TestEmulator -Backend $Backend -Release legacy
        Connect-TestEmulator

        $connection = Get-IRedConnection
        $connection.SessionCookieName | Should -Be 'iRedAdmin'
        "$($connection.Release)" | Should -Be 'Legacy'
        "$($connection.Backend)" | Should -Be $Expected
        "$($connection.ApiDialect)" | Should -Be 'Seed'
        $requests = @(Get-EmulatorRequest -IncludeLogin)
        @($requests | ForEach-Object { "$($_.Method) $($_.Path)" }) |
            Should -Be @('POST /api/login', 'GET /api/domains', "GET /api/admin/$((Get-TestEmulator).AdminEmail)")
        $requests[1].Status | Should -Be 404
        $requests[2].Status | Should -Be 200
    }

    It 'speaks the <Release> release''s dialect (<Word>, documented there) unless -ApiDialect <Other> overrides it (<OtherWord>)' -ForEach @(
        @{ Release = 'current'; Dialect = 'Modern'; Word = 'addService'; Other = 'Seed'; OtherWord = 'enableService' }
        @{ Release = 'legacy'; Dialect = 'Seed'; Word = 'enableService'; Other = 'Modern'; OtherWord = 'addService' }
    ) {
        # The override sends what this release's document does not list, on purpose: an emulator of its own, exempt
        # from the suite-wide check; the default dialect's request is held to that check here instead.
        $own = Start-TestEmulator -Release $Release -NoDefault -AllowUndocumented
        try {
            Connect-TestEmulator -Emulator $own
            "$((Get-IRedConnection).ApiDialect)" | Should -Be $Dialect
            New-IRedDomain example.com
            Clear-EmulatorRequest -Emulator $own
            Set-IRedDomain example.com -EnableService self-service -CatchAll @() -OutboundRelay ''
            $put = @(Get-EmulatorRequest -Emulator $own | Where-Object Method -eq 'PUT')
            $put | Should -HaveCount 1
            $put[0].FormKeys | Should -Contain $Word
            $put[0].Undocumented | Should -BeNullOrEmpty

            Connect-TestEmulator -Emulator $own -Parameters @{ ApiDialect = $Other }
            "$((Get-IRedConnection).ApiDialect)" | Should -Be $Other
            "$((Get-IRedConnection).Release)" | Should -Be $(if ($Release -eq 'current') { 'Current' } else { 'Legacy' })
            Clear-EmulatorRequest -Emulator $own
            Set-IRedDomain example.com -EnableService self-service -CatchAll @() -OutboundRelay ''
            $put = @(Get-EmulatorRequest -Emulator $own | Where-Object Method -eq 'PUT')
            $put | Should -HaveCount 1
            $put[0].FormKeys | Should -Contain $OtherWord
            $put[0].Undocumented | Should -Contain $OtherWord
        }
        finally { Stop-TestEmulator $own }
    }

    It 'renews a lost session on a white/blacklist call and sends it again' -Tag CurrentOnly {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        Invoke-EmulatorSessionExpiry | Out-Null
        Clear-EmulatorRequest

        Add-IRedSenderList -Domain example.com -Direction Inbound -List Blacklist -Sender 'spam@bad.example'

        $requests = @(Get-EmulatorRequest -IncludeLogin)
        @($requests | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @(
            'POST /api/wblist/inbound/blacklist/example.com'
            'POST /api/login'
            'POST /api/wblist/inbound/blacklist/example.com')
        # Later releases answer PERMISSION_DENIED here (these calls have no login check), older ones LOGIN_REQUIRED.
        $requests[0].ErrorCode | Should -BeIn @('PERMISSION_DENIED', 'LOGIN_REQUIRED')
        $requests[2].ErrorCode | Should -BeNullOrEmpty
        @(Get-IRedSenderList -Domain example.com -Direction Inbound -List Blacklist).Sender | Should -Be @('spam@bad.example')
    }
}

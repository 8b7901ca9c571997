# Connect-IRedAdmin learns the backend and the release family from what the server answers and shows them on
# Get-IRedConnection; -ApiDialect only overrides. The session cookie is whatever the login answer sets.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Connect-IRedAdmin finds out what it talks to' {
    It 'reads an SQL server of a later release from its session cookie, with no request beyond the login' {
        Reset-TestEmulator -Backend sql
        Connect-TestEmulator

        $connection = Get-IRedConnection
        "$($connection.Backend)" | Should -Be 'Sql'
        "$($connection.Release)" | Should -Be 'Current'
        "$($connection.ApiDialect)" | Should -Be 'Modern'
        $connection.SessionCookieName | Should -Be 'iRedAdmin-Pro-MYSQL'
        @(Get-EmulatorRequest -IncludeLogin | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('POST /api/login')
        (Get-IRedConnection | Format-Table | Out-String) | Should -Match 'Release'
    }

    It 'reads an LDAP server from its session cookie' {
        Reset-TestEmulator -Backend ldap
        Connect-TestEmulator
        "$((Get-IRedConnection).Backend)" | Should -Be 'Ldap'
        $(Get-IRedConnection).SessionCookieName | Should -Be 'iRedAdmin-Pro-LDAP'
        Reset-TestEmulator -Backend sql
    }

    It 'speaks the release''s dialect unless -ApiDialect overrides it' {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
        Set-IRedDomain example.com -EnableService self-service -CatchAll @() -OutboundRelay ''
        (@(Get-EmulatorRequest) | Where-Object Method -eq 'PUT').FormKeys | Should -Contain 'addService'

        Connect-TestEmulator -Parameters @{ ApiDialect = 'Seed' }
        "$((Get-IRedConnection).ApiDialect)" | Should -Be 'Seed'
        "$((Get-IRedConnection).Release)" | Should -Be 'Current'
        Clear-EmulatorRequest
        Set-IRedDomain example.com -EnableService self-service -CatchAll @() -OutboundRelay ''
        (@(Get-EmulatorRequest) | Where-Object Method -eq 'PUT').FormKeys | Should -Contain 'enableService'
    }

    It 'renews a lost session on a white/blacklist call and sends it again' {
        Reset-TestEmulator
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

# Invoke-IRedAdminApi: any call through the connection's session (re-login, retries, error meaning), answering objects.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    # Arbitrary bodies and queries are this cmdlet's point, so requests here may carry what no document lists.
    Start-TestEmulator -AllowUndocumented | Out-Null

    function Get-Line($Request) { "$($Request.Method) $($Request.Path)" }
}
AfterAll { Stop-TestEmulator }

Describe 'Invoke-IRedAdminApi' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'answers _data as objects, with nested lists' {
        Set-IRedDomain example.com -CatchAll 'postmaster@example.com' -OutboundRelay ''
        Clear-EmulatorRequest

        $domain = Invoke-IRedAdminApi GET /api/domain/example.com

        $domain | Should -HaveCount 1
        $domain.domain | Should -Be 'example.com'
        @($domain.catchall) | Should -Be @('postmaster@example.com')
        $domain.settings.GetType().Name | Should -Be 'PSCustomObject'
        ($(Get-EmulatorRequest) | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/domain/example.com')
    }

    # GET /api/domains and /api/users/<domain> came with later releases.
    It 'writes each item of a list answer and sends -Query in the query string' -Tag CurrentOnly {
        New-IRedDomain other.example
        Clear-EmulatorRequest
        $names = @(Invoke-IRedAdminApi -Method GET -Path domains -Query @{ name_only = '' })
        $names | Should -Be @('example.com', 'other.example')
        (@(Get-EmulatorRequest)[0]).Query | Should -Be 'name_only='
    }

    It 'sends -Body as a form (SecureString in clear on the wire only, arrays comma-joined, booleans yes/no) and changes the server' {
        Invoke-IRedAdminApi POST user/a@example.com -Body ([ordered]@{ password = (Get-TestPassword); name = 'A B'; quota = 10 }) -Confirm:$false
        Invoke-IRedAdminApi PUT user/a@example.com -Body ([ordered]@{ forwarding = @('x@example.org', 'y@example.org'); isGlobalAdmin = $false }) -Confirm:$false

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('POST /api/user/a@example.com', 'PUT /api/user/a@example.com')
        $requests[0].FormKeys | Should -Be @('password', 'name', 'quota')
        $requests[1].Form.forwarding | Should -Be 'x@example.org,y@example.org'
        $requests[1].Form.isGlobalAdmin | Should -Be 'no'
        (Get-EmulatorRow mailbox username a@example.com).name | Should -Be 'A B'
        (Get-EmulatorRow mailbox username a@example.com).quota | Should -Be 10
        Test-IRedUserPassword a@example.com -Password (Get-TestPassword) | Should -BeTrue
    }

    It 'puts DELETE parameters in the query string and asks before changing anything' {
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest

        Invoke-IRedAdminApi DELETE user/a@example.com -WhatIf
        @(Get-EmulatorRequest) | Should -HaveCount 0

        Invoke-IRedAdminApi DELETE user/a@example.com/keep_mailbox_days/30 -Query @{ x = 'y' } -Confirm:$false
        $delete = @(Get-EmulatorRequest)[0]
        Get-Line $delete | Should -Be 'DELETE /api/user/a@example.com/keep_mailbox_days/30'
        $delete.Query | Should -Be 'x=y'
        Test-EmulatorAccount -Kind User a@example.com | Should -BeFalse
    }

    It 'sends piped paths concurrently with -ThrottleLimit and writes every answer and error in input order' {
        'one', 'two', 'three', 'four', 'five' | ForEach-Object { New-IRedDomain "$_.example" }
        Set-EmulatorSetting -LatencyMs 40 | Out-Null
        Clear-EmulatorRequest
        Get-EmulatorStat -Reset | Out-Null
        $paths = 'one', 'two', 'missing', 'three', 'four', 'five' | ForEach-Object { "domain/$_.example" }

        $lines = @($paths | Invoke-IRedAdminApi GET -ThrottleLimit 4 -ErrorAction Continue 2>&1 | ForEach-Object {
                if ($_ -is [System.Management.Automation.ErrorRecord]) { 'E:' + $_.TargetObject + ':' + $_.FullyQualifiedErrorId.Split(',')[0] }
                else { 'O:' + $_.domain }
            })

        $lines | Should -Be @('O:one.example', 'O:two.example', 'E:domain/missing.example:NO_SUCH_ACCOUNT', 'O:three.example', 'O:four.example', 'O:five.example')
        (Get-EmulatorStat).maxInFlight | Should -BeIn (2..4)
        @(Get-EmulatorRequest).Path | Sort-Object | Should -Be ($paths | ForEach-Object { "/api/$_" } | Sort-Object)
    }

    It 'answers an object that sits beside _success (throttle)' {
        Set-IRedThrottle -Domain example.com -Direction Inbound -Period 60 -MaxMessages 5
        $answer = Invoke-IRedAdminApi GET throttle/example.com/inbound
        $answer.setting.max_msgs | Should -Be 5
        $answer.setting.period | Should -Be 60
    }

    It 'never outputs a stored password hash' -Tag CurrentOnly {
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Set-EmulatorSetting -IncludePasswordHashInListing $true | Out-Null
        $users = @(Invoke-IRedAdminApi GET users/example.com)
        $users | Should -HaveCount 1
        $users[0].username | Should -Be 'a@example.com'
        $users[0].PSObject.Properties.Name | Should -Not -Contain 'password'
    }

    It 'maps errors like every cmdlet: a missing domain is NO_SUCH_ACCOUNT, ObjectNotFound' {
        Invoke-IRedAdminApi GET domain/ghost.example -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'NO_SUCH_ACCOUNT,IRedAdmin.Cmdlets.Api.InvokeIRedAdminApiCommand'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'domain/ghost.example'
    }

    It 'logs in again when the session is gone' {
        Invoke-EmulatorSessionExpiry | Out-Null
        Clear-EmulatorRequest
        (Invoke-IRedAdminApi GET domain/example.com).domain | Should -Be 'example.com'
        @(Get-EmulatorRequest -IncludeLogin | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/domain/example.com', 'POST /api/login', 'GET /api/domain/example.com')
    }

    It 'refuses <Case> before sending anything' -TestCases @(
        @{ Case = 'a trailing slash'; Script = { Invoke-IRedAdminApi GET domain/example.com/ -ErrorVariable err -ErrorAction SilentlyContinue }; ErrorId = 'INVALID_API_PATH' }
        @{ Case = 'a query string in the path'; Script = { Invoke-IRedAdminApi GET 'domains?name_only' -ErrorVariable err -ErrorAction SilentlyContinue }; ErrorId = 'INVALID_API_PATH' }
        @{ Case = 'a dot-dot segment'; Script = { Invoke-IRedAdminApi GET 'domain/../login' -ErrorVariable err -ErrorAction SilentlyContinue }; ErrorId = 'INVALID_API_PATH' }
    ) {
        param($Case, $Script, $ErrorId)
        $err = $null
        . $Script
        $err[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        "$($err[0].CategoryInfo.Category)" | Should -Be 'InvalidArgument'
        @(Get-EmulatorRequest) | Should -HaveCount 0
    }

    It 'refuses -Body on a GET' {
        { Invoke-IRedAdminApi GET domain/example.com -Body @{ a = 1 } } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        @(Get-EmulatorRequest) | Should -HaveCount 0
    }

    It 'is exported with help' {
        (Get-Command Invoke-IRedAdminApi).Module.Name | Should -Be 'IRedAdmin'
        (Get-Help Invoke-IRedAdminApi).Synopsis | Should -Not -BeNullOrEmpty
        (Get-Help Invoke-IRedAdminApi -Parameter Path).Description | Should -Not -BeNullOrEmpty
    }
}

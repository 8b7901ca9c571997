# Each Set-* changes only what the user named: where a server replaces or clears what a write does not carry (a
# domain's catch-all and relay, the whole spam policy, every throttle value, a list's status), the client reads the
# stored values and sends them back. The wire shows it on any emulator; the state checks show it on one that clears.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Get-Line($Request) { "$($Request.Method) $($Request.Path)" }
}
AfterAll { Stop-TestEmulator }

Describe 'Set-IRedDomain keeps the catch-all and the outbound relay' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser catch@example.com -Password (Get-TestPassword)
        Set-IRedDomain example.com -CatchAll catch@example.com -OutboundRelay 'smtp:[192.0.2.2]:25'
        Clear-EmulatorRequest
    }

    It 'reads the domain and sends both back with the change' {
        Set-IRedDomain example.com -Description 'Sales'

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/domain/example.com', 'PUT /api/domain/example.com')
        $requests[1].FormKeys | Should -Be @('name', 'catchall', 'outboundRelay')
        $requests[1].Form.catchall | Should -Be 'catch@example.com'
        $requests[1].Form.outboundRelay | Should -Be 'smtp:[192.0.2.2]:25'

        (Get-EmulatorRow domain domain example.com).description | Should -Be 'Sales'
        @(Invoke-EmulatorQuery 'SELECT forwarding FROM forwardings WHERE address=$d' @{ d = 'example.com' }).forwarding | Should -Be @('catch@example.com')
        (Get-EmulatorRow sender_relayhost account '@example.com').relayhost | Should -Be 'smtp:[192.0.2.2]:25'
    }

    It 'reads nothing when both are named, and can still clear them' {
        Set-IRedDomain example.com -CatchAll @() -OutboundRelay ''
        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('PUT /api/domain/example.com')
        Get-EmulatorCount forwardings 'address = $d' @{ d = 'example.com' } | Should -Be 0
        Get-EmulatorCount sender_relayhost 'account = $a' @{ a = '@example.com' } | Should -Be 0
    }

    It 'reads nothing under -WhatIf and names only what was asked' {
        $emulator = Get-TestEmulator
        $result = Invoke-TestPwsh -Script @"
Import-Module '$(Get-TestModulePath)' -ErrorAction Stop
Connect-IRedAdmin
Set-IRedDomain example.com -Description Sales -WhatIf
"@ -Environment @{ IREDADMIN_URI = $emulator.BaseUri; IREDADMIN_USERNAME = $emulator.AdminEmail; IREDADMIN_PASSWORD = $emulator.AdminPassword }

        $result.ExitCode | Should -Be 0
        $result.Output | Should -Contain 'What if: Performing the operation "Set Description" on target "example.com".'
        # Only what Connect-IRedAdmin asks an older server to learn its release and backend (a later one's cookie says both).
        $probes = if ($emulator.Release -eq 'legacy') { @('GET /api/domains', "GET /api/admin/$($emulator.AdminEmail)") } else { @() }
        @(Get-EmulatorRequest | ForEach-Object { Get-Line $_ }) | Should -Be $probes
        (Get-EmulatorRow domain domain example.com).description | Should -Not -Be 'Sales'
    }

    It 'sends service changes in a PUT of their own (later releases apply nothing else of a PUT whose services do not change)' {
        Set-IRedDomain example.com -Description 'Sales' -EnableService self-service

        $requests = @(Get-EmulatorRequest)
        if ((Get-TestEmulator).Release -eq 'current') {
            ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/domain/example.com', 'PUT /api/domain/example.com', 'PUT /api/domain/example.com')
            $requests[1].FormKeys | Should -Be @('name', 'catchall', 'outboundRelay')
            $requests[2].FormKeys | Should -Be @('catchall', 'outboundRelay', 'addService')
            $requests[2].Form.catchall | Should -Be 'catch@example.com'
        }
        else {
            # Older servers apply every parameter of one PUT, under the older document's name for the service change.
            ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/domain/example.com', 'PUT /api/domain/example.com')
            $requests[1].FormKeys | Should -Be @('name', 'catchall', 'outboundRelay', 'enableService')
            $requests[1].Form.enableService | Should -Be 'self-service'
            $requests[1].Form.catchall | Should -Be 'catch@example.com'
        }
        (Get-EmulatorRow domain domain example.com).description | Should -Be 'Sales'
        (Get-EmulatorRow domain domain example.com).settings | Should -Match 'self-service'
    }

    It 'overlaps the reads too under -ThrottleLimit' {
        $names = 'a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example'
        $names | New-IRedDomain
        Clear-EmulatorRequest
        Set-EmulatorSetting -LatencyMs 150 | Out-Null
        try {
            Get-EmulatorStat -Reset | Out-Null
            $names | Set-IRedDomain -Description 'one at a time'
            $sequential = (Get-EmulatorStat).maxInFlight
            Get-EmulatorStat -Reset | Out-Null
            $names | Set-IRedDomain -Description 'six at once' -ThrottleLimit 6
            $parallel = (Get-EmulatorStat).maxInFlight
        }
        finally { Set-EmulatorSetting -LatencyMs 0 | Out-Null }

        $sequential | Should -Be 1
        $parallel | Should -BeGreaterThan 1
        $requests = @(Get-EmulatorRequest)
        @($requests | Where-Object Method -eq 'GET') | Should -HaveCount 12
        @($requests | Where-Object Method -eq 'PUT') | Should -HaveCount 12
        Get-EmulatorCount domain 'description = $d' @{ d = 'six at once' } | Should -Be 6
    }
}

Describe 'Set-IRedSpamPolicy keeps every other field of the policy' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Set-IRedSpamPolicy -User a@example.com -BypassSpamChecks $true -QuarantineSpam $true -PrefixSpamInSubject $true -SpamScore 6
        Clear-EmulatorRequest
    }

    It 'sends the stored values with the one change' {
        Set-IRedSpamPolicy -User a@example.com -SpamScore 8

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/spampolicy/user/a@example.com', 'PUT /api/spampolicy/user/a@example.com')
        $put = $requests[1]
        $put.Form.spam_score | Should -Be '8'
        $put.Form.bypass_spam_checks | Should -Be 'yes'
        $put.Form.quarantine_spam | Should -Be 'yes'
        $put.Form.prefix_spam_in_subject | Should -Be 'yes'
        # Later servers stored their default (yes) for what the first PUT left out; older ones left it unset.
        $put.Form.quarantine_virus | Should -Be $(if ((Get-TestEmulator).Release -eq 'current') { 'yes' } else { 'no' })
        $put.FormKeys | Should -Contain 'always_insert_x_spam_headers'

        $row = Invoke-EmulatorQuery 'SELECT p.* FROM policy p JOIN users u ON u.policy_id=p.id WHERE u.email=$e' @{ e = 'a@example.com' }
        [double]$row.spam_tag2_level | Should -Be 8
        $row.bypass_spam_checks | Should -Be 'Y'
        $row.spam_quarantine_to | Should -Be 'spam-quarantine'
    }

    It 'sends only the change when the account has no policy yet' {
        Set-IRedSpamPolicy -Domain example.com -QuarantineVirus $true
        $put = @(Get-EmulatorRequest) | Where-Object Method -eq 'PUT'
        $put.FormKeys | Should -Be @('quarantine_virus')
    }
}

Describe 'Set-IRedThrottle keeps every value not named' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Set-IRedThrottle -User a@example.com -Direction Outbound -Period 3600 -MaxMessages 20 -MaxMessageSize 10MB
        Clear-EmulatorRequest
    }

    It 'takes the stored period and limits when only -MaxMessages is given' {
        Set-IRedThrottle -User a@example.com -Direction Outbound -MaxMessages 50

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/throttle/a@example.com/outbound', 'POST /api/throttle/a@example.com/outbound')
        $requests[1].FormKeys | Should -Be @('period', 'msg_size', 'max_msgs', 'max_quota')
        $requests[1].Form.period | Should -Be '3600'
        $requests[1].Form.msg_size | Should -Be '10485760'
        $requests[1].Form.max_msgs | Should -Be '50'
        $requests[1].Form.max_quota | Should -Be '-1'

        $row = Invoke-EmulatorQuery 'SELECT * FROM throttle WHERE account=$a AND kind=$k' @{ a = 'a@example.com'; k = 'outbound' }
        $row.period | Should -Be 3600
        $row.msg_size | Should -Be 10485760
        $row.max_msgs | Should -Be 50
        $row.max_quota | Should -Be -1
    }

    It 'asks for a period only when there is none to keep' {
        Set-IRedThrottle -User a@example.com -Direction Inbound -MaxMessages 5 -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].FullyQualifiedErrorId | Should -BeLike 'MISS_PERIOD,*'
        "$($err[0].CategoryInfo.Category)" | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be 'a@example.com'
        ($(Get-EmulatorRequest) | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/throttle/a@example.com/inbound')
        Get-EmulatorCount throttle 'account = $a AND kind = $k' @{ a = 'a@example.com'; k = 'inbound' } | Should -Be 0
    }

    It 'names only what was asked under -WhatIf and sends nothing' {
        Set-IRedThrottle -User a@example.com -Direction Outbound -MaxMessages 50 -WhatIf
        @(Get-EmulatorRequest) | Should -HaveCount 0
    }
}

Describe 'Set-IRedSubscribableList keeps the status' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedSubscribableList news@example.com -Status Disabled
        Clear-EmulatorRequest
    }

    It 'sends the stored status with a change that does not name it' {
        Set-IRedSubscribableList news@example.com -Name 'Newsletter'
        $put = @(Get-EmulatorRequest) | Where-Object Method -eq 'PUT'
        $put.Form.accountStatus | Should -Be 'disabled'
        $put.Form.name | Should -Be 'Newsletter'
        (Get-EmulatorRow maillists address news@example.com).active | Should -Be 0
    }

    It 'reads nothing when the status is named' {
        Set-IRedSubscribableList news@example.com -Status Active
        ($(Get-EmulatorRequest) | ForEach-Object { Get-Line $_ }) | Should -Be @('PUT /api/ml/news@example.com')
        (Get-EmulatorRow maillists address news@example.com).active | Should -Be 1
    }
}

Describe 'Set-IRedAdmin limits reach the server' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedAdmin helpdesk@other.example -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'sends isGlobalAdmin=no with the limits of an admin that is not global (later releases ignore them otherwise)' {
        Set-IRedAdmin helpdesk@other.example -MaxDomains 5

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/admin/helpdesk@other.example', 'PUT /api/admin/helpdesk@other.example')
        $requests[1].FormKeys | Should -Be @('isGlobalAdmin', 'maxDomains')
        $requests[1].Form.isGlobalAdmin | Should -Be 'no'
        (Get-EmulatorRow admin username helpdesk@other.example).settings | Should -Match 'create_max_domains'
        Get-EmulatorCount domain_admins 'username = $u AND domain = $d' @{ u = 'helpdesk@other.example'; d = 'ALL' } | Should -Be 0
    }

    It 'reads nothing for a change without limits' {
        Set-IRedAdmin helpdesk@other.example -Name 'Help desk'
        ($(Get-EmulatorRequest) | ForEach-Object { Get-Line $_ }) | Should -Be @('PUT /api/admin/helpdesk@other.example')
    }
}

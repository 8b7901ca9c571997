# Get-/Set-IRedThrottle over real HTTP: the wire form, iRedAPD throttle rows, output objects, -WhatIf, errors.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # The throttle row of an account ('@domain', 'user@domain' or '@.' for global) and direction; $null when none.
    function Get-ThrottleRow([string] $Account, [string] $Kind) {
        Invoke-EmulatorQuery 'SELECT * FROM throttle WHERE account=$a AND kind=$k' @{ a = $Account; k = $Kind }
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Set-/Get-IRedThrottle' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password $pw
        Clear-EmulatorRequest
    }

    It 'sends a domain outbound setting in seconds and bytes and writes the row' {
        $t = Set-IRedThrottle -Domain Example.COM -Direction Outbound -Period 01:00:00 -MaxMessageSize 10MB -MaxMessages 100 -MaxQuota 1GB -PassThru

        $requests = @(Get-EmulatorRequest)
        $post = $requests[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/throttle/example.com/outbound'
        # Every value is named, so nothing is read first; the API has no recipient limit, so none is sent.
        $post.FormKeys | Should -Be @('period', 'msg_size', 'max_msgs', 'max_quota')
        $post.Undocumented | Should -BeNullOrEmpty
        $post.Form.period | Should -Be '3600'
        $post.Form.msg_size | Should -Be '10485760'
        $post.Form.max_msgs | Should -Be '100'
        $post.Form.max_quota | Should -Be '1073741824'
        (Get-Command Set-IRedThrottle).Parameters.ContainsKey('MaxRecipients') | Should -BeFalse
        "$($requests[1].Method) $($requests[1].Path)" | Should -Be 'GET /api/throttle/example.com/outbound'

        $row = Get-ThrottleRow '@example.com' outbound
        $row.period | Should -Be 3600
        $row.msg_size | Should -Be 10485760
        $row.max_quota | Should -Be 1073741824
        Get-ThrottleRow '@example.com' inbound | Should -BeNullOrEmpty

        $t | Should -HaveCount 1
        $t.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedThrottle'
        "$($t.Scope)" | Should -Be 'Domain'
        $t.Account | Should -Be 'example.com'
        "$($t.Direction)" | Should -Be 'Outbound'
        $t.Period | Should -Be ([timespan]::FromHours(1))
        $t.MaxMessageSizeBytes | Should -BeOfType [long]
        $t.MaxMessageSizeBytes | Should -Be 10485760
        $t.MaxMessages | Should -Be 100
        $t.MaxQuotaBytes | Should -Be 1073741824
    }

    It 'takes -Period in seconds and sends a $null limit as inherit (-1)' {
        Set-IRedThrottle -User a@example.com -Direction Inbound -Period 600 -MaxMessages $null
        Set-IRedThrottle -Global -Direction Outbound -PeriodSec '86400' -MaxMessages 0

        # Values not sent are stored as 0 (unlimited) by later servers, so the stored setting is read and every value
        # sent; with none stored, a value not named stays inherit (-1).
        $requests = @(Get-EmulatorRequest)
        $requests | ForEach-Object { "$($_.Method) $($_.Path)" } | Should -Be @(
            'GET /api/throttle/a@example.com/inbound', 'POST /api/throttle/a@example.com/inbound'
            'GET /api/throttle/global/outbound', 'POST /api/throttle/global/outbound')
        $requests[1].FormKeys | Should -Be @('period', 'msg_size', 'max_msgs', 'max_quota')
        $requests[1].Form.period | Should -Be '600'
        $requests[1].Form.max_msgs | Should -Be '-1'
        $requests[1].Form.msg_size | Should -Be '-1'
        $requests[1].Form.max_quota | Should -Be '-1'
        $requests[3].Form.period | Should -Be '86400'
        $requests[3].Form.max_msgs | Should -Be '0'
        $requests[3].Form.msg_size | Should -Be '-1'
        (Get-ThrottleRow a@example.com inbound).max_msgs | Should -Be -1
        (Get-ThrottleRow '@.' outbound).max_msgs | Should -Be 0

        # -1 (inherit) reads back as $null.
        $got = Get-IRedThrottle -User a@example.com -Direction Inbound
        $got | Should -HaveCount 1
        $got.MaxMessages | Should -BeNullOrEmpty
        $got.Period | Should -Be ([timespan]::FromMinutes(10))
    }

    It 'reads both directions without -Direction and flags an empty setting' {
        Set-IRedThrottle -Global -Direction Inbound -Period 60 -MaxMessages 5
        Clear-EmulatorRequest

        $t = @(Get-IRedThrottle -Global)

        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/throttle/global/inbound', 'GET /api/throttle/global/outbound')
        $t | Should -HaveCount 2
        "$($t[0].Direction)" | Should -Be 'Inbound'
        $t[0].MaxMessages | Should -Be 5
        $t[0].Priority | Should -BeOfType [int]
        $t[0].Priority | Should -Be 0
        $t[0].IsEmpty | Should -BeFalse
        "$($t[1].Direction)" | Should -Be 'Outbound'
        $t[1].IsEmpty | Should -BeTrue
        $t[1].Period | Should -BeNullOrEmpty
    }

    It 'takes objects from the pipeline and a piped setting keeps the limits not given' {
        Set-IRedThrottle -User a@example.com -Direction Outbound -Period 3600 -MaxMessageSize 1MB -MaxMessages 10
        Clear-EmulatorRequest

        Get-IRedUser a@example.com | Get-IRedThrottle -Direction Outbound | Set-IRedThrottle -MaxMessages 20

        $requests = @(Get-EmulatorRequest)
        $requests | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/user/a@example.com', 'GET /api/throttle/a@example.com/outbound', 'POST /api/throttle/a@example.com/outbound')
        $requests[2].Form.period | Should -Be '3600'
        $requests[2].Form.msg_size | Should -Be '1048576'
        $requests[2].Form.max_msgs | Should -Be '20'
        $row = Get-ThrottleRow a@example.com outbound
        $row.max_msgs | Should -Be 20
        $row.msg_size | Should -Be 1048576

        Get-IRedDomain example.com | Get-IRedThrottle -Direction Inbound | Out-Null
        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } |
            Should -Be @('GET /api/domain/example.com', 'GET /api/throttle/example.com/inbound')
    }

    It 'catches a missing or bad period and an out-of-range limit before sending, per item' {
        $err = $null
        Set-IRedThrottle -Domain example.com -Direction Inbound -MaxMessages 5 -ErrorVariable +err -ErrorAction SilentlyContinue
        # The empty setting read from the server has no period either.
        Get-IRedThrottle -Domain example.com -Direction Outbound | Set-IRedThrottle -MaxMessages 5 -ErrorVariable +err -ErrorAction SilentlyContinue
        Set-IRedThrottle -Domain example.com -Direction Inbound -Period 0.5 -ErrorVariable +err -ErrorAction SilentlyContinue
        Set-IRedThrottle -Domain example.com -Direction Inbound -Period 60 -MaxMessages -2 -ErrorVariable +err -ErrorAction SilentlyContinue

        $err | Should -HaveCount 4
        $err[0].FullyQualifiedErrorId | Should -BeLike 'MISS_PERIOD,*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].Exception.Message | Should -BeLike '-Period: A period is required*'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'MISS_PERIOD,*'
        $err[2].FullyQualifiedErrorId | Should -BeLike 'INVALID_PERIOD,*'
        $err[3].FullyQualifiedErrorId | Should -BeLike 'VALUE_OUT_OF_RANGE,*'
        $err[3].TargetObject | Should -BeOfType [long]
        $err[3].TargetObject | Should -Be -2
        Get-EmulatorRequest | Where-Object Method -EQ 'POST' | Should -BeNullOrEmpty
        Get-EmulatorCount throttle | Should -Be 0
    }

    It 'refuses bad targets before sending and reports server errors per item' {
        $bad = $null
        Set-IRedThrottle -Domain 'bad_domain!' -Direction Inbound -Period 60 -ErrorVariable +bad -ErrorAction SilentlyContinue
        Get-IRedThrottle -User 'nope' -ErrorVariable +bad -ErrorAction SilentlyContinue
        $bad | Should -HaveCount 2
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        $bad[0].TargetObject | Should -Be 'bad_domain!'
        $bad[1].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        # An unknown direction fails parameter binding.
        $sideways = { Set-IRedThrottle -Domain example.com -Direction Sideways -Period 60 } | Should -Throw -PassThru
        $sideways.FullyQualifiedErrorId | Should -BeLike 'CannotConvertArgumentNoMessage,*'
        $sideways.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $sideways.Exception.Message | Should -BeLike '*"Sideways"*Inbound, Outbound*'
        Get-EmulatorRequest | Should -BeNullOrEmpty

        $err = $null
        $found = @(Get-IRedThrottle -Domain none.com, example.com -Direction Inbound -ErrorVariable +err -ErrorAction SilentlyContinue
            Set-IRedThrottle -User nobody@example.com -Direction Inbound -Period 60 -ErrorVariable +err -ErrorAction SilentlyContinue)
        $found | Should -HaveCount 1
        $err | Should -HaveCount 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'none.com'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[1].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-EmulatorCount throttle | Should -Be 0
    }

    It '-WhatIf sends nothing' {
        Set-IRedThrottle -Global -Direction Inbound -Period 60 -WhatIf
        Set-IRedThrottle -User a@example.com -Direction Outbound -Period 60 -MaxMessages 1 -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Get-EmulatorCount throttle | Should -Be 0
    }
}

Describe 'Throttle settings piped from an earlier read' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Set-IRedThrottle -User a@example.com -Direction Outbound -Period 3600 -MaxMessages 10
        Clear-EmulatorRequest
    }

    It 'changes and reads the setting a <Via> object names, in its own direction' -ForEach @(@{ Via = 'Live' }, @{ Via = 'Clixml' }, @{ Via = 'Job' }) {
        $piped = @(Copy-TestObjectVia $Via (Get-IRedThrottle -User a@example.com -Direction Outbound))
        if ($Via -ne 'Live') { $piped[0].PSObject.TypeNames[0] | Should -BeLike 'Deserialized.*IRedThrottle' }
        Clear-EmulatorRequest

        $piped | Set-IRedThrottle -MaxMessages 20
        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post.Path | Should -Be '/api/throttle/a@example.com/outbound'
        $post[0].Form.max_msgs | Should -Be '20'
        $post[0].Form.period | Should -Be '3600'

        @($piped | Get-IRedThrottle -Direction Outbound).MaxMessages | Should -Be 20
        @(Get-EmulatorRequest).Path | Should -Be '/api/throttle/a@example.com/outbound'
    }

    It 'takes the direction of a setting given by name with -InputObject, unless -Direction is given' {
        $setting = Copy-TestObjectVia Clixml (Get-IRedThrottle -User a@example.com -Direction Outbound)
        Clear-EmulatorRequest
        Set-IRedThrottle -InputObject $setting -MaxMessages 5
        Set-IRedThrottle -InputObject $setting -Direction Inbound -Period 60 -MaxMessages 6
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST').Path | Should -Be @('/api/throttle/a@example.com/outbound', '/api/throttle/a@example.com/inbound')
    }

    It 'sets the throttle of piped users and domains, and asks a user for the direction it does not carry' {
        Get-IRedUser a@example.com | Set-IRedThrottle -Direction Inbound -Period 60 -MaxMessages 5 -ThrottleLimit 2
        Get-IRedDomain example.com | Set-IRedThrottle -Direction Inbound -Period 60 -MaxMessages 5
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST').Path | Should -Be @('/api/throttle/a@example.com/inbound', '/api/throttle/example.com/inbound')

        $err = $null
        Set-IRedThrottle -InputObject (Get-IRedUser a@example.com) -MaxMessages 5 -ErrorVariable err -ErrorAction SilentlyContinue
        @($err | ForEach-Object FullyQualifiedErrorId) | Should -Be 'PARAMETER_REQUIRED,IRedAdmin.Cmdlets.Throttle.SetIRedThrottleCommand'
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST') | Should -BeNullOrEmpty
    }

    It 'refuses an object that names no scope (UNSUPPORTED_SCOPE_INPUT by name, a binding error piped) and sends nothing' {
        $thrown = { Set-IRedThrottle -InputObject ([pscustomobject]@{ Name = 'not a setting' }) -Direction Inbound -MaxMessages 6 -ErrorAction Stop } | Should -Throw -PassThru
        $cause = $thrown.Exception
        while ($cause -and $cause -isnot [IRedAdmin.Client.Validation.InvalidInputException]) { $cause = $cause.InnerException }
        $cause.ErrorId | Should -Be 'UNSUPPORTED_SCOPE_INPUT'
        $cause.Message | Should -BeLike '*PSCustomObject*'
        $err = $null
        [pscustomobject]@{ Direction = 'Inbound'; Account = 'a@example.com' } | Set-IRedThrottle -MaxMessages 6 -ErrorVariable err -ErrorAction SilentlyContinue
        @($err | ForEach-Object FullyQualifiedErrorId) | Should -BeLike 'InputObject*'
        @(Get-EmulatorRequest) | Should -BeNullOrEmpty
    }

    It 'reads by -User and -Domain bound from users and domains, and sets what it read with -ThrottleLimit' {
        $read = @(Get-IRedUser a@example.com | Get-IRedThrottle -Direction Inbound) + @(Get-IRedDomain example.com | Get-IRedThrottle -Direction Inbound)
        @($read | ForEach-Object { "$($_.Scope) $($_.Account)" }) | Should -Be @('User a@example.com', 'Domain example.com')
        Clear-EmulatorRequest
        $set = @($read | Set-IRedThrottle -Period 60 -MaxMessages 5 -ThrottleLimit 4 -PassThru)
        # Both accounts are sent at once, so the log's order is not fixed; the output keeps the input order.
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object Path | Sort-Object) | Should -Be @('/api/throttle/a@example.com/inbound', '/api/throttle/example.com/inbound')
        @($set | ForEach-Object { "$($_.Account) $($_.MaxMessages)" }) | Should -Be @('a@example.com 5', 'example.com 5')
    }
}

# -ThrottleLimit: several requests in flight on one session, results and errors still in input order.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # Items 4 and 9 already exist and item 7 is in a domain the server does not have: their errors must come out in place.
    $script:In = 1..16 | ForEach-Object { if ($_ -eq 7) { 'u7@nowhere.example' } else { "u$_@bulk.example" } }
    $script:Expected = foreach ($m in $script:In) {
        switch ($m) {
            { $_ -in 'u4@bulk.example', 'u9@bulk.example' } { "E:${m}:ALREADY_EXISTS"; break }
            'u7@nowhere.example' { "E:${m}:NO_SUCH_ACCOUNT"; break }
            default { "O:${m}:IRedUser" }
        }
    }

    # What a user sees of the run, one line per item: its object or its error, in the order they came out.
    # -ErrorAction Continue: the item errors are the subject here, whatever preference the test run has.
    function Invoke-BulkCreate([hashtable] $Throttle = @{}) {
        $script:In | New-IRedUser -Password (Get-TestPassword) -PassThru -ErrorAction Continue @Throttle 2>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.ErrorRecord]) { 'E:' + $_.TargetObject + ':' + $_.FullyQualifiedErrorId.Split(',')[0] }
            else { 'O:' + $_.Mail + ':' + $_.GetType().Name }
        }
    }
}
AfterAll { Stop-TestEmulator }

Describe 'New-IRedUser -ThrottleLimit' {
    BeforeEach {
        Reset-TestEmulator
        Set-EmulatorSetting -LatencyMs 40 | Out-Null
        Connect-TestEmulator
        Add-EmulatorUser -Domain bulk.example -Count 0
        'u4@bulk.example', 'u9@bulk.example' | New-IRedUser -Password (Get-TestPassword)
        Clear-EmulatorRequest
        Get-EmulatorStat -Reset | Out-Null
    }

    It 'sends concurrently and keeps every result and error in input order' {
        $lines = @(Invoke-BulkCreate @{ ThrottleLimit = 8 })

        $lines | Should -Be $script:Expected
        (Get-EmulatorStat).maxInFlight | Should -BeIn (2..8)
        $posts = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        # Each item sent exactly once: 16 creates, no retries or duplicates.
        $posts.Path | Sort-Object | Should -Be ($script:In | ForEach-Object { "/api/user/$_" } | Sort-Object)
        $posts | ForEach-Object { $_.Form.password | Should -Be '********' }
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'bulk.example' } | Should -Be 15
    }

    It 'is one request at a time by default, with the same results' {
        $lines = @(Invoke-BulkCreate)

        $lines | Should -Be $script:Expected
        (Get-EmulatorStat).maxInFlight | Should -Be 1
        # One after another: each create is followed by its -PassThru read before the next create starts.
        $sent = @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" })
        $creates = @($sent | Where-Object { $_ -like 'POST *' } | ForEach-Object { $_.Substring(5) })
        $creates | Should -Be ($script:In | ForEach-Object { "/api/user/$_" })
        $expectedSent = foreach ($m in $script:In) {
            "POST /api/user/$m"
            if ($m -notin 'u4@bulk.example', 'u9@bulk.example', 'u7@nowhere.example') { "GET /api/user/$m" }
        }
        $sent | Should -Be $expectedSent
    }

    It 'sends nothing under -WhatIf' {
        $out = @($script:In | New-IRedUser -Password (Get-TestPassword) -ThrottleLimit 8 -WhatIf)

        $out | Should -HaveCount 0
        @(Get-EmulatorRequest) | Should -HaveCount 0
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'bulk.example' } | Should -Be 2
    }

    It 'refuses a -ThrottleLimit out of range before sending' {
        $Error.Clear()
        { $script:In | Set-IRedUser -Quota 10 -ThrottleLimit 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,IRedAdmin.Cmdlets.User.SetIRedUserCommand'

        $Error.Count | Should -Be 1
        $Error[0].ToString() | Should -BeLike '*ThrottleLimit*'
        "$($Error[0].CategoryInfo.Category)" | Should -Be 'InvalidData'
        @(Get-EmulatorRequest) | Should -HaveCount 0
    }
}

Describe 'Add-/Remove-IRedDomainAdmin -ThrottleLimit' {
    BeforeEach {
        Reset-TestEmulator
        Set-EmulatorSetting -LatencyMs 40 | Out-Null
        Connect-TestEmulator
        1..8 | ForEach-Object { Add-EmulatorUser -Domain "d$_.example" -Count 0 }
        Add-EmulatorUser -Domain hq.example -Count 8
        Clear-EmulatorRequest
        Get-EmulatorStat -Reset | Out-Null
        # One change per domain; item 3 names an account the server does not have.
        $script:Rows = 1..8 | ForEach-Object {
            [pscustomobject]@{ Domain = "d$_.example"; Mail = if ($_ -eq 3) { 'ghost@hq.example' } else { 'user000001@hq.example' } }
        }
        $script:Lines = {
            process {
                if ($_ -is [System.Management.Automation.ErrorRecord]) { 'E:' + $_.TargetObject + ':' + $_.FullyQualifiedErrorId.Split(',')[0] }
                else { 'O:' + $_.Domain + ':' + $_.Mail + ':' + $_.IsAdmin }
            }
        }
    }

    It 'sends the domains concurrently, each once, and keeps results and errors in input order' {
        $lines = @($script:Rows | Add-IRedDomainAdmin -PassThru -ThrottleLimit 8 -ErrorAction Continue 2>&1 | & $script:Lines)

        $lines | Should -Be @(1..8 | ForEach-Object { if ($_ -eq 3) { 'E:d3.example:NO_SUCH_ACCOUNT' } else { "O:d$_.example:user000001@hq.example:True" } })
        (Get-EmulatorStat).maxInFlight | Should -BeIn (2..8)
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $puts.Path | Sort-Object | Should -Be @(1..8 | ForEach-Object { "/api/domain/admins/d$_.example" })
        Get-EmulatorCount domain_admins 'username = $u' @{ u = 'user000001@hq.example' } | Should -Be 7
    }

    It 'sends the changes of one domain one after another, in input order, even with -ThrottleLimit' {
        $admins = 1..8 | ForEach-Object { "user00000$_@hq.example" }

        $out = @($admins | Add-IRedDomainAdmin -Domain d1.example -PassThru -ThrottleLimit 8)
        $removed = @($admins[0..3] | Remove-IRedDomainAdmin -Domain d1.example -PassThru -ThrottleLimit 8)

        $out.Mail | Should -Be $admins
        $removed | ForEach-Object { "$($_.Mail):$($_.IsAdmin)" } | Should -Be @($admins[0..3] | ForEach-Object { "${_}:False" })
        (Get-EmulatorStat).maxInFlight | Should -Be 1 -Because 'two changes of one admin list never overlap'
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        @($puts | ForEach-Object { "$($_.Form.addAdmin)$($_.Form.removeAdmin)" }) | Should -Be (@($admins) + @($admins[0..3]))
        @(Invoke-EmulatorQuery 'SELECT username FROM domain_admins WHERE domain = $d ORDER BY username' @{ d = 'd1.example' } |
                ForEach-Object username) | Should -Be $admins[4..7]
    }

    It 'removes every admin of several domains at once with -All, writing each domain in input order' {
        1..8 | ForEach-Object { Add-IRedDomainAdmin -Domain "d$_.example" -Admin user000002@hq.example }
        Clear-EmulatorRequest
        Get-EmulatorStat -Reset | Out-Null

        $out = @(1..8 | ForEach-Object { [pscustomobject]@{ Domain = "d$_.example" } } | Remove-IRedDomainAdmin -All -PassThru -ThrottleLimit 4)

        $out | Should -Be @(1..8 | ForEach-Object { "d$_.example" })
        (Get-EmulatorStat).maxInFlight | Should -BeIn (2..4)
        @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT') | Should -HaveCount 8
        Get-EmulatorCount domain_admins 'username = $u' @{ u = 'user000002@hq.example' } | Should -Be 0
    }
}

Describe 'Set-IRedUser -AllUsersInDomain through the change engine' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        Add-EmulatorUser -Domain all.example -Count 5
        Clear-EmulatorRequest
    }

    It 'sends one PUT, then writes every user of the domain as read after it' {
        $out = @(Set-IRedUser -AllUsersInDomain all.example -Language de_DE -PassThru -ThrottleLimit 4 -ErrorAction SilentlyContinue -ErrorVariable err)

        $sent = @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" })
        $sent[0] | Should -Be 'PUT /api/users/all.example'
        @($sent | Where-Object { $_ -like 'PUT *' }) | Should -HaveCount 1
        Get-EmulatorCount mailbox 'domain = $d AND language = $l' @{ d = 'all.example'; l = 'de_DE' } | Should -Be 5
        if ((Get-TestEmulator).Release -eq 'legacy') {
            # Old servers have no listing: the change is made, and the read-back is the domain's error.
            $out | Should -HaveCount 0
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'LISTING_NOT_SUPPORTED,*'
            $err[0].TargetObject | Should -Be 'all.example'
            return
        }
        $err | Should -HaveCount 0
        $out | Should -HaveCount 5
        $out[0].GetType().Name | Should -Be 'IRedUser'
        $out.Mail | Sort-Object | Should -Be @(1..5 | ForEach-Object { "user00000$_@all.example" })
        $out.Language | Sort-Object -Unique | Should -Be 'de_DE'
    }

    It 'writes the error of a missing domain for the domain and nothing else' {
        $out = @(Set-IRedUser -AllUsersInDomain nowhere.example -Language de_DE -PassThru -ErrorAction SilentlyContinue -ErrorVariable err)

        $out | Should -HaveCount 0
        $err | Should -HaveCount 1
        $err[0].TargetObject | Should -Be 'nowhere.example'
        @(Get-EmulatorRequest | Where-Object Method -EQ 'GET') | Should -HaveCount 0 -Because 'a failed change is not read back'
    }
}
